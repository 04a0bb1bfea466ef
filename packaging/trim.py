"""What the bundle leaves out: Qt parts SkillsApp does not use, and libraries only they needed.

Used by ``skillsapp.spec`` after PyInstaller's analysis. PyInstaller collects every plugin of
each Qt module the app imports, and every shared library those plugins link to; the app needs
far fewer (docs/quality-bars.md: the folder must stay under 150 MB). The rules are plain name
patterns, so a reviewer can see at a glance what is kept.
"""

from __future__ import annotations

import posixpath
import re
import subprocess
from collections.abc import Callable, Iterable
from pathlib import PurePath

# The languages the app ships (Qt's own dialog texts are kept only for these).
LANGUAGES = ("en", "de", "cs", "es", "pl", "lv", "pt", "it", "hu", "ro")

# Plugins kept, by plugin folder; a folder not named here is left out entirely. A plugin is
# kept when its file name contains one of the words; None keeps the whole folder.
KEPT_PLUGINS: dict[str, tuple[str, ...] | None] = {
    # offscreen for --self-check and CI, xcb for X11 desktops, wayland for newer ones.
    # windows and cocoa are the platforms of the Windows and macOS builds.
    "platforms": ("offscreen", "xcb", "wayland", "windows", "cocoa"),
    "styles": None,
    # The desktop portal gives native file dialogs in sandboxed desktops; GTK's theme is left
    # out (it alone pulls in GTK, Pango and Cairo).
    "platformthemes": ("xdgdesktopportal",),
    # Course images are PNG (built into Qt), JPEG and SVG.
    "imageformats": ("svg", "jpeg"),
    "iconengines": ("svgicon",),
    # Whether the connection is metered (mobile data), so sync can wait for a cheaper one:
    # GLib's on Linux, the network list manager on Windows, reachability on macOS.
    "networkinformation": ("glib", "networklistmanager", "scnetworkreachability", "apple"),
    # Dead keys and compose sequences (é, ő, ș) and input methods.
    "platforminputcontexts": None,
    "xcbglintegrations": None,
    "wayland-shell-integration": ("xdg-shell", "wl-shell"),
    "wayland-decoration-client": None,
    # (no wayland-graphics-integration-client: the widgets draw in software, through shared
    # memory, and its EGL plugin alone would bring the OpenGL module)
    # Printing of reports, when a report uses it.
    "printsupport": None,
}

# Python modules of Qt (and the standard library) that the app never imports.
EXCLUDED_MODULES = [
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQmlFeatures",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtTest",
    "PySide6.QtSql",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtVirtualKeyboard",
    # Optional extras of libraries the app uses, which it never turns on: anyio's uvloop,
    # Markdown's code highlighting, httpx's command line (rich) and compressions.
    "uvloop",
    "pygments",
    "rich",
    "trio",
    "brotli",
    "brotlicffi",
    "zstandard",
    "socksio",
    "h2",
    "_pytest",
    # Only a process pool would need it, and the app has none; left in, PyInstaller's hook
    # for it would import it at every start.
    "multiprocessing",
    # Chinese, Japanese and Korean text encodings (about 0.9 MB): every text the app reads or
    # writes is UTF-8.
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_codecs_iso2022",
    "tkinter",
    "_tkinter",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
    "pytest",
    "hypothesis",
]

# Qt libraries that must not reach the bundle even if some plugin links to them: libQt6X.so on
# Linux, Qt6X.dll on Windows. opengl32sw.dll is Windows' software OpenGL (20 MB), which only
# Qt Quick and OpenGL widgets fall back to; SkillsApp's widgets paint without OpenGL.
_UNUSED_QT_LIBRARY = re.compile(
    r"^(lib)?Qt6(Qml|Quick|Labs|Lottie|WebEngine|VirtualKeyboard|Designer|Help|UiTools|Test|Sql|"
    r"WaylandCompositor|WaylandEgl|EglFS|EglFs|Pdf|Multimedia|3D|Charts|DataVis|Graphs)"
    r"|^opengl32sw\.dll$"
)
_QT_TRANSLATION = re.compile(r"^(qt|qtbase)_([a-z]{2})(_[A-Z]{2})?\.qm$")


def plugin_kept(dest: str) -> bool:
    """Whether a file under ``.../Qt/plugins/`` (or ``qt6/plugins``) stays in the bundle."""
    parts = PurePath(dest).parts
    if "plugins" not in parts:
        return True
    at = parts.index("plugins")
    if len(parts) < at + 3:
        return True
    folder, filename = parts[at + 1], parts[-1].lower()
    if folder not in KEPT_PLUGINS:
        return False
    wanted = KEPT_PLUGINS[folder]
    if wanted is None:
        return True
    return any(word in filename for word in wanted)


