"""Opening a course pack .zip safely, and installing it next to the other installed courses.

A pack comes on a USB stick from anyone, so the zip is judged from its headers before a single
byte is extracted (paths, links, encryption, number of files, sizes, compression ratio), and
the sizes are enforced again while extracting, counting the bytes really written.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Collection, Iterator
from pathlib import Path, PurePosixPath

from skillsapp.core.courses.loader import MANIFEST, check_pack, load_pack
from skillsapp.core.courses.model import CoursePack
from skillsapp.core.courses.problems import CoursePackError, Problem
from skillsapp.core.courses.validation import MB
from skillsapp.core.errors import Message

MAX_ENTRIES = 2_000
MAX_UNPACKED_BYTES = 200 * MB
# Text and pictures shrink 2-20 times in a zip; 100 times is only reached by made-up data.
MAX_RATIO = 100
RATIO_APPLIES_ABOVE = 1 * MB
CHUNK = 64 * 1024
INCOMING_PREFIX = ".incoming-"


def _refuse(zip_path: Path, template: str, **values: object) -> CoursePackError:
    return CoursePackError([Problem.plain(zip_path.name, template, **values)])


def _entry_path(name: str) -> PurePosixPath | None:
    """The entry's path inside the pack, or None when it could leave the extraction folder."""
    if not name or "\x00" in name or "\\" in name or name.startswith("/"):
        return None
    path = PurePosixPath(name)
    if any(part in ("..", "") for part in path.parts) or ":" in path.parts[0]:
        return None
    return path


def _check_headers(zip_path: Path, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """Refuse a hostile or oversized zip from its central directory, before extracting."""
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise _refuse(
            zip_path,
            "This file holds {count} files; a course pack may hold at most {limit}. "
            "It is probably not a course pack.",
            count=len(entries),
            limit=MAX_ENTRIES,
        )
    seen: set[str] = set()
    total = 0
    packed = 0
    for entry in entries:
        if _entry_path(entry.filename) is None:
            raise _refuse(
                zip_path,
                "This file is not a safe course pack: “{name}” would be written "
                "outside the course folder.",
                name=entry.filename,
            )
        mode = entry.external_attr >> 16
        kind = stat.S_IFMT(mode)
        if stat.S_ISLNK(mode) or (kind and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))):
            raise _refuse(
                zip_path,
                "This file is not a safe course pack: “{name}” is a link or a "
                "special file, not a plain file.",
                name=entry.filename,
            )
        if entry.flag_bits & 0x1:
            raise _refuse(
                zip_path,
                "This course pack is protected with a password; make the zip again without one.",
            )
        folded = entry.filename.rstrip("/").casefold()
        if folded in seen:
            raise _refuse(zip_path, "This file holds “{name}” twice.", name=entry.filename)
        seen.add(folded)
        total += entry.file_size
        packed += entry.compress_size
        if entry.file_size > RATIO_APPLIES_ABOVE and entry.file_size > MAX_RATIO * max(
            entry.compress_size, 1
        ):
            raise _refuse(zip_path, _BOMB)
    if total > MAX_UNPACKED_BYTES:
        raise _refuse(
            zip_path,
            "This course pack would take {size} MB once unpacked; at most {limit} MB is allowed.",
            size=total // MB,
            limit=MAX_UNPACKED_BYTES // MB,
        )
    if total > RATIO_APPLIES_ABOVE and total > MAX_RATIO * max(packed, 1):
        raise _refuse(zip_path, _BOMB)
    return entries


_BOMB = (
    "This file is not a safe course pack: it would unpack to far more data than it holds "
    "(a 'zip bomb')."
)


def extract_pack(zip_path: Path, destination: Path) -> Path:
    """Extract the pack zip into the empty folder `destination`; return the pack's folder.

    The pack's files may be at the zip's root or inside one top folder. Raises
    `CoursePackError` with a plain-language message when the file is unsafe or not a pack.
    """
    try:
        with zipfile.ZipFile(zip_path) as archive:
            entries = _check_headers(zip_path, archive)
            _extract_entries(zip_path, archive, entries, destination)
    except zipfile.BadZipFile:
        raise _refuse(
            zip_path,
            "This file is not a course pack: it is not a zip file, or it is damaged or "
            "incomplete (copy it to the USB stick again).",
        ) from None
    except (NotImplementedError, EOFError, zlib.error):
        raise _refuse(
            zip_path,
            "This file is damaged or was made in a way SkillsApp cannot open; make the zip "
            "again with an ordinary zip program.",
        ) from None
    except OSError as error:
        raise _refuse(
            zip_path, "This file cannot be read: {reason}.", reason=error.strerror or str(error)
        ) from None
    if (destination / MANIFEST).is_file():
        return destination
    children = [child for child in destination.iterdir() if not child.name.startswith(("__", "."))]
    if len(children) == 1 and (children[0] / MANIFEST).is_file():
        return children[0]
    raise _refuse(zip_path, "This file is not a course pack: it has no course.yaml.")


