"""The Windows program and its installer, built and run under Wine like a centre's PC would.

Slow (a warm build takes a few minutes, the first one on a new machine about ten): built once
per session by packaging/build_windows.py into a temporary folder, with its cached Wine prefix,
Windows Python and wheels. Each "PC" here is a fresh Wine prefix without Python; only the Wine
stand-ins for two missing Windows DLLs are in its system folder, never in the program.
What Wine cannot show (the real window, folder permissions, signing) is in packaging/README.md.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from skillsapp.storage.migrations import SCHEMA_VERSION
from tests.packaging.conftest import load_script

ROOT = Path(__file__).resolve().parents[2]
INSTALLER_BUDGET = 60 * 1000 * 1000
UNINSTALL_KEY = (
    "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\"
    "{5D7A9C1E-2B64-4E8F-A3C0-7F19B2E6D481}_is1"
)
PROGRAM = Path("drive_c/Program Files/SkillsApp")
DATA = Path("drive_c/ProgramData/SkillsApp")
START_MENU = Path("drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs")
DESKTOP = Path("drive_c/users/Public/Desktop")
OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="built on Linux under Wine"),
    pytest.mark.skipif(
        shutil.which("wine") is None, reason="wine missing: run packaging/system-deps.sh as root"
    ),
]


@pytest.fixture(scope="session")
def bw() -> ModuleType:
    return load_script("build_windows")


@dataclass(frozen=True)
class Built:
    bundle: Path
    installer: Path
    version: str


@pytest.fixture(scope="session")
def built(bw: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Built:
    """``make package-windows``'s build, into a temporary folder.

    ``SKILLSAPP_WINDOWS_DIST=dist`` tests an earlier ``make package-windows`` instead (to work
    on the tests; the installer must be built from the same source as the program).
    """
    earlier = os.environ.get("SKILLSAPP_WINDOWS_DIST")
    if earlier:
        version = bw.version()
        folder = Path(earlier).resolve()
        bundle = folder / "windows" / "skillsapp"
        return Built(bundle, folder / f"SkillsApp-Setup-{version}.exe", version)
    out = tmp_path_factory.mktemp("windows")
    result = bw.build(out / "dist", out / "build")
    return Built(result.bundle, result.installer, bw.version())


@pytest.fixture(scope="session")
def display() -> Iterator[str]:
    """A virtual display: Inno Setup's setup and uninstaller need one even when silent."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as stream:
        number = stream.readline().strip()
    yield f":{number}"
    xvfb.terminate()
    xvfb.wait(timeout=30)


def new_pc(bw: ModuleType, tmp_path_factory: pytest.TempPathFactory, name: str) -> Any:
    return bw.fresh_prefix(tmp_path_factory.mktemp(name) / "prefix")


def scrap(wine: Any) -> None:
    """End the PC's Wine server and delete its prefix (1.3 GB; pytest keeps old tmp folders)."""
    wine.stop()
    shutil.rmtree(wine.prefix, ignore_errors=True)


