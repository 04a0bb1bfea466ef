"""Turning a lesson's Markdown into safe HTML for the lesson view (a QTextBrowser).

Country facts first (`{{portal.name}}` becomes the portal of the lesson's country, see
country_profiles.py), then Markdown (tables, callouts, lists; raw HTML switched off), then
images and callouts are rewritten for QTextBrowser, then nh3 keeps only a fixed set of tags
and attributes. Whatever a pack holds, no script, event handler, iframe, style or non-web link
reaches the view, and only images inside the pack are loaded.

Classes the view's style sheet can use (see `LESSON_STYLE_SHEET`):
- `table.callout` with `tip`, `note`, `warning` or `country`: a callout box (a `country` one,
  the part written for the lesson's country, looks like a note); `p.callout-title` its title;
- `span.image-missing`: the words shown instead of an image that cannot be shown.
"""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from urllib.parse import unquote, urlparse

import markdown
import nh3
from markdown.extensions.tables import TableExtension
from markdown.postprocessors import Postprocessor
from markdown.treeprocessors import Treeprocessor

from skillsapp.core.courses.country_profiles import profile_for
from skillsapp.core.courses.lesson_files import HTML_TAG_NAMES, image_location
from skillsapp.core.courses.model import CoursePack, Lesson
from skillsapp.core.courses.validation import CALLOUT_KINDS

REMOTE_IMAGE_TEXT = "[Image not shown: it is on the internet]"
MISSING_IMAGE_TEXT = "[Image not shown]"

LESSON_STYLE_SHEET = """
table.callout { margin-top: 8px; margin-bottom: 8px; }
table.tip { background-color: #e6f4ea; }
table.note { background-color: #e8f0fe; }
table.country { background-color: #e8f0fe; }
table.warning { background-color: #fef7e0; }
p.callout-title { font-weight: bold; }
span.image-missing { font-style: italic; }
"""

ALLOWED_TAGS = {
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "strong", "em", "b", "i", "code",
    "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a",
    "img", "span", "div", "sup", "sub",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "table": {"class", "width", "cellpadding", "cellspacing"},
    "th": {"align"},
    "td": {"align"},
    "p": {"class"},
    "span": {"class"},
    "ol": {"start"},
}
LINK_PREFIXES = ("http://", "https://", "mailto:")
# Raw HTML keeps its words only; these elements lose their content too.
DROPPED_WITH_CONTENT = {
    "script", "style", "iframe", "object", "embed", "noscript", "template", "textarea",
    "title", "svg", "math", "select",
}  # fmt: skip
LONE_TAG = re.compile(r"<\s*/?\s*([a-zA-Z][\w-]*)[^<>]*>\Z")

_local = threading.local()


class _PackImagesAndCallouts(Treeprocessor):
    """Points images at files inside the pack and turns callouts into one-cell tables."""

    pack_root: Path = Path()

    def run(self, root: ElementTree.Element) -> None:
        for parent in list(root.iter()):
            for index, child in enumerate(list(parent)):
                if child.tag == "img":
                    self._image(parent, index, child)
                elif child.tag == "div" and "admonition" in child.get("class", "").split():
                    self._callout(parent, index, child)

    def _image(self, parent: ElementTree.Element, index: int, image: ElementTree.Element) -> None:
        src = image.get("src", "")
        path, _ = image_location(self.pack_root, src)
        if path is not None:
            image.set("src", path.as_uri())
            return
        alt = image.get("alt", "").strip()
        remote = src.strip().lower().startswith(("http://", "https://"))
        words = REMOTE_IMAGE_TEXT if remote else MISSING_IMAGE_TEXT
        replacement = ElementTree.Element("span", {"class": "image-missing"})
        replacement.text = f"{words} {alt}".strip()
        replacement.tail = image.tail
        parent.remove(image)
        parent.insert(index, replacement)

    def _callout(self, parent: ElementTree.Element, index: int, box: ElementTree.Element) -> None:
        kinds = [kind for kind in box.get("class", "").split() if kind in CALLOUT_KINDS]
        kind = kinds[0] if kinds else "note"
        table = ElementTree.Element(
            "table", {"class": f"callout {kind}", "width": "100%", "cellpadding": "8"}
        )
        cell = ElementTree.SubElement(ElementTree.SubElement(table, "tr"), "td")
        for part in list(box):
            if part.tag == "p" and part.get("class") == "admonition-title":
                part.set("class", "callout-title")
            cell.append(part)
        table.tail = box.tail
        parent.remove(box)
        parent.insert(index, table)