def _extract_entries(
    zip_path: Path, archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo], destination: Path
) -> None:
    base = destination.resolve()
    written_total = 0
    for entry in entries:
        relative = _entry_path(entry.filename)
        assert relative is not None  # _check_headers refused the rest
        target = base.joinpath(*relative.parts)
        if not target.resolve().is_relative_to(base):
            raise _refuse(zip_path, "This file is not a safe course pack.")
        if entry.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        # "xb": never follow or overwrite anything that is already there.
        with archive.open(entry) as source, target.open("xb") as sink:
            while chunk := source.read(CHUNK):
                written += len(chunk)
                written_total += len(chunk)
                # The headers can lie; the bytes really written cannot.
                if written > entry.file_size or written_total > MAX_UNPACKED_BYTES:
                    raise _refuse(zip_path, _BOMB)
                sink.write(chunk)


@contextlib.contextmanager
def extracted_pack(zip_path: Path) -> Iterator[Path]:
    """Extract the pack zip into a temporary folder, yield the pack's folder, then remove it."""
    with tempfile.TemporaryDirectory(prefix="skillsapp-pack-") as folder:
        yield extract_pack(zip_path, Path(folder))


def check_zip(zip_path: Path) -> list[Problem]:
    """Every problem of a pack zip, files named like `pack.zip/lessons/welcome.md`."""
    with tempfile.TemporaryDirectory(prefix="skillsapp-pack-") as folder:
        try:
            root = extract_pack(zip_path, Path(folder))
        except CoursePackError as error:
            return [dataclasses.replace(p, file=str(zip_path)) for p in error.problems]
        inside = root.relative_to(folder).as_posix()
        prefix = f"{zip_path}/" if inside == "." else f"{zip_path}/{inside}/"
        return [dataclasses.replace(p, file=prefix + p.file) for p in check_pack(root)]


def install_pack(zip_path: Path, installed_dir: Path, protected_ids: Collection[str]) -> CoursePack:
    """Validate the pack zip fully, then install it as `installed_dir/<pack id>` atomically.

    Refuses a pack that replaces a course bundled with the app (`protected_ids`) and a version
    that is not newer than the installed one. On any refusal nothing in `installed_dir`
    changes; an older copy stays in place until the new one is complete.
    """
    installed_dir.mkdir(parents=True, exist_ok=True)
    recover_interrupted_installs(installed_dir)
    # Staging inside installed_dir keeps os.replace on one disk, so the swap is atomic.
    staging = Path(tempfile.mkdtemp(prefix=INCOMING_PREFIX, dir=installed_dir))
    try:
        unpacked = staging / "unpacked"
        unpacked.mkdir()
        pack = load_pack(extract_pack(zip_path, unpacked))
        if pack.id in protected_ids:
            raise CoursePackError(
                [],
                Message(
                    "The course “{title}” comes with SkillsApp and cannot be replaced from a "
                    "file. It is updated together with SkillsApp.",
                    {"title": pack.title},
                ),
            )
        target = installed_dir / pack.id
        installed = _installed_version(target)
        if installed is not None and pack.version <= installed:
            shown = ".".join(str(part) for part in installed)
            raise CoursePackError(
                [],
                Message(
                    "The course “{title}” is already installed in version {installed}. This "
                    "file holds version {version}, which is not newer, so nothing was changed.",
                    {"title": pack.title, "installed": shown, "version": pack.version_text},
                ),
            )
        _swap_in(pack.path, target, staging / "previous")
        return dataclasses.replace(pack, path=target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _installed_version(target: Path) -> tuple[int, int, int] | None:
    """The version of the installed copy; None when there is none (or it cannot be read)."""
    if not target.exists():
        return None
    try:
        return load_pack(target).version
    except CoursePackError:
        # A broken installed copy may be replaced by any valid version of the same course.
        return None


def _swap_in(new: Path, target: Path, previous: Path) -> None:
    """Put `new` at `target`, keeping the old copy at `previous` until the new one is there."""
    if target.exists():
        os.replace(target, previous)
        try:
            os.replace(new, target)
        except OSError:
            os.replace(previous, target)
            raise
    else:
        os.replace(new, target)


def recover_interrupted_installs(installed_dir: Path) -> None:
    """After a power cut during an install, put back the old copy if the new one is not there.

    A copy kept in a staging folder is only the old installed course; it goes back to where
    it was when that place is empty. Staging folders are then removed.
    """
    for staging in installed_dir.glob(INCOMING_PREFIX + "*"):
        previous = staging / "previous"
        pack_id = _pack_id_of(previous)
        if pack_id and not (installed_dir / pack_id).exists():
            os.replace(previous, installed_dir / pack_id)
        shutil.rmtree(staging, ignore_errors=True)


def _pack_id_of(folder: Path) -> str | None:
    try:
        return load_pack(folder).id
    except (CoursePackError, OSError):
        return None
