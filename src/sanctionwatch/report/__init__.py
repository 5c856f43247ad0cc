"""Stage: report — the investigator's report (HTML, PDF) and exports for other tools."""

from sanctionwatch.report.figures import HeadlineFigures, JointVenture, compute_headline_figures
from sanctionwatch.report.writer import ReportResult, write_report

__all__ = [
    "HeadlineFigures",
    "JointVenture",
    "ReportResult",
    "compute_headline_figures",
    "write_report",
]
