"""Reports a trainer or coordinator can read on screen, save as CSV or print as PDF.

Every report is a ``Report``: a title, column names and rows of plain values (text, whole
numbers, decimals, ISO dates). The screen, the CSV and the PDF all show the same rows.
"""

from skillsapp.core.reports.indicators import programme_indicators
from skillsapp.core.reports.model import Report, check_period, display_value, write_csv
from skillsapp.core.reports.progress import group_progress, learner_record
from skillsapp.core.reports.registry import REPORTS, ReportKind, ReportRequest, make_report

__all__ = [
    "REPORTS",
    "Report",
    "ReportKind",
    "ReportRequest",
    "check_period",
    "display_value",
    "group_progress",
    "learner_record",
    "make_report",
    "programme_indicators",
    "write_csv",
]