class _RemoveRawHtml(Postprocessor):
    """Removes raw HTML the author typed, keeping its words, before Markdown puts it back.

    `Press <Enter>` is not HTML at all, so a lone tag with an unknown name stays as text.
    """

    def __init__(self, converter: markdown.Markdown) -> None:
        super().__init__(converter)
        self.text_only = nh3.Cleaner(tags=set(), clean_content_tags=DROPPED_WITH_CONTENT)

    def run(self, text: str) -> str:
        blocks = self.md.htmlStash.rawHtmlBlocks
        for index, block in enumerate(blocks):
            if isinstance(block, str):
                blocks[index] = self._words_of(block)
        return text

    def _words_of(self, raw: str) -> str:
        lone = LONE_TAG.match(raw.strip())
        if lone and lone.group(1).lower() not in HTML_TAG_NAMES:
            return html.escape(raw)
        return self.text_only.clean(raw)


def _keep_safe_urls(tag: str, attribute: str, value: str) -> str | None:
    """nh3 callback: web and mail links only; images only as file URLs inside the pack."""
    if tag == "a" and attribute == "href":
        return value if value.strip().lower().startswith(LINK_PREFIXES) else None
    if tag == "img" and attribute == "src":
        return value if _is_inside_pack(value) else None
    return value


def _is_inside_pack(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme != "file" or parsed.netloc not in ("", "localhost"):
        return False
    root: Path = getattr(_local, "pack_root", None) or Path("/nonexistent")
    path = Path(unquote(parsed.path.lstrip("/") if _is_windows_path(parsed.path) else parsed.path))
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, ValueError):
        return False


def _is_windows_path(path: str) -> bool:
    # file:///C:/pack/media/a.png has the path "/C:/pack/..."; drop the slash before the drive.
    return len(path) > 2 and path[0] == "/" and path[2] == ":"


def _tools() -> tuple[markdown.Markdown, _PackImagesAndCallouts, nh3.Cleaner]:
    """One Markdown converter and one sanitiser per thread, built once: building is slow."""
    tools = getattr(_local, "tools", None)
    if tools is None:
        converter = markdown.Markdown(
            extensions=[TableExtension(use_align_attribute=True), "admonition", "sane_lists"],
            output_format="html",
        )
        # Runs just before "raw_html" (priority 30) puts the author's raw HTML back.
        converter.postprocessors.register(_RemoveRawHtml(converter), "remove_raw_html", 31)
        rewriter = _PackImagesAndCallouts(converter)
        converter.treeprocessors.register(rewriter, "pack_images_and_callouts", 1)
        cleaner = nh3.Cleaner(
            tags=ALLOWED_TAGS,
            clean_content_tags={"script", "style"},
            attributes=ALLOWED_ATTRIBUTES,
            attribute_filter=_keep_safe_urls,
            url_schemes={"http", "https", "mailto", "file"},
            link_rel=None,
            strip_comments=True,
        )
        tools = (converter, rewriter, cleaner)
        _local.tools = tools
    return tools


def render_markdown_html(text: str, pack_root: Path) -> str:
    """Safe HTML for Markdown `text` whose images are relative to `pack_root`."""
    converter, rewriter, cleaner = _tools()
    rewriter.pack_root = pack_root
    _local.pack_root = pack_root
    try:
        html = converter.reset().convert(text)
        return cleaner.clean(html)
    finally:
        _local.pack_root = None


def lesson_markdown(lesson: Lesson, language: str) -> str:
    """The lesson's Markdown in `language` (or its own), with the country facts filled in.

    The facts are those of the language the text is written in: a lesson shown in its original
    because it has no translation names the original's country, which its sentences describe.
    """
    shown = language if language in lesson.texts else lesson.language
    markdown = lesson.text(language).markdown
    profile = profile_for(shown) if "{{" in markdown else None
    return profile.fill(markdown) if profile else markdown


def render_lesson_html(pack: CoursePack, lesson: Lesson, language: str) -> str:
    """The lesson's body in `language` (or its own language) as safe HTML for the lesson view."""
    return render_markdown_html(lesson_markdown(lesson, language), pack.path)
