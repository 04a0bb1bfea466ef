"""Checking a lesson file: its front matter, its images, its callouts, its placeholders for
country facts and stray raw HTML."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from skillsapp.core.courses.country_profiles import (
    LANGUAGE_COUNTRIES,
    PLACEHOLDER_KEYS,
    placeholders_in,
    profile_for,
)
from skillsapp.core.courses.located_yaml import YamlTrouble, read_yaml, split_front_matter
from skillsapp.core.courses.validation import CALLOUT_KINDS, IMAGE_SUFFIXES, FileChecker

MAX_LESSON_MINUTES = 600

# ![alt](path "optional title") and ![alt][reference] with a [reference]: path line elsewhere.
INLINE_IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*(<[^>]*>|[^)\s]*)(?:\s+[\"'(][^)]*)?\s*\)")
REFERENCE_IMAGE = re.compile(r"!\[([^\]]*)\]\[([^\]]*)\]")
REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[([^\]]+)\]:\s*(<[^>]*>|\S+)", re.MULTILINE)
CALLOUT = re.compile(r"^\s*!!!\s*([^\s\"]*)")
COUNTRY_CALLOUT = re.compile(r"^\s*!!!\s*country(?:\s|$)")
FENCE = re.compile(r"^\s*(```|~~~)")
CODE_SPAN = re.compile(r"`+[^`]*`+")
URL_SCHEME = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:")
HTML_TAG = re.compile(r"<!--|</?([a-zA-Z][a-zA-Z0-9]*)(?=[\s/>])[^>]*>?")
HTML_TAG_NAMES = frozenset(
    (
        "a", "abbr", "address", "applet", "area", "article", "aside", "audio", "b", "base", "bdi",
        "bdo", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code",
        "col", "colgroup", "data", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em",
        "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img",
        "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "marquee",
        "math", "meta", "meter", "nav", "noscript", "object", "ol", "optgroup", "option", "output",
        "p", "param", "picture", "pre", "progress", "q", "s", "samp", "script", "section", "select",
        "small", "source", "span", "strong", "style", "sub", "summary", "sup", "svg", "table",
        "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr",
        "track", "u", "ul", "var", "video", "wbr",
    )
)  # fmt: skip
# The first bytes of each image type, so a renamed program is not taken for a picture.
IMAGE_SIGNATURES = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
}


@dataclass(frozen=True)
class LessonFile:
    """What a checked lesson file holds."""

    title: str
    minutes: int | None
    markdown: str
    body_line: int = 1  # the file line on which `markdown` starts


@lru_cache(maxsize=64)
def resolved_root(root: Path) -> Path:
    """A pack folder's real path, worked out once: checking a catalogue asks for it per file."""
    return root.resolve()


@lru_cache(maxsize=256)
def _real_folder(folder: Path) -> Path:
    return folder.resolve()


def real_path(path: Path) -> Path:
    """``path.resolve()``, with each folder's real path worked out once.

    A file that is not itself a link is where its folder really is; only links (and `..`)
    are followed the long way. Checking the catalogue resolves some 2,500 paths, each of
    which would otherwise look at every folder above it again.
    """
    if path.name in ("", ".", "..") or path.is_symlink():
        return path.resolve()
    return _real_folder(path.parent) / path.name


def image_location(root: Path, src: str) -> tuple[Path | None, str]:
    """Where an image path points inside the pack, or None and the reason it cannot be shown."""
    src = src.strip().strip("<>").strip()
    if not src:
        return None, "The image has no path."
    if URL_SCHEME.match(src) and len(src.split(":", 1)[0]) > 1:
        if src.lower().startswith(("http://", "https://")):
            return None, (
                f"The image '{src}' is on the internet, so it cannot be shown offline; "
                "put the image file in media/ instead."
            )
        return None, f"The image path '{src}' leaves the pack; use a path like media/inbox.svg."
    if src.startswith(("/", "\\")) or re.match(r"[a-zA-Z]:", src):
        return None, f"The image path '{src}' leaves the pack; use a path like media/inbox.svg."
    missing = f"The image '{src}' is missing: there is no such file in the pack."
    try:
        base = resolved_root(root)
        target = real_path(base / src)
        if not target.is_relative_to(base):
            return None, f"The image path '{src}' leaves the pack; use a path like media/inbox.svg."
        if target.suffix.lower() not in IMAGE_SUFFIXES:
            return None, (
                f"The image '{src}' is not a PNG, JPEG or SVG file; only .png, .jpg, .jpeg and "
                ".svg images can be shown."
            )
        if not target.is_file():
            return None, missing
    except (OSError, ValueError):  # a name too long for the disk, or with a NUL byte in it
        return None, missing
    return target, ""