def translation_kept(dest: str) -> bool:
    """Qt's own translations: only ``qt_``/``qtbase_`` ones, only for the shipped languages."""
    parts = PurePath(dest).parts
    if "translations" not in parts or not dest.endswith(".qm"):
        return True
    if "skillsapp" in parts:  # the app's own translations are always kept
        return True
    match = _QT_TRANSLATION.match(parts[-1])
    return match is not None and match.group(2) in LANGUAGES


def library_kept(dest: str) -> bool:
    """False for Qt libraries of modules the app does not use (Quick, QML, WebEngine...)."""
    return not _UNUSED_QT_LIBRARY.search(PurePath(dest).name)


# Libraries taken from the user's system instead of the bundle. Every desktop with a printer
# has CUPS, set up for its own printers; bundling it would add GnuTLS, Kerberos and Avahi
# (about 9 MB). Without it, Qt's print dialog still offers printing to PDF. libsystemd (which
# D-Bus links to) is part of every systemd desktop the Linux build is made for (Debian,
# Ubuntu, Mint, Fedora); bundling it would add libgcrypt, LZ4 and libcap (about 2.5 MB).
#
# The C++ runtime (libstdc++, libgcc_s) and util-linux's and SELinux's libraries (which GLib's
# GIO links to) are part of the base system of every one of those desktops, and the system's
# own C++ runtime is the one its graphics drivers were built against: about 3 MB.
PROVIDED_BY_SYSTEM = (
    "libcups.so",
    "libsystemd.so",
    "libstdc++.so",
    "libgcc_s.so",
    "libmount.so",
    "libblkid.so",
    "libselinux.so",
)

Entry = tuple[str, str, str]


def trim_entries(entries: Iterable[Entry]) -> list[Entry]:
    """Drop unused plugins, foreign translations and unused Qt libraries from a TOC list."""
    return [
        entry
        for entry in entries
        if plugin_kept(entry[0]) and translation_kept(entry[0]) and library_kept(entry[0])
    ]


def reachable_binaries(
    binaries: list[Entry],
    imports_of: Callable[[str], Iterable[str]],
    roots: Callable[[Entry], bool],
) -> list[Entry]:
    """Keep the binaries reachable from ``roots`` by the libraries they link to.

    PyInstaller adds the libraries of every collected plugin before the spec can drop the
    plugin; once the plugins are trimmed, this drops the libraries nothing needs any more
    (GTK's theme alone brings Pango, Cairo, ATK and GDK). ``imports_of(source_path)`` names
    the libraries a binary links to (file names). Libraries in ``PROVIDED_BY_SYSTEM`` are left
    out, with whatever only they needed.
    """
    by_name: dict[str, list[Entry]] = {}
    for entry in binaries:
        by_name.setdefault(PurePath(entry[0]).name, []).append(entry)
    kept: set[str] = set()
    waiting = [entry for entry in binaries if roots(entry)]
    while waiting:
        entry = waiting.pop()
        if entry[0] in kept or PurePath(entry[0]).name.startswith(PROVIDED_BY_SYSTEM):
            continue
        kept.add(entry[0])
        for name in imports_of(entry[1]):
            waiting.extend(by_name.get(PurePath(name).name, []))
    return [entry for entry in binaries if entry[0] in kept]


def without_dangling_links(datas: list[Entry], binaries: list[Entry]) -> list[Entry]:
    """Drop the links PyInstaller made (next to the executable) to libraries trimmed away."""
    present = {PurePath(entry[0]).as_posix() for entry in [*datas, *binaries]}

    def target(entry: Entry) -> str:
        joined = PurePath(entry[0]).parent / entry[1]
        return posixpath.normpath(joined.as_posix())

    return [entry for entry in datas if entry[2] != "SYMLINK" or target(entry) in present]


def needed_libraries(path: str) -> list[str]:
    """The libraries an ELF file links to directly (its DT_NEEDED entries, read by objdump).

    PyInstaller's own helper asks ``ldd``, which also lists the libraries of those libraries;
    that would keep everything a dropped plugin pulled in.
    """
    output = subprocess.run(
        ["objdump", "-p", path], capture_output=True, text=True, check=True
    ).stdout
    return [line.split()[1] for line in output.splitlines() if line.strip().startswith("NEEDED")]
