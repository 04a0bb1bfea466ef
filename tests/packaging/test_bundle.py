"""The packaged one-folder app: built once per test session, then started like a user would.

Slow (the build takes about half a minute): ``pytest -m slow`` runs these alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SIZE_BUDGET = 150 * 1000 * 1000  # docs/quality-bars.md: at most 150 MB
LANGUAGES = {"en", "de", "cs", "es", "pl", "lv", "pt", "it", "hu", "ro"}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


@dataclass(frozen=True)
class Built:
    """Where the session's build went."""

    folder: Path
    archive: Path
    output: str

    @property
    def executable(self) -> Path:
        return self.folder / "skillsapp"

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """``packaging/build.py`` run once, into a temporary folder (never into the repository)."""
    pytest.importorskip("PyInstaller", reason="PyInstaller is a development dependency")
    out = tmp_path_factory.mktemp("package")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            f"--dist={out / 'dist'}",
            f"--work={out / 'build'}",
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    return Built(
        out / "dist" / "skillsapp",
        out / "dist" / f"skillsapp-{version}-linux-x86_64.tar.gz",
        result.stdout,
    )


def start(
    executable: Path, *args: str, home: Path | None, offscreen: bool = True, **extra: str
) -> subprocess.CompletedProcess[str]:
    """Run the bundle as a user would, without any of the test run's Python settings."""
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "SKILLSAPP_HOME", "QT_QPA_PLATFORM")
        and not key.startswith("PYTHON")
    }
    if home is not None:
        environ["SKILLSAPP_HOME"] = str(home)
    if offscreen:
        environ["QT_QPA_PLATFORM"] = "offscreen"
    environ.update(extra)
    return subprocess.run(
        [str(executable), *args], capture_output=True, text=True, env=environ, timeout=120
    )


