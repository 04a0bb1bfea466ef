"""Reports a trainer or coordinator can read on screen, save as CSV or print as PDF.

Every report is a ``Report``: a title, columns and rows of values that are codes, numbers
and dates, never words of one language. The interface shows it in the reader's language (the
table on screen, the CSV for people and the PDF are that one table); the machine CSV keeps the
codes, so the same data gives the same bytes on any PC.
"""

from skillsapp.core.reports.indicators import programme_indicators
from skillsapp.core.reports.levels import digcomp_levels
from skillsapp.core.reports.model import (
    SMALLEST_GROUP,
    TOO_FEW,
    Code,
    Column,
    Report,
    check_period,
    display_value,
    write_csv,
    write_text,
)
from skillsapp.core.reports.progress import group_progress, learner_record
from skillsapp.core.reports.registry import REPORTS, ReportKind, ReportRequest, make_report

__all__ = [
    "REPORTS",
    "SMALLEST_GROUP",
    "TOO_FEW",
    "Code",
    "Column",
    "Report",
    "ReportKind",
    "ReportRequest",
    "check_period",
    "digcomp_levels",
    "display_value",
    "group_progress",
    "learner_record",
    "make_report",
    "programme_indicators",
    "write_csv",
    "write_text",
]
