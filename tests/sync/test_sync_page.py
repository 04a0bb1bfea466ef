"""The trainer's sync page and the sync indicator, against the real Ralph."""

from __future__ import annotations

from skillsapp.sync.settings import LrsSettings, save_lrs_settings
from skillsapp.ui.sync_indicator import SyncIndicator
from skillsapp.ui.sync_page import SyncPage
from skillsapp.ui.tasks import ImmediateRunner
from tests.sync.test_faults import make_statements


def page_for(qtbot, pc) -> SyncPage:
    page = SyncPage(pc.centre, ImmediateRunner())
    qtbot.addWidget(page)
    return page


def type_settings(page: SyncPage, url: str, key: str, secret: str) -> None:
    page.url.setText(url)
    page.key.setText(key)
    page.secret.setText(secret)


def test_test_connection_answers_in_plain_words(qtbot, ralph, account, first_pc) -> None:
    page = page_for(qtbot, first_pc)

    type_settings(page, ralph.url, account.key, account.secret)
    page.test_button.click()
    assert page.answer.text() == "Connected"

    page.secret.setText("not the secret")
    page.test_button.click()
    assert page.answer.text() == "The key or secret is wrong."

    type_settings(page, "http://127.0.0.1:9/xAPI/", account.key, account.secret)
    page.test_button.click()
    assert page.answer.text() == "The LRS cannot be reached; results are kept here and sent later."


def test_sync_now_sends_everything_and_the_page_and_indicator_say_so(
    qtbot, ralph, account, first_pc
) -> None:
    make_statements(first_pc.centre, 7)
    page = page_for(qtbot, first_pc)
    indicator = SyncIndicator(first_pc.centre, ImmediateRunner())
    qtbot.addWidget(indicator)
    type_settings(page, ralph.url, account.key, account.secret)
    page.save_button.click()
    indicator.refresh()
    assert indicator.text() == "Waiting to send 7 result(s)"

    with qtbot.waitSignal(page.synced) as signal:
        page.sync_button.click()

    assert signal.args[0].ok
    assert "Waiting to send: 0" in page.state.text()
    indicator.refresh()
    assert indicator.state == "sent" and "sent" in indicator.text()


def test_the_indicator_says_offline_when_the_lrs_cannot_be_reached(qtbot, first_pc, account):
    save_lrs_settings(
        first_pc.db, LrsSettings("http://127.0.0.1:9/xAPI/", account.key, account.secret)
    )
    page = page_for(qtbot, first_pc)
    page.sync_button.click()
    indicator = SyncIndicator(first_pc.centre, ImmediateRunner())
    qtbot.addWidget(indicator)

    indicator.refresh()

    assert indicator.state == "offline"
    assert "Last problem: The LRS cannot be reached" in page.state.text()


def test_a_closed_window_starts_no_more_syncs(qtbot, first_pc, tmp_path):
    # The records are closed after the window; a sync timer left running would reach them.
    from skillsapp.storage.settings import Settings
    from skillsapp.ui.main_window import MainWindow

    (tmp_path / "courses").mkdir()
    window = MainWindow(first_pc.centre, Settings(), ImmediateRunner(), tmp_path)
    qtbot.addWidget(window)
    assert window.sync_timer.isActive()

    window.close()

    assert not window.sync_timer.isActive()


class HeldRunner:
    """Holds the job it is given until the test lets it run (to look at the page meanwhile)."""

    def run(self, fn, done=None, failed=None) -> None:
        self.job = (fn, done, failed)

    def release(self) -> None:
        fn, done, failed = self.job
        try:
            result = fn()
        except Exception as error:
            failed(error)
        else:
            done(result)


def bundle_with_news(first_pc, make_pc, tmp_path):
    """PC B of the centre, and a bundle of PC A holding results that PC B has not got."""
    from skillsapp.sync.bundle import export_bundle, import_bundle
    from tests.sync.conftest import CENTRE_KEY
    from tests.sync.test_round_trip import do_everything

    export_bundle(first_pc.centre, tmp_path / "first.zip")
    pc_b = make_pc("pc-b")
    import_bundle(pc_b.centre, tmp_path / "first.zip", CENTRE_KEY)
    do_everything(first_pc.centre)
    make_statements(first_pc.centre, 30)
    export_bundle(first_pc.centre, tmp_path / "news.zip")
    return pc_b, tmp_path / "news.zip"


