"""Golden tests for paper: the certificate, the recovery sheet and every report, printed in
English, Romanian and Hungarian, read back from the PDF.

Two things are checked on every page: no word of the English template is left in another
language (only names, titles and codes that are the same in every language), and every word
stands inside the box it was laid out in, within the page's margins (so nothing runs out of
a table cell, and no word or date is cut in two).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from skillsapp.core.certificates import Certificate
from skillsapp.core.framework.model import framework
from skillsapp.core.people import AgeBand, Gender
from skillsapp.core.reports import (
    Code,
    Column,
    Report,
    group_progress,
    learner_record,
    programme_indicators,
)
from skillsapp.core.signin import SignOutReason
from skillsapp.sync.centre_key import RecoverySheet, new_centre_key
from skillsapp.ui.certificate_paper import CertificatePaper
from skillsapp.ui.paper import save_pdf
from skillsapp.ui.paper_words import PaperWords
from skillsapp.ui.recovery_sheet_paper import RecoverySheetPaper
from skillsapp.ui.report_pdf import ReportPaper
from skillsapp.ui.report_table import report_table
from tests.core.test_groups_dashboard import _group
from tests.core.test_learning import take_course
from tests.gui.pdf_reading import (
    outside_margins,
    outside_their_boxes,
    pages_of,
    text_of,
    words_in,
)

LANGUAGES = ("en", "ro", "hu")
# Words that are the same in every language: the product's and the framework's names,
# abbreviations, and the people and places of the test centre.
SAME_EVERYWHERE = {"SkillsApp", "DigComp", "LRS", "PIN", "PINs", "USB", "PDF", "CSV"}
# Words that English and the language write alike (loanwords and Latin words), checked by
# hand; short words (one or two letters) are not checked at all.
SAME_IN = {
    "ro": {"indicator", "minus", "stick", "mail"},
    "hu": {"mail", "november", "december"},
}
MADE_ON = date(2027, 1, 4)


@pytest.fixture
def busy_centre(centre, trainer, make_learner, clock):
    """A centre with learners in Romanian and Hungarian, a group and finished courses."""
    ioana = make_learner(
        "Ioana Popescu", language="ro", gender=Gender.FEMALE, age_band=AgeBand.FROM_65
    )
    janos = make_learner("Kovács János", language="hu", gender=Gender.MALE)
    _group(centre, trainer, "Tuesday seniors", [ioana, janos])
    for person, minutes in ((ioana, 95), (janos, 40)):
        centre.signin.learner_with_pin(person.id, None)
        take_course(centre, person.id, "email-basics")
        clock.advance(minutes=minutes)
        centre.signin.learner_signed_out(person.id, SignOutReason.FINISHED)
    return centre


def _data_words(centre, *more: str) -> set[str]:
    """Words that come from the records, not from the template: names, titles, areas."""
    texts = [centre.profile.name, *more]
    for person in centre.learners.list():
        texts.append(person.first_name)
    for group in centre.groups.list():
        texts.append(group.name)
    for pack in centre.catalogue.packs():
        texts += list(pack.titles.values())
    for language in LANGUAGES:
        digcomp = framework(language=language)
        texts += [a.heading for a in digcomp.areas]
        texts += [c.heading for c in digcomp.competences]
    return {w.casefold() for text in texts for w in words_in(text)}


def _check(pdfs: dict[str, Path], papers: dict[str, object], data: set[str]) -> None:
    english = {w.casefold() for w in words_in(text_of(pdfs["en"])) if len(w) > 2}
    ignored = {w.casefold() for w in data | SAME_EVERYWHERE}
    template = english - ignored
    assert len(template) > 5, "the English template should have words of its own"
    for language, pdf in pdfs.items():
        pages = pages_of(pdf)
        assert pages and all(page.words for page in pages), f"{language}: an empty page"
        assert outside_margins(pages) == [], f"{language}: text outside the page's margins"
        assert outside_their_boxes(pages, papers[language].regions) == [], (
            f"{language}: text outside its box, or a word cut in two"
        )
        if language != "en":
            left = {w.casefold() for w in words_in(text_of(pdf))} & template - SAME_IN[language]
            assert left == set(), f"{language}: English words left on the paper: {left}"


def _print_all(make, tmp_path: Path, name: str) -> tuple[dict, dict]:
    pdfs, papers = {}, {}
    for language in LANGUAGES:
        paper = make(language)
        pdfs[language] = tmp_path / f"{name}-{language}.pdf"
        save_pdf(paper, pdfs[language])
        papers[language] = paper
    return pdfs, papers


def test_the_certificate_speaks_each_language_and_stays_in_its_boxes(qapp, busy_centre, tmp_path):
    learner = busy_centre.learners.list()[0]
    [certificate] = busy_centre.certificates.of_learner(learner.id)
    assert certificate.language == learner.language  # the learner's language by default

    def make(language: str) -> CertificatePaper:
        [found] = busy_centre.certificates.of_learner(learner.id, language)
        return CertificatePaper(found)

    pdfs, papers = _print_all(make, tmp_path, "certificate")
    _check(pdfs, papers, _data_words(busy_centre, certificate.trainer, certificate.code))
    hungarian = text_of(pdfs["hu"])
    assert certificate.code in hungarian and "Ioana Popescu" in hungarian
    assert "2026. március 2." in hungarian  # the day in words, the Hungarian way
    assert "2 martie 2026" in text_of(pdfs["ro"])
    assert len(pages_of(pdfs["ro"])) == 1


def test_a_long_name_and_title_still_fit_the_certificate(qapp, tmp_path):
    long = Certificate(
        "ABCD-2345",
        "id",
        "Maria-Magdalena Alexandrescu-Dumitrescu Popescu-Ionescu",
        "x",
        "Banca pe internet, în siguranță, pentru toată lumea din satul nostru și din satele vecine",
        "2026-11-25",
        "Căminul Cultural din Sânmartin de Beiuș, Județul Bihor",
        "Andreea Trainer-Popovici",
        "DigComp 2.2",
        (),
        "ro",
    )
    paper = CertificatePaper(long)
    save_pdf(paper, tmp_path / "long.pdf")
    pages = pages_of(tmp_path / "long.pdf")
    assert len(pages) == 1
    assert outside_margins(pages) == []
    assert outside_their_boxes(pages, paper.regions) == []


def test_the_recovery_sheet_speaks_the_centres_language_and_keeps_the_key_exact(qapp, tmp_path):
    key = new_centre_key()

    def make(language: str) -> RecoverySheetPaper:
        sheet = RecoverySheet("Căminul Cultural Sânmartin", "c-1234", key, language)
        return RecoverySheetPaper(sheet, MADE_ON)

    pdfs, papers = _print_all(make, tmp_path, "sheet")
    _check(pdfs, papers, words_in(f"Căminul Cultural Sânmartin c-1234 {key}"))
    for pdf in pdfs.values():
        assert key in text_of(pdf)  # exactly as set, on one line
    assert "2027. január 4." in text_of(pdfs["hu"])


def test_a_very_long_centre_key_breaks_only_after_its_dashes(qapp, tmp_path):
    key = "-".join(["ABCDEFGHJK"] * 8)
    sheet = RecoverySheet("Casa do Povo", "c-1", key, "ro")
    paper = RecoverySheetPaper(sheet, MADE_ON)
    save_pdf(paper, tmp_path / "long-key.pdf")
    text = "".join(text_of(tmp_path / "long-key.pdf").split())
    assert key in text
    lines = [r.text for r in paper.regions if "ABCDEFGHJK" in r.text]
    assert len(lines) > 1 and all(line.endswith("-") for line in lines[:-1])


@pytest.mark.parametrize("name", ["indicators", "group-progress", "learner"])
def test_every_report_speaks_each_language_and_no_cell_text_runs_out(
    qapp, busy_centre, clock, tmp_path, name
):
    group = busy_centre.groups.list()[0]
    learner = busy_centre.learners.list()[0]
    made = {
        "indicators": lambda: programme_indicators(busy_centre, "2026-01-01", "2026-12-31"),
        "group-progress": lambda: group_progress(busy_centre, group, clock()),
        "learner": lambda: learner_record(busy_centre, learner),
    }[name]()

    def make(language: str) -> ReportPaper:
        table = report_table(made, PaperWords(language), busy_centre.catalogue)
        return ReportPaper(table, busy_centre.profile.name, MADE_ON)

    pdfs, papers = _print_all(make, tmp_path, name)
    _check(pdfs, papers, _data_words(busy_centre))
    assert "4 ianuarie 2027" in text_of(pdfs["ro"])


def test_a_long_report_repeats_its_headings_on_every_page_and_never_splits_a_date(qapp, tmp_path):
    from skillsapp.core.errors import Term

    columns = (
        Column("learner", Term("Learner")),
        Column("status", Term("Status")),
        Column("started", Term("Started"), "date"),
        Column("lessons", Term("Lessons done"), "number"),
        Column("why", Term("Why help may be needed")),
    )
    rows = tuple(
        (
            f"Persoana Numărul {n} Cu-Un-Nume-Foarte-Lung",
            Code("status", "in progress"),
            date(2026, 11, 25),
            n * 1000,
            Code("help-reason", "failed-quiz", count=3) if n % 3 else None,
        )
        for n in range(120)
    )
    report = Report("Long", columns, rows, sort_by=(0,))
    paper = ReportPaper(report_table(report, PaperWords("ro"), None), "Centrul", MADE_ON)
    save_pdf(paper, tmp_path / "long.pdf")
    pages = pages_of(tmp_path / "long.pdf")
    assert len(pages) > 2
    for page in pages:
        words = {w.text for w in page.words}
        assert {"Lecții", "parcurse", "Început"} <= words  # the headings, on every page
    assert outside_margins(pages) == []
    assert outside_their_boxes(pages, paper.regions) == []
    text = text_of(tmp_path / "long.pdf")
    assert text.count("25 noiembrie 2026") == 120  # never "25 noiem-/brie"
    assert "Pagina 3 din" in text


def test_the_funders_levels_report_speaks_each_language_and_fits_its_boxes(
    qapp, centre, trainer, make_learner, clock, tmp_path
):
    from skillsapp.core.reports import digcomp_levels
    from tests.core.test_competence_profile import take_check

    people = [make_learner(f"Persoana {n}", language="ro") for n in range(7)]
    for answer in (0, 3):
        for person in people[:6]:
            take_check(centre.competences, person.id, "4", answer)
        clock.advance(days=10)
    take_check(centre.competences, people[6].id, "2", 1)
    _group(centre, trainer, "Tuesday seniors", people[:5])
    _group(centre, trainer, "Small", people[5:])
    made = digcomp_levels(centre, "2026-01-01", "2026-12-31")

    def make(language: str) -> ReportPaper:
        table = report_table(made, PaperWords(language), centre.catalogue)
        return ReportPaper(table, centre.profile.name, MADE_ON)

    pdfs, papers = _print_all(make, tmp_path, "digcomp-levels")
    _check(pdfs, papers, _data_words(centre, "DigCompSat"))
    romanian = text_of(pdfs["ro"])
    assert "Prea puțini pentru raportare" in romanian and "Încă nu" in romanian
    assert "Túl kevés a közléshez" in text_of(pdfs["hu"])
