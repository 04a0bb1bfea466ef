"""USB bundles: one signed file with the centre's statements (and its roster, as statements).

Format (``docs/sync.md``): a zip holding ``manifest.json`` (format version, centre, count,
SHA-256 and size of the statements), ``statements.jsonl`` (one statement per line),
``ids.txt`` (their ids) and ``signature.txt`` (HMAC-SHA256 of the manifest with a key derived
from the centre key). Import checks the manifest, signature and ids first, then merges the
statements by id in one transaction as it reads them, and checks them against the manifest
before that transaction commits: a bad file changes nothing, and the same file imported twice
adds nothing the second time.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import queue
import threading
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from skillsapp import __version__
from skillsapp.core.errors import Refused
from skillsapp.storage.statements import NotOurs
from skillsapp.sync.centre_key import CentreKeys, derive_keys, ensure_centre_key, sign
from skillsapp.sync.centre_key import signature_matches as signed_by
from skillsapp.sync.progress import Progress, Report, Stage, unreported
from skillsapp.sync.roster import UPDATED_PROFILE, publish_roster

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre

FORMAT = "skillsapp-sync-bundle"
FORMAT_VERSION = 1
NAMES = {"manifest.json", "signature.txt", "statements.jsonl", "ids.txt"}
MAX_MANIFEST = 64 * 1024
MAX_STATEMENTS = 4 * 1024**3  # 4 GiB of statements: millions, far beyond any centre
MAX_RATIO = 200  # JSON compresses about 10:1; far more is a zip bomb
READ_BLOCK = 4 * 1024 * 1024  # statements are read and merged a few megabytes at a time
WRITE_REPORT_EVERY = 5000  # an export reports its progress every so many statements

DAMAGED = (
    "This file is not a complete SkillsApp bundle (it may have been cut short while copying). "
    "Please copy it again. Nothing was imported."
)
NOT_A_BUNDLE = "This file is not a SkillsApp bundle. Nothing was imported."
TAMPERED = (
    "This bundle has been changed since it was made, or it was made with another centre key. "
    "Nothing was imported."
)
TOO_BIG = "This bundle unpacks to far more data than a centre can hold. Nothing was imported."


@dataclass(frozen=True)
class BundleSummary:
    """What an export wrote or an import found."""

    statements: int
    added: int = 0
    centre: str = ""


def export_bundle(
    centre: Centre, path: Path, since: str | None = None, progress: Report = unreported
) -> BundleSummary:
    """Write the centre's statements (stored on this PC since ``since``, or all) to ``path``,
    telling ``progress`` how many of them are written as it goes.

    The whole roster is always included, so the bundle can set up a new PC. The file appears
    complete or not at all (written aside, then renamed).
    """
    keys = ensure_centre_key(centre)
    if keys is None:
        raise Refused("Please set the centre key first (trainer settings, Sync).")
    publish_roster(centre, keys)
    sql = "SELECT body FROM statements"
    params: tuple[str, ...] = ()
    if since:
        sql += " WHERE stored >= ? OR verb = ?"
        params = (since, UPDATED_PROFILE[0])
    total = int(centre.db.scalar(sql.replace("SELECT body", "SELECT count(*)"), params))
    progress(Progress(Stage.WRITING, 0, total))
    digest = hashlib.sha256()
    count = size = 0
    ids: list[bytes] = []
    part = path.with_name(path.name + ".part")
    profile = centre.profile
    with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        with (
            zf.open("statements.jsonl", "w", force_zip64=True) as out,
            centre.db.reading() as conn,
        ):
            rows = conn.execute(
                sql.replace("SELECT body", "SELECT id, body") + " ORDER BY rowid", params
            )
            for statement_id, body in rows:
                ids.append(statement_id.encode())
                line = body.encode() + b"\n"
                digest.update(line)
                out.write(line)
                count += 1
                size += len(line)
                if not count % WRITE_REPORT_EVERY:
                    progress(Progress(Stage.WRITING, count, total))
        # The ids, line by line, let an import skip what it has without decoding it.
        id_lines = b"\n".join(ids) + b"\n" if ids else b""
        zf.writestr("ids.txt", id_lines)
        manifest = json.dumps(
            {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "app_version": __version__,
                "centre_id": profile.id,
                "centre_iri": profile.iri,
                "centre_name": profile.name,
                "made_at": centre.now_iso(),
                "made_on_pc": centre.pc_id,
                "since": since,
                "statements": count,
                "statements_bytes": size,
                "statements_sha256": digest.hexdigest(),
                "ids_sha256": hashlib.sha256(id_lines).hexdigest(),
            },
            indent=1,
            sort_keys=True,
        ).encode()
        zf.writestr("manifest.json", manifest)
        zf.writestr("signature.txt", sign(keys, manifest))
    os.replace(part, path)
    progress(Progress(Stage.WRITING, count, count))
    return BundleSummary(count, centre=profile.name)


def import_bundle(
    centre: Centre, path: Path, key_text: str | None = None, progress: Report = unreported
) -> BundleSummary:
    """Check a bundle and merge it; on an empty PC (with the centre key) it sets up the
    centre it belongs to. New statements are queued for the LRS too, so a hub
    with a connection passes on what it received.

    The statements are read from the file while they are merged, a few megabytes at a time,
    and checked against the signed manifest when the last one is read: before anything is
    committed, so a bad file still changes nothing. ``progress`` hears how many statements
    are read (``READING``), then each step of saving them (``SAVING``).
    """
    try:
        with zipfile.ZipFile(path) as zf:
            manifest, keys = _check_manifest(centre, zf, key_text)
            ids = _read_ids(zf, manifest)
            known = {r[0] for r in centre.db.query("SELECT id FROM statements")}
            statements = _StatementLines(zf, manifest, ids, known, progress)
            added = _merge(centre, statements, manifest, keys, key_text, progress)
    except (
        zipfile.BadZipFile,
        EOFError,
        zipfile.LargeZipFile,
        NotImplementedError,
        zlib.error,
    ) as exc:
        raise Refused(DAMAGED) from exc
    except OSError as exc:
        raise Refused(
            "The bundle cannot be read ({reason}).", reason=exc.strerror or str(exc)
        ) from exc
    return BundleSummary(len(ids), len(added), manifest.get("centre_name", ""))


def _merge(
    centre: Centre,
    statements: _StatementLines,
    manifest: dict[str, Any],
    keys: CentreKeys,
    key_text: str | None,
    progress: Report,
) -> list[str]:
    """Merge the bundle's new statements in one transaction; on an empty PC, first make it
    a PC of the bundle's centre (once its roster has been read, before the projections)."""

    was_set_up = centre.is_set_up

    def set_up_centre() -> None:
        if not was_set_up:
            from skillsapp.sync.join import become_centre, find_centre_in

            profile = find_centre_in(_roster_statements(statements.roster), keys)
            become_centre(centre, key_text or "", keys, profile)

    try:
        with centre.db.bulk_transaction():
            # The lines are the statements' compact JSON: checked and stored as they are.
            return centre.log.merge_stored(
                statements,
                centre.now_iso(),
                manifest["centre_iri"],
                queue=True,
                before_projections=set_up_centre,
                steps=lambda done, total: progress(Progress(Stage.SAVING, done, total)),
            )
    except BaseException as exc:
        if not was_set_up:  # a centre this bundle set up was rolled back with the rest
            centre.reload_profile()
        if isinstance(exc, NotOurs):
            raise Refused(TAMPERED) from exc
        raise


