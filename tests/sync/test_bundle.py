"""USB bundles: a centre's statements and roster in one signed file; bad files change nothing."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from skillsapp.core.errors import Refused
from skillsapp.sync import bundle as bundle_module
from skillsapp.sync.bundle import export_bundle, import_bundle
from skillsapp.sync.centre_key import set_centre_key
from skillsapp.sync.progress import Progress, Stage
from tests.sync.conftest import CENTRE_KEY
from tests.sync.test_round_trip import do_everything


@pytest.fixture
def bundle(first_pc, tmp_path) -> Path:
    do_everything(first_pc.centre)
    path = tmp_path / "centre.skillsapp-bundle"
    export_bundle(first_pc.centre, path)
    return path


@pytest.fixture
def joined_pc(make_pc, bundle):
    """PC B, set up from the bundle alone."""
    pc = make_pc("pc-b")
    import_bundle(pc.centre, bundle, CENTRE_KEY)
    return pc


def snapshot(pc) -> tuple[int, int, list]:
    return (
        pc.centre.log.count(),
        pc.centre.log.waiting_to_send(),
        [tuple(r) for r in pc.db.query("SELECT * FROM learners ORDER BY id")],
    )


def test_a_bundle_sets_up_a_new_pc_with_roster_and_progress(first_pc, joined_pc) -> None:
    a, b = first_pc.centre, joined_pc.centre
    (maria,) = a.learners.list()
    assert b.profile == a.profile
    assert b.learners.get(maria.id) == maria
    assert b.signin.learner_with_pin(maria.id, "1234").signed_in
    assert b.learning.progress(maria.id) == a.learning.progress(maria.id)


def test_importing_the_same_bundle_twice_changes_nothing(joined_pc, bundle) -> None:
    before = snapshot(joined_pc)

    summary = import_bundle(joined_pc.centre, bundle)

    assert summary.added == 0
    assert snapshot(joined_pc) == before


def test_imported_statements_are_queued_so_a_hub_passes_them_on(joined_pc, first_pc) -> None:
    ours = {r[0] for r in first_pc.db.query("SELECT id FROM statements")}
    queued = [r[0] for r in joined_pc.db.query("SELECT statement_id FROM outbox ORDER BY rowid")]
    assert ours <= set(queued)
    # Oldest first, as the log holds them (not in the order of their ids).
    logged = [r[0] for r in joined_pc.db.query("SELECT id FROM statements ORDER BY rowid")]
    assert queued == [i for i in logged if i in set(queued)]
    assert queued != sorted(queued)
    # The merge left SQLite's checks of the queue's references off: they hold all the same,
    # and are on again.
    assert joined_pc.db.query("PRAGMA foreign_key_check") == []
    assert joined_pc.db.scalar("PRAGMA foreign_keys") == 1
    with joined_pc.db.transaction() as conn:
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_bundle_since_a_date_holds_newer_statements_and_the_whole_roster(
    first_pc, tmp_path, clock
) -> None:
    do_everything(first_pc.centre)
    export_bundle(first_pc.centre, tmp_path / "all.zip")
    clock.advance(days=1)
    since = first_pc.centre.now_iso()
    clock.advance(minutes=1)
    first_pc.centre.signin.learner_with_pin(first_pc.centre.learners.list()[0].id, "1234")

    summary = export_bundle(first_pc.centre, tmp_path / "since.zip", since=since)

    with zipfile.ZipFile(tmp_path / "since.zip") as zf:
        lines = zf.read("statements.jsonl").splitlines()
    verbs = [json.loads(line)["verb"]["display"]["en"] for line in lines]
    assert summary.statements == len(lines)
    assert verbs.count("logged in") == 1
    assert "updated profile" in verbs


def rewrite(path: Path, out: Path, change) -> Path:
    """Copy a bundle, letting ``change(name, data)`` alter each member."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, change(info.filename, src.read(info.filename)))
    return out


