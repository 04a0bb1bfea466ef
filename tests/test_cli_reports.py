"""``skillsapp report``: in the chosen language, both CSVs, PDFs and certificates, each
saying where it wrote, run as a separate program as a script would run it."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from skillsapp.core.people import Gender
from tests.core.test_learning import take_course


@pytest.fixture
def records(centre, make_learner, data_dir):
    """A centre whose Romanian learner finished a course; the data folder it lives in."""
    ioana = make_learner("Ioana Popescu", language="ro", gender=Gender.FEMALE)
    take_course(centre, ioana.id, "email-basics")
    return data_dir


def skillsapp(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``skillsapp`` on the data folder ``data``, offscreen, in English."""
    env = {
        **os.environ,
        "SKILLSAPP_HOME": str(data),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }
    return subprocess.run(
        [sys.executable, "-m", "skillsapp", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_report_in_romanian_saves_both_csvs_and_the_pdf_and_says_where(records, tmp_path):
    done = skillsapp(
        records,
        "report", "indicators", "--from", "2026-01-01", "--to", "2026-12-31",
        "--language", "ro",
        "--csv", str(tmp_path / "codes.csv"),
        "--screen-csv", str(tmp_path / "table.csv"),
        "--pdf", str(tmp_path / "report.pdf"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "deallocating" not in done.stderr
    for name in ("codes.csv", "table.csv", "report.pdf"):
        assert str(tmp_path / name) in done.stdout  # every file is named where it went
    codes = (tmp_path / "codes.csv").read_text(encoding="utf-8").splitlines()
    assert codes[0] == "indicator,breakdown,category,value,learners"
    assert "courses completed,course,email-basics,1,1" in codes
    table = list(
        csv.reader(io.StringIO((tmp_path / "table.csv").read_text("utf-8-sig")), delimiter=";")
    )
    assert table[0] == ["Indicator", "Defalcat după", "Categorie", "Valoare", "Cursanți"]
    assert ["Cursuri absolvite", "Curs", "E-mailul de zi cu zi", "1", "1"] in table
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")


def test_the_csv_for_programs_is_the_same_in_every_language(records, tmp_path):
    for language in ("ro", "hu", "en"):
        done = skillsapp(
            records, "report", "learner", "--learner", "Ioana Popescu",
            "--language", language, "--csv", str(tmp_path / f"{language}.csv"),
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    same = {(tmp_path / f"{x}.csv").read_bytes() for x in ("ro", "hu", "en")}
    assert len(same) == 1


def test_the_terminal_shows_the_table_in_the_centres_language_by_default(records, centre, tmp_path):
    done = skillsapp(records, "report", "learner", "--learner", "Ioana Popescu")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "Learning record of Ioana Popescu"
    assert "E-mail for everyday life\t2 March 2026\t2 March 2026" in done.stdout
    hungarian = skillsapp(
        records, "report", "learner", "--learner", "Ioana Popescu", "--language", "hu"
    )
    assert "Az e-mail a mindennapokban\t2026. március 2." in hungarian.stdout


def test_a_certificate_is_printed_in_the_learners_language(records, tmp_path):
    from tests.gui.pdf_reading import text_of

    target = tmp_path / "certificate.pdf"
    done = skillsapp(
        records, "report", "certificate", "--learner", "Ioana Popescu",
        "--course", "email-basics", "--pdf", str(target),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert str(target) in done.stdout
    text = text_of(target)
    assert "Ioana Popescu" in text and "Prezentul certificat se acordă" in text
    assert "2 martie 2026" in text


def test_a_certificate_of_an_unfinished_course_is_refused_plainly(records, tmp_path):
    done = skillsapp(
        records, "report", "certificate", "--learner", "Ioana Popescu",
        "--course", "online-banking", "--pdf", str(tmp_path / "c.pdf"),
    )  # fmt: skip
    assert done.returncode == 1
    assert "has no certificate for the course" in done.stderr
    assert not (tmp_path / "c.pdf").exists()


def test_a_folder_that_cannot_be_written_is_said_plainly_and_leaves_nothing(records, tmp_path):
    target = tmp_path / "unplugged-stick" / "report.pdf"
    done = skillsapp(records, "report", "learner", "--learner", "Ioana Popescu",
                     "--language", "ro", "--pdf", str(target))  # fmt: skip
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "Nu s-a salvat nimic" in done.stderr or "Nothing was saved" in done.stderr
    assert not target.parent.exists()


def test_the_funders_levels_report_shows_no_figures_for_fewer_than_five(records, tmp_path):
    done = skillsapp(
        records, "report", "digcomp-levels", "--from", "2026-01-01", "--to", "2026-12-31",
        "--language", "ro",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Nivelurile DigComp pe domenii, de la 1 ianuarie 2026")
    assert lines[1].split("\t")[:5] == [
        "Grupă",
        "Domeniu DigComp",
        "Indicator",
        "Cursanți",
        "Încă nu",
    ]
    assert lines[2].split("\t")[:3] == ["Toți cursanții", "", "Prea puțini pentru raportare"]
    assert not any(cell.strip() for cell in lines[2].split("\t")[3:])
    done = skillsapp(
        records, "report", "digcomp-levels", "--from", "2026-01-01", "--to", "2026-12-31",
        "--csv", str(tmp_path / "codes.csv"),
    )  # fmt: skip
    codes = (tmp_path / "codes.csv").read_text("utf-8").splitlines()
    assert codes[0].startswith("group,area,figure,learners,not_yet,foundation,")
    assert codes[1] == "all,,too-few" + "," * (codes[0].count(",") - 2)