def _check_manifest(
    centre: Centre, zf: zipfile.ZipFile, key_text: str | None
) -> tuple[dict[str, Any], CentreKeys]:
    infos = {i.filename: i for i in zf.infolist()}
    if set(infos) != NAMES:
        raise Refused(NOT_A_BUNDLE)
    for info in infos.values():
        if info.file_size > MAX_STATEMENTS or (
            info.compress_size and info.file_size / info.compress_size > MAX_RATIO
        ):
            raise Refused(TOO_BIG)
    manifest_bytes = _read_capped(zf, "manifest.json", MAX_MANIFEST)
    try:
        manifest = json.loads(manifest_bytes)
    except ValueError as exc:
        raise Refused(TAMPERED) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise Refused(NOT_A_BUNDLE)
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise Refused(
            "This bundle was made by a newer version of SkillsApp ({version}). "
            "Please update SkillsApp on this PC first. Nothing was imported.",
            version=str(manifest.get("app_version", "?")),
        )
    iri = manifest.get("centre_iri")
    if not isinstance(iri, str):
        raise Refused(TAMPERED)
    if centre.is_set_up:
        if iri != centre.profile.iri:
            raise Refused(
                "This bundle belongs to another centre ({centre}), not to this one. "
                "Nothing was imported.",
                centre=str(manifest.get("centre_name", "?")),
            )
        keys = ensure_centre_key(centre)
        if keys is None:
            raise Refused("Please set the centre key first (trainer settings, Sync).")
    elif not key_text:
        raise Refused("Please type the centre key to set up this PC from the bundle.")
    else:
        keys = derive_keys(key_text, iri)
    signature = _read_capped(zf, "signature.txt", 1024).decode("ascii", "replace").strip()
    if not signed_by(keys, manifest_bytes, signature):
        raise Refused(TAMPERED)
    return manifest, keys


