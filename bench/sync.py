"""Sync benchmark: push and pull of 10,000 statements against a local Ralph, as a ratio to a
bare httpx loop posting (and paging) the same statements in the same run; bundle export and
import of 100,000 statements (a centre's mix, and sign-ins only), beside the time to write
the same rows into an empty database.

Run: PYTHONPATH=. python bench/sync.py [--batch 500] [--sizes 100,250,500,1000]
Each push runs against a fresh Ralph, because Ralph's file backend reads its whole file on
every POST (to find repeated ids), so earlier runs would slow later ones.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))  # the generator of bench/dashboard.py

from skillsapp.core import events  # noqa: E402
from skillsapp.core.centre import Centre  # noqa: E402
from skillsapp.storage.database import Database  # noqa: E402
from skillsapp.storage.statements import compact  # noqa: E402
from skillsapp.sync.bundle import export_bundle, import_bundle  # noqa: E402
from skillsapp.sync.centre_key import set_centre_key  # noqa: E402
from skillsapp.sync.engine import SyncEngine  # noqa: E402
from skillsapp.sync.lrs_client import LrsClient  # noqa: E402
from tests.sync.ralph import Account, Ralph  # noqa: E402

ACCOUNT = Account("bench-centre", "bench-secret", "bench")
KEY = "BENCH-CENTRE-KEY"


def new_centre(folder: Path, statements: int) -> Centre:
    """A centre with ``statements`` sign-in statements of 50 learners."""
    folder.mkdir(parents=True)
    centre = Centre(Database.open(folder / "skillsapp.db", folder / "backups"))
    trainer = centre.set_up("Bench Hall", "en", "Bench Trainer", "bench-password")
    set_centre_key(centre, KEY)
    iri, pc = centre.profile.iri, centre.pc_id
    obj = events.app_activity(iri)
    learners = [events.new_id() for _ in range(50)]
    now = centre.now()
    made = (
        events.statement(
            centre_iri=iri,
            actor_id=learners[n % 50],
            verb=events.Verb.LOGGED_IN,
            obj=obj,
            when=now,
            pc_id=pc,
            instructor_id=trainer.id,
        )
        for n in range(statements)
    )
    # Written in one merge, queued for the LRS as if made here: one by one, every sign-in at
    # the same moment would pair its learner's sessions again each time (minutes).
    rows = [(s["id"], compact(s)) for s in made]
    centre.log.merge_stored(rows, centre.now_iso(), iri, queue=True)
    return centre


def fresh_ralph(folder: Path) -> Ralph:
    shutil.rmtree(folder, ignore_errors=True)
    ralph = Ralph(folder, [ACCOUNT])
    ralph.start()
    return ralph


def client(ralph: Ralph) -> LrsClient:
    return LrsClient(ralph.url, ACCOUNT.key, ACCOUNT.secret, timeout=120)


def bare_push(ralph: Ralph, bodies: list[dict], batch: int) -> float:
    start = time.perf_counter()
    with httpx.Client(
        auth=(ACCOUNT.key, ACCOUNT.secret),
        headers={"X-Experience-API-Version": "1.0.3"},
        timeout=120,
    ) as http:
        for i in range(0, len(bodies), batch):
            http.post(ralph.url + "statements", json=bodies[i : i + batch]).raise_for_status()
    return time.perf_counter() - start


def bare_pull(ralph: Ralph, page: int) -> tuple[float, int]:
    start = time.perf_counter()
    got = 0
    with httpx.Client(
        auth=(ACCOUNT.key, ACCOUNT.secret),
        headers={"X-Experience-API-Version": "1.0.3"},
        timeout=120,
    ) as http:
        data = http.get(ralph.url + "statements", params={"limit": page}).json()
        while True:
            got += len(data["statements"])
            if not data.get("more") or not data["statements"]:
                break
            data = http.get(httpx.URL(ralph.url).join(data["more"])).json()
    return time.perf_counter() - start, got


def bench_push_pull(work: Path, count: int, sizes: list[int]) -> None:
    centre = new_centre(work / "pc", count)
    bodies = [json.loads(r[0]) for r in centre.db.query("SELECT body FROM statements")]
    snapshot = work / "pc-snapshot.db"
    centre.db.copy_to(snapshot)
    print(f"push of {count} statements (seconds; ratio = bare loop time / app time)")
    for size in sizes:
        bare = app = float("inf")
        for rep in range(2):  # alternate, best of two: the 2-core test PCs are noisy
            ralph = fresh_ralph(work / "ralph")
            try:
                bare = min(bare, bare_push(ralph, bodies, size))
            finally:
                ralph.stop()
            ralph = fresh_ralph(work / "ralph")
            copy = work / f"push-{size}-{rep}.db"
            shutil.copy(snapshot, copy)
            pushing = Centre(Database.open(copy))
            try:
                start = time.perf_counter()
                SyncEngine(pushing, client(ralph), batch_size=size).push()
                app = min(app, time.perf_counter() - start)
                assert pushing.log.waiting_to_send() == 0, "push left statements behind"
                if size == 500 and rep == 0:
                    pull_app, pull_bare, pulled = bench_pull(work, ralph, snapshot)
            finally:
                pushing.db.close()
                ralph.stop()
        print(f"  batch {size:5}: app {app:6.2f}  bare {bare:6.2f}  ratio {bare / app:4.2f}x")
        if size == 500:
            print(
                f"  pull (pages of 500; Ralph caps at its own maximum): app {pull_app:.2f} "
                f"bare {pull_bare:.2f} ratio {pull_bare / pull_app:4.2f}x ({pulled} new)"
            )


def bench_pull(work: Path, ralph: Ralph, snapshot: Path) -> tuple[float, float, int]:
    """Best of three alternated runs each (Ralph's paging dominates and varies)."""
    app = bare = float("inf")
    for _ in range(3):
        bare = min(bare, bare_pull(ralph, 500)[0])
        seconds, added = _app_pull(work, ralph, snapshot)
        app = min(app, seconds)
    return app, bare, added


def _app_pull(work: Path, ralph: Ralph, snapshot: Path) -> tuple[float, int]:
    target = work / f"pull-{time.monotonic_ns()}.db"
    shutil.copy(snapshot, target)
    db = Database.open(target)
    # A PC of the same centre that has none of the statements yet.
    with db.transaction() as conn:
        conn.execute("DELETE FROM outbox")
        conn.execute("DROP TRIGGER statements_are_immutable")
        conn.execute("DELETE FROM statements")
    pulling = Centre(db)
    start = time.perf_counter()
    added = SyncEngine(pulling, client(ralph)).pull(full=True)
    seconds = time.perf_counter() - start
    db.close()
    return seconds, added


def mixed_centre(folder: Path, statements: int) -> Centre:
    """A centre with ``statements`` of the kinds a centre makes over months (sign-ins and
    sign-outs, lessons, answers, quizzes) for 1,000 learners, as ``bench/dashboard.py``
    generates them, with the progress tables those statements give."""
    import random

    from dashboard import generate

    centre = new_centre(folder, 0)
    generate(centre, statements, random.Random(1))
    centre.log.rebuild()
    return centre


def bench_bundle(work: Path, count: int, kind: str) -> None:
    if kind == "mixed":
        centre = mixed_centre(work / "bundle-pc", count)
        print("a centre's mix of statements (1,000 learners):")
    else:
        centre = new_centre(work / "bundle-pc", count)
        print("sign-ins only (the most work for pairing sessions):")
    file = work / "bundle.zip"
    start = time.perf_counter()
    export_bundle(centre, file)
    exported = time.perf_counter() - start
    # Five new PCs in turn (runs here vary by a fifth or more); the baseline alternates with
    # them, and the ratio is also given run by run (import over the baseline right after it).
    imports, floors = [], []
    for n in range(5):
        hub = Centre(Database.open(work / f"hub-{kind}-{n}.db"))
        start = time.perf_counter()
        summary = import_bundle(hub, file, KEY)
        imports.append(time.perf_counter() - start)
        floors.append(bare_write(work, centre))
    start = time.perf_counter()
    again = import_bundle(hub, file)
    twice = time.perf_counter() - start
    # In the app a window's thread reads the same file meanwhile: the batch then goes through
    # the write-ahead log (written twice) so that the window never waits (bench/responsive.py).
    watched = Centre(Database.open(work / f"hub-{kind}-watched.db"))
    window = threading.Thread(target=watched.log.count)
    window.start()
    window.join()
    start = time.perf_counter()
    import_bundle(watched, file, KEY)
    in_app = time.perf_counter() - start
    size = file.stat().st_size / 1e6
    imported, floor = statistics.median(imports), statistics.median(floors)
    print(f"bundle of {summary.statements} statements ({size:.1f} MB):")
    print(
        f"  export {exported:.2f} s, import into a new PC {_runs(imports)} "
        f"({summary.added} new), same bundle again {twice:.2f} s ({again.added} new)"
    )
    print(
        f"  baseline: writing the same rows into an empty database of the same schema "
        f"(executemany, one bulk transaction) {_runs(floors)}; "
        f"the import is {imported / floor:.2f}x that (medians); run by run "
        + ", ".join(f"{i / f:.2f}x" for i, f in zip(imports, floors, strict=True))
    )
    print(
        f"  import into a new PC while a window reads it (write-ahead log kept): "
        f"{in_app:.2f} s, {in_app / floor:.2f}x the baseline, {in_app / imported:.2f}x the import"
    )


def _runs(seconds: list[float]) -> str:
    return "median {:.2f} s (runs {})".format(
        statistics.median(seconds), ", ".join(f"{s:.2f}" for s in seconds)
    )


def bare_write(work: Path, centre: Centre) -> float:
    """Seconds to write the centre's statement rows, as they are, into a new database:
    the least any import of them can cost on this machine (same bulk transaction as the
    import: big page cache, no wait for the disk at the commit)."""
    rows = [tuple(r) for r in centre.db.query("SELECT * FROM statements")]
    db = Database.open(work / f"floor-{time.monotonic_ns()}.db")
    start = time.perf_counter()
    with db.bulk_transaction() as conn:
        marks = ", ".join("?" * len(rows[0]))
        conn.executemany(f"INSERT INTO statements VALUES ({marks})", rows)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--sizes", default="100,250,500,1000")
    parser.add_argument("--bundle", type=int, default=100_000)
    parser.add_argument(
        "--only", choices=("push-pull", "bundle"), help="run one part (default: both)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="skillsapp-bench-sync-") as tmp:
        work = Path(tmp)
        if args.only != "bundle":
            bench_push_pull(work, args.count, [int(s) for s in args.sizes.split(",")])
        if args.only != "push-pull":
            bench_bundle(work / "mixed", args.bundle, "mixed")
            bench_bundle(work / "sign-ins", args.bundle, "sign-ins")


if __name__ == "__main__":
    main()
