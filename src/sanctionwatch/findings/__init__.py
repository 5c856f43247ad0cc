"""Stage: findings — stable ids, upsert that keeps reviews, audit log, export, evaluation."""

from sanctionwatch.findings.evaluate import evaluate_findings
from sanctionwatch.findings.export import export_findings
from sanctionwatch.findings.model import Finding, finding_id_of
from sanctionwatch.findings.query import get_finding, list_findings, review_log
from sanctionwatch.findings.review import ACTIONS, FindingError, review
from sanctionwatch.findings.store import UpsertCounts, upsert_findings

__all__ = [
    "ACTIONS",
    "Finding",
    "FindingError",
    "UpsertCounts",
    "evaluate_findings",
    "export_findings",
    "finding_id_of",
    "get_finding",
    "list_findings",
    "review",
    "review_log",
    "upsert_findings",
]