def page_with_news(qtbot, runner, first_pc, make_pc, tmp_path, monkeypatch):
    """PC B's sync page (shown, working through ``runner``), and a bundle of news for it that
    is read a few statements at a time."""
    from skillsapp.sync import bundle as bundles

    monkeypatch.setattr(bundles, "READ_BLOCK", 2000)
    pc_b, news = bundle_with_news(first_pc, make_pc, tmp_path)
    page = SyncPage(pc_b.centre, runner)
    qtbot.addWidget(page)
    page.show()
    return page, pc_b, news


def watch(page: SyncPage) -> list[tuple[str, int, int, bool]]:
    """What the progress line and bar showed at each report, and on which thread."""
    from PySide6.QtCore import QCoreApplication, QThread

    seen: list[tuple[str, int, int, bool]] = []
    ui_thread = QCoreApplication.instance().thread()
    page.progress._reported.connect(
        lambda _: seen.append(
            (
                page.progress.words.text(),
                page.progress.bar.value(),
                page.progress.bar.maximum(),
                QThread.currentThread() is ui_thread,
            )
        )
    )
    return seen


def test_a_bundle_import_shows_its_steps_and_holds_the_other_work(
    qtbot, first_pc, make_pc, tmp_path, monkeypatch
) -> None:
    runner = HeldRunner()
    page, pc_b, news = page_with_news(qtbot, runner, first_pc, make_pc, tmp_path, monkeypatch)
    seen = watch(page)
    before = [b.isEnabled() for b in page.work_buttons]

    page.import_from(news)

    # While the job waits or runs, no second job can be started from the page.
    assert page.progress.words.text() == "Reading the bundle…" and page.progress.isVisible()
    assert page.progress.bar.maximum() == 0  # a moving bar until the first count
    assert not any(b.isEnabled() for b in page.work_buttons)
    runner.release()

    total = first_pc.centre.log.count()
    reading = [s for s in seen if s[0].startswith("Step 1 of 2")]
    assert reading[0][:3] == (f"Step 1 of 2: reading the bundle (0 of {total} results)", 0, total)
    assert reading[-1][1:3] == (total, total) and len(reading) > 3
    assert seen[-1][0] == "Step 2 of 2: saving the results and updating everyone's progress"
    assert seen[-1][1] == seen[-1][2]  # the last step is done before the commit
    assert all(on_ui for *_, on_ui in seen)
    assert pc_b.centre.log.count() == total
    assert page.answer.text().startswith("Imported ") and f"of {total}." in page.answer.text()
    assert not page.progress.isVisible()
    assert [b.isEnabled() for b in page.work_buttons] == before


def test_progress_from_the_background_worker_reaches_the_page_on_its_own_thread(
    qtbot, first_pc, make_pc, tmp_path, monkeypatch
) -> None:
    from skillsapp.ui.tasks import TaskRunner

    runner = TaskRunner()
    page, _, news = page_with_news(qtbot, runner, first_pc, make_pc, tmp_path, monkeypatch)
    # The first read of the state is back (this PC has no LRS: the page says so).
    qtbot.waitUntil(lambda: page.not_set_up.text() != "")
    seen = watch(page)

    with qtbot.waitSignal(page.imported, timeout=30_000) as signal:
        page.import_from(news)

    assert signal.args[0].added > 30
    assert len(seen) > 3 and all(on_ui for *_, on_ui in seen)
    assert not page.progress.isVisible()
    runner.wait()


def test_a_refused_bundle_ends_the_progress_and_frees_the_buttons(
    qtbot, first_pc, make_pc, tmp_path
) -> None:
    pc_b, news = bundle_with_news(first_pc, make_pc, tmp_path)
    news.write_bytes(news.read_bytes()[:-200])  # cut short while copying
    page = page_for(qtbot, pc_b)
    page.show()
    before = [b.isEnabled() for b in page.work_buttons]
    assert before == [True, False, True, True]  # only "Sync now" waits for an LRS

    page.import_from(news)

    assert "cut short" in page.answer.text()
    assert not page.progress.isVisible()
    assert [b.isEnabled() for b in page.work_buttons] == before


def test_an_export_says_how_many_results_it_wrote(qtbot, first_pc, tmp_path) -> None:
    from PySide6.QtCore import QLocale

    make_statements(first_pc.centre, 1200)
    page = page_for(qtbot, first_pc)
    seen = watch(page)

    page.export_to(tmp_path / "out.zip")

    total = first_pc.centre.log.count()
    n = QLocale().toString(total)  # as the interface writes numbers
    assert seen[0][0] == f"Writing the bundle: 0 of {n} results"
    assert seen[-1][:3] == (f"Writing the bundle: {n} of {n} results", total, total)
    assert page.answer.text() == f"Wrote {n} results to {tmp_path / 'out.zip'}."
    assert not page.progress.isVisible()
