"""A small realistic world for the report tests, inserted row by row with SQL.

DPRK workers before and after 2017-09-11 (with renewals, a study-status worker on a building
site, a permit without employer OGRN), South Koreans and Russian Koreans as hard negatives, a
joint venture with a DPRK trading company that founds a second company (an ownership chain), a
company whose founder matches a UN-listed person, branches opened after the JV deadline, and
findings with evidence and reviews. All five companies share one address (one broad network); the
graph stage's control networks join only the JV and the company it founded.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

from sanctionwatch.graph.networks import build_networks
from sanctionwatch.workspace import Workspace

NOW = datetime(2024, 3, 1, 12, 0, 0)
JV = "1157746000015"  # ООО "Восток-Строй": founded with a DPRK trading company
CHAIN = "1172536000020"  # АО "Приморский Мост": founded by the JV (a chain), DPRK director
LISTED_OWNED = "1162540000039"  # ООО "Хасан Сервис": founder matches a UN-listed person
PLAIN = "1022500000049"  # ООО "Лесопромышленник": shares the JV's address, breaches nothing
FISH = "1026500000053"  # ООО "Сахалин Рыба": employs DPRK workers lawfully before the ban
INNS = {  # valid check digits, as the registry loader demands
    JV: "2536000013",
    CHAIN: "2536000020",
    LISTED_OWNED: "2540000030",
    PLAIN: "2500000041",
    FISH: "6500000056",
}
EMPLOYERS = [
    (JV, 'ООО "Восток-Строй"', "2536000013", "Приморский край"),
    (CHAIN, 'АО "Приморский Мост"', "2536000020", "Приморский край"),
    (FISH, 'ООО "Сахалин Рыба"', "6500000056", "Сахалинская область"),
    (PLAIN, 'ООО "Лесопромышленник"', "2500000041", "Хабаровский край"),
]
SURNAMES = ["Ким", "Пак", "Ли", "Чон", "Хан", "Choe", "Рим", "Кан"]
GIVEN = ["Ен Чхоль", "Сон Хёк", "Мён Су", "Чхоль Мин", "Гван Ир"]


def _insert(ws: Workspace, table: str, row: dict[str, Any]) -> None:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    ws.run(
        f"fixture: insert {table}",
        f"INSERT INTO {table} ({columns}) VALUES ({marks})",
        list(row.values()),
    )


def _permit(n: int, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "record_id": f"permits.csv:{n + 1}",
        "permit_id": f"77 {n:07d}",
        "permit_type": "work_permit",
        "surname": SURNAMES[n % len(SURNAMES)],
        "given_name": GIVEN[n % len(GIVEN)],
        "name_latin": f"KIM TEST {n}",
        "citizenship_raw": "КНДР",
        "citizenship": "kp",
        "birth_date": date(1980 + n % 15, 1 + n % 12, 1 + n % 27),
        "passport_number": f"836{n:06d}",
        "employer_name": EMPLOYERS[n % 4][1],
        "employer_inn": EMPLOYERS[n % 4][2],
        "employer_ogrn": EMPLOYERS[n % 4][0],
        "issue_date": date(2016, 1, 10) + timedelta(days=19 * (n % 100)),
        "expiry_date": date(2016, 1, 10) + timedelta(days=19 * (n % 100) + 365),
        "region": EMPLOYERS[n % 4][3],
        "occupation": "каменщик",
        "flags": [],
        "load_id": 1,
        "source_file": "permits.csv",
        "source_row": n + 1,
    }
    row.update(values)
    return row


def _permits() -> list[dict[str, Any]]:
    rows = [_permit(n) for n in range(1, 81)]  # 2016-01 .. 2020-03, one every 19 days
    rows += [  # renewals: same passports, new permits
        _permit(100 + n, passport_number=f"836{n:06d}", issue_date=date(2018, 2, n))
        for n in range(1, 6)
    ]
    rows += [
        _permit(200, permit_type="patent", issue_date=date(2018, 6, 1)),
        _permit(
            201,
            permit_type="study",
            employer_ogrn=JV,
            employer_name=EMPLOYERS[0][1],
            issue_date=date(2018, 9, 3),
        ),
        _permit(202, permit_type="tourism", issue_date=date(2019, 3, 3)),
        _permit(203, employer_ogrn=None, employer_name="ИП Ким", issue_date=date(2018, 8, 8)),
        _permit(204, passport_number=None, issue_date=date(2017, 12, 1)),
        _permit(205, citizenship_raw="Республика Корея", citizenship="kr"),
        _permit(206, citizenship_raw="Россия", citizenship="ru", surname="Цой"),
        _permit(207, citizenship_raw="??", citizenship=None, flags=["unknown_citizenship"]),
    ]
    return rows


def _company(n: int, ogrn: str, name: str, registered: date, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "record_id": f"companies.csv:{n + 1}",
        "ogrn": ogrn,
        "inn": INNS[ogrn],
        "full_name": name,
        "short_name": name,
        "legal_form": name.split()[0],
        "registered_on": registered,
        "address": "690001, г. Владивосток, ул. Светланская, 1",
        "phone": "+7 423 000-00-0" + str(n),
        "activity_code": "41.20",
        "region": "Приморский край",
        "flags": [],
        "load_id": 2,
        "source_file": "companies.csv",
        "source_row": n + 1,
    }
    row.update(values)
    return row


def _people() -> list[dict[str, Any]]:
    base = {"load_id": 3, "source_file": "company_people.csv", "flags": []}
    rows = [
        {
            "company_ogrn": JV,
            "role": "founder",
            "party_type": "company",
            "name": "Korea Sobaeksu Trading Company",
            "citizenship_raw": "КНДР",
            "citizenship": "kp",
            "share_pct": 51.0,
            "start_date": date(2015, 3, 1),
        },
        {
            "company_ogrn": JV,
            "role": "founder",
            "party_type": "person",
            "name": "Иванов Пётр Сергеевич",
            "citizenship": "ru",
            "share_pct": 49.0,
            "start_date": date(2015, 3, 1),
            "passport_number": "0512 123456",
        },
        {
            "company_ogrn": CHAIN,
            "role": "founder",
            "party_type": "company",
            "name": 'ООО "Восток-Строй"',
            "party_ogrn": JV,
            "citizenship": "ru",
            "share_pct": 60.0,
            "start_date": date(2017, 10, 2),
        },
        {
            "company_ogrn": CHAIN,
            "role": "founder",
            "party_type": "person",
            "name": "Иванов Пётр Сергеевич",
            "citizenship": "ru",
            "share_pct": 40.0,
            "start_date": date(2017, 10, 2),
            "passport_number": "0512 123456",
        },
        {
            "company_ogrn": CHAIN,
            "role": "director",
            "party_type": "person",
            "name": "Ли Мён Су",
            "citizenship_raw": "КНДР",
            "citizenship": "kp",
            "start_date": date(2017, 10, 2),
            "passport_number": "745000111",
        },
        {
            "company_ogrn": LISTED_OWNED,
            "role": "founder",
            "party_type": "person",
            "name": "Пак Ен Чхоль",
            "name_latin": "PAK YONG CHOL",
            "citizenship": "kp",
            "citizenship_raw": "КНДР",
            "share_pct": 100.0,
            "start_date": date(2016, 5, 5),
            "birth_date": date(1962, 4, 14),
            "passport_number": "381420000",
        },
        {
            "company_ogrn": PLAIN,
            "role": "founder",
            "party_type": "person",
            "name": "Ким Александр Николаевич",
            "citizenship": "ru",
            "share_pct": 100.0,
            "start_date": date(2002, 1, 1),
        },
    ]
    return [
        {**base, **row, "record_id": f"company_people.csv:{i + 2}", "source_row": i + 2}
        for i, row in enumerate(rows)
    ]


def _finding(
    fid: str,
    measure: str,
    severity: str,
    kind: str,
    key: str,
    label: str,
    evidence: dict[str, Any],
    status: str = "open",
    network_id: str | None = None,
) -> dict[str, Any]:
    return {
        "finding_id": fid,
        "measure_id": measure,
        "regime": "UN DPRK",
        "citation": "UNSC res. 2375 (2017) OP17"
        if "2375-op17" in measure
        else f"UN DPRK regime, measure {measure}",
        "severity": severity,
        "as_of": date(2024, 3, 1),
        "subject_kind": kind,
        "subject_key": key,
        "subject_label": label,
        "network_id": network_id,
        "summary": f"{label}: {measure}",
        "evidence": json.dumps(evidence, ensure_ascii=False),
        "evidence_hash": fid[::-1],
        "status": status,
        "first_seen_at": NOW,
        "updated_at": NOW,
    }


def _record(table: str, n: int) -> dict[str, Any]:
    return {
        "table": table,
        "record_id": f"{table}.csv:{n}",
        "source_file": f"{table}.csv",
        "source_row": n,
    }


def _findings(permits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    post_ban = [
        p
        for p in permits
        if p["citizenship"] == "kp"
        and p["permit_type"] in ("work_permit", "patent")
        and p["issue_date"] >= date(2017, 9, 11)
    ]
    rows = [
        _finding(
            f"f-op17-{i:03d}",
            "un-2375-op17-new-work-authorization",
            "high",
            "permit",
            p["permit_id"],
            f"{p['surname']} {p['given_name']}",
            {
                "records": [_record("permits", p["source_row"])],
                "issue_date": p["issue_date"].isoformat(),
            },
            status="confirmed" if i == 0 else "open",
        )
        for i, p in enumerate(post_ban)
    ]
    chain_path = [
        {"id": "kp:sobaeksu", "name": "Korea Sobaeksu Trading Company", "share": 51.0},
        {"id": JV, "name": 'ООО "Восток-Строй"', "share": 60.0},
        {"id": CHAIN, "name": 'АО "Приморский Мост"'},
    ]
    rows += [
        _finding(
            "f-jv-001",
            "un-2375-op18-joint-venture-not-closed",
            "high",
            "company",
            JV,
            'ООО "Восток-Строй"',
            {
                "records": [_record("companies", 2), _record("company_people", 2)],
                "ownership_paths": [{"path": chain_path[:2], "effective_share": 51.0}],
            },
            network_id="net-vostok",
        ),
        _finding(
            "f-jv-002",
            "un-2371-op12-new-joint-venture",
            "high",
            "company",
            CHAIN,
            'АО "Приморский Мост"',
            {
                "records": [_record("companies", 3), _record("company_people", 4)],
                "ownership_paths": [{"path": chain_path, "effective_share": 30.6}],
                "registered_on": "2017-10-01",
                "analyst_hint": {"nested": [1, 2]},
            },
            status="escalated",
            network_id="net-vostok",
        ),
        _finding(
            "f-dir-001",
            "indicator-dprk-director",
            "medium",
            "company",
            CHAIN,
            'АО "Приморский Мост"',
            {"records": [_record("company_people", 6)]},
            network_id="net-vostok",
        ),
        _finding(
            "f-net-001",
            "indicator-network-expansion",
            "low",
            "company",
            JV,
            'ООО "Восток-Строй"',
            {"records": [_record("branches", 2)]},
            status="dismissed",
            network_id="net-vostok",
        ),
        _finding(
            "f-1718-001",
            "un-1718-asset-freeze",
            "critical",
            "company",
            LISTED_OWNED,
            'ООО "Хасан Сервис"',
            {
                "records": [_record("company_people", 7)],
                "matches": [
                    {
                        "entity_id": "un-sc-KPi.901",
                        "list_name": "un-sc",
                        "matched_name": "PAK YONG CHOL",
                        "score": 0.97,
                        "explanation": {
                            "name": "Kontsevich spelling met passport Latin",
                            "birth_date": "+0.05 same date",
                        },
                    }
                ],
            },
        ),
    ]
    return rows


def build_report_world(ws: Workspace) -> None:
    """Fill `ws` with the small world described in this module's docstring."""
    permits = _permits()
    with ws.transaction():
        _insert(
            ws,
            "list_versions",
            {
                "version_id": 1,
                "list_name": "un-sc",
                "format": "un-xml",
                "source_path": "lists/un_consolidated.xml",
                "sha256": "ab" * 32,
                "published": datetime(2024, 2, 20),
                "loaded_at": NOW,
                "entity_count": 2,
                "name_count": 3,
                "issue_count": 0,
            },
        )
        for eid, caption, schema in (
            ("un-sc-KPi.901", "PAK YONG CHOL", "Person"),
            ("un-sc-KPe.902", "KOREA TEST TRADING", "Organization"),
        ):
            _insert(
                ws,
                "listed_entities",
                {
                    "version_id": 1,
                    "entity_id": eid,
                    "list_name": "un-sc",
                    "schema": schema,
                    "caption": caption,
                    "reference": eid[6:],
                    "programs": ["UN-SC1718"],
                    "listed_on": date(2017, 8, 5),
                    "countries": ["kp"],
                    "properties": json.dumps({"name": [caption]}),
                    "content_hash": eid,
                },
            )
        for load_id, kind, rows_read, rejected in (
            (1, "permits", 94, 1),
            (2, "companies", 5, 0),
            (3, "company_people", 7, 0),
            (4, "branches", 2, 0),
        ):
            _insert(
                ws,
                "registry_loads",
                {
                    "load_id": load_id,
                    "kind": kind,
                    "source_path": f"registry/{kind}.csv",
                    "sha256": "cd" * 32,
                    "loaded_at": NOW,
                    "rows_read": rows_read,
                    "rows_loaded": rows_read - rejected,
                    "rows_rejected": rejected,
                    "rows_flagged": 1 if kind == "permits" else 0,
                },
            )
        _insert(
            ws,
            "load_rejects",
            {
                "load_id": 1,
                "source_path": "registry/permits.csv",
                "source_row": 96,
                "field": "issue_date",
                "value": "31.02.2018",
                "message": "not a date",
            },
        )
        for row in permits:
            _insert(ws, "permits", row)
        for n, (ogrn, name, registered) in enumerate(
            (
                (JV, 'ООО "Восток-Строй"', date(2015, 3, 1)),
                (CHAIN, 'АО "Приморский Мост"', date(2017, 10, 1)),
                (LISTED_OWNED, 'ООО "Хасан Сервис"', date(2016, 5, 5)),
                (PLAIN, 'ООО "Лесопромышленник"', date(2002, 1, 1)),
                (FISH, 'ООО "Сахалин Рыба"', date(2010, 6, 1)),
            ),
            start=1,
        ):
            _insert(ws, "companies", _company(n, ogrn, name, registered))
        for row in _people():
            _insert(ws, "company_people", row)
        for n, (ogrn, opened) in enumerate(
            ((JV, date(2018, 3, 1)), (CHAIN, date(2019, 5, 1))), start=1
        ):
            _insert(
                ws,
                "branches",
                {
                    "record_id": f"branches.csv:{n + 1}",
                    "company_ogrn": ogrn,
                    "branch_id": f"B{n}",
                    "kind": "branch",
                    "address": "г. Хабаровск",
                    "opened_on": opened,
                    "flags": [],
                    "load_id": 4,
                    "source_file": "branches.csv",
                    "source_row": n + 1,
                },
            )
        _insert(
            ws,
            "screen_matches",
            {
                "subject_table": "company_people",
                "subject_id": "company_people.csv:7",
                "subject_name": "Пак Ен Чхоль",
                "version_id": 1,
                "entity_id": "un-sc-KPi.901",
                "list_name": "un-sc",
                "matched_name": "PAK YONG CHOL",
                "score": 0.97,
                "explanation": json.dumps({"name": "Kontsevich spelling"}),
                "screened_at": NOW,
            },
        )
        for row in _findings(permits):
            _insert(ws, "findings", row)
        for fid, action, before, after in (
            ("f-op17-000", "confirm", "open", "confirmed"),
            ("f-jv-002", "escalate", "open", "escalated"),
            ("f-net-001", "dismiss", "open", "dismissed"),
        ):
            _insert(
                ws,
                "finding_reviews",
                {
                    "finding_id": fid,
                    "decided_at": NOW,
                    "analyst": "a.analyst",
                    "action": action,
                    "status_before": before,
                    "status_after": after,
                    "note": f"checked {fid}",
                },
            )
    build_networks(ws)  # the graph stage's networks: JV and CHAIN share a founder
