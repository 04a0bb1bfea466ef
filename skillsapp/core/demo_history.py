"""Five weeks of made-up learning for the demo centre, so every screen has something to show.

Played through the real services (sign-in, lessons, quizzes, self-checks, trainer
observations, groups) with the clock set back, so the demo's statements are like real ones.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from skillsapp.core.assessment.knowledge import KnowledgeQuestion
from skillsapp.core.courses.model import right_answer
from skillsapp.core.groups import CourseAssignment, Group
from skillsapp.core.signin import SignOutReason

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre
    from skillsapp.core.courses import Question
    from skillsapp.core.people import Learner, Trainer

GROUPS = {
    "Tuesday seniors": (
        ("Maria", "Jonas", "Tomasz", "Ilse"),
        ("email-basics", "passwords-and-scams"),
    ),
    "Farm shop owners": (("Elena", "Andrei", "Kim"), ("selling-local-products", "online-banking")),
}
# first name: (course, lessons to finish, how often a first try is right, last visit days ago)
PLANS = {
    "Maria": ("email-basics", 5, 0.9, 1),
    "Ilse": ("passwords-and-scams", 2, 0.8, 2),
    "Tomasz": ("email-basics", 1, 0.0, 3),
    "Jonas": ("passwords-and-scams", 1, 0.7, 20),
    "Elena": ("selling-local-products", 3, 0.8, 2),
    "Andrei": ("online-banking", 2, 0.9, 5),
}


def play_demo_history(
    centre: Centre, trainer: Trainer, clock: list[datetime], end: datetime, pins: dict[str, str]
) -> None:
    """Fill the demo centre up to ``end``; ``clock[0]`` is the centre's time, moved here."""
    chance = random.Random(2026)
    people = {learner.first_name: learner for learner in centre.learners.list()}
    clock[0] = end - timedelta(days=36)
    for name, (members, courses) in GROUPS.items():
        group = centre.groups.create(name, by=trainer)
        due = (end + timedelta(days=28)).date().isoformat()
        centre.groups.save(
            Group(
                group.id,
                name,
                tuple(people[m].id for m in members),
                tuple(CourseAssignment(c, due) for c in courses),
            ),
            by=trainer,
        )
    for name, (course_id, lessons, skill, last_visit) in PLANS.items():
        learner = people[name]
        pack = centre.catalogue.get(course_id)
        if pack is None:
            continue
        visits = max(1, lessons)
        first_day = end - timedelta(days=last_visit + 7 * (visits - 1))
        for visit in range(visits):
            clock[0] = _morning(first_day + timedelta(days=7 * visit), chance)
            centre.signin.learner_with_pin(learner.id, pins.get(name))
            lesson = pack.lessons[min(visit, len(pack.lessons) - 1)]
            _take_lesson(centre, learner, pack, lesson, skill, chance, clock)
            clock[0] += timedelta(minutes=chance.randint(10, 25))
            centre.signin.learner_signed_out(learner.id, SignOutReason.FINISHED)
    _self_checks(centre, people, chance, clock, end)
    clock[0] = end - timedelta(days=1)
    centre.competences.trainer_assessments.record(
        trainer.id, people["Maria"].id, "2.1", 3, clock[0].date(), note="Sent a photo by e-mail."
    )
    clock[0] = end


def _morning(day: datetime, chance: random.Random) -> datetime:
    return day.replace(hour=9 + chance.randint(0, 2), minute=chance.randint(0, 59), second=0)


def _take_lesson(centre, learner: Learner, pack, lesson, skill, chance, clock) -> None:
    language = centre.learning.language_for(pack, learner.language)
    centre.learning.open_lesson(learner.id, pack, lesson, language)
    clock[0] += timedelta(minutes=chance.randint(8, 15))
    quiz = lesson.quiz(language)
    if quiz is None:
        centre.learning.complete_lesson(learner.id, pack, lesson, language)
        return
    tries = 1 if skill > 0 else 3  # someone who keeps failing tries three times
    for _ in range(tries):
        attempt = centre.learning.start_quiz(learner.id, pack, lesson, language, chance)
        while True:
            question = attempt.question
            right = chance.random() < skill
            feedback = attempt.answer(right_answer(question) if right else _wrong(question))
            clock[0] += timedelta(seconds=chance.randint(20, 60))
            if feedback.retry_offered and chance.random() < 0.7:
                # Most residents take the retry; it is recorded but does not count.
                attempt.answer(right_answer(question) if skill > 0 else _wrong(question))
                clock[0] += timedelta(seconds=chance.randint(15, 40))
            if not attempt.next():
                break
        if attempt.finish().passed:
            return


def _wrong(question: Question) -> object:
    match question.type:
        case "single":
            return 1 if question.answer != 1 else 2
        case "true-false":
            return not question.answer
        case "multiple":
            right = question.answer if isinstance(question.answer, frozenset) else frozenset()
            return {1, 2, 3} - right or {1}
        case "order":
            return list(reversed(question.items))
        case "match":
            lefts = [left for left, _ in question.pairs]
            rights = [right for _, right in question.pairs]
            return dict(zip(lefts, rights[1:] + rights[:1], strict=True))
        case _:
            return "I am not sure"


def _knowledge_answer(question: KnowledgeQuestion, leaning: int, chance) -> bool | int:
    """A knowledge question of the self-check answered: right more often by those who lean
    higher, otherwise the other truth value or the next choice."""
    if chance.random() < 0.4 + 0.2 * leaning:
        return question.answer
    if question.type == "true-false":
        return not question.answer
    return int(question.answer) % len(question.choices_in("en")) + 1


def _self_checks(centre, people, chance, clock, end) -> None:
    checks = centre.competences.self_assessments
    for name, days_ago, leaning in (("Maria", 30, 1), ("Maria", 3, 2), ("Elena", 10, 2)):
        clock[0] = _morning(end - timedelta(days=days_ago), chance)
        session = checks.start(people[name].id, "quick", "2", language=people[name].language)
        while (step := session.current) is not None:
            if isinstance(step, KnowledgeQuestion):
                checks.answer_question(session, _knowledge_answer(step, leaning, chance))
            else:
                checks.answer(session, min(3, max(0, leaning + chance.randint(-1, 1))))
            clock[0] += timedelta(seconds=30)
        checks.finish(session)
