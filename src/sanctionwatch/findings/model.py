"""A finding: one measure breached (or indicated) by one subject, with the evidence it rests on.

Its id is a hash of (measure, subject kind, subject key), so a re-run updates the same finding
instead of adding another. The evidence hash decides whether an analyst's decision still holds.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

STATUSES = ("open", "confirmed", "dismissed", "escalated", "resolved")
REVIEWED = ("confirmed", "dismissed", "escalated")


def finding_id_of(measure_id: str, subject_kind: str, subject_key: str) -> str:
    """'F' + 16 hex digits of sha256 over the measure and the subject: stable across runs."""
    digest = hashlib.sha256(f"{measure_id}\x1f{subject_kind}\x1f{subject_key}".encode())
    return "F" + digest.hexdigest()[:16]


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def canonical_json(value: Any) -> str:
    """Sorted keys, ISO dates: the same evidence always gives the same text and hash."""
    return json.dumps(value, default=_plain, ensure_ascii=False, sort_keys=True)


def evidence_hash_of(evidence: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(evidence).encode()).hexdigest()


@dataclass(frozen=True)
class Finding:
    measure_id: str
    regime: str
    citation: str
    severity: str
    as_of: date
    subject_kind: str
    subject_key: str
    subject_label: str
    network_id: str | None
    summary: str
    evidence: dict[str, Any]

    @property
    def finding_id(self) -> str:
        return finding_id_of(self.measure_id, self.subject_kind, self.subject_key)

    @property
    def evidence_json(self) -> str:
        return canonical_json(self.evidence)

    @property
    def evidence_hash(self) -> str:
        return evidence_hash_of(self.evidence)
