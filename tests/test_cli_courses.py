"""`skillsapp courses check` and `skillsapp courses import`, run as real processes."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

from tests.test_cli import run

SAMPLE = Path(__file__).parent / "fixtures" / "packs" / "sample-course"
BUNDLED = Path(__file__).parents[1] / "courses"


def _zip(folder: Path, target: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, prefix + path.relative_to(folder).as_posix())
    return target


def test_check_passes_on_the_bundled_catalogue(tmp_path):
    result = run("courses", "check", str(BUNDLED), home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_prints_file_line_message_and_exits_1(tmp_path):
    broken = shutil.copytree(SAMPLE, tmp_path / "broken")
    manifest = broken / "course.yaml"
    # Whatever competence the sample trains first becomes one DigComp does not have.
    manifest.write_text(
        re.sub(r"code: *['\"]?\d\.\d['\"]?", "code: '9.9'", manifest.read_text(), count=1),
        encoding="utf-8",
    )
    result = run("courses", "check", str(broken), home=tmp_path)
    assert result.returncode == 1
    line = next(x for x in result.stdout.splitlines() if "9.9" in x)
    file_part, line_no, _message = line.split(":", 2)
    assert file_part.endswith("course.yaml") and line_no.isdigit()


def test_import_installs_once_and_refuses_the_same_version_again(tmp_path):
    home = tmp_path / "home"
    pack = _zip(SAMPLE, tmp_path / "sample.zip")
    first = run("courses", "import", str(pack), home=home)
    assert first.returncode == 0, first.stderr
    assert (home / "courses" / "sample-course" / "course.yaml").exists()
    again = run("courses", "import", str(pack), home=home)
    assert again.returncode == 1
    assert "version" in again.stderr.lower()


def test_import_refuses_a_pack_claiming_a_bundled_course_id(tmp_path):
    home = tmp_path / "home"
    impostor = shutil.copytree(SAMPLE, tmp_path / "impostor")
    manifest = impostor / "course.yaml"
    manifest.write_text(
        manifest.read_text().replace("id: sample-course", "id: email-basics"), encoding="utf-8"
    )
    result = run("courses", "import", str(_zip(impostor, tmp_path / "x.zip")), home=home)
    assert result.returncode == 1
    assert "comes with SkillsApp" in result.stderr
    assert not any((home / "courses").glob("email-basics*"))


def test_import_of_a_file_that_is_not_a_zip_is_refused_plainly(tmp_path):
    fake = tmp_path / "holiday-photos.zip"
    fake.write_bytes(b"\x89PNG not a zip at all")
    result = run("courses", "import", str(fake), home=tmp_path / "home")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stderr.strip()


def test_check_also_checks_item_banks_and_checklists(tmp_path):
    bank = Path(__file__).parents[1] / "skillsapp" / "core" / "assessment" / "data"
    assert run("courses", "check", str(bank), home=tmp_path).returncode == 0
    broken = shutil.copytree(bank, tmp_path / "bank")
    items = broken / "items.en.yaml"
    items.write_text(
        re.sub(r'competence: "\d\.\d"', 'competence: "9.9"', items.read_text(), count=1),
        encoding="utf-8",
    )
    result = run("courses", "check", str(broken), home=tmp_path)
    assert result.returncode == 1
    assert "items.en.yaml:" in result.stdout and "9.9" in result.stdout
