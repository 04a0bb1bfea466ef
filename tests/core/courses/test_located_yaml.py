"""Reading YAML with line numbers: libyaml and the pure-Python loader give the same answers."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from skillsapp.core.courses import located_yaml
from skillsapp.core.courses.located_yaml import Located, YamlTrouble, read_yaml

COURSES = Path(__file__).resolve().parents[3] / "courses"
FAULTY = [
    "a: [",  # libyaml alone would put this one line lower
    "a: {b: c",
    "a: b\n- c",
    "- a\nb: c\n",
    "a: b: c\n",
    "a:\n\t- b",
    "key: value\n%bad\n",
    "a: *x\n",
    "a: b\nc: \x00d\n",
    "a: é\nb: c\nc: \x07d\n",
    "x: 1\n" * 3 + "z: [1,",
]


def _outcome(text: str, first_line: int = 1) -> Located | tuple[int, str] | None:
    try:
        return read_yaml(text, first_line)
    except YamlTrouble as trouble:
        return trouble.line, trouble.message


@pytest.fixture
def python_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a PC whose PyYAML was built without libyaml."""
    monkeypatch.setattr(located_yaml, "_FAST_LOADER", None)


def test_libyaml_is_used_when_pyyaml_has_it() -> None:
    c_loader = getattr(yaml, "CSafeLoader", None)
    if c_loader is None:
        assert located_yaml._FAST_LOADER is None
    else:
        assert located_yaml._FAST_LOADER is not None
        assert issubclass(located_yaml._FAST_LOADER, c_loader)


TRICKY = (
    "a: yes\nb: No\nc: on\nd: OFF\ne: ~\nf: null\ng: ''\nh:\ni: 1.0\nj: 0x1F\nk: 017\n"
    "l: 2024-01-01\nm: .inf\nn: -.NaN\no: 1_000\np: 'yes'\nq: \"2.1\"\nr: 2.1\ns: true\n"
    "t: [y, n, Y, N, =, '', 12:30, +1, -0]\nu: {x: 1e3, z: 1.5e3}\nv: !!str 3\nw: Ñandú\n"
)


def test_the_quick_tag_lookup_gives_the_tags_pyyaml_gives() -> None:
    if located_yaml._FAST_LOADER is None:
        pytest.skip("PyYAML without libyaml")
    fast = located_yaml._FAST_LOADER(TRICKY)
    slow = yaml.SafeLoader(TRICKY)
    try:
        quick, full = fast.get_single_node(), slow.get_single_node()
    finally:
        fast.dispose()
        slow.dispose()

    def tags(node: yaml.Node) -> list[tuple[str, object]]:
        if isinstance(node, yaml.ScalarNode):
            return [(node.tag, node.value)]
        items = node.value if isinstance(node, yaml.SequenceNode) else sum(node.value, ())
        return [(node.tag, None)] + [tag for item in items for tag in tags(item)]

    assert tags(quick) == tags(full)
    located = read_yaml("a: yes\nb: '2.1'\nc: 2.1\n")
    assert located is not None
    assert [located.value[key].value for key in "abc"] == [True, "2.1", 2.1]


@pytest.mark.parametrize("text", FAULTY)
@pytest.mark.parametrize("first_line", [1, 5])
def test_a_faulty_file_is_reported_with_the_same_words_and_line_with_or_without_libyaml(
    text: str, first_line: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _outcome(text, first_line)
    monkeypatch.setattr(located_yaml, "_FAST_LOADER", None)
    assert isinstance(fast, tuple)
    assert _outcome(text, first_line) == fast


def test_every_bundled_yaml_file_reads_the_same_with_or_without_libyaml(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files = sorted(COURSES.rglob("*.yaml"))
    assert files
    fast = {path: _outcome(path.read_text("utf-8")) for path in files}
    monkeypatch.setattr(located_yaml, "_FAST_LOADER", None)
    for path in files:
        assert _outcome(path.read_text("utf-8")) == fast[path], path


@pytest.mark.usefixtures("python_only")
def test_without_libyaml_lines_are_still_found() -> None:
    located = read_yaml("title: Hello\nlist:\n  - one\n  - two\n", 3)
    assert located is not None
    assert located.value["list"].value[1].line == 6
    assert _outcome("a: b\nc: [", 1) == (
        2,
        "This is not valid YAML: expected the node content, but found '<stream end>'.",
    )


@pytest.mark.parametrize("with_libyaml", [True, False])
def test_an_alias_bomb_is_refused_with_or_without_libyaml(
    with_libyaml: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not with_libyaml:
        monkeypatch.setattr(located_yaml, "_FAST_LOADER", None)
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{name}: &{name} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n"
        for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
    )
    with pytest.raises(YamlTrouble, match="too big or repeats itself"):
        read_yaml(bomb)
    with pytest.raises(YamlTrouble, match="nested too deeply"):
        read_yaml("a: &a [*a]\n")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab:-[]{}'\"&*|>#%@ \n\t\x00é,?")), max_size=40))
def test_any_text_libyaml_refuses_is_explained_as_the_python_loader_does(text: str) -> None:
    # libyaml differs in a few corners no pack uses (a lone '?' or '!', a tab after '>');
    # real files read alike (see the bundled catalogue above).
    fast = _outcome(text)
    saved = located_yaml._FAST_LOADER
    located_yaml._FAST_LOADER = None
    try:
        slow = _outcome(text)
    finally:
        located_yaml._FAST_LOADER = saved
    if isinstance(fast, tuple):
        assert fast == slow