class _StatementLines:
    """The bundle's statements as (id, JSON line) pairs, read a block at a time, leaving out
    those this PC already has (known by the ids file, without decoding them).

    When the last line has been read, the whole file is checked against the signed manifest
    (size, SHA-256, number of lines); a mismatch raises :class:`Refused` then, so a merge
    reading these fails, inside its transaction, before it commits. ``progress`` hears how
    many lines are read after each block.
    """

    def __init__(
        self,
        zf: zipfile.ZipFile,
        manifest: dict[str, Any],
        ids: list[str],
        known: set[str],
        progress: Report = unreported,
    ) -> None:
        expected = manifest.get("statements_bytes")
        if not isinstance(expected, int) or expected > MAX_STATEMENTS:
            raise Refused(TAMPERED)
        self.zf, self.manifest, self.ids, self.known = zf, manifest, ids, known
        self.expected, self.progress = expected, progress
        self.roster: list[str] = []  # the lines of roster statements, once all are read

    def __iter__(self) -> Iterator[tuple[str, str]]:
        size = count = 0
        rest = b""
        marker = json.dumps(UPDATED_PROFILE[0])
        self.progress(Progress(Stage.READING, 0, len(self.ids)))
        with self.zf.open("statements.jsonl") as src, _ReadAhead(src, READ_BLOCK) as chunks:
            for chunk in chunks:
                size += len(chunk)
                if size > self.expected:  # the zip's directory can lie about sizes
                    raise Refused(TOO_BIG)
                cut = chunk.rfind(b"\n") + 1
                if not cut:  # no line ends in this chunk yet
                    rest += chunk
                    continue
                block, rest = rest + chunk[:cut], chunk[cut:]
                try:
                    text = block.decode()
                except UnicodeDecodeError as exc:
                    raise Refused(TAMPERED) from exc
                # Split on newlines only: a statement may hold other line separators (U+2028).
                lines = text.split("\n")
                lines.pop()  # the empty text after the block's last newline
                if count + len(lines) > len(self.ids):
                    raise Refused(TAMPERED)
                for statement_id, line in zip(
                    self.ids[count : count + len(lines)], lines, strict=True
                ):
                    if statement_id not in self.known:
                        if marker in line:
                            self.roster.append(line)
                        yield statement_id, line
                count += len(lines)
                self.progress(Progress(Stage.READING, count, len(self.ids)))
        if (
            rest
            or size != self.expected
            or count != len(self.ids)
            or chunks.digest.hexdigest() != self.manifest.get("statements_sha256")
        ):
            raise Refused(TAMPERED)


class _ReadAhead:
    """Reads a zip member in blocks on a thread of its own, hashing them (SHA-256) as they
    come: unpacking and hashing let other threads run, so the file is read while SQLite
    writes the blocks before. Use as a context manager; iterate for the blocks, then read
    ``digest``. Leaving early stops the thread."""

    def __init__(self, src: IO[bytes], block: int) -> None:
        self.digest = hashlib.sha256()
        self._src, self._block = src, block
        self._blocks: queue.Queue[bytes | BaseException] = queue.Queue(maxsize=2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read, name="bundle-reader", daemon=True)

    def __enter__(self) -> _ReadAhead:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def __iter__(self) -> Iterator[bytes]:
        while True:
            block = self._blocks.get()
            if isinstance(block, BaseException):
                raise block
            if not block:
                return
            yield block

    def _read(self) -> None:
        try:
            while not self._stop.is_set():
                block = self._src.read(self._block)
                self.digest.update(block)
                self._hand_over(block)
                if not block:
                    return
        except BaseException as exc:  # raised again in the thread that iterates
            self._hand_over(exc)

    def _hand_over(self, item: bytes | BaseException) -> None:
        while not self._stop.is_set():
            try:
                self._blocks.put(item, timeout=0.1)
                return
            except queue.Full:
                continue


def _read_ids(zf: zipfile.ZipFile, manifest: dict[str, Any]) -> list[str]:
    count = manifest.get("statements")
    if not isinstance(count, int) or count < 0:
        raise Refused(TAMPERED)
    data = _read_capped(zf, "ids.txt", 64 * (count + 1))
    if hashlib.sha256(data).hexdigest() != manifest.get("ids_sha256"):
        raise Refused(TAMPERED)
    ids = data.decode("ascii", "replace").splitlines()
    if len(ids) != count:
        raise Refused(TAMPERED)
    return ids


def _read_capped(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    # The sizes in a zip's directory can lie: count what actually comes out.
    out = io.BytesIO()
    with zf.open(name) as src:
        while chunk := src.read(1024 * 1024):
            out.write(chunk)
            if out.tell() > limit:
                raise Refused(TOO_BIG if name == "statements.jsonl" else TAMPERED)
    return out.getvalue()


def _roster_statements(lines: list[str]) -> list[dict[str, Any]]:
    """The roster statements (the centre's profile is one of them), decoded."""
    found = []
    for line in lines:
        try:
            statement = json.loads(line)
        except ValueError as exc:
            raise Refused(TAMPERED) from exc
        if isinstance(statement, dict):
            found.append(statement)
    return found
