"""The rules that keep the bundle small (packaging/trim.py), on made-up file lists."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = "PySide6/Qt/plugins"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        (f"{PLUGINS}/platforms/libqxcb.so", True),
        (f"{PLUGINS}/platforms/libqoffscreen.so", True),
        (f"{PLUGINS}/platforms/libqwayland.so", True),
        (f"{PLUGINS}/platforms/qwindows.dll", True),
        (f"{PLUGINS}/platforms/libqeglfs.so", False),
        (f"{PLUGINS}/platforms/libqvnc.so", False),
        (f"{PLUGINS}/platformthemes/libqgtk3.so", False),
        (f"{PLUGINS}/imageformats/libqsvg.so", True),
        (f"{PLUGINS}/imageformats/libqjpeg.so", True),
        (f"{PLUGINS}/imageformats/libqtiff.so", False),
        (f"{PLUGINS}/iconengines/libqsvgicon.so", True),
        (f"{PLUGINS}/tls/libqopensslbackend.so", False),
        (f"{PLUGINS}/egldeviceintegrations/libqeglfs-x11-integration.so", False),
        (f"{PLUGINS}/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ],
)
def test_only_the_plugins_the_app_uses_are_kept(trim, dest, kept):
    assert trim.plugin_kept(dest) is kept


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("qtbase_de.qm", True),
        ("qt_pt_BR.qm", True),
        ("qtbase_hu.qm", True),
        ("qtbase_ja.qm", False),
        ("qt_help_de.qm", False),
        ("qtdeclarative_de.qm", False),
    ],
)
def test_qt_translations_are_kept_only_for_the_languages_the_app_ships(trim, name, kept):
    assert trim.translation_kept(f"PySide6/Qt/translations/{name}") is kept


def test_the_apps_own_translations_are_always_kept(trim):
    assert trim.translation_kept("skillsapp/ui/translations/skillsapp_ja.qm")


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("libQt6Quick.so.6", False),
        ("libQt6Qml.so.6", False),
        ("libQt6WebEngineCore.so.6", False),
        ("libQt6Widgets.so.6", True),
        ("libQt6Svg.so.6", True),
    ],
)
def test_qt_libraries_of_unused_modules_are_dropped(trim, name, kept):
    assert trim.library_kept(f"PySide6/Qt/lib/{name}") is kept


def test_libraries_only_a_dropped_plugin_needed_are_dropped_too(trim):
    binaries = [
        ("libpython3.11.so.1.0", "/src/libpython", "BINARY"),
        ("PySide6/QtGui.abi3.so", "/src/QtGui", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui", "BINARY"),
        ("libpng16.so.16", "/src/libpng", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk", "BINARY"),
        ("libpango-1.0.so.0", "/src/libpango", "BINARY"),
    ]
    links = {
        "/src/QtGui": ["libQt6Gui.so.6"],
        "/src/libQt6Gui": ["libpng16.so.16"],
        "/src/libgtk": ["libpango-1.0.so.0"],
    }
    kept = trim.reachable_binaries(
        binaries,
        imports_of=lambda path: links.get(path, []),
        roots=lambda entry: entry[2] == "EXTENSION" or entry[0].startswith("libpython"),
    )
    assert [entry[0] for entry in kept] == [
        "libpython3.11.so.1.0",
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libpng16.so.16",
    ]


def test_links_to_dropped_libraries_are_dropped(trim):
    binaries = [("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui", "BINARY")]
    datas = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("courses/a/course.yaml", "/src/course.yaml", "DATA"),
    ]
    kept = trim.without_dangling_links(datas, binaries)
    assert [entry[0] for entry in kept] == ["libQt6Gui.so.6", "courses/a/course.yaml"]


def test_cups_comes_from_the_system_with_all_it_alone_needs(trim):
    binaries = [
        (f"{PLUGINS}/printsupport/libcupsprintersupport.so", "/src/cupsplugin", "BINARY"),
        ("libcups.so.2", "/src/libcups", "BINARY"),
        ("libgnutls.so.30", "/src/libgnutls", "BINARY"),
        ("libz.so.1", "/src/libz", "BINARY"),
        ("PySide6/QtCore.abi3.so", "/src/QtCore", "EXTENSION"),
    ]
    links = {
        "/src/cupsplugin": ["libcups.so.2"],
        "/src/libcups": ["libgnutls.so.30", "libz.so.1"],
        "/src/QtCore": ["libz.so.1"],
    }
    kept = trim.reachable_binaries(
        binaries,
        imports_of=lambda path: links.get(path, []),
        roots=lambda entry: entry[2] == "EXTENSION" or "plugins" in entry[0],
    )
    names = [entry[0] for entry in kept]
    assert "libcups.so.2" not in names and "libgnutls.so.30" not in names
    assert "libz.so.1" in names


def test_direct_links_are_read_from_the_file_itself(trim):
    needed = trim.needed_libraries(sys.executable)
    assert any(name.startswith(("libc.so", "libpython")) for name in needed)
