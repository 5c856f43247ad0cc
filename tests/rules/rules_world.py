"""A tiny builder of registry worlds for rule tests: rows inserted with SQL into a real workspace.

Each add_* fills the columns the loaders would fill (record_id '<file>:<line>', source_file,
source_row, load_id) so findings can cite them, and returns the record_id.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sanctionwatch.workspace import Workspace

D = date.fromisoformat


class World:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.rows: dict[str, int] = {}

    def _insert(self, table: str, values: dict[str, Any]) -> str:
        line = self.rows.get(table, 1) + 1
        self.rows[table] = line
        file = f"{table}.csv"
        values = {
            "record_id": f"{file}:{line}",
            **values,
            "load_id": 1,
            "source_file": file,
            "source_row": line,
        }
        columns = ", ".join(values)
        marks = ", ".join(f"${k}" for k in values)
        self.ws.run(f"insert {table}", f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)
        return str(values["record_id"])

    def add_permit(
        self,
        permit_id: str,
        *,
        citizenship: str = "kp",
        permit_type: str = "work_permit",
        issue_date: str = "2016-05-01",
        expiry_date: str | None = "2017-05-01",
        contract_date: str | None = None,
        employer_ogrn: str | None = "1027700132195",
        passport_number: str | None = None,
        surname: str = "Ким",
    ) -> str:
        return self._insert(
            "permits",
            {
                "permit_id": permit_id,
                "permit_type": permit_type,
                "surname": surname,
                "given_name": "Чол",
                "citizenship": citizenship,
                "citizenship_raw": citizenship,
                "issue_date": D(issue_date),
                "expiry_date": expiry_date and D(expiry_date),
                "contract_date": contract_date and D(contract_date),
                "employer_ogrn": employer_ogrn,
                "passport_number": passport_number or f"P{permit_id}",
            },
        )

    def add_company(
        self,
        ogrn: str,
        name: str | None = None,
        *,
        registered_on: str = "2010-01-01",
        liquidated_on: str | None = None,
        activity_code: str = "46.90",
        address: str | None = None,
        phone: str | None = None,
    ) -> str:
        return self._insert(
            "companies",
            {
                "ogrn": ogrn,
                "full_name": name or f"ООО Компания {ogrn}",
                "registered_on": D(registered_on),
                "liquidated_on": liquidated_on and D(liquidated_on),
                "activity_code": activity_code,
                "address": address,
                "phone": phone,
            },
        )

    def add_founder(
        self,
        company_ogrn: str,
        name: str,
        *,
        citizenship: str = "ru",
        share_pct: float | None = 100.0,
        party_ogrn: str | None = None,
        party_type: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        role: str = "founder",
        inn: str | None = None,
    ) -> str:
        kind = party_type or ("company" if party_ogrn else "person")
        return self._insert(
            "company_people",
            {
                "company_ogrn": company_ogrn,
                "role": role,
                "party_type": kind,
                "name": name,
                "citizenship": citizenship,
                "citizenship_raw": citizenship,
                "party_ogrn": party_ogrn,
                "share_pct": share_pct if role == "founder" else None,
                "inn": inn,
                "start_date": start_date and D(start_date),
                "end_date": end_date and D(end_date),
            },
        )

    def add_director(self, company_ogrn: str, name: str, **kw: Any) -> str:
        return self.add_founder(company_ogrn, name, role="director", share_pct=None, **kw)

    def add_branch(self, company_ogrn: str, branch_id: str, opened_on: str) -> str:
        return self._insert(
            "branches",
            {
                "company_ogrn": company_ogrn,
                "branch_id": branch_id,
                "kind": "branch",
                "opened_on": D(opened_on),
            },
        )

    def add_match(
        self,
        subject_table: str,
        subject_id: str,
        entity_id: str = "un-sc-1",
        *,
        programs: tuple[str, ...] = ("UN-SC1718",),
        list_name: str = "un-sc",
        listed_on: str = "2016-03-02",
        score: float = 0.97,
    ) -> None:
        ws = self.ws
        known = "SELECT count(*) FROM listed_entities WHERE entity_id = $e"
        if not ws.scalar("entity exists", known, {"e": entity_id}):
            ws.run(
                "insert entity",
                """INSERT INTO listed_entities VALUES (1, $e, $l, 'Person', $e, 'KPi.001', $p,
                   $d, ['kp'], NULL, '{}', 'h')""",
                {"e": entity_id, "l": list_name, "p": list(programs), "d": D(listed_on)},
            )
        ws.run(
            "insert match",
            """INSERT INTO screen_matches VALUES ($t, $s, 'subject', 1, $e, $l, 'KIM CHOL', $score,
               $x, $now)""",
            {
                "t": subject_table,
                "s": subject_id,
                "e": entity_id,
                "l": list_name,
                "score": score,
                "x": json.dumps({"name": "exact Latin form"}),
                "now": datetime(2020, 1, 1),
            },
        )
