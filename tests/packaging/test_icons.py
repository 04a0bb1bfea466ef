"""The app icon: PNG renderings, .ico and .icns made from the one SVG artwork."""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets"


def image_size(data: bytes) -> tuple[int, int]:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    return image.width(), image.height()


def ico_images(data: bytes) -> dict[int, bytes]:
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    images = {}
    for index in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        images[side or 256] = data[offset : offset + length]
    return images


def icns_images(data: bytes) -> dict[bytes, bytes]:
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    images, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack_from(">I", data, at + 4)[0]
        images[kind] = data[at + 8 : at + length]
        at += length
    return images


def test_every_png_rendering_has_the_size_in_its_name(make_icons):
    for size in make_icons.PNG_SIZES:
        assert image_size((ASSETS / f"skillsapp-{size}.png").read_bytes()) == (size, size)


def test_the_windows_icon_holds_every_size_as_a_readable_png(make_icons):
    images = ico_images((ASSETS / "skillsapp.ico").read_bytes())
    assert sorted(images) == sorted(make_icons.ICO_SIZES)
    for size, data in images.items():
        assert image_size(data) == (size, size)


def test_the_macos_icon_holds_each_type_at_its_pixel_size(make_icons):
    images = icns_images((ASSETS / "skillsapp.icns").read_bytes())
    assert set(images) == {kind for kind, _ in make_icons.ICNS_TYPES}
    for kind, size in make_icons.ICNS_TYPES:
        assert image_size(images[kind]) == (size, size)


def test_the_committed_icons_are_renderings_of_the_current_artwork(make_icons, tmp_path, qapp):
    make_icons.make_icons(ASSETS / "skillsapp.svg", tmp_path)
    for size in (16, 256):
        fresh = QImage(str(tmp_path / f"skillsapp-{size}.png"))
        committed = QImage(str(ASSETS / f"skillsapp-{size}.png"))
        assert fresh.convertToFormat(QImage.Format.Format_ARGB32) == committed.convertToFormat(
            QImage.Format.Format_ARGB32
        ), "run packaging/make_icons.py after changing assets/skillsapp.svg"
