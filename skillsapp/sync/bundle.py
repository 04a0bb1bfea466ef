"""USB bundles: one signed file with the centre's statements (and its roster, as statements).

Format (``docs/sync.md``): a zip holding ``manifest.json`` (format version, centre, count,
SHA-256 and size of the statements), ``statements.jsonl`` (one statement per line) and
``signature.txt`` (HMAC-SHA256 of the manifest with a key derived from the centre key).
Import checks everything before it writes anything, then merges by id in one transaction, so
a bad file changes nothing and the same file imported twice adds nothing the second time.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skillsapp import __version__
from skillsapp.core.errors import Refused
from skillsapp.storage.statements import NotOurs
from skillsapp.sync.centre_key import CentreKeys, derive_keys, ensure_centre_key, sign
from skillsapp.sync.centre_key import signature_matches as signed_by
from skillsapp.sync.roster import UPDATED_PROFILE, attach_roster, publish_roster

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre

FORMAT = "skillsapp-sync-bundle"
FORMAT_VERSION = 1
NAMES = {"manifest.json", "signature.txt", "statements.jsonl", "ids.txt"}
MAX_MANIFEST = 64 * 1024
MAX_STATEMENTS = 4 * 1024**3  # 4 GiB of statements: millions, far beyond any centre
MAX_RATIO = 200  # JSON compresses about 10:1; far more is a zip bomb

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


def export_bundle(centre: Centre, path: Path, since: str | None = None) -> BundleSummary:
    """Write the centre's statements (stored on this PC since ``since``, or all) to ``path``.

    The whole roster is always included, so the bundle can set up a new PC. The file appears
    complete or not at all (written aside, then renamed).
    """
    keys = ensure_centre_key(centre)
    if keys is None:
        raise Refused("Please set the centre key first (trainer settings, Sync).")
    attach_roster(centre)
    publish_roster(centre, keys)
    sql = "SELECT body FROM statements"
    params: tuple[str, ...] = ()
    if since:
        sql += " WHERE stored >= ? OR verb = ?"
        params = (since, UPDATED_PROFILE[0])
    digest = hashlib.sha256()
    count = size = 0
    ids: list[bytes] = []
    part = path.with_name(path.name + ".part")
    profile = centre.profile
    with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        with zf.open("statements.jsonl", "w", force_zip64=True) as out:
            rows = centre.db.conn.execute(
                sql.replace("SELECT body", "SELECT id, body") + " ORDER BY rowid", params
            )
            for statement_id, body in rows:
                ids.append(statement_id.encode())
                line = body.encode() + b"\n"
                digest.update(line)
                out.write(line)
                count += 1
                size += len(line)
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
    return BundleSummary(count, centre=profile.name)


def import_bundle(centre: Centre, path: Path, key_text: str | None = None) -> BundleSummary:
    """Check a bundle completely, then merge it; on an empty PC (with the centre key) it
    sets up the centre it belongs to. New statements are queued for the LRS too, so a hub
    with a connection passes on what it received."""
    try:
        with zipfile.ZipFile(path) as zf:
            manifest, keys = _check_manifest(centre, zf, key_text)
            lines = _read_statements(zf, manifest)
            ids = _read_ids(zf, manifest, len(lines))
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, NotImplementedError) as exc:
        raise Refused(DAMAGED) from exc
    except OSError as exc:
        raise Refused(
            "The bundle cannot be read ({reason}).", reason=exc.strerror or str(exc)
        ) from exc
    known = {r[0] for r in centre.db.query("SELECT id FROM statements")}
    new = [(i, line) for line, i in zip(lines, ids, strict=True) if i not in known]
    del lines
    attach_roster(centre)
    try:
        with centre.db.bulk_transaction():
            if not centre.is_set_up:
                from skillsapp.sync.join import become_centre, find_centre_in

                profile = find_centre_in(_roster_statements(new), keys)
                become_centre(centre, key_text or "", keys, profile)
            # The lines are the statements' compact JSON: checked and stored as they are.
            added = centre.log.merge_stored(
                new, centre.now_iso(), manifest["centre_iri"], queue=True
            )
    except NotOurs as exc:
        centre.reload_profile()  # a PC set up by this bundle was rolled back with it
        raise Refused(TAMPERED) from exc
    return BundleSummary(len(ids), len(added), manifest.get("centre_name", ""))


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


def _read_statements(zf: zipfile.ZipFile, manifest: dict[str, Any]) -> list[str]:
    expected = manifest.get("statements_bytes")
    if not isinstance(expected, int) or expected > MAX_STATEMENTS:
        raise Refused(TAMPERED)
    data = _read_capped(zf, "statements.jsonl", expected)
    if len(data) != expected or hashlib.sha256(data).hexdigest() != manifest.get(
        "statements_sha256"
    ):
        raise Refused(TAMPERED)
    try:
        text = data.decode()
    except UnicodeDecodeError as exc:
        raise Refused(TAMPERED) from exc
    del data
    # Split on newlines only: a statement's text may hold other line separators (U+2028).
    lines = text.split("\n")
    if lines[-1] != "" or len(lines) - 1 != manifest.get("statements"):
        raise Refused(TAMPERED)
    lines.pop()
    return lines


def _read_ids(zf: zipfile.ZipFile, manifest: dict[str, Any], count: int) -> list[str]:
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


def _roster_statements(lines: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """The roster statements among the lines (the centre's profile is one of them), found
    without decoding the rest."""
    marker = json.dumps(UPDATED_PROFILE[0])
    found = []
    for _, line in lines:
        if marker in line:
            try:
                statement = json.loads(line)
            except ValueError as exc:
                raise Refused(TAMPERED) from exc
            if isinstance(statement, dict):
                found.append(statement)
    return found
