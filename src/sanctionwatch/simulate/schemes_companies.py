"""Planted company schemes: joint ventures (direct, chained, closed in time or not), DPRK directors,
an expanding network, designated founders; and the lawful look-alikes a naive tool flags."""

from __future__ import annotations

from datetime import date
from typing import Any

from sanctionwatch.simulate.builders import Builder, random_date
from sanctionwatch.simulate.holders import Holder, designated_holder, korean_holder
from sanctionwatch.simulate.model import Company, Party
from sanctionwatch.simulate.vocab import designations, vocab

DPRK_ENTITY_COUNTRY = ["КНДР", "Корейская Народно-Демократическая Республика", "408"]


def count(n: float, scale: float, minimum: int = 1) -> int:
    return max(minimum, round(n * scale))


def person_party(
    b: Builder,
    company: Company,
    role: str,
    holder: Holder,
    *,
    share: float | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Party:
    """A foreign person (DPRK, South Korean, designated) as founder or director."""
    name = f"{holder.surname} {holder.given_name}".strip()
    party = Party(
        company_ogrn=company.ogrn,
        role=role,
        party_type="person",
        name=name,
        name_latin=holder.name_latin,
        citizenship_raw=b.rng.choice(holder.citizenship_choices),
        citizenship=holder.citizenship,
        birth_date=holder.birth_date,
        passport_number=holder.passport,
        share_pct=share,
        start_date=start or company.registered_on,
        end_date=end,
        designated=holder.designated,
    )
    b.world.parties.append(party)
    return party


def dprk_founder(b: Builder, company: Company, share: float) -> Party:
    """Half a DPRK national, half a DPRK company registered abroad."""
    if b.rng.random() < 0.5:
        return person_party(b, company, "founder", korean_holder(b, north=True), share=share)
    name = b.rng.choice(vocab()["dprk_foreign_companies"])
    return b.foreign_founder(company, name, b.rng.choice(DPRK_ENTITY_COUNTRY), "kp", share)


def joint_venture(
    b: Builder,
    scheme: str,
    registered: tuple[date, date],
    *,
    liquidated_on: date | None = None,
    dprk_director: bool = False,
) -> Company:
    stem = b.rng.choice(vocab()["dprk_jv_stems"])
    company = b.company(
        b.rng.choice(("construction", "construction", "forestry", "fishing", "trade")),
        registered=registered,
        dprk_region=True,
        stem=stem,
        scheme=scheme,
        liquidated_on=liquidated_on,
    )
    share = float(b.rng.choice((30, 40, 49, 50, 51, 60)))
    dprk_founder(b, company, share)
    b.russian_person(company, "founder", share=100 - share)
    if dprk_director:
        person_party(b, company, "director", korean_holder(b, north=True))
    else:
        b.russian_person(company, "director")
    return company


def plant_joint_ventures(b: Builder, scale: float) -> list[Company]:
    """JVs still open after 2018-01-09, new ones, chained ones, and lawful closed ones."""
    planted: list[Company] = []
    for _ in range(count(30, scale)):
        planted.append(
            joint_venture(
                b,
                "jv_not_closed",
                (date(2005, 1, 1), date(2016, 12, 31)),
                dprk_director=b.rng.random() < 0.3,
            )
        )
    planted.append(
        joint_venture(
            b,
            "jv_not_closed",
            (date(2012, 1, 1), date(2015, 1, 1)),
            liquidated_on=date(2018, 1, 10),
        )
    )
    for liquidated in (date(2018, 1, 8), date(2018, 1, 9)):
        joint_venture(
            b, "lawful", (date(2010, 1, 1), date(2016, 1, 1)), liquidated_on=liquidated
        ).hard_negative = "jv_closed_before_deadline"
    for _ in range(count(12, scale)):
        liquidated = random_date(b.rng, date(2017, 9, 15), date(2018, 1, 7))
        joint_venture(
            b, "lawful", (date(2008, 1, 1), date(2016, 12, 31)), liquidated_on=liquidated
        ).hard_negative = "jv_closed_before_deadline"
    planted.append(joint_venture(b, "jv_not_closed", (date(2017, 8, 4), date(2017, 8, 4))))
    planted.append(joint_venture(b, "new_joint_venture", (date(2017, 8, 5), date(2017, 8, 5))))
    for _ in range(count(10, scale)):
        planted.append(
            joint_venture(b, "new_joint_venture", (date(2017, 8, 6), date(2019, 10, 31)))
        )
    planted += plant_founder_exits(b)
    for i in range(count(8, scale)):
        top = joint_venture(b, "jv_chain", (date(2008, 1, 1), date(2015, 12, 31)))
        planted.append(top)
        parent = top
        # the first chain always runs four companies below the DPRK party's own company
        for _level in range(4 if i == 0 else b.rng.choice((2, 3))):
            child = b.company(
                b.rng.choice(("construction", "trade", "services")),
                scheme="jv_chain",
                registered=(max(parent.registered_on, date(2012, 1, 1)), date(2019, 6, 30)),
            )
            share = float(b.rng.choice((51, 75, 100)))
            b.company_founder(child, parent, share)
            if share < 100:
                b.russian_person(child, "founder", share=100 - share)
            b.russian_person(child, "director")
            planted.append(child)
            parent = child
    return planted


def plant_founder_exits(b: Builder) -> list[Company]:
    """DPRK founders who left the venture on the closing deadline (lawful) or the day after."""
    planted = []
    for left_on, scheme in ((date(2018, 1, 9), "lawful"), (date(2018, 1, 10), "jv_not_closed")):
        company = b.company(
            "construction",
            dprk_region=True,
            scheme=scheme,
            registered=(date(2009, 1, 1), date(2015, 12, 31)),
        )
        dprk = dprk_founder(b, company, 50.0)
        dprk.end_date = left_on
        b.russian_person(company, "founder", share=50.0)
        b.russian_person(company, "founder", share=50.0, start=left_on)
        b.russian_person(company, "director")
        if scheme == "lawful":
            company.hard_negative = "dprk_founder_left_by_deadline"
        else:
            planted.append(company)
    return planted


def plant_directors(b: Builder, scale: float) -> list[Company]:
    """Russian-owned companies run by DPRK nationals; one whose DPRK director left pre-ban."""
    planted = []
    for _ in range(count(15, scale)):
        company = b.company(
            "construction",
            dprk_region=True,
            scheme="dprk_director",
            registered=(date(2010, 1, 1), date(2019, 6, 30)),
        )
        b.russian_person(company, "founder", share=100.0)
        start = random_date(b.rng, max(company.registered_on, date(2015, 1, 1)), date(2019, 12, 31))
        person_party(b, company, "director", korean_holder(b, north=True), start=start)
        planted.append(company)
    company = b.company(
        "construction",
        dprk_region=True,
        scheme="lawful",
        registered=(date(2010, 1, 1), date(2013, 12, 31)),
    )
    company.hard_negative = "dprk_director_ended_before_ban"
    b.russian_person(company, "founder", share=100.0)
    person_party(
        b,
        company,
        "director",
        korean_holder(b, north=True),
        start=date(2014, 3, 1),
        end=date(2017, 6, 30),
    )
    b.russian_person(company, "director", start=date(2017, 7, 1))
    # A DPRK director leaving on the ban day no longer holds office on it; the day after does.
    for left_on in (date(2017, 9, 11), date(2017, 9, 12)):
        company = b.company(
            "construction",
            dprk_region=True,
            scheme="lawful" if left_on == date(2017, 9, 11) else "dprk_director",
            registered=(date(2010, 1, 1), date(2013, 12, 31)),
        )
        b.russian_person(company, "founder", share=100.0)
        person_party(
            b,
            company,
            "director",
            korean_holder(b, north=True),
            start=date(2015, 2, 1),
            end=left_on,
        )
        b.russian_person(company, "director", start=left_on)
        if left_on == date(2017, 9, 11):
            company.hard_negative = "dprk_director_left_on_ban_day"
        else:
            planted.append(company)
    return planted


def plant_network(b: Builder, scale: float) -> list[Company]:
    """Companies run by one DPRK organiser, opening branches and hiring after the JV deadline."""
    planted: list[Company] = []
    for _ in range(count(2, scale)):
        organiser = korean_holder(b, north=True)
        first = b.company(
            "construction",
            dprk_region=True,
            scheme="expanding_network",
            registered=(date(2014, 1, 1), date(2016, 6, 30)),
        )
        person_party(b, first, "founder", organiser, share=100.0)
        person_party(b, first, "director", organiser)
        planted.append(first)
        for _member in range(2 + (3 if scale >= 0.5 else 0)):
            company = b.company(
                b.rng.choice(("construction", "trade", "services")),
                dprk_region=True,
                scheme="expanding_network",
                registered=(date(2016, 7, 1), date(2019, 9, 30)),
            )
            b.russian_person(company, "founder", share=100.0)
            person_party(b, company, "director", organiser)
            planted.append(company)
        for company in planted[-3 - (3 if scale >= 0.5 else 0) :]:
            for _branch in range(b.rng.randint(1, 3)):
                b.branch(
                    company,
                    random_date(
                        b.rng, max(company.registered_on, date(2018, 1, 10)), date(2020, 3, 31)
                    ),
                )
    return planted


def plant_designated_founders(b: Builder, scale: float) -> list[Company]:
    """Designated DPRK entities and individuals among founders (asset freeze)."""
    planted = []
    entities = [e for e in designations()["entities"] if e["list_type"] == "DPRK"]
    individuals = [
        i
        for i in designations()["individuals"]
        if i["list_type"] == "DPRK" and i.get("birth_dates")
    ]
    for i in range(count(3, scale)):
        entity = entities[(i * 5 + 1) % len(entities)]
        company = b.company(
            "trade",
            dprk_region=True,
            scheme="designated_founder",
            registered=(date(2009, 1, 1), date(2016, 12, 31)),
        )
        party = b.foreign_founder(company, entity["name"], "КНДР", "kp", 49.0)
        party.designated = entity["reference"]
        b.russian_person(company, "founder", share=51.0)
        b.russian_person(company, "director")
        b.world.listed_refs.add(entity["reference"])
        planted.append(company)
    for i in range(count(2, scale)):
        entry = individuals[-1 - (i % (len(individuals) // 2))]
        company = b.company(
            "construction",
            dprk_region=True,
            scheme="designated_founder",
            registered=(date(2009, 1, 1), date(2016, 12, 31)),
        )
        holder = designated_holder(b, entry)
        person_party(b, company, "founder", holder, share=60.0)
        b.russian_person(company, "founder", share=40.0)
        b.russian_person(company, "director")
        b.world.listed_refs.add(entry["reference"])
        planted.append(company)
    return planted


def plant_lookalike_companies(b: Builder, scale: float, flagged: list[Company]) -> None:
    """South Korean and Russian-Korean founders; lawful firms sharing an address or phone."""
    for _ in range(count(40, scale)):
        company = b.company(b.rng.choice(("construction", "trade", "services")), scheme="lawful")
        company.hard_negative = "south_korean_founder"
        if b.rng.random() < 0.5:
            person_party(b, company, "founder", korean_holder(b, north=False), share=100.0)
        else:
            name, raw = b.rng.choice(vocab()["foreign_companies"][4:])
            b.foreign_founder(company, name, raw, "kr", 100.0)
        b.russian_person(company, "director")
    for _ in range(count(60, scale)):
        company = b.company(
            b.rng.choice(("construction", "trade", "services", "food")), scheme="lawful"
        )
        company.hard_negative = "russian_citizen_korean_descent"
        b.russian_person(company, "founder", share=100.0, surnames=vocab()["koryo_saram_surnames"])
        b.russian_person(company, "director", surnames=vocab()["koryo_saram_surnames"])
    for i in range(count(15, scale)):
        target = flagged[(i * 7) % len(flagged)]
        company = b.company("services", scheme="lawful")
        company.region, company.address = target.region, target.address
        company.hard_negative = "shares_address_with_flagged"
        b.ordinary_people(company)
    for i in range(count(10, scale)):
        target = flagged[(i * 11 + 3) % len(flagged)]
        company = b.company("services", scheme="lawful")
        company.phone = target.phone
        company.hard_negative = "shares_phone_with_flagged"
        b.ordinary_people(company)


def background_companies(b: Builder, n: int) -> list[Company]:
    """Ordinary companies, their founders and directors, a few liquidated, a few with branches."""
    sectors = list(vocab()["activities"])
    weights = [20, 4, 2, 2, 2, 25, 10, 8, 25, 0][: len(sectors)]
    made = []
    for _ in range(n):
        sector = b.rng.choices(sectors, weights=weights)[0]
        company = b.company(sector)
        if b.rng.random() < 0.1:
            company.liquidated_on = random_date(b.rng, company.registered_on, date(2020, 3, 31))
        b.ordinary_people(company)
        if b.rng.random() < 0.05:
            for _branch in range(b.rng.randint(1, 3)):
                b.branch(company, random_date(b.rng, company.registered_on, date(2020, 3, 31)))
        made.append(company)
    return made


def listed_entries() -> list[dict[str, Any]]:
    """Every designation the world's list carries (all of designated.yaml)."""
    return [*designations()["individuals"], *designations()["entities"]]