def _looks_like_its_type(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            start = file.read(1024)
    except OSError:
        return False
    if path.suffix.lower() == ".svg":
        return b"<svg" in start or b"<?xml" in start or b"<!--" in start
    return start.startswith(IMAGE_SIGNATURES[path.suffix.lower()])


def country_parts(markdown: str, first_line: int = 1) -> list[int]:
    """The lines of a lesson's `!!! country` callouts (outside code blocks)."""
    lines, fenced = [], False
    for number, line in enumerate(markdown.split("\n"), start=first_line):
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced and COUNTRY_CALLOUT.match(line):
            lines.append(number)
    return lines


def check_lesson_file(
    text: str,
    checker: FileChecker,
    root: Path,
    *,
    translation: bool,
    language: str | None = None,
) -> LessonFile | None:
    """Check a lesson's front matter and body; None (with problems recorded) when unusable.

    `language` is the language the file is written in: its country profile must hold every
    placeholder the lesson uses.
    """
    parts = split_front_matter(text)
    if parts is None:
        checker.problem(
            1,
            "A lesson must start with front matter: a line '---', then 'title: ...' and "
            "'minutes: ...', then another line '---'.",
        )
        return None
    front, front_line, body, body_line = parts
    try:
        located = read_yaml(front, front_line)
    except YamlTrouble as trouble:
        checker.problem(trouble.line, trouble.message)
        return None
    block = checker.mapping(located, "The front matter", front_line)
    if block is None:
        check_lesson_body(body, body_line, checker, root, language)
        return None
    checker.unknown_keys(block, ("title", "minutes"), "the front matter")
    title = checker.text(checker.required(block, "title", front_line), "The lesson 'title'")
    if title is not None and placeholders_in(title):
        checker.problem(
            block["title"].line,
            "A lesson title cannot hold a placeholder like {{country.name}}: the app shows "
            "titles as they are written. Keep country facts in the text.",
        )
    if translation and "minutes" not in block:
        minutes = None  # a translation takes its minutes from the original
    else:
        minutes = checker.integer(
            checker.required(block, "minutes", front_line),
            "'minutes'",
            1,
            MAX_LESSON_MINUTES,
        )
    check_lesson_body(body, body_line, checker, root, language)
    if title is None or (minutes is None and not translation):
        return None
    return LessonFile(title, minutes, body, body_line)


def check_lesson_body(
    body: str, first_line: int, checker: FileChecker, root: Path, language: str | None = None
) -> None:
    """Check images, alt texts, callout kinds, placeholders and raw HTML, line by line."""
    definitions = {
        name.strip().lower(): target for name, target in REFERENCE_DEFINITION.findall(body)
    }
    in_fence = False
    missing_profile_told = False
    # Each pattern runs only on lines holding the characters it needs ("{{", "![", "!!!",
    # "<"): most lines of a lesson are plain sentences, and checking the catalogue (800
    # lesson files) stays under a second that way.
    for number, line in enumerate(body.split("\n"), start=first_line):
        # Placeholders are filled everywhere, code blocks too, so they are checked everywhere.
        keys = placeholders_in(line) if "{{" in line else None
        if keys:
            _check_placeholders(checker, number, keys, language, missing_profile_told)
            missing_profile_told = True
        if ("```" in line or "~~~" in line) and FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        prose = CODE_SPAN.sub("", line) if "`" in line else line
        if "![" in prose:
            images = [(alt, src) for alt, src in INLINE_IMAGE.findall(prose)]
            for alt, reference in REFERENCE_IMAGE.findall(prose):
                src = definitions.get((reference or alt).strip().lower())
                if src is None:
                    checker.problem(
                        number, f"The image reference '[{reference or alt}]' is not defined."
                    )
                else:
                    images.append((alt, src))
            for alt, src in images:
                _check_image(checker, number, root, alt, src)
        callout = CALLOUT.match(prose) if "!!!" in prose else None
        if callout and callout.group(1) not in CALLOUT_KINDS:
            checker.problem(
                number,
                f"Unknown callout kind '{callout.group(1)}'; use one of "
                f'{", ".join(CALLOUT_KINDS)}, like: !!! tip "Tip"',
            )
        for tag in HTML_TAG.finditer(prose) if "<" in prose else ():
            if tag.group(0) == "<!--" or tag.group(1).lower() in HTML_TAG_NAMES:
                shown = tag.group(0)[:30]
                checker.problem(
                    number,
                    f"Raw HTML ({shown}) is not allowed in a lesson: it would show as plain "
                    "text. Use Markdown instead.",
                )


def _check_placeholders(
    checker: FileChecker, line: int, keys: list[str], language: str | None, told: bool
) -> None:
    """Unknown keys, and a language without a country profile (told once per file)."""
    for key in keys:
        if key not in PLACEHOLDER_KEYS:
            checker.problem(
                line,
                f"Unknown placeholder '{{{{{key}}}}}'; known ones are "
                f"{', '.join(PLACEHOLDER_KEYS)} (see docs/course-format.md).",
            )
    if told or language is None or not any(key in PLACEHOLDER_KEYS for key in keys):
        return
    if profile_for(language) is None:
        known = ", ".join(LANGUAGE_COUNTRIES)
        checker.problem(
            line,
            f"This lesson uses placeholders for country facts, but SkillsApp has no country "
            f"profile for '{language}' (it has {known}); write the facts out instead.",
        )


def _check_image(checker: FileChecker, line: int, root: Path, alt: str, src: str) -> None:
    if not alt.strip():
        checker.problem(
            line,
            f"The image '{src}' has no alt text: write what it shows between the square "
            "brackets, like ![A drawing of an inbox](media/inbox.svg).",
        )
    path, reason = image_location(root, src)
    if path is None:
        checker.problem(line, reason)
    elif not _looks_like_its_type(path):
        checker.problem(
            line, f"The image '{src}' is not really a {path.suffix[1:].upper()} image file."
        )
