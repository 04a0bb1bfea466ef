"""USB bundles: one signed file with the centre's statements (and its roster, as statements).

Format (``docs/sync.md``): a zip holding ``manifest.json`` (format version, centre, count,
SHA-256 and size of the statements), ``statements.jsonl`` (one statement per line),
``ids.txt`` (their ids) and ``signature.txt`` (HMAC-SHA256 of the manifest with a key derived
from the centre key). Import checks the manifest and the ids first, then takes the statements
in by id in one transaction as it reads them. The signature is checked as soon as the keys
are derived, always before anything is written to the log, and the statements are checked
against the manifest before that transaction commits: a bad file changes nothing, and the
same file imported twice adds nothing the second time.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import queue
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from skillsapp import __version__
from skillsapp.core.errors import Refused
from skillsapp.storage.statements import NotOurs, arrived_statements, verb_is
from skillsapp.sync.centre_key import (
    CentreKeys,
    derive_keys,
    ensure_centre_key,
    sign,
    usable_key,
)
from skillsapp.sync.centre_key import signature_matches as signed_by
from skillsapp.sync.progress import Progress, Report, Stage, unreported
from skillsapp.sync.roster import UPDATED_PROFILE, publish_roster

if TYPE_CHECKING:
    from concurrent.futures import Future

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
    from concurrent.futures import ThreadPoolExecutor  # here: not on the way to the first window

    try:
        with (
            zipfile.ZipFile(path) as zf,
            ThreadPoolExecutor(1, thread_name_prefix="bundle-keys") as aside,
        ):
            manifest, manifest_bytes, keys_of = _read_manifest(centre, zf, key_text)
            # Keys derived from a typed centre key take a tenth of a second (on purpose):
            # they are derived while the ids and the first statements are read, and the
            # signature is checked as soon as they are ready (see ``_Signature``).
            signature = _Signature(
                aside.submit(keys_of),
                manifest_bytes,
                _read_capped(zf, "signature.txt", 1024).decode("ascii", "replace").strip(),
            )
            ids = _check_ids(_read_capped(zf, "ids.txt", _ids_limit(manifest)), manifest)
            statements = _StatementLines(zf, manifest, ids, signature, progress)
            added = _merge(centre, statements, manifest, key_text, progress)
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
    return BundleSummary(len(ids), added, manifest.get("centre_name", ""))


def _merge(
    centre: Centre,
    statements: _StatementLines,
    manifest: dict[str, Any],
    key_text: str | None,
    progress: Report,
) -> int:
    """Merge the bundle's new statements in one transaction; on an empty PC, first make it
    a PC of the bundle's centre (once its roster has been read, before the projections)."""

    was_set_up = centre.is_set_up

    def set_up_centre() -> None:
        if not was_set_up:
            from skillsapp.sync.join import become_centre, find_centre_in

            # The bundle's roster statements, as the merge has taken them in so far.
            with centre.db.reading() as conn:
                roster = list(arrived_statements(conn, verb_is(UPDATED_PROFILE[0])))
            keys = statements.signature.keys()  # checked already, once the lines were read
            profile = find_centre_in(roster, keys)
            become_centre(centre, key_text or "", keys, profile)

    try:
        with centre.log.merging():
            # What this PC holds is read by the transaction itself: nothing can slip in
            # between, and no connection of this thread is left open to read, which would
            # make the batch go through the write-ahead log (written twice).
            statements.known = centre.log.ids()
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


def _read_manifest(
    centre: Centre, zf: zipfile.ZipFile, key_text: str | None
) -> tuple[dict[str, Any], bytes, Callable[[], CentreKeys]]:
    """The bundle's manifest (decoded and as read), checked for everything but its signature,
    and how to get the keys that must have signed it (this PC's, or derived from the key
    typed to set up a new PC)."""
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
        return manifest, manifest_bytes, lambda: keys
    if not key_text:
        raise Refused("Please type the centre key to set up this PC from the bundle.")
    usable_key(key_text)  # a key too short to be one is refused before anything is read
    return manifest, manifest_bytes, lambda: derive_keys(key_text, iri)


class _Signature:
    """The manifest's signature, checked with keys being derived on another thread.

    Reading the statements does not wait for the keys: the signature is checked at the
    first block of lines read after they are ready, and at the latest once the last line is
    read, before anything is written to the log. A wrong key or a forged manifest is thus
    refused a tenth of a second or so into the import, and can never change anything (the
    statements are only ever held in the batch's working tables until then).
    """

    def __init__(self, deriving: Future[CentreKeys], manifest: bytes, signature: str) -> None:
        self._deriving, self._manifest, self._signature = deriving, manifest, signature
        self._keys: CentreKeys | None = None

    def keys(self) -> CentreKeys:
        """The keys that signed the manifest (waiting for them if need be); :class:`Refused`
        (``TAMPERED``) when they did not sign it."""
        if self._keys is None:
            keys = self._deriving.result()
            if not signed_by(keys, self._manifest, self._signature):
                raise Refused(TAMPERED)
            self._keys = keys
        return self._keys

    def check_if_ready(self) -> None:
        """Check the signature now if the keys are ready (see :meth:`keys`)."""
        if self._keys is None and self._deriving.done():
            self.keys()


