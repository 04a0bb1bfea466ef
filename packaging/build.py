"""Build the one-folder bundle and, on Linux, the release archive (what ``make package`` runs).

    python packaging/build.py [--dist DIR] [--work DIR] [--no-archive]

Writes DIR/skillsapp/ (run DIR/skillsapp/skillsapp) and DIR/skillsapp-VERSION-linux-x86_64.tar.gz,
whose top folder ``skillsapp/`` also holds the desktop entry, the icons and
``install-desktop-entry.sh``. Prints the bundle size and the build time.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tarfile
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "skillsapp.spec"
NAME = "skillsapp"
# Added beside the executable in the archive: (file in the repository, name in the archive).
DESKTOP_FILES = (
    (HERE / "linux" / "skillsapp.desktop", "skillsapp.desktop"),
    (HERE / "linux" / "install-desktop-entry.sh", "install-desktop-entry.sh"),
    (ROOT / "assets" / "skillsapp.svg", "skillsapp.svg"),
    (ROOT / "assets" / "skillsapp-256.png", "skillsapp.png"),
)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@dataclass(frozen=True)
class Build:
    """What a build produced and how long it took."""

    folder: Path
    archive: Path | None
    seconds: float

    @property
    def executable(self) -> Path:
        """The program to start."""
        return self.folder / (NAME + (".exe" if sys.platform == "win32" else ""))


def version() -> str:
    """The version in pyproject.toml (the single place it is written)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)["project"]["version"]


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def platform_tag() -> str:
    """For example ``linux-x86_64``."""
    return f"{platform.system().lower()}-{platform.machine().lower()}"


def build(dist: Path, work: Path, archive: bool = True) -> Build:
    """Run PyInstaller on the spec, then pack the archive (Linux only)."""
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            f"--distpath={dist}",
            f"--workpath={work}",
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
        # Bytecode of the build tools must not land in the repository.
        env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"),
    )
    folder = dist / NAME
    tarball = None
    if archive and sys.platform.startswith("linux"):
        tarball = pack_archive(folder, dist / f"{NAME}-{version()}-{platform_tag()}.tar.gz")
    return Build(folder, tarball, time.perf_counter() - start)


def pack_archive(folder: Path, target: Path) -> Path:
    """The bundle plus desktop entry and icons, in one ``skillsapp/`` top folder."""

    def owned_by_nobody(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=NAME, filter=owned_by_nobody)
        for source, name in DESKTOP_FILES:
            tar.add(source, arcname=f"{NAME}/{name}", filter=owned_by_nobody)
        for size in ICON_SIZES:
            tar.add(
                ROOT / "assets" / f"skillsapp-{size}.png",
                arcname=f"{NAME}/icons/{size}x{size}/skillsapp.png",
                filter=owned_by_nobody,
            )
    return target


def main() -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--no-archive", action="store_true")
    args = parser.parse_args()
    result = build(args.dist.resolve(), args.work.resolve(), archive=not args.no_archive)
    print(f"bundle: {result.folder} ({folder_size(result.folder) / 2**20:.1f} MiB)")
    if result.archive:
        print(f"archive: {result.archive} ({result.archive.stat().st_size / 2**20:.1f} MiB)")
    print(f"build time: {result.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
