"""Make companies, their people and branches, and permit holders, with realistic attributes."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from sanctionwatch.simulate.model import Branch, Company, Ids, Party, Permit, World
from sanctionwatch.simulate.names import latin_from_cyrillic, russian_name
from sanctionwatch.simulate.vocab import vocab

LEGAL_FORMS = (
    ("ООО", "Общество с ограниченной ответственностью", 85),
    ("АО", "Акционерное общество", 8),
    ("ПАО", "Публичное акционерное общество", 1),
    ("ЗАО", "Закрытое акционерное общество", 6),
)


def random_date(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


class Builder:
    """Holds the world being built and the random source; every record goes through here."""

    def __init__(self, world: World, rng: random.Random) -> None:
        self.world = world
        self.rng = rng
        self.ids = Ids(rng)
        self.regions: list[list[Any]] = vocab()["regions"]
        self._names: set[str] = set()
        self._overflow: dict[str, int] = {}
        self._branch = 0

    def region(self, dprk: bool = False) -> list[Any]:
        weights = [r[4] if dprk else r[5] for r in self.regions]
        return self.rng.choices(self.regions, weights=weights)[0]

    def address(self, region: list[Any]) -> str:
        street = self.rng.choice(vocab()["streets"])
        place = region[0] if region[0].startswith("г. ") else f"{region[0]}, г. {region[2]}"
        return f"{place}, {street}, д. {self.rng.randint(1, 180)}"

    def phone(self, region: list[Any]) -> str:
        code = region[3]
        digits = f"{self.rng.randint(0, 10 ** (10 - len(code)) - 1):0{10 - len(code)}d}"
        return f"+7 ({code}) {digits[:-4]}-{digits[-4:-2]}-{digits[-2:]}"

    def company_name(self, sector: str, stem: str | None = None) -> str:
        """A unique name: the base, else the base and a random number, else the next number
        above 999 for that base (large worlds run out of random numbers for a base)."""
        v = vocab()
        base = (stem or self.rng.choice(v["name_stems"])) + self.rng.choice(
            v["name_suffixes"][sector]
        )
        name = base if base not in self._names else f"{base}-{self.rng.randint(2, 999)}"
        while name in self._names:
            self._overflow[base] = self._overflow.get(base, 999) + 1
            name = f"{base}-{self._overflow[base]}"
        self._names.add(name)
        return name

    def company(
        self,
        sector: str,
        *,
        registered: tuple[date, date] = (date(2002, 1, 1), date(2019, 12, 31)),
        region: list[Any] | None = None,
        dprk_region: bool = False,
        stem: str | None = None,
        scheme: str = "background",
        liquidated_on: date | None = None,
    ) -> Company:
        region = region or self.region(dprk_region)
        registered_on = random_date(self.rng, *registered)
        ogrn, inn = self.ids.company(registered_on.year, region[1])
        short, full, _ = self.rng.choices(LEGAL_FORMS, weights=[f[2] for f in LEGAL_FORMS])[0]
        if sector == "university":
            short, full = (
                "ФГБОУ ВО",
                "Федеральное государственное бюджетное образовательное учреждение "
                "высшего образования",
            )
        name = self.company_name(sector, stem)
        company = Company(
            ogrn=ogrn,
            inn=inn,
            full_name=f'{full} "{name}"',
            short_name=f'{short} "{name}"',
            legal_form=short,
            registered_on=registered_on,
            liquidated_on=liquidated_on,
            address=self.address(region),
            phone=self.phone(region),
            activity_code=self.rng.choice(vocab()["activities"][sector]),
            region=region[0],
            scheme=scheme,
        )
        self.world.companies.append(company)
        return company

    def russian_person(
        self,
        company: Company,
        role: str,
        *,
        share: float | None = None,
        surnames: list[str] | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> Party:
        surname, given, patronymic = russian_name(self.rng, surnames=surnames)
        region = (
            self.regions[[r[0] for r in self.regions].index(company.region)]
            if company.region in [r[0] for r in self.regions]
            else self.regions[4]
        )
        party = Party(
            company_ogrn=company.ogrn,
            role=role,
            party_type="person",
            name=f"{surname} {given} {patronymic}",
            citizenship_raw=self.rng.choice(vocab()["russia_citizenship"]),
            citizenship="ru",
            birth_date=random_date(self.rng, date(1950, 1, 1), date(1995, 12, 31)),
            inn=self.ids.person_inn(region[1]),
            share_pct=share,
            start_date=start or company.registered_on,
            end_date=end,
        )
        self.world.parties.append(party)
        return party

    def company_founder(
        self, company: Company, owner: Company, share: float, start: date | None = None
    ) -> Party:
        party = Party(
            company_ogrn=company.ogrn,
            role="founder",
            party_type="company",
            name=owner.full_name,
            citizenship_raw="Россия",
            citizenship="ru",
            inn=owner.inn,
            party_ogrn=owner.ogrn,
            share_pct=share,
            start_date=start or max(company.registered_on, owner.registered_on),
        )
        self.world.parties.append(party)
        return party

    def foreign_founder(
        self, company: Company, name: str, country_raw: str, country: str, share: float
    ) -> Party:
        party = Party(
            company_ogrn=company.ogrn,
            role="founder",
            party_type="company",
            name=name,
            citizenship_raw=country_raw,
            citizenship=country,
            share_pct=share,
            start_date=company.registered_on,
        )
        self.world.parties.append(party)
        return party

    def shares(self, n: int) -> list[float]:
        if n == 1:
            return [100.0]
        cuts = sorted(self.rng.sample(range(5, 96, 5), n - 1))
        return [float(b - a) for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]

    def ordinary_people(self, company: Company) -> None:
        """1-3 Russian founders (or one Russian/foreign company) and a Russian director."""
        roll = self.rng.random()
        if roll < 0.06:
            name, country_raw = self.rng.choice(vocab()["foreign_companies"][:4])
            from sanctionwatch.reference.countries import country_code

            self.foreign_founder(company, name, country_raw, country_code(country_raw) or "", 100.0)
        else:
            n = self.rng.choice((1, 1, 1, 2, 2, 3))
            for share in self.shares(n):
                self.russian_person(company, "founder", share=share)
        self.russian_person(company, "director")

    def branch(self, company: Company, opened_on: date) -> Branch:
        self._branch += 1
        region = self.region()
        kind = "branch" if self.rng.random() < 0.8 else "representative_office"
        branch = Branch(
            company.ogrn,
            f"{company.ogrn}-{self._branch:05d}",
            kind,
            self.address(region),
            opened_on,
        )
        self.world.branches.append(branch)
        return branch

    def permit(self, **fields: Any) -> Permit:
        permit = Permit(**fields)
        self.world.permits.append(permit)
        return permit


def latin_name(surname: str, given: str) -> str:
    return latin_from_cyrillic(f"{surname} {given}")
