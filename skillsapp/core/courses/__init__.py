"""Course packs: the format, loading and checking, safe import from a .zip, lesson rendering."""

from skillsapp.core.courses.archive import check_zip, extract_pack, extracted_pack, install_pack
from skillsapp.core.courses.loader import check_pack, check_paths, load_pack
from skillsapp.core.courses.model import (
    Competence,
    CoursePack,
    Lesson,
    LessonText,
    Mastery,
    Question,
    Quiz,
    check_answer,
    is_mastered,
)
from skillsapp.core.courses.problems import CoursePackError, Problem
from skillsapp.core.courses.render import render_lesson_html

__all__ = [
    "Competence",
    "CoursePack",
    "CoursePackError",
    "Lesson",
    "LessonText",
    "Mastery",
    "Problem",
    "Question",
    "Quiz",
    "check_answer",
    "check_pack",
    "check_paths",
    "check_zip",
    "extract_pack",
    "extracted_pack",
    "install_pack",
    "is_mastered",
    "load_pack",
    "render_lesson_html",
]
