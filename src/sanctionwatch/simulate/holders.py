"""Permit holders of each nationality, and the permits issued to them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sanctionwatch.simulate.builders import Builder, add_years, random_date
from sanctionwatch.simulate.model import Company, Permit
from sanctionwatch.simulate.names import (
    KoreanName,
    cyrillic_from_latin,
    korean_name,
    latin_from_cyrillic,
)
from sanctionwatch.simulate.vocab import vocab

PERMIT_TYPE_RAW = {
    "work_permit": "разрешение на работу",
    "patent": "патент",
    "study": "учёба",
    "tourism": "туризм",
    "business": "деловая",
    "private": "частная",
}


@dataclass
class Holder:
    """A foreign national as the permit registry knows them."""

    surname: str
    given_name: str
    patronymic: str | None
    name_latin: str
    citizenship: str
    citizenship_choices: list[str]
    birth_date: date
    passport: str
    korean: KoreanName | None = None
    designated: str | None = None
    hard_negative: str | None = None

    def written(self, b: Builder) -> tuple[str, str]:
        """Surname and given name as one permit writes them (Korean names vary by clerk)."""
        if self.korean is None or self.designated:
            return self.surname, self.given_name
        if b.rng.random() < 0.45:
            return cyrillic_from_latin(self.korean.surname_latin), cyrillic_from_latin(
                self.korean.given_latin
            )
        return self.korean.surname_cyrillic, self.korean.given_cyrillic


def korean_holder(b: Builder, *, north: bool) -> Holder:
    name = korean_name(b.rng, north=north)
    v = vocab()
    return Holder(
        surname=name.surname_cyrillic,
        given_name=name.given_cyrillic,
        patronymic=None,
        name_latin=name.latin,
        citizenship="kp" if north else "kr",
        citizenship_choices=v["dprk_citizenship"] if north else v["south_korea_citizenship"],
        birth_date=random_date(b.rng, date(1960, 1, 1), date(1998, 12, 31)),
        passport=b.ids.passport("kp" if north else "latin"),
        korean=name,
        hard_negative=None if north else "south_korean_national",
    )


def central_asian_holder(b: Builder, code: str, *, koryo: bool = False) -> Holder:
    data = vocab()["central_asian"][code]
    surname = b.rng.choice(vocab()["koryo_saram_surnames"] if koryo else data["surnames"])
    given = b.rng.choice(vocab()["russian_male_names"] if koryo else data["given"])
    patronymic = (
        b.rng.choice(vocab()["russian_patronymic_roots"]) + "ич"
        if koryo or b.rng.random() < 0.7
        else None
    )
    return Holder(
        surname=surname,
        given_name=given,
        patronymic=patronymic,
        name_latin=latin_from_cyrillic(f"{surname} {given}"),
        citizenship=code,
        citizenship_choices=data["citizenship"],
        birth_date=random_date(b.rng, date(1965, 1, 1), date(2001, 12, 31)),
        passport=b.ids.passport("cis"),
        hard_negative="koryo_saram_worker" if koryo else None,
    )


def east_asian_holder(b: Builder, group: str) -> Holder:
    data = vocab()[group]
    surname = b.rng.choice(data["surnames"])
    given = b.rng.choice(data["given"])
    return Holder(
        surname=surname[0],
        given_name=given[0],
        patronymic=None,
        name_latin=f"{surname[1]} {given[1]}",
        citizenship="cn" if group == "chinese" else "vn",
        citizenship_choices=data["citizenship"],
        birth_date=random_date(b.rng, date(1965, 1, 1), date(2000, 12, 31)),
        passport=b.ids.passport("latin"),
    )


def designated_holder(b: Builder, entry: dict[str, Any]) -> Holder:
    """A UN-designated individual under their listed name, birth date and passport."""
    latin = " ".join(entry[k] for k in ("first_name", "second_name", "third_name") if entry.get(k))
    latin = latin.replace("-", " ")
    parts = cyrillic_from_latin(latin).split(" ", 1)
    birth = entry["birth_dates"][0]
    passport = entry.get("passports", [None])[0] or b.ids.passport("kp")
    b.ids.reserve_passport(passport)
    return Holder(
        surname=parts[0],
        given_name=parts[1] if len(parts) > 1 else "",
        patronymic=None,
        name_latin=latin,
        citizenship="kp",
        citizenship_choices=["КНДР"],
        birth_date=date.fromisoformat(birth if len(birth) == 10 else f"{birth}-01-01"),
        passport=passport.replace(" ", ""),
        designated=entry["reference"],
    )


def issue(
    b: Builder,
    holder: Holder,
    permit_type: str,
    employer: Company | None,
    issue_date: date,
    *,
    contract_date: date | None = None,
    scheme: str = "background",
    years: int = 1,
    region: list[Any] | None = None,
    occupation: str | None = None,
) -> Permit:
    """One permit for `holder`; expiry one day short of `years` after issue."""
    surname, given = holder.written(b)
    region = region or (
        b.region(holder.citizenship == "kp")
        if employer is None
        else next((r for r in b.regions if r[0] == employer.region), b.regions[4])
    )
    dprk = holder.citizenship == "kp"
    return b.permit(
        permit_id=b.ids.permit(region[1]),
        permit_type=permit_type,
        permit_type_raw=PERMIT_TYPE_RAW[permit_type],
        surname=surname,
        given_name=given,
        patronymic=holder.patronymic,
        name_latin=holder.name_latin,
        citizenship_raw=b.rng.choice(holder.citizenship_choices),
        citizenship=holder.citizenship,
        birth_date=holder.birth_date,
        passport_number=holder.passport,
        employer=employer,
        contract_date=contract_date,
        issue_date=issue_date,
        expiry_date=add_years(issue_date, years) - timedelta(days=1),
        region=region[0],
        occupation=occupation or b.rng.choice(vocab()["occupations"]["dprk" if dprk else "other"]),
        scheme=scheme,
        designated=holder.designated,
        hard_negative=holder.hard_negative,
    )
