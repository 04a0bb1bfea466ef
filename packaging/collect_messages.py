"""List every message template of core, storage and sync for the translators.

Those layers raise errors with an English template and named values (see
``skillsapp/core/errors.py``); the interface translates the template in the "Messages"
context. lupdate only finds strings inside Qt's translation calls, so this script writes
them all into ``skillsapp/ui/message_catalogue.py`` as ``QT_TRANSLATE_NOOP`` entries.

Run by ``make update-translations``; ``--check`` fails when the catalogue is out of date
(the test suite runs it too).

It reads the code with ``ast``: the first text given to an error class derived from
``Explained`` (or to ``Message`` / ``Term``), the text of ``_refuse(path, text)`` and
``Problem.plain(file, text)``, and the text passed to ``super().__init__`` inside such a
class. A module-level constant (``TAMPERED = "..."``) used there is looked up.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "skillsapp"
CATALOGUE = PACKAGE / "ui" / "message_catalogue.py"
CONTEXT = "Messages"
COMMAND_LINE = PACKAGE / "cli"
COMMAND_LINE_CONTEXT = "CommandLine"
# Callables whose first argument (or, for these, second) is a message template.
TEMPLATE_FIRST = {"Explained", "Message", "Term"}
TEMPLATE_SECOND = {"_refuse", "plain"}

HEADER = '''"""Every message of core, storage and sync, listed for lupdate (context "Messages"),
and the command line's own sentences (``words(...)`` in ``skillsapp/cli``, context
"CommandLine").

Written by packaging/collect_messages.py (run by ``make update-translations``); do not edit.
Never imported at run time: ``skillsapp/ui/messages.py`` looks the templates up directly.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = (
'''


def _modules() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != CATALOGUE
    ]


def _explained_classes(modules: list[tuple[Path, ast.Module]]) -> set[str]:
    """Names of every class that derives (directly or not) from ``Explained``."""
    bases: dict[str, set[str]] = {}
    for _, tree in modules:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {_name(base) for base in node.bases}
    found = {"Explained"}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _texts(node: ast.expr | None, constants: dict[str, str]) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Name) and node.id in constants:
        return [constants[node.id]]
    if isinstance(node, ast.IfExp):
        return _texts(node.body, constants) + _texts(node.orelse, constants)
    return []


def collect() -> list[str]:
    """Every template, sorted."""
    modules = _modules()
    explained = _explained_classes(modules)
    first = TEMPLATE_FIRST | explained
    found: set[str] = set()
    by_module = {_module_name(path): _constants(tree) for path, tree in modules}
    for path, tree in modules:
        constants = {**_imported_constants(tree, by_module), **by_module[_module_name(path)]}
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            if cls.name not in explained:
                continue
            for node in ast.walk(cls):
                if (
                    isinstance(node, ast.Call)
                    and _name(node.func) == "__init__"
                    and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Call)
                    and _name(node.func.value.func) == "super"
                    and node.args
                ):
                    found.update(_texts(node.args[0], constants))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name in first and node.args:
                found.update(_texts(node.args[0], constants))
            elif name in TEMPLATE_SECOND and len(node.args) > 1:
                found.update(_texts(node.args[1], constants))
    return sorted(found)


def command_line_words() -> list[str]:
    """Every sentence the command line passes to ``words(...)``, sorted."""
    found: set[str] = set()
    for path, tree in _modules():
        if not path.is_relative_to(COMMAND_LINE):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) == "words" and node.args:
                found.update(_texts(node.args[0], {}))
    return sorted(found)


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _constants(tree: ast.Module) -> dict[str, str]:
    """The module's own text constants (``TAMPERED = "..."``)."""
    return {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def _imported_constants(tree: ast.Module, by_module: dict[str, dict[str, str]]) -> dict[str, str]:
    """Text constants the module imports from another module of the package."""
    imported: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in by_module:
            for alias in node.names:
                value = by_module[node.module].get(alias.name)
                if value is not None:
                    imported[alias.asname or alias.name] = value
    return imported


def catalogue_text(templates: list[str], sentences: Sequence[str] = ()) -> str:
    """The catalogue module's source for these templates and command-line sentences."""
    lines = [f"    QT_TRANSLATE_NOOP({CONTEXT!r}, {text!r}),\n" for text in templates]
    lines += [f"    QT_TRANSLATE_NOOP({COMMAND_LINE_CONTEXT!r}, {text!r}),\n" for text in sentences]
    return HEADER + "".join(lines) + ")\n"


def main(argv: list[str]) -> int:
    text = catalogue_text(collect(), command_line_words())
    if "--check" in argv:
        if not CATALOGUE.exists() or CATALOGUE.read_text(encoding="utf-8") != text:
            print(f"{CATALOGUE.relative_to(ROOT)} is out of date: run make update-translations")
            return 1
        return 0
    CATALOGUE.write_text(text, encoding="utf-8")
    print(f"{CATALOGUE.relative_to(ROOT)}: {text.count('QT_TRANSLATE_NOOP(') - 1} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
