"""Long sync work says how far it has got: bundle export and import, push and pull."""

from __future__ import annotations

import itertools

from skillsapp.sync import bundle as bundles
from skillsapp.sync.bundle import export_bundle, import_bundle
from skillsapp.sync.join import join_centre
from skillsapp.sync.progress import Progress, Stage
from tests.sync.conftest import CENTRE_KEY
from tests.sync.test_faults import make_statements
from tests.sync.test_round_trip import do_everything


def of(reports: list[Progress], stage: Stage) -> list[tuple[int, int]]:
    return [(p.done, p.total) for p in reports if p.stage is stage]


def counts_up(pairs: list[tuple[int, int]]) -> bool:
    return all(a[0] <= b[0] for a, b in itertools.pairwise(pairs))


def test_an_import_reports_the_statements_read_then_each_step_of_saving(
    first_pc, make_pc, tmp_path, monkeypatch
) -> None:
    do_everything(first_pc.centre)
    make_statements(first_pc.centre, 40)
    path = tmp_path / "centre.zip"
    export_bundle(first_pc.centre, path)
    monkeypatch.setattr(bundles, "READ_BLOCK", 2000)  # a few statements per block
    reports: list[Progress] = []

    summary = import_bundle(make_pc("pc-b").centre, path, CENTRE_KEY, progress=reports.append)

    total = summary.statements
    reading, saving = of(reports, Stage.READING), of(reports, Stage.SAVING)
    assert reading[0] == (0, total) and reading[-1] == (total, total)
    assert len(reading) > 5 and counts_up(reading)
    assert {t for _, t in reading} == {total}
    # Every report of reading comes before the saving, which counts its steps to the last.
    assert [p.stage for p in reports] == [Stage.READING] * len(reading) + [Stage.SAVING] * len(
        saving
    )
    steps = saving[0][1]
    assert saving == [(n, steps) for n in range(1, steps + 1)] and steps >= 3


def test_a_repeated_import_reads_every_line_but_saves_nothing_new(
    first_pc, make_pc, tmp_path
) -> None:
    do_everything(first_pc.centre)
    path = tmp_path / "centre.zip"
    export_bundle(first_pc.centre, path)
    pc = make_pc("pc-b")
    import_bundle(pc.centre, path, CENTRE_KEY)
    reports: list[Progress] = []

    summary = import_bundle(pc.centre, path, progress=reports.append)

    assert summary.added == 0
    assert of(reports, Stage.READING)[-1] == (summary.statements, summary.statements)


def test_an_export_reports_the_statements_written(first_pc, tmp_path, monkeypatch) -> None:
    make_statements(first_pc.centre, 23)
    monkeypatch.setattr(bundles, "WRITE_REPORT_EVERY", 5)
    reports: list[Progress] = []

    summary = export_bundle(first_pc.centre, tmp_path / "centre.zip", progress=reports.append)

    writing = of(reports, Stage.WRITING)
    n = summary.statements
    assert writing[0] == (0, n) and {total for _, total in writing} == {n}
    assert [done for done, _ in writing[1:]] == [*range(5, n + 1, 5), n]


def test_a_push_reports_each_batch_and_a_pull_each_page(ralph, account, first_pc, make_pc) -> None:
    make_statements(first_pc.centre, 25)
    sent: list[Progress] = []
    engine = first_pc.engine(ralph.url, account, batch_size=10, progress=sent.append)

    pushed, quarantined, unconfirmed = engine.push()

    sending = of(sent, Stage.SENDING)
    waiting = sending[0][1]
    assert sending[0] == (0, waiting) and waiting == pushed + quarantined + unconfirmed >= 25
    assert sending[1:] == [(min(n, waiting), waiting) for n in range(10, waiting + 10, 10)]

    pc_b = make_pc("pc-b")
    join_centre(pc_b.centre, pc_b.client(ralph.url, account), CENTRE_KEY)
    received: list[Progress] = []
    engine_b = pc_b.engine(ralph.url, account, page_size=7, progress=received.append)

    engine_b.pull(full=True)

    receiving = of(received, Stage.RECEIVING)
    assert receiving[0] == (0, 0) and {total for _, total in receiving} == {0}
    # One report per page of 7; only the last page may hold fewer.
    pages = [b - a for (a, _), (b, _) in itertools.pairwise(receiving)]
    assert len(pages) > 3 and set(pages[:-1]) == {7} and 0 <= pages[-1] <= 7
    assert receiving[-1][0] >= pc_b.centre.log.count() >= 25
