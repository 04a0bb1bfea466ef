"""Pack zips are opened safely, and installing one is all-or-nothing."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillsapp.core.courses import CoursePackError, check_zip, install_pack, load_pack
from skillsapp.core.courses import archive as pack_archive

Edit = Callable[[str, str, str], None]
FIXTURE_PACK = Path(__file__).resolve().parents[2] / "fixtures" / "packs" / "sample-course"


def zip_folder(folder: Path, zip_path: Path, top: str | None = "sample-course") -> Path:
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            name = path.relative_to(folder).as_posix()
            archive.write(path, f"{top}/{name}" if top else name)
    return zip_path


def good_zip_with(pack: Path, zip_path: Path, extra: Callable[[zipfile.ZipFile], None]) -> Path:
    """The sample pack zipped, plus whatever `extra` adds."""
    zip_folder(pack, zip_path)
    with zipfile.ZipFile(zip_path, "a", zipfile.ZIP_DEFLATED) as archive:
        extra(archive)
    return zip_path


def refused(zip_path: Path, installed: Path) -> str:
    """Install `zip_path`, expect a refusal, check nothing was left behind; return the message."""
    with pytest.raises(CoursePackError) as raised:
        install_pack(zip_path, installed, protected_ids=())
    assert list(installed.iterdir()) == []
    return raised.value.message


@pytest.fixture
def installed(tmp_path: Path) -> Path:
    return tmp_path / "installed"


def test_a_zip_entry_climbing_out_with_dotdot_is_refused(
    pack: Path, tmp_path: Path, installed: Path
) -> None:
    zip_path = good_zip_with(pack, tmp_path / "evil.zip", lambda z: z.writestr("../evil.txt", "x"))
    message = refused(zip_path, installed)
    assert "“../evil.txt” would be written outside the course folder" in message
    assert not (tmp_path / "evil.txt").exists()


def test_a_zip_entry_with_an_absolute_path_is_refused(
    pack: Path, tmp_path: Path, installed: Path
) -> None:
    def add(archive: zipfile.ZipFile) -> None:
        info = zipfile.ZipInfo("sample-course/media/x.png")
        info.filename = "/tmp/evil.png"  # ZipInfo() would strip the slash; a hostile tool won't
        archive.writestr(info, "x")

    message = refused(good_zip_with(pack, tmp_path / "evil.zip", add), installed)
    assert "“/tmp/evil.png” would be written outside the course folder" in message


def test_a_zip_entry_that_is_a_symlink_is_refused(
    pack: Path, tmp_path: Path, installed: Path
) -> None:
    def add(archive: zipfile.ZipFile) -> None:
        info = zipfile.ZipInfo("sample-course/media/link.svg")
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")

    message = refused(good_zip_with(pack, tmp_path / "link.zip", add), installed)
    assert "“sample-course/media/link.svg” is a link or a special file" in message


def test_an_encrypted_zip_entry_is_refused(pack: Path, tmp_path: Path, installed: Path) -> None:
    zip_path = zip_folder(pack, tmp_path / "locked.zip")
    # zipfile cannot write encrypted entries, so set the "encrypted" flag bit in every header.
    data = bytearray(zip_path.read_bytes())
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = data.find(signature)
        while start != -1:
            data[start + flag_offset] |= 0x1
            start = data.find(signature, start + 4)
    zip_path.write_bytes(bytes(data))
    assert "protected with a password" in refused(zip_path, installed)


def test_a_zip_bomb_is_refused_from_its_headers(
    pack: Path, tmp_path: Path, installed: Path
) -> None:
    zeros = b"\0" * (20 * 1024 * 1024)
    zip_path = good_zip_with(
        pack, tmp_path / "bomb.zip", lambda z: z.writestr("sample-course/media/a.png", zeros)
    )
    assert "zip bomb" in refused(zip_path, installed)


def test_a_zip_over_the_unpacked_size_limit_is_refused(
    pack: Path, tmp_path: Path, installed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 200 MB of incompressible data is slow to make; a lower limit tests the same rule.
    monkeypatch.setattr(pack_archive, "MAX_UNPACKED_BYTES", 64 * 1024)
    data = os.urandom(100 * 1024)
    zip_path = good_zip_with(
        pack, tmp_path / "big.zip", lambda z: z.writestr("sample-course/media/a.png", data)
    )
    assert "once unpacked" in refused(zip_path, installed)


def test_a_zip_whose_headers_lie_about_a_size_is_refused(
    pack: Path, tmp_path: Path, installed: Path
) -> None:
    data = os.urandom(100 * 1024)
    name = b"sample-course/media/a.png"
    zip_path = good_zip_with(pack, tmp_path / "liar.zip", lambda z: z.writestr(name.decode(), data))
    # The central directory claims 10 bytes; extraction must not trust it.
    raw = bytearray(zip_path.read_bytes())
    entry = raw.find(b"PK\x01\x02")
    while raw[entry + 46 : entry + 46 + len(name)] != name:
        entry = raw.find(b"PK\x01\x02", entry + 4)
    raw[entry + 24 : entry + 28] = (10).to_bytes(4, "little")
    zip_path.write_bytes(bytes(raw))
    assert "damaged" in refused(zip_path, installed)


def test_a_zip_with_more_than_2000_entries_is_refused(
    pack: Path, tmp_path: Path, installed: Path
) -> None:
    def add(archive: zipfile.ZipFile) -> None:
        for number in range(2_001):
            archive.writestr(f"sample-course/media/{number}.svg", "")

    message = refused(good_zip_with(pack, tmp_path / "many.zip", add), installed)
    assert "at most 2000" in message


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path, installed: Path) -> None:
    path = tmp_path / "holiday.zip"
    path.write_text("These are not the bytes of a zip file.", encoding="utf-8")
    assert refused(path, installed).startswith("This file is not a course pack: it is not a zip")


def test_a_truncated_zip_is_refused(pack: Path, tmp_path: Path, installed: Path) -> None:
    whole = zip_folder(pack, tmp_path / "whole.zip").read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole[: len(whole) // 2])
    assert "damaged or incomplete" in refused(cut, installed)


def test_a_zip_without_course_yaml_is_refused_in_plain_words(
    tmp_path: Path, installed: Path
) -> None:
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday/beach.jpg", b"\xff\xd8\xff")
    assert refused(path, installed) == "This file is not a course pack: it has no course.yaml."


def test_a_zip_holding_a_pack_with_problems_is_refused_with_them(
    pack: Path, tmp_path: Path, installed: Path
) -> None:
    (pack / "media" / "tray.svg").unlink()
    message = refused(zip_folder(pack, tmp_path / "broken.zip"), installed)
    assert "This course pack has 2 problems" in message
    assert "lessons/welcome.md:9: The image 'media/tray.svg' is missing" in message


def test_a_valid_pack_is_installed_under_its_id(
    pack: Path, tmp_path: Path, installed: Path
) -> None:
    course = install_pack(zip_folder(pack, tmp_path / "pack.zip", top=None), installed, ())
    assert course.path == installed / "sample-course"
    assert load_pack(installed / "sample-course").version == (1, 2, 0)
    assert sorted(p.name for p in installed.iterdir()) == ["sample-course"]


def test_a_newer_version_replaces_the_installed_one(
    pack: Path, tmp_path: Path, installed: Path, edit: Edit
) -> None:
    install_pack(zip_folder(pack, tmp_path / "old.zip"), installed, ())
    edit("course.yaml", "version: 1.2.0", "version: 1.10.0")
    edit("lessons/welcome.md", "title: Welcome", "title: Welcome back")
    course = install_pack(zip_folder(pack, tmp_path / "new.zip"), installed, ())
    assert course.version == (1, 10, 0)
    assert load_pack(installed / "sample-course").lesson("welcome").title == "Welcome back"
    assert sorted(p.name for p in installed.iterdir()) == ["sample-course"]


@pytest.mark.parametrize("version", ["1.2.0", "1.1.9", "0.9.0"])
def test_a_version_that_is_not_newer_is_refused_and_the_installed_one_kept(
    pack: Path, tmp_path: Path, installed: Path, edit: Edit, version: str
) -> None:
    install_pack(zip_folder(pack, tmp_path / "current.zip"), installed, ())
    edit("course.yaml", "version: 1.2.0", f"version: {version}")
    edit("lessons/welcome.md", "title: Welcome", "title: Replaced")
    with pytest.raises(CoursePackError) as raised:
        install_pack(zip_folder(pack, tmp_path / "older.zip"), installed, ())
    assert raised.value.message == (
        "The course “A sample course for the tests” is already installed in version 1.2.0. "
        f"This file holds version {version}, which is not newer, so nothing was changed."
    )
    assert load_pack(installed / "sample-course").lesson("welcome").title == "Welcome"
    assert sorted(p.name for p in installed.iterdir()) == ["sample-course"]


def test_a_pack_with_the_id_of_a_bundled_course_is_refused(
    pack: Path, tmp_path: Path, installed: Path
) -> None:
    with pytest.raises(CoursePackError) as raised:
        install_pack(zip_folder(pack, tmp_path / "pack.zip"), installed, {"sample-course"})
    assert "comes with SkillsApp and cannot be replaced from a file" in raised.value.message
    assert list(installed.iterdir()) == []


def test_an_install_cut_by_a_power_failure_gets_the_old_copy_back(
    pack: Path, tmp_path: Path, installed: Path
) -> None:
    # The moment between moving the old copy aside and moving the new one in.
    staging = installed / ".incoming-cut"
    staging.mkdir(parents=True)
    shutil.copytree(pack, staging / "previous")
    pack_archive.recover_interrupted_installs(installed)
    assert load_pack(installed / "sample-course").id == "sample-course"
    assert sorted(p.name for p in installed.iterdir()) == ["sample-course"]


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(0, 10_000), flips=st.lists(st.integers(0, 10_000), max_size=8))
def test_a_damaged_zip_is_only_ever_refused_with_a_message(cut: int, flips: list[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        data = bytearray(zip_folder(FIXTURE_PACK, base / "good.zip").read_bytes())
        for position in flips:
            data[position % len(data)] ^= 0xA5
        damaged = base / "damaged.zip"
        damaged.write_bytes(bytes(data[: len(data) - cut % len(data)]))
        installed = base / "installed"
        try:
            install_pack(damaged, installed, ())
        except CoursePackError as error:
            assert error.message
            assert [p.name for p in installed.iterdir()] == []
        assert all(problem.message for problem in check_zip(damaged))