class _StatementLines:
    """The bundle's statements as (id, JSON line) pairs, read a block at a time, leaving out
    those this PC already has (``known``, by the ids file, without decoding them).

    The manifest's ``signature`` is checked as soon as it can be (see :class:`_Signature`).
    When the last line has been read, the whole file is checked against the signed manifest
    (size, SHA-256, number of lines); a mismatch raises :class:`Refused` then, so a merge
    reading these fails, inside its transaction, before it writes to the log. ``progress``
    hears how many lines are read after each block.
    """

    def __init__(
        self,
        zf: zipfile.ZipFile,
        manifest: dict[str, Any],
        ids: list[str],
        signature: _Signature,
        progress: Report = unreported,
    ) -> None:
        expected = manifest.get("statements_bytes")
        if not isinstance(expected, int) or expected > MAX_STATEMENTS:
            raise Refused(TAMPERED)
        self.zf, self.manifest, self.ids = zf, manifest, ids
        self.signature, self.expected, self.progress = signature, expected, progress
        self.known: set[str] = set()  # the ids this PC holds, set before reading

    def __iter__(self) -> Iterator[tuple[str, str]]:
        # A block's new lines are gathered in one comprehension and handed on by a chain:
        # no Python code runs between the statements of a block.
        return itertools.chain.from_iterable(self._blocks())

    def _blocks(self) -> Iterator[list[tuple[str, str]]]:
        count = 0
        self.progress(Progress(Stage.READING, 0, len(self.ids)))
        with (
            self.zf.open("statements.jsonl") as src,
            _ReadAhead(src, READ_BLOCK, self.expected) as blocks,
        ):
            for lines in blocks:
                self.signature.check_if_ready()
                if count + len(lines) > len(self.ids):
                    raise Refused(TAMPERED)
                known = self.known
                pairs = zip(self.ids[count : count + len(lines)], lines, strict=True)
                yield [pair for pair in pairs if pair[0] not in known] if known else list(pairs)
                count += len(lines)
                self.progress(Progress(Stage.READING, count, len(self.ids)))
        if (
            blocks.rest
            or blocks.size != self.expected
            or count != len(self.ids)
            or blocks.digest.hexdigest() != self.manifest.get("statements_sha256")
        ):
            raise Refused(TAMPERED)
        self.signature.keys()


class _ReadAhead:
    """Reads a zip member of JSON lines on a thread of its own, a block at a time: unpacks
    it, hashes it (SHA-256), decodes it and cuts it into lines, while the thread that
    iterates writes the lines before into SQLite. Use as a context manager; iterate for
    each block's lines, then read ``digest``, ``size`` (bytes read) and ``rest`` (bytes
    after the last newline, which a whole file has none of). More than ``limit`` bytes, or
    text that is not UTF-8, raise :class:`Refused` in the iterating thread. Leaving early
    stops the thread."""

    def __init__(self, src: IO[bytes], block: int, limit: int) -> None:
        self.digest = hashlib.sha256()
        self.size = 0
        self.rest = b""
        self._src, self._block, self._limit = src, block, limit
        self._blocks: queue.Queue[list[str] | BaseException | None] = queue.Queue(maxsize=2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read, name="bundle-reader", daemon=True)

    def __enter__(self) -> _ReadAhead:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def __iter__(self) -> Iterator[list[str]]:
        while True:
            lines = self._blocks.get()
            if isinstance(lines, BaseException):
                raise lines
            if lines is None:
                return
            yield lines

    def _read(self) -> None:
        try:
            while not self._stop.is_set():
                chunk = self._src.read(self._block)
                if not chunk:
                    self._hand_over(None)
                    return
                self.size += len(chunk)
                if self.size > self._limit:  # the zip's directory can lie about sizes
                    raise Refused(TOO_BIG)
                self.digest.update(chunk)
                cut = chunk.rfind(b"\n") + 1
                if not cut:  # no line ends in this chunk yet
                    self.rest += chunk
                    continue
                block, self.rest = self.rest + chunk[:cut], chunk[cut:]
                try:
                    text = block.decode()
                except UnicodeDecodeError as exc:
                    raise Refused(TAMPERED) from exc
                # Split on newlines only: a statement may hold other line separators (U+2028).
                lines = text.split("\n")
                lines.pop()  # the empty text after the block's last newline
                self._hand_over(lines)
        except BaseException as exc:  # raised again in the thread that iterates
            self._hand_over(exc)

    def _hand_over(self, item: list[str] | BaseException | None) -> None:
        while not self._stop.is_set():
            try:
                self._blocks.put(item, timeout=0.1)
                return
            except queue.Full:
                continue


def _ids_limit(manifest: dict[str, Any]) -> int:
    """The most bytes the ids file of this manifest's bundle can hold."""
    count = manifest.get("statements")
    if not isinstance(count, int) or count < 0:
        raise Refused(TAMPERED)
    return 64 * (count + 1)


def _check_ids(data: bytes, manifest: dict[str, Any]) -> list[str]:
    """The ids file's lines, checked against the (signed) manifest."""
    if hashlib.sha256(data).hexdigest() != manifest.get("ids_sha256"):
        raise Refused(TAMPERED)
    ids = data.decode("ascii", "replace").splitlines()
    if len(ids) != manifest["statements"]:
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
