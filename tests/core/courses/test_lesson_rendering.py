"""Lessons become safe HTML: nothing runs, nothing loads from outside the pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from skillsapp.core.courses import load_pack, render_lesson_html
from skillsapp.core.courses.render import render_markdown_html


def test_a_lesson_renders_its_headings_tables_and_images(pack: Path) -> None:
    course = load_pack(pack)
    html = render_lesson_html(course, course.lesson("welcome"), "en")
    assert "<h2>What you will do</h2>" in html
    assert "<th>Word</th>" in html
    tray = (pack / "media" / "tray.svg").resolve().as_uri()
    assert f'src="{tray}"' in html
    assert 'alt="A drawing of a letter tray holding three letters"' in html


def test_a_lesson_renders_in_the_language_asked_for(pack: Path) -> None:
    course = load_pack(pack)
    assert "<h2>O que vai fazer</h2>" in render_lesson_html(course, course.lessons[0], "pt")
    assert "<h2>What you will do</h2>" in render_lesson_html(course, course.lessons[0], "fr")


def test_callouts_become_tables_with_their_kind_as_class(pack: Path) -> None:
    course = load_pack(pack)
    html = render_lesson_html(course, course.lesson("first-message"), "en")
    assert '<table cellpadding="8" class="callout warning" width="100%">' in html
    assert '<p class="callout-title">Be careful</p>' in html
    assert 'class="callout note"' in html
    assert "admonition" not in html


@pytest.mark.parametrize(
    ("markdown", "gone"),
    [
        ("<script>alert('x')</script>", "<script"),
        ("Hello <b onclick='steal()'>there</b>", "onclick"),
        ('<img src="media/tray.svg" onerror="steal()">', "onerror="),
        ('<iframe src="https://example.org"></iframe>', "<iframe"),
        ('<p style="color: red">red</p>', "style="),
        ("[click](javascript:alert(1))", "javascript:"),
        ("[click](JaVaScRiPt:alert(1))", "alert"),
        ("[file](file:///etc/passwd)", "file:"),
        ("[data](data:text/html;base64,PHNjcmlwdD4=)", "data:"),
        ("![x](file:///etc/passwd.png)", "file:"),
        ("![x](../../outside.png)", "outside"),
        ("<a href='https://example.org'>raw link</a>", "<a"),
        ("<!-- a comment -->", "comment"),
    ],
)
def test_dangerous_markup_never_survives(tmp_path: Path, markdown: str, gone: str) -> None:
    html = render_markdown_html(markdown, tmp_path)
    assert gone not in html


def test_raw_html_keeps_only_its_words(tmp_path: Path) -> None:
    html = render_markdown_html("Hello <b>there</b>, <span>friend</span>.", tmp_path)
    assert html == "<p>Hello there, friend.</p>"


def test_a_key_name_in_angle_brackets_stays_visible(tmp_path: Path) -> None:
    assert render_markdown_html("Press <Enter> now.", tmp_path) == "<p>Press &lt;Enter&gt; now.</p>"


def test_web_and_mail_links_are_kept(tmp_path: Path) -> None:
    html = render_markdown_html(
        "[help](https://example.org/help) and [write](mailto:help@example.org)", tmp_path
    )
    assert '<a href="https://example.org/help">help</a>' in html
    assert '<a href="mailto:help@example.org">write</a>' in html


def test_an_image_from_the_internet_is_replaced_by_a_visible_note(tmp_path: Path) -> None:
    html = render_markdown_html("![A map of the village](https://example.org/map.png)", tmp_path)
    assert "example.org" not in html
    assert (
        '<span class="image-missing">[Image not shown: it is on the internet] A map of the '
        "village</span>" in html
    )


def test_an_image_outside_the_pack_is_not_loaded(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    (pack / "media").mkdir(parents=True)
    (tmp_path / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (pack / "media" / "link.png").symlink_to(tmp_path / "secret.png")
    for src in ("../secret.png", "media/link.png", str(tmp_path / "secret.png")):
        html = render_markdown_html(f"![secret]({src})", pack)
        assert "<img" not in html
        assert '<span class="image-missing">[Image not shown] secret</span>' in html
