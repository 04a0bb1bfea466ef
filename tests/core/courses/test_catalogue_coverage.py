"""The bundled catalogue: every DigComp 2.2 competence has a course that targets it, and every
pack passes its checks without a single warning."""

from __future__ import annotations

from skillsapp.core.courses import check_paths, load_pack
from skillsapp.core.framework import framework
from skillsapp.resources import bundled_courses


def bundled_packs():
    return [
        load_pack(folder)
        for folder in sorted(bundled_courses().iterdir())
        if (folder / "course.yaml").is_file()
    ]


def test_every_digcomp_competence_has_a_course_that_targets_it():
    targeted = {c.code for pack in bundled_packs() for c in pack.competences}
    every = set(framework("2.2").codes)
    assert len(every) == 21
    assert every - targeted == set()


def test_the_bundled_catalogue_has_no_problems_and_no_warnings():
    assert [str(p) for p in check_paths([bundled_courses()])] == []


def test_every_bundled_course_is_complete_in_all_ten_languages():
    from skillsapp.core.languages import LANGUAGE_CODES

    for pack in bundled_packs():
        assert set(pack.languages) == set(LANGUAGE_CODES), pack.id
