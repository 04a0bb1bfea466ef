"""Facts a reviewer found wrong or outdated stay corrected, in every language:

- no "look for the padlock" (browsers no longer show one, and fake sites have one too);
- the German eID: a 5-digit one-time PIN from the letter, then your own 6-digit PIN;
- e-prescriptions are collected as each country does it (the country profile), not "sent to
  your pharmacy";
- online banking is a digital service (DigComp 2.3), not only interacting (2.1);
- the EU Digital Identity Wallet is named, as each country calls it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from skillsapp.core.courses import load_pack
from skillsapp.core.courses.render import lesson_markdown
from skillsapp.core.languages import LANGUAGE_CODES

COURSES = Path(__file__).resolve().parents[3] / "courses"


def lesson(course: str, lesson_id: str):
    return load_pack(COURSES / course).lesson(lesson_id)


def test_no_english_lesson_tells_residents_to_trust_the_padlock() -> None:
    advice = re.compile(r"(look|check) for (the|a) (small )?padlock|padlock (means|shows) ", re.I)
    found = [
        f"{path.relative_to(COURSES)}:{number}"
        for path in sorted(COURSES.glob("*/lessons/*.md"))
        if not re.search(r"\.[a-z]{2}\.md$", path.name)
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1)
        if advice.search(line)
    ]
    assert found == []


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_padlock_question_is_answered_false_in_every_language(language: str) -> None:
    quiz = lesson("public-services-online", "logging-in-safely").quiz(language)
    assert quiz is not None
    question = next(q for q in quiz.questions if q.id == "padlock-means")
    assert question.answer is False


def test_the_german_eid_part_has_the_one_time_pin_and_your_own_six_digit_pin() -> None:
    text = lesson_markdown(lesson("public-services-online", "electronic-id"), "de")
    assert "5-stellige" in text and "6-stellige" in text and "AusweisApp" in text


@pytest.mark.parametrize("language", [code for code in LANGUAGE_CODES if code != "de"])
def test_no_other_country_is_told_the_german_pin_letter(language: str) -> None:
    text = lesson("public-services-online", "electronic-id").text(language).markdown
    assert not re.search(r"Transport|5-digit|6-digit", text)


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_prescription_is_collected_as_the_country_profile_says(language: str) -> None:
    text = lesson("video-calls", "doctor-appointment").text(language).markdown
    assert "{{prescription.how}}" in text
    if language == "en":
        assert "sent to your pharmacy" not in text.lower()


def test_online_banking_is_a_digital_service() -> None:
    codes = [c.code for c in load_pack(COURSES / "online-banking").competences]
    assert "2.3" in codes and "2.1" not in codes


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_eu_digital_identity_wallet_is_named_in_every_language(language: str) -> None:
    places = (("public-services-online", "electronic-id"), ("what-next", "keep-up"))
    for course, lesson_id in places:
        assert "{{wallet.name}}" in lesson(course, lesson_id).text(language).markdown