@pytest.fixture
def beside_the_program(bundle: Built) -> Iterator[Path]:
    """The bundle folder, with any marker and data a test puts next to the program removed."""
    yield bundle.folder
    for name in ("portable", "shared-data"):
        (bundle.folder / name).unlink(missing_ok=True)
    data = bundle.folder / "data"
    if data.exists():
        for path in sorted(data.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        data.rmdir()


def test_the_bundle_passes_its_self_check_offscreen(bundle, tmp_path):
    result = start(bundle.executable, "--self-check", home=tmp_path / "untouched", offscreen=False)
    assert result.returncode == 0, result.stderr
    assert "Self-check passed" in result.stdout
    assert "bundled courses loaded" in result.stdout and "rendered" in result.stdout
    assert not (tmp_path / "untouched").exists()


def test_the_bundle_fits_the_size_budget(bundle):
    size = sum(p.lstat().st_size for p in bundle.folder.rglob("*") if not p.is_dir())
    assert size <= SIZE_BUDGET, f"{size / 1e6:.1f} MB"


def test_the_bundle_starts_on_an_empty_folder_and_exits_after_startup(bundle, tmp_path):
    home = tmp_path / "fresh"
    result = start(bundle.executable, "--exit-after-startup", home=home)
    assert result.returncode == 0, result.stderr
    assert (home / "skillsapp.db").exists()
    assert not (home / "skillsapp.lock").exists()  # the folder is free again
    again = start(bundle.executable, "--exit-after-startup", home=home)
    assert again.returncode == 0, again.stderr


def test_a_portable_marker_keeps_the_data_beside_the_program(bundle, beside_the_program, tmp_path):
    (beside_the_program / "portable").touch()
    user_data = tmp_path / "xdg"
    result = start(
        bundle.executable,
        "--exit-after-startup",
        home=None,
        XDG_DATA_HOME=str(user_data),
        HOME=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert (beside_the_program / "data" / "skillsapp.db").exists()
    assert not user_data.exists()


def test_a_shared_data_marker_points_the_program_at_one_folder(
    bundle, beside_the_program, tmp_path
):
    shared = tmp_path / "ProgramData" / "SkillsApp"
    (beside_the_program / "shared-data").write_text(f"{shared}\n", encoding="utf-8")
    result = start(
        bundle.executable,
        "--exit-after-startup",
        home=None,
        XDG_DATA_HOME=str(tmp_path / "xdg"),
        HOME=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert (shared / "skillsapp.db").exists()
    assert not (tmp_path / "xdg").exists()


def test_the_bundle_says_plainly_when_its_data_folder_cannot_be_written(bundle, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    result = start(bundle.executable, "--exit-after-startup", home=blocker / "data")
    assert result.returncode == 1
    assert "cannot use its data folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_bundle_without_a_screen_says_so_in_one_sentence(bundle, tmp_path):
    result = start(bundle.executable, home=tmp_path, offscreen=False)
    assert result.returncode == 2
    assert "needs a screen" in result.stderr and "Traceback" not in result.stderr


def test_qt_is_trimmed_to_what_the_app_uses(bundle):
    qt = bundle.internal / "PySide6" / "Qt"
    names = {p.name for p in bundle.internal.rglob("*")}
    for unused in (
        "libQt6Qml.so.6",
        "libQt6Quick.so.6",
        "libqgtk3.so",
        "libcups.so.2",  # the system's own, with its printers
        "libgnutls.so.30",
    ):
        assert unused not in names
    assert not [n for n in names if "WebEngine" in n or "VirtualKeyboard" in n]
    assert not [n for n in names if n.startswith(("libgtk-3", "libpango", "libcairo"))]
    platforms = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
    assert {"libqoffscreen.so", "libqxcb.so"} <= platforms
    assert {"libqeglfs.so", "libqvnc.so", "libqlinuxfb.so"}.isdisjoint(platforms)
    assert (qt / "plugins" / "imageformats" / "libqsvg.so").exists()
    assert (qt / "plugins" / "imageformats" / "libqjpeg.so").exists()
    assert (qt / "plugins" / "iconengines" / "libqsvgicon.so").exists()
    # Metered connections are recognised through GLib's network information.
    assert (qt / "plugins" / "networkinformation" / "libqglib.so").exists()
    assert "libQt6Network.so.6" in names
    qt_languages = {p.stem.split("_")[1] for p in (qt / "translations").glob("*.qm")}
    assert "de" in qt_languages and qt_languages <= LANGUAGES
    dangling = [p for p in bundle.folder.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling


def test_the_bundle_carries_the_courses_assets_and_translations(bundle):
    courses = {p.parent.name for p in (ROOT / "courses").glob("*/course.yaml")}
    bundled = {p.parent.name for p in (bundle.internal / "courses").glob("*/course.yaml")}
    assert courses and bundled == courses
    assert (bundle.internal / "assets" / "skillsapp.svg").exists()
    # Compiled by the build from the .ts sources, whether or not a .qm exists in the checkout.
    sources = (ROOT / "skillsapp" / "ui" / "translations").glob("*.ts")
    compiled = bundle.internal / "skillsapp" / "ui" / "translations"
    assert {p.stem for p in sources} == {p.stem for p in compiled.glob("*.qm")}


def test_the_archive_holds_the_program_its_desktop_entry_and_icons(bundle, tmp_path):
    with tarfile.open(bundle.archive) as tar:
        names = set(tar.getnames())
        for name in (
            "skillsapp/skillsapp",
            "skillsapp/skillsapp.desktop",
            "skillsapp/skillsapp.svg",
            "skillsapp/skillsapp.png",
            "skillsapp/install-desktop-entry.sh",
            "skillsapp/icons/48x48/skillsapp.png",
            "skillsapp/_internal/courses",
        ):
            assert name in names
        tar.extractall(tmp_path / "unpacked", filter="tar")
    unpacked = tmp_path / "unpacked" / "skillsapp"
    entry = (unpacked / "skillsapp.desktop").read_text(encoding="utf-8")
    assert "Icon=skillsapp" in entry and "Type=Application" in entry
    result = start(unpacked / "skillsapp", "--exit-after-startup", home=tmp_path / "data")
    assert result.returncode == 0, result.stderr


def test_the_desktop_entry_installer_points_the_menu_at_the_unpacked_folder(bundle, tmp_path):
    with tarfile.open(bundle.archive) as tar:
        members = [m for m in tar.getmembers() if not m.name.startswith("skillsapp/_internal")]
        tar.extractall(tmp_path / "unpacked", members=members, filter="tar")
    folder = tmp_path / "unpacked" / "skillsapp"
    share = tmp_path / "share"
    result = subprocess.run(
        ["sh", str(folder / "install-desktop-entry.sh")],
        capture_output=True,
        text=True,
        env=dict(os.environ, XDG_DATA_HOME=str(share), HOME=str(tmp_path)),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    entry = (share / "applications" / "skillsapp.desktop").read_text(encoding="utf-8")
    assert f'Exec="{folder}/skillsapp"' in entry
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "skillsapp.png").exists()
