"""Write a world: the registries in the canonical layouts, the list, and the ground truth."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

from sanctionwatch.simulate.model import World
from sanctionwatch.simulate.truth import Finding

PERMIT_COLUMNS = [
    "permit_id",
    "permit_type",
    "surname",
    "given_name",
    "patronymic",
    "name_latin",
    "citizenship",
    "birth_date",
    "passport_number",
    "employer_name",
    "employer_inn",
    "employer_ogrn",
    "contract_date",
    "issue_date",
    "expiry_date",
    "region",
    "occupation",
]
COMPANY_COLUMNS = [
    "ogrn",
    "inn",
    "full_name",
    "short_name",
    "legal_form",
    "registered_on",
    "liquidated_on",
    "address",
    "phone",
    "activity_code",
    "region",
]
PEOPLE_COLUMNS = [
    "company_ogrn",
    "role",
    "party_type",
    "name",
    "name_latin",
    "citizenship",
    "birth_date",
    "passport_number",
    "inn",
    "party_ogrn",
    "share_pct",
    "start_date",
    "end_date",
]
BRANCH_COLUMNS = ["company_ogrn", "branch_id", "kind", "address", "opened_on", "closed_on"]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _write(path: Path, columns: list[str], rows: list[list[Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_text(v) for v in row] for row in rows])


def write_registries(world: World, folder: Path) -> None:
    _write(
        folder / "permits.csv",
        PERMIT_COLUMNS,
        [
            [
                p.permit_id,
                p.permit_type_raw,
                p.surname,
                p.given_name,
                p.patronymic,
                p.name_latin,
                p.citizenship_raw,
                p.birth_date,
                p.passport_number,
                p.employer.short_name if p.employer else None,
                p.employer.inn if p.employer else None,
                p.employer.ogrn if p.employer else None,
                p.contract_date,
                p.issue_date,
                p.expiry_date,
                p.region,
                p.occupation,
            ]
            for p in world.permits
        ],
    )
    _write(
        folder / "companies.csv",
        COMPANY_COLUMNS,
        [
            [
                c.ogrn,
                c.inn,
                c.full_name,
                c.short_name,
                c.legal_form,
                c.registered_on,
                c.liquidated_on,
                c.address,
                c.phone,
                c.activity_code,
                c.region,
            ]
            for c in world.companies
        ],
    )
    _write(
        folder / "company_people.csv",
        PEOPLE_COLUMNS,
        [
            [
                p.company_ogrn,
                p.role,
                p.party_type,
                p.name,
                p.name_latin,
                p.citizenship_raw,
                p.birth_date,
                p.passport_number,
                p.inn,
                p.party_ogrn,
                p.share_pct,
                p.start_date,
                p.end_date,
            ]
            for p in world.parties
        ],
    )
    _write(
        folder / "branches.csv",
        BRANCH_COLUMNS,
        [
            [b.company_ogrn, b.branch_id, b.kind, b.address, b.opened_on, b.closed_on]
            for b in world.branches
        ],
    )


def write_truth(
    folder: Path,
    findings: list[Finding],
    negatives: list[tuple[str, str, str]],
    summary: dict[str, Any],
) -> None:
    _write(
        folder / "findings.csv",
        ["measure_id", "subject_kind", "subject_key", "scheme", "date"],
        [list(f) for f in findings],
    )
    _write(
        folder / "hard_negatives.csv",
        ["subject_kind", "subject_key", "kind"],
        [list(n) for n in negatives],
    )
    (folder / "world.json").write_text(
        json.dumps(summary, ensure_ascii=False, indent=1) + "\n", "utf-8"
    )
    (folder / "README.md").write_text(TRUTH_README, "utf-8")


TRUTH_README = """# Ground truth of a generated world

Written by `sanctionwatch simulate`; computed by an oracle over the generator's own objects,
applying the measures of docs/architecture.md as of the extract date (`world.json`), to every record
(planted or background). It never runs the project's detector.

- `findings.csv` — `measure_id,subject_kind,subject_key,scheme,date`: one row per finding a correct
  analysis must produce. `subject_key` is the `permit_id` (permit) or the `ogrn` (company). `scheme`
  names what was planted (`background` when it arose by chance). `date` is the first day in breach.
- `hard_negatives.csv` — `subject_kind,subject_key,kind`: records a naive tool flags that breach
  nothing (South Korean nationals, Koryo-saram workers, names close to listed ones, Russian citizens
  of Korean descent, lawful firms sharing an address or phone with a flagged one, joint ventures
  closed by 9 Jan 2018, lawful DPRK permits).
- `world.json` — seed, scale, extract date, counts, and the headline figures.

## How each measure is read (as of the extract date D = 2020-03-31)
Citizenship is the normalised ISO code (`kp`); "work authorization" = permit_type work_permit
or patent.
- `un-1718-asset-freeze`: a permit whose holder, or a company whose founder or director, is a listed
  1718 party (the name, birth date and passport or the entity name as listed). Date: issue/start.
- `un-2375-op17-new-work-authorization`: kp work authorization with issue_date >= 2017-09-11 and
  no contract_date before 2017-09-11. Date: issue_date.
- `un-2397-op8-repatriation`: kp work authorization with expiry_date >= 2019-12-22 (issued by D).
  Date: max(issue_date, 2019-12-22).
- DPRK founder: a founder row (person or company) with citizenship kp. A company reaches one
  directly or through founder rows whose party_ogrn is another company of the registry, at any
  depth.
- `un-2371-op12-new-joint-venture`: registered_on >= 2017-08-05 and reaches a DPRK founder (dates of
  the founder rows ignored). Date: registered_on.
- `un-2375-op18-joint-venture-not-closed`: reaches a DPRK founder through founder rows with no
  end_date or end_date > 2018-01-09, every company on the path with no liquidated_on or
  liquidated_on > 2018-01-09. Date: max(registered_on, 2018-01-10).
- `indicator-nonwork-status-construction`: kp permit of type study, tourism or business whose
  employer_ogrn is a company with activity_code starting 41, 42 or 43. Date: issue_date.
- `indicator-dprk-director`: a director row with citizenship kp, start_date <= D and end_date null
  or > 2017-09-11 (a director leaving on the ban day no longer holds office on it), of a company
  not liquidated on or before 2017-09-11. Date: max(start, 2017-09-11).
- `indicator-network-expansion`: networks = companies joined by ownership (party_ogrn) or by one
  person as founder/director of both (same passport_number, else INN, else name and birth date);
  addresses and phones do not join. A network is DPRK-linked when one of its companies ever reached
  a DPRK founder or had a kp director. Each company of such a network that opened a branch or is the
  employer of a permit issued after 2018-01-09 (and by D). Date: the first such event.

## Headline figures (`world.json` -> `headline`)
As docs/architecture.md defines them: dprk_workers, dprk_permit_holders, post_ban_permits_by_year,
employers_by_dprk_workers (employer_name as the permits write it), joint_ventures (any time; the
DPRK founders' names as recorded, sorted).
"""