def edited_manifest(**fields):
    def change(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        return json.dumps({**json.loads(data), **fields}).encode()

    return change


def not_utf8(name: str, data: bytes) -> bytes:
    return data.replace(b"logged in", b"logged \xffn", 1) if name == "statements.jsonl" else data


def tamper_statement(name: str, data: bytes) -> bytes:
    return data.replace(b'"logged in"', b'"logged ln"', 1) if name == "statements.jsonl" else data


def forged_signature(name: str, data: bytes) -> bytes:
    return b"0" * 64 if name == "signature.txt" else data


@pytest.mark.parametrize(
    ("make_bad", "words"),
    [
        (lambda b, o: o.write_bytes(b.read_bytes()[: len(b.read_bytes()) // 2]) and o, "cut short"),
        (lambda b, o: o.write_bytes(b"PK\x03\x04 not really a zip") and o, "cut short"),
        (lambda b, o: rewrite(b, o, tamper_statement), "changed"),
        (lambda b, o: rewrite(b, o, not_utf8), "changed"),
        (lambda b, o: rewrite(b, o, edited_manifest(statements_sha256="0" * 64)), "changed"),
        (lambda b, o: rewrite(b, o, edited_manifest(format_version=99)), "newer version"),
        (lambda b, o: rewrite(b, o, edited_manifest(centre_iri="https://x.org/c")), "another"),
        (lambda b, o: rewrite(b, o, forged_signature), "changed"),
    ],
    ids=[
        "truncated",
        "not-a-zip",
        "tampered",
        "not-utf8",
        "hash-edited",
        "newer",
        "foreign-iri",
        "bad-sig",
    ],
)
def test_a_bad_bundle_is_refused_with_a_clear_message_and_nothing_imported(
    joined_pc, bundle, tmp_path, make_bad, words
) -> None:
    bad = make_bad(bundle, tmp_path / "bad.zip")
    before = snapshot(joined_pc)

    with pytest.raises(Refused, match=words) as refusal:
        import_bundle(joined_pc.centre, bad)

    assert "Nothing was imported" in str(refusal.value)
    assert snapshot(joined_pc) == before


def test_a_bundle_of_another_centre_is_refused(make_pc, joined_pc, tmp_path) -> None:
    other = make_pc("other-centre")
    other.centre.set_up("Other Hall", "en", "Olga Trainer", "correct horse")
    set_centre_key(other.centre, "ANOTHER-CENTRE-KEY")
    export_bundle(other.centre, tmp_path / "other.zip")
    before = snapshot(joined_pc)

    with pytest.raises(Refused, match="another centre"):
        import_bundle(joined_pc.centre, tmp_path / "other.zip")

    assert snapshot(joined_pc) == before


def test_a_zip_bomb_is_refused_before_it_is_unpacked(joined_pc, bundle, tmp_path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        dst.writestr("manifest.json", src.read("manifest.json"))
        dst.writestr("signature.txt", src.read("signature.txt"))
        dst.writestr("ids.txt", src.read("ids.txt"))
        with dst.open("statements.jsonl", "w", force_zip64=True) as out:
            block = b"\n" * (1024 * 1024)
            for _ in range(300):  # 300 MB of newlines, a few hundred kB packed
                out.write(block)
    before = snapshot(joined_pc)

    with pytest.raises(Refused, match="far more data"):
        import_bundle(joined_pc.centre, bomb)

    assert snapshot(joined_pc) == before


def test_a_new_pc_with_the_wrong_key_cannot_read_the_bundle(make_pc, bundle) -> None:
    pc = make_pc("pc-c")

    with pytest.raises(Refused, match=r"changed|another centre key"):
        import_bundle(pc.centre, bundle, "WRONG-KEY-9999")

    assert not pc.centre.is_set_up and pc.centre.log.count() == 0


def test_a_new_pc_told_a_key_too_short_to_be_one_says_so(make_pc, bundle) -> None:
    # Said before anything is read, not by the thread that derives the keys.
    pc = make_pc("pc-d")
    heard: list[Progress] = []

    with pytest.raises(Refused, match="at least"):
        import_bundle(pc.centre, bundle, "AB-1", heard.append)

    assert heard == []
    assert not pc.centre.is_set_up and pc.centre.log.count() == 0


def test_a_forged_bundle_is_refused_once_the_keys_are_ready_not_after_reading_it_all(
    joined_pc, bundle, tmp_path, monkeypatch
) -> None:
    # The keys are derived while the statements are read; this PC's are ready at once
    # (made sure of here, whatever the threads' timing).
    monkeypatch.setattr(bundle_module, "READ_BLOCK", 256)  # many blocks of a few lines
    signature_made = bundle_module._Signature.__init__

    def with_keys_ready(self, deriving, *rest) -> None:
        deriving.result()
        signature_made(self, deriving, *rest)

    monkeypatch.setattr(bundle_module._Signature, "__init__", with_keys_ready)
    bad = rewrite(bundle, tmp_path / "bad.zip", forged_signature)
    before = snapshot(joined_pc)
    read: list[int] = []

    def hear(progress: Progress) -> None:
        if progress.stage is Stage.READING:
            read.append(progress.done)

    with pytest.raises(Refused, match="changed"):
        import_bundle(joined_pc.centre, bad, progress=hear)

    total = len(zipfile.ZipFile(bad).read("ids.txt").splitlines())
    assert total > 20 and max(read) < total / 2
    assert snapshot(joined_pc) == before


def test_a_forged_bundle_is_refused_before_the_log_even_when_the_keys_come_last(
    joined_pc, bundle, tmp_path, monkeypatch
) -> None:
    # As if deriving the keys took longer than reading every statement.
    monkeypatch.setattr(bundle_module._Signature, "check_if_ready", lambda self: None)
    bad = rewrite(bundle, tmp_path / "bad.zip", forged_signature)
    before = snapshot(joined_pc)

    with pytest.raises(Refused, match="changed"):
        import_bundle(joined_pc.centre, bad)

    assert snapshot(joined_pc) == before