def install(
    bw: ModuleType,
    wine: Any,
    installer: Path,
    display: str,
    log: Path,
    *extra: str,
    locale: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """The IT staff's silent install (packaging/README.md), on a PC speaking ``locale``."""
    # Wine names files in the Linux locale's encoding: a UTF-8 one, or "–" cannot be written.
    return wine.run(
        [
            bw.windows_path(installer),
            "/VERYSILENT",
            "/SUPPRESSMSGBOXES",
            "/NORESTART",
            f"/LOG={bw.windows_path(log)}",
            *extra,
        ],
        timeout=900,
        DISPLAY=display,
        **(locale or {"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}),
    )


@pytest.fixture(scope="session")
def romanian(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A Romanian Linux locale (which Wine passes on as the PC's language), compiled here."""
    folder = tmp_path_factory.mktemp("locales")
    made = subprocess.run(
        ["localedef", "-i", "ro_RO", "-f", "UTF-8", str(folder / "ro_RO.UTF-8")],
        capture_output=True,
        text=True,
    )
    assert (folder / "ro_RO.UTF-8").exists(), made.stderr
    return {"LOCPATH": str(folder), "LC_ALL": "ro_RO.UTF-8", "LANG": "ro_RO.UTF-8"}


def finished(wine: Any) -> None:
    wine.wait()


def uninstall_version(bw: ModuleType, wine: Any) -> str:
    """The version in the uninstall entry; "" without one. (``wine reg`` is the 32-bit tool,
    which sees the 32-bit registry view unless told /reg:64.)"""
    result = wine.run(["reg", "query", UNINSTALL_KEY, "/v", "DisplayVersion", "/reg:64"])
    if result.returncode != 0:
        return ""
    return result.stdout.split("REG_SZ")[-1].strip()


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def schema_and_learners(database: Path) -> tuple[int, int]:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        learners = conn.execute("SELECT count(*) FROM learners").fetchone()[0]
    return version, learners


# --- The built program -------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pc(bw: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A fresh Windows PC without Python, for the built program."""
    wine = new_pc(bw, tmp_path_factory, "pc")
    yield wine
    scrap(wine)


def test_built_program_checks_itself(bw: ModuleType, built: Built, pc: Any) -> None:
    result = pc.run(
        [bw.windows_path(built.bundle / "skillsapp-cli.exe"), "--self-check"],
        windows=OFFSCREEN,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def test_built_program_opens_the_demo_centre(
    bw: ModuleType, built: Built, pc: Any, tmp_path: Path
) -> None:
    result = pc.run(
        [bw.windows_path(built.bundle / "skillsapp.exe"), "--demo", "--exit-after-startup"],
        windows={**OFFSCREEN, "SKILLSAPP_HOME": bw.windows_path(tmp_path)},
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert schema_and_learners(tmp_path / "skillsapp.db")[1] > 0


def test_no_stand_in_dll_is_in_the_program(bw: ModuleType, built: Built) -> None:
    names = {Path(name).name.lower() for name in files_under(built.bundle)}
    assert not names & set(bw.STANDIN_DLLS)
    # ...but the programs do need Qt and Python, so the list is the real one.
    assert {"skillsapp.exe", "skillsapp-cli.exe", "python311.dll", "qt6core.dll"} <= names


def test_installer_is_one_file_under_60_mb(built: Built) -> None:
    assert built.installer.name == f"SkillsApp-Setup-{built.version}.exe"
    assert built.installer.stat().st_size < INSTALLER_BUDGET


# --- Installing on a centre's PC ---------------------------------------------------------------


@pytest.fixture(scope="session")
def installed(
    bw: ModuleType,
    built: Built,
    display: str,
    romanian: dict[str, str],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Any]:
    """A fresh PC (in Romanian) with SkillsApp installed silently."""
    wine = new_pc(bw, tmp_path_factory, "pc-install")
    log = wine.prefix.parent / "install.log"
    result = install(bw, wine, built.installer, display, log, locale=romanian)
    finished(wine)
    assert result.returncode == 0, log.read_text(errors="replace")[-3000:] if log.exists() else ""
    yield wine
    scrap(wine)


def test_silent_install_puts_exactly_the_program_in_program_files(
    bw: ModuleType, built: Built, installed: Any
) -> None:
    program = installed.prefix / PROGRAM
    installed_files = files_under(program)
    expected = files_under(built.bundle) | {"shared-data", "unins000.exe", "unins000.dat"}
    assert installed_files == expected
    names = {Path(name).name.lower() for name in installed_files}
    assert not names & set(bw.STANDIN_DLLS)


def test_install_registers_the_version_and_shares_the_data_folder(
    bw: ModuleType, built: Built, installed: Any
) -> None:
    assert uninstall_version(bw, installed) == built.version
    assert (installed.prefix / DATA).is_dir()
    marker = installed.prefix / PROGRAM / "shared-data"
    assert marker.read_text().strip() == "%PROGRAMDATA%\\SkillsApp"


def test_shortcuts_are_named_in_the_pcs_language(installed: Any) -> None:
    # The PC speaks Romanian (the installer was run with a Romanian locale).
    name = "SkillsApp – Competențe digitale.lnk"
    assert (installed.prefix / START_MENU / name).is_file()
    assert (installed.prefix / DESKTOP / name).is_file()


def test_installed_program_checks_itself_and_keeps_records_in_programdata(
    bw: ModuleType, installed: Any
) -> None:
    program = installed.prefix / PROGRAM
    check = installed.run(
        [bw.windows_path(program / "skillsapp-cli.exe"), "--self-check"],
        windows=OFFSCREEN,
        timeout=300,
    )
    assert check.returncode == 0, check.stdout[-2000:] + check.stderr[-2000:]
    start = installed.run(
        ["C:\\Program Files\\SkillsApp\\skillsapp.exe", "--exit-after-startup"],
        windows=OFFSCREEN,
        timeout=300,
    )
    assert start.returncode == 0, start.stdout[-2000:] + start.stderr[-2000:]
    assert (installed.prefix / DATA / "skillsapp.db").is_file()


def test_installing_over_a_newer_version_is_refused(
    bw: ModuleType, built: Built, display: str, installed: Any, tmp_path: Path
) -> None:
    installed.run(
        ["reg", "add", UNINSTALL_KEY, "/v", "DisplayVersion", "/d", "99.0.0", "/f", "/reg:64"]
    )
    try:
        log = tmp_path / "refused.log"
        result = install(bw, installed, built.installer, display, log)
        assert result.returncode != 0
        text = log.read_text(encoding="utf-8", errors="replace")
        assert f"Refused: SkillsApp 99.0.0 is installed, this setup is {built.version}." in text
        assert uninstall_version(bw, installed) == "99.0.0"
    finally:
        installed.run(
            [
                "reg",
                "add",
                UNINSTALL_KEY,
                "/v",
                "DisplayVersion",
                "/d",
                built.version,
                "/f",
                "/reg:64",
            ]
        )


def test_uninstall_keeps_the_records(bw: ModuleType, display: str, installed: Any) -> None:
    result = installed.run(
        ["C:\\Program Files\\SkillsApp\\unins000.exe", "/VERYSILENT", "/SUPPRESSMSGBOXES"],
        timeout=600,
        DISPLAY=display,
    )
    finished(installed)
    assert result.returncode == 0
    assert not (installed.prefix / PROGRAM / "skillsapp.exe").exists()
    assert not (installed.prefix / START_MENU / "SkillsApp – Competențe digitale.lnk").exists()
    assert uninstall_version(bw, installed) == ""
    assert (installed.prefix / DATA / "skillsapp.db").is_file()


# --- Upgrading a centre's PC -------------------------------------------------------------------


def test_upgrade_keeps_the_centres_records(
    bw: ModuleType, built: Built, display: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The previous release (bw.PREVIOUS_COMMIT, stamped bw.PREVIOUS_VERSION) with a centre's
    records, then this installer over it: the records migrate after a backup; then an uninstall
    asked to delete the records does."""
    previous = bw.previous_release()
    wine = new_pc(bw, tmp_path_factory, "pc-upgrade")
    logs = wine.prefix.parent
    try:
        assert install(bw, wine, previous, display, logs / "old.log").returncode == 0
        finished(wine)
        assert uninstall_version(bw, wine) == bw.PREVIOUS_VERSION
        demo = wine.run(
            ["C:\\Program Files\\SkillsApp\\skillsapp.exe", "--demo", "--exit-after-startup"],
            windows=OFFSCREEN,
            timeout=300,
        )
        assert demo.returncode == 0, demo.stdout[-2000:] + demo.stderr[-2000:]
        database = wine.prefix / DATA / "skillsapp.db"
        old_schema, learners = schema_and_learners(database)
        assert old_schema < SCHEMA_VERSION and learners > 0

        assert install(bw, wine, built.installer, display, logs / "new.log").returncode == 0
        finished(wine)
        assert uninstall_version(bw, wine) == built.version
        start = wine.run(
            ["C:\\Program Files\\SkillsApp\\skillsapp.exe", "--exit-after-startup"],
            windows=OFFSCREEN,
            timeout=300,
        )
        assert start.returncode == 0, start.stdout[-2000:] + start.stderr[-2000:]
        assert schema_and_learners(database) == (SCHEMA_VERSION, learners)
        backups = list((wine.prefix / DATA / "backups").glob(f"before-upgrade-v{old_schema}-*.db"))
        assert len(backups) == 1 and schema_and_learners(backups[0]) == (old_schema, learners)

        gone = wine.run(
            [
                "C:\\Program Files\\SkillsApp\\unins000.exe",
                "/VERYSILENT",
                "/SUPPRESSMSGBOXES",
                "/DELETEDATA",
            ],
            timeout=600,
            DISPLAY=display,
        )
        finished(wine)
        assert gone.returncode == 0
        assert not (wine.prefix / DATA).exists()
        assert not (wine.prefix / PROGRAM / "skillsapp.exe").exists()
    finally:
        scrap(wine)
