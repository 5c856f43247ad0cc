"""The generator's own objects: what it knows about each record, including the truth it plants."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from sanctionwatch.records.checkdigits import inn_check_digits, ogrn_check_digit


@dataclass
class Company:
    ogrn: str
    inn: str
    full_name: str
    short_name: str
    legal_form: str
    registered_on: date
    liquidated_on: date | None
    address: str
    phone: str
    activity_code: str
    region: str
    scheme: str = "background"
    hard_negative: str | None = None


@dataclass
class Party:
    """One company_people row: a founder or director, a person or a company."""

    company_ogrn: str
    role: str  # founder, director
    party_type: str  # person, company
    name: str
    citizenship_raw: str
    citizenship: str | None
    name_latin: str | None = None
    birth_date: date | None = None
    passport_number: str | None = None
    inn: str | None = None
    party_ogrn: str | None = None
    share_pct: float | None = None
    start_date: date | None = None
    end_date: date | None = None
    designated: str | None = None  # UN reference number when this party is a designated one


@dataclass
class Permit:
    permit_id: str
    permit_type: str  # canonical
    permit_type_raw: str
    surname: str
    given_name: str
    patronymic: str | None
    name_latin: str | None
    citizenship_raw: str
    citizenship: str
    birth_date: date
    passport_number: str
    employer: Company | None
    contract_date: date | None
    issue_date: date
    expiry_date: date
    region: str
    occupation: str
    scheme: str = "background"
    designated: str | None = None
    hard_negative: str | None = None


@dataclass
class Branch:
    company_ogrn: str
    branch_id: str
    kind: str
    address: str
    opened_on: date
    closed_on: date | None = None


@dataclass
class World:
    seed: int
    scale: float
    extract_date: date
    companies: list[Company] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    permits: list[Permit] = field(default_factory=list)
    branches: list[Branch] = field(default_factory=list)
    listed_refs: set[str] = field(default_factory=set)


class Ids:
    """Unique, valid identifiers: OGRN and INN with check digits, passports, permit numbers."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._record = 10000
        self._permit = 1000000
        self._passports: set[str] = set()
        self._inns: set[str] = set()
        self._ogrns: set[str] = set()

    def company(self, year: int, region_code: str) -> tuple[str, str]:
        """OGRN (1, year, region, tax office, record number, check) and a matching INN."""
        while True:
            self._record = self._record % 99999 + self.rng.randint(1, 3)
            office = f"{self.rng.randint(1, 36):02d}"
            ogrn12 = f"1{year % 100:02d}{region_code}{office}{self._record % 100000:05d}"
            ogrn = ogrn12 + ogrn_check_digit(ogrn12)
            inn9 = f"{region_code}{office}{self._record % 100000:05d}"
            inn = inn9 + inn_check_digits(inn9)
            if ogrn not in self._ogrns and inn not in self._inns:
                self._ogrns.add(ogrn)
                self._inns.add(inn)
                return ogrn, inn

    def person_inn(self, region_code: str) -> str:
        while True:
            prefix = f"{region_code}{self.rng.randint(1, 36):02d}{self.rng.randint(0, 999999):06d}"
            inn = prefix + inn_check_digits(prefix)
            if inn not in self._inns:
                self._inns.add(inn)
                return inn

    def passport(self, style: str) -> str:
        while True:
            if style == "kp":
                value = (
                    f"{self.rng.choice((1, 2, 3, 4, 5, 6, 7))}{self.rng.randint(0, 99999999):08d}"
                )
            elif style == "latin":
                value = f"{self.rng.choice('MKERPN')}{self.rng.randint(0, 99999999):08d}"
            else:
                series = self.rng.choice("ABCDEFG") + self.rng.choice("ABCDEFGH")
                value = f"{series}{self.rng.randint(0, 9999999):07d}"
            if value not in self._passports:
                self._passports.add(value)
                return value

    def reserve_passport(self, value: str) -> None:
        self._passports.add(value)

    def permit(self, region_code: str) -> str:
        self._permit += self.rng.randint(1, 9)
        return f"{region_code} {self._permit:07d}"
