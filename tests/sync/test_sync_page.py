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
