"""The Windows program under Wine: build time, installer and installed size, installed start.

Builds with ``packaging/build_windows.py`` (its cache warm after a first ``make
package-windows``), installs the setup silently into a fresh Wine prefix, then starts the
installed ``skillsapp.exe --demo --exit-after-startup`` and the one-folder build's the same
number of times, alternated, on the same prepared data folder. The installed start is reported
as a ratio to the one-folder start measured in the same run (Wine's own start-up cost weighs
on both); no target is asserted here.

    python bench/package_windows.py [--runs N] [--dist DIR]

``--dist`` measures an earlier ``make package-windows`` (``dist``) instead of building.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def build_windows() -> ModuleType:
    """packaging/build_windows.py as a module (packaging/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "build_windows", ROOT / "packaging" / "build_windows.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_windows"] = module
    spec.loader.exec_module(module)
    return module


def started(command: list[str], env: dict[str, str]) -> float:
    """Seconds until ``command`` has started and exited (0); its output through pipes, which
    Python under Wine needs (a file such as /dev/null fails its start)."""
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dist", type=Path, help="an earlier make package-windows's dist/")
    args = parser.parse_args()
    bw = build_windows()
    with tempfile.TemporaryDirectory(prefix="skillsapp-bench-windows-") as temp:
        out = Path(temp)
        if args.dist:
            bundle = args.dist.resolve() / "windows" / "skillsapp"
            installer = args.dist.resolve() / f"SkillsApp-Setup-{bw.version()}.exe"
        else:
            built = bw.build(out / "dist", out / "build")
            bundle, installer = built.bundle, built.installer
            print(
                f"build with the tools cached: "
                f"{built.bundle_seconds + built.installer_seconds:.0f} s (program "
                f"{built.bundle_seconds:.0f} s, installer {built.installer_seconds:.0f} s; "
                f"tools checked in {built.setup_seconds:.1f} s)"
            )
        print(f"one-folder program: {bw.folder_size(bundle) / 1e6:.1f} MB")
        print(f"installer: {installer.stat().st_size / 1e6:.1f} MB")

        wine = bw.fresh_prefix(out / "pc")
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as stream:
            display = ":" + stream.readline().strip()
        try:
            setup = wine.run(
                [bw.windows_path(installer), "/VERYSILENT", "/SUPPRESSMSGBOXES"],
                timeout=900,
                DISPLAY=display,
            )
            wine.wait()
        finally:
            xvfb.terminate()
        if setup.returncode != 0:
            raise SystemExit(f"the silent install failed ({setup.returncode})")
        installed = wine.prefix / "drive_c" / "Program Files" / "SkillsApp"
        print(f"installed: {bw.folder_size(installed) / 1e6:.1f} MB")

        home = out / "data"
        env = wine.environ(
            {"QT_QPA_PLATFORM": "offscreen", "SKILLSAPP_HOME": bw.windows_path(home)}
        )
        start = ["--demo", "--exit-after-startup"]
        one_folder = ["wine", bw.windows_path(bundle / "skillsapp.exe"), *start]
        from_setup = ["wine", "C:\\Program Files\\SkillsApp\\skillsapp.exe", *start]
        # A first start creates the demo centre and Wine's caches; not measured.
        started(one_folder, env)
        base, inst = [], []
        for _ in range(args.runs):  # alternated, so a busy moment weighs on both alike
            base.append(started(one_folder, env))
            inst.append(started(from_setup, env))
        wine.stop()
    print(
        f"start under Wine (--demo --exit-after-startup, {args.runs} alternated runs, medians): "
        f"installed {median(inst):.2f} s, one-folder {median(base):.2f} s, "
        f"ratio {median(inst) / median(base):.2f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
