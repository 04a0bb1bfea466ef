"""Whatever bytes a pack holds, checking it gives problems, never a crash or a hang."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skillsapp.core.courses import CoursePack, CoursePackError, Problem, check_pack, load_pack
from skillsapp.core.courses.manifest import MANIFEST_KEYS
from skillsapp.core.courses.quiz_files import COMMON_KEYS, QUIZ_KEYS

SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "packs" / "sample-course"
KEYS = st.sampled_from(
    [*MANIFEST_KEYS, *QUIZ_KEYS, *COMMON_KEYS, "choices", "answer", "items", "pairs", "rule",
     "value", "code", "entry_level", "target_level", "minutes", "pt", "en"]
)  # fmt: skip
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 10),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.sampled_from(["welcome", "single", "2.1", "percent", "1.0.0", "en", "media/tray.svg"]),
)
YAML_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(KEYS, inner, max_size=6),
    max_leaves=30,
)
FILES = st.sampled_from(
    [
        "course.yaml",
        "lessons/welcome.md",
        "lessons/first-message.pt.md",
        "quizzes/welcome.yaml",
        "quizzes/first-message.pt.yaml",
    ]
)


def as_bytes(value: object, how: str, raw: bytes) -> bytes:
    if how == "bytes":
        return raw
    text = yaml.safe_dump(value, allow_unicode=True)
    if how == "lesson":
        return f"---\n{text}---\n![{raw[:5]!r}]({raw[5:20]!r})\n".encode()
    return text.encode()


def judge(pack: Path) -> None:
    problems = check_pack(pack)
    assert all(isinstance(problem, Problem) for problem in problems)
    try:
        loaded = load_pack(pack)
    except CoursePackError as error:
        assert error.problems
    else:
        assert isinstance(loaded, CoursePack)
        assert problems == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    changes=st.lists(
        st.tuples(FILES, YAML_VALUES, st.sampled_from(["yaml", "bytes", "lesson"]), st.binary()),
        min_size=1,
        max_size=3,
    )
)
def test_random_files_in_a_pack_only_ever_give_problems(
    changes: list[tuple[str, object, str, bytes]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        pack = Path(folder) / "pack"
        shutil.copytree(SAMPLE, pack)
        for relative, value, how, raw in changes:
            (pack / relative).write_bytes(as_bytes(value, how, raw))
        judge(pack)


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("abc:-[]{}&*!|>'\"\n #%@`,?")), max_size=200))
def test_yaml_shaped_noise_as_a_manifest_only_gives_problems(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        pack = Path(folder) / "pack"
        shutil.copytree(SAMPLE, pack)
        (pack / "course.yaml").write_text(text, encoding="utf-8")
        judge(pack)
