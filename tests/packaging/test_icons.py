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


# Anti-aliased edges come out a few levels apart on other processors (Qt's raster engine
# takes other paths there), so renderings are compared by how far they differ on average
# (0-255 per channel), not pixel by pixel. A real change of the artwork moves whole areas.
SAME_ARTWORK = 2.0


def mean_difference(a: QImage, b: QImage) -> float:
    """The mean absolute difference of two images' channels, 0 (same) to 255."""
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    assert a.size() == b.size()
    first, second = bytes(a.constBits()), bytes(b.constBits())
    return sum(abs(x - y) for x, y in zip(first, second, strict=True)) / len(first)


def test_the_committed_icons_are_renderings_of_the_current_artwork(make_icons, tmp_path, qapp):
    make_icons.make_icons(ASSETS / "skillsapp.svg", tmp_path)
    for size in (16, 256):
        fresh = QImage(str(tmp_path / f"skillsapp-{size}.png"))
        committed = QImage(str(ASSETS / f"skillsapp-{size}.png"))
        assert mean_difference(fresh, committed) < SAME_ARTWORK, (
            "run packaging/make_icons.py after changing assets/skillsapp.svg"
        )


def test_a_changed_artwork_is_told_apart_from_the_committed_icons(make_icons, tmp_path, qapp):
    # The comparison above must still catch a real change: here, the background's colour.
    svg = (ASSETS / "skillsapp.svg").read_text(encoding="utf-8")
    assert "#1f5f8b" in svg
    changed = tmp_path / "changed.svg"
    changed.write_text(svg.replace("#1f5f8b", "#8b1f1f"), encoding="utf-8")
    recoloured = QImage.fromData(make_icons.render_png(changed, 256), "PNG")
    committed = QImage(str(ASSETS / "skillsapp-256.png"))
    assert mean_difference(recoloured, committed) >= SAME_ARTWORK
