"""Every main screen of the app, reached the way a person would, for the access tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from skillsapp.core.groups import CourseAssignment, Group
from skillsapp.core.people import LearnerDetails
from tests.conftest import TRAINER_PASSWORD
from tests.core.test_learning import take_course

Screen = tuple[str, Callable[[], None]]


def prepare(centre, trainer) -> dict[str, str]:
    """A centre with two residents, a group and some history; returns learner ids by name."""
    maria = centre.learners.create(LearnerDetails("Maria", pin="4815"), by=trainer)
    jonas = centre.learners.create(LearnerDetails("Jonas"), by=trainer)
    group = centre.groups.create("Tuesday seniors", by=trainer)
    centre.groups.save(
        Group(group.id, group.name, (maria.id, jonas.id), (CourseAssignment("email-basics"),)),
        by=trainer,
    )
    take_course(centre, jonas.id, "email-basics")
    return {"Maria": maria.id, "Jonas": jonas.id}


def resident_screens(window, centre, ids) -> Iterator[Screen]:
    """The screens a resident reaches, each shown by a function."""
    jonas = centre.learners.get(ids["Jonas"])
    yield "start", window.show_start
    yield (
        "pin",
        lambda: (window.show_start(), window.learner_chosen(centre.learners.get(ids["Maria"]))),
    )
    yield "home", lambda: (window.begin_resident(jonas), window.show_resident_home())
    yield "course", lambda: window.show_course("email-basics")
    yield "lesson", lambda: window.show_lesson("email-basics", "attachments")
    yield "quiz", lambda: window.show_quiz("email-basics", "attachments")
    yield "skills-check-start", window.show_skills_check_start
    yield "self-assessment", lambda: window.start_skills_check("quick", "4")
    yield "skills", window.show_skills
    yield "certificates", window.show_certificates
    yield "my-data", window.show_my_data


def trainer_screens(window, centre, ids) -> Iterator[Screen]:
    """The screens a trainer reaches."""
    trainer = centre.trainers.list()[0]
    yield "trainer-sign-in", lambda: (window.show_start(), window.show_trainer_sign_in())
    assert centre.signin.trainer_with_password(trainer.id, TRAINER_PASSWORD)
    for tab in ("dashboard", "learners", "groups", "reports", "courses", "trainers", "sync", "pc"):
        yield (
            f"trainer-{tab}",
            lambda tab=tab: (
                window.begin_trainer(trainer) if window.trainer is None else None,
                window.show_trainer_home(tab),
            ),
        )
    yield "learner-page", lambda: window.show_learner_page(ids["Jonas"])
    yield "trainer-assessment", lambda: window.show_trainer_assessment(ids["Jonas"])
