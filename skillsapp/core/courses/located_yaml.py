"""Reading YAML while remembering on which line every value stands.

Authors need `file:line: message`, so the loader composes YAML nodes (which carry marks) and
turns them into `Located` values instead of plain Python objects. Hostile YAML (alias bombs,
self-referencing aliases, very deep nesting) becomes a `YamlTrouble`, never a hang or a crash.

Files are parsed with libyaml (PyYAML's C loader) when PyYAML has it: the same nodes with the
same marks, several times faster, which keeps `skillsapp courses check courses` under a second.
A file libyaml refuses is read again with the pure-Python loader, so authors get the same
words and line numbers as always (libyaml words its errors differently and puts an error at
the end of a file without a last newline one line lower). Without libyaml the Python loader
does all the work.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

# A real manifest or quiz has a few hundred nodes; this leaves room and stops alias bombs.
MAX_NODES = 50_000
MAX_DEPTH = 50

_STR_TAG = "tag:yaml.org,2002:str"


def _quick_resolving(base: type[yaml.SafeLoader]) -> type[yaml.SafeLoader]:
    """``base`` with the same tags resolved in fewer steps.

    libyaml calls back into Python for every node to learn its tag, and a catalogue has some
    100,000 nodes. PyYAML's own `resolve` joins two lists and checks for path resolvers each
    time; here the candidates for each first character are looked up once in a prepared
    table. Safe YAML has no path resolvers and no resolvers for any first character.
    """
    if base.yaml_path_resolvers or None in base.yaml_implicit_resolvers:
        return base
    by_first = {first: tuple(found) for first, found in base.yaml_implicit_resolvers.items()}
    scalar, sequence = base.DEFAULT_SCALAR_TAG, base.DEFAULT_SEQUENCE_TAG
    mapping = base.DEFAULT_MAPPING_TAG

    class QuickResolving(base):  # type: ignore[valid-type,misc]
        def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
            if kind is yaml.ScalarNode:
                if implicit[0]:
                    for tag, pattern in by_first.get(value[:1], ()):
                        if pattern.match(value):
                            return str(tag)
                return str(scalar)
            return str(sequence if kind is yaml.SequenceNode else mapping)

        def descend_resolver(self, current_node: Any, current_index: Any) -> None:
            return None

        def ascend_resolver(self) -> None:
            return None

    return QuickResolving


# None when PyYAML was installed without libyaml.
_C_LOADER: type[yaml.SafeLoader] | None = getattr(yaml, "CSafeLoader", None)
_FAST_LOADER = None if _C_LOADER is None else _quick_resolving(_C_LOADER)


@dataclass(frozen=True)
class Located:
    """A YAML value and its 1-based line.

    `value` is a dict[str, Located] for mappings, a list[Located] for sequences, and the
    resolved Python scalar otherwise. `text` is the scalar as written (so `2.1` or `no` can
    still be read as words), None for mappings and sequences.
    """

    value: Any
    line: int
    text: str | None = None


class YamlTrouble(Exception):
    """YAML that cannot be read; `line` is 1-based."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def read_yaml(text: str, first_line: int = 1) -> Located | None:
    """Parse one YAML document; None for an empty one. `first_line` is where `text` starts."""
    if _FAST_LOADER is not None:
        try:
            return _read_fast(_FAST_LOADER, text, first_line - 1)
        except (yaml.YAMLError, RecursionError, ValueError, TypeError, OverflowError):
            pass  # the Python loader below finds the same fault and says it as authors know it
    return _read_explained(text, first_line)


def _read_fast(loader_class: type[yaml.SafeLoader], text: str, offset: int) -> Located | None:
    """Parse with libyaml; YAML faults are raised as they come, for the Python loader to explain.

    The node count and depth limits raise `YamlTrouble` here exactly as in the Python path.
    """
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _Converter(loader, offset).convert(node, 0)
    finally:
        loader.dispose()


def _read_explained(text: str, first_line: int) -> Located | None:
    """Parse with the pure-Python loader, turning every fault into a `YamlTrouble` at its line."""
    offset = first_line - 1
    try:
        loader = yaml.SafeLoader(text)
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, max(error.position, 0)) + first_line
        raise YamlTrouble(
            line, f"This line holds a special character (#x{error.character:04x}) not allowed here."
        ) from None
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return _Converter(loader, offset).convert(node, 0)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = (mark.line + 1 if mark else 1) + offset
        reason = error.problem or error.context or "it is not valid YAML"
        raise YamlTrouble(line, f"This is not valid YAML: {reason}.") from None
    except yaml.YAMLError as error:
        raise YamlTrouble(first_line, f"This is not valid YAML: {error}.") from None
    except RecursionError:
        raise YamlTrouble(first_line, "This YAML is nested too deeply to be read.") from None
    except (ValueError, TypeError, OverflowError) as error:
        # e.g. a date like 2024-13-45, which YAML recognises but Python cannot build
        raise YamlTrouble(first_line, f"This is not valid YAML: {error}.") from None
    finally:
        loader.dispose()


class _Converter:
    """Turns composed nodes into `Located` values, counting nodes to stop alias bombs."""

    def __init__(self, loader: yaml.SafeLoader, offset: int) -> None:
        self.loader = loader
        self.offset = offset
        self.count = 0

    def convert(self, node: yaml.Node, depth: int) -> Located:
        self.count += 1
        line = node.start_mark.line + 1 + self.offset
        if self.count > MAX_NODES:
            raise YamlTrouble(line, "This YAML is too big or repeats itself too much to be read.")
        if depth > MAX_DEPTH:
            raise YamlTrouble(line, "This YAML is nested too deeply to be read.")
        if isinstance(node, yaml.MappingNode):
            mapping: dict[str, Located] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise YamlTrouble(
                        key_node.start_mark.line + 1 + self.offset,
                        "A key must be a plain word, not a list or a block.",
                    )
                # Keys are read as written: `no:` stays "no" instead of YAML 1.1's False.
                key = key_node.value
                if key in mapping:
                    raise YamlTrouble(
                        key_node.start_mark.line + 1 + self.offset,
                        f"The key '{key}' appears twice in the same block.",
                    )
                mapping[key] = self.convert(value_node, depth + 1)
            return Located(mapping, line)
        if isinstance(node, yaml.SequenceNode):
            return Located([self.convert(item, depth + 1) for item in node.value], line)
        if node.tag == _STR_TAG:  # most scalars: words need no constructor
            return Located(node.value, line, node.value)
        value = self.loader.construct_object(node, deep=True)
        return Located(value, line, node.value)


def split_front_matter(text: str) -> tuple[str, int, str, int] | None:
    """Split a lesson into (front matter, its first line, body, body's first line).

    None when the text does not start with a `---` line followed by a closing `---` line.
    """
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].rstrip() == "---":
            front = "\n".join(lines[1:index])
            body = "\n".join(lines[index + 1 :])
            return front, 2, body, index + 2
    return None
