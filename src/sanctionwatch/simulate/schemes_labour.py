"""Planted labour schemes: DPRK workers before and after the ban, pre-ban contracts, workers kept
past the repatriation deadline, non-work statuses at construction firms, designated holders;
South Korean, Koryo-saram and near-miss holders; and the background of other nationalities."""

from __future__ import annotations

from datetime import date, timedelta

from sanctionwatch.simulate.builders import Builder, add_years, random_date
from sanctionwatch.simulate.holders import (
    Holder,
    central_asian_holder,
    designated_holder,
    east_asian_holder,
    issue,
    korean_holder,
)
from sanctionwatch.simulate.model import Company
from sanctionwatch.simulate.names import cyrillic_from_latin
from sanctionwatch.simulate.schemes_companies import count
from sanctionwatch.simulate.vocab import designations

BAN = date(2017, 9, 11)
EXTRACT = date(2020, 3, 31)
# (first issue day, last issue day, permits at scale 1, share with a pre-ban contract)
POST_BAN_WINDOWS = (
    (date(2017, 9, 12), date(2017, 12, 29), 220, 0.3),
    (date(2018, 1, 9), date(2018, 12, 28), 780, 0.15),
    (date(2019, 1, 9), date(2019, 12, 20), 380, 0.2),
    (date(2020, 1, 13), date(2020, 3, 27), 40, 0.0),
)


def dprk_workers(
    b: Builder, scale: float, employers: list[Company], planted_employers: list[Company]
) -> None:
    """~10,000 DPRK workers renewing yearly until the ban, then the post-ban permits."""
    weights = [1.0 / (i + 1) for i in range(len(employers))]
    workers: list[tuple[Holder, Company]] = []
    for _ in range(count(10000, scale, 5)):
        holder = korean_holder(b, north=True)
        employer = b.rng.choices(employers, weights=weights)[0]
        workers.append((holder, employer))
        day = random_date(b.rng, date(2014, 1, 9), date(2017, 8, 31))
        while day < BAN:
            issue(
                b,
                holder,
                "work_permit",
                employer,
                day,
                contract_date=day - timedelta(days=b.rng.randint(5, 40)),
            )
            day = add_years(day, 1)
            if b.rng.random() < 0.4:
                break
    b.rng.shuffle(workers)
    pool = iter(workers)
    for first, last, n, pre_ban_share in POST_BAN_WINDOWS:
        for _ in range(count(n, scale)):
            holder, employer = next(pool)
            if planted_employers and b.rng.random() < 0.25:
                employer = b.rng.choice(planted_employers)
            day = random_date(b.rng, first, last)
            pre_ban = b.rng.random() < pre_ban_share
            contract = (
                random_date(b.rng, date(2017, 3, 1), date(2017, 9, 8))
                if pre_ban
                else day - timedelta(days=b.rng.randint(3, 30))
            )
            issue(
                b,
                holder,
                "work_permit",
                employer,
                day,
                contract_date=max(contract, employer.registered_on) if not pre_ban else contract,
                scheme="pre_ban_contract" if pre_ban else "post_ban_permit",
            )
    # The edges of the ban: issued the day before and the day of; a pre-ban contract that lapses.
    holder, employer = next(pool)
    issue(
        b, holder, "work_permit", employer, date(2017, 9, 10), contract_date=date(2017, 9, 1)
    ).hard_negative = "issued_day_before_ban"
    holder, employer = next(pool)
    issue(
        b,
        holder,
        "work_permit",
        employer,
        BAN,
        contract_date=date(2017, 9, 11),
        scheme="post_ban_permit",
    )
    holder, employer = next(pool)
    issue(
        b,
        holder,
        "work_permit",
        employer,
        date(2018, 3, 1),
        contract_date=date(2017, 9, 8),
        scheme="pre_ban_contract",
    ).hard_negative = "contract_before_ban"


def dprk_nonwork(
    b: Builder, scale: float, construction: list[Company], university: Company
) -> None:
    """DPRK nationals on study, tourism or business status; most of them at construction firms."""
    for _ in range(count(400, scale, 3)):
        holder = korean_holder(b, north=True)
        status = b.rng.choices(("study", "tourism", "business"), weights=(6, 2, 2))[0]
        day = random_date(b.rng, date(2016, 1, 1), date(2020, 3, 20))
        if b.rng.random() < 0.75:
            issue(
                b,
                holder,
                status,
                b.rng.choice(construction),
                day,
                scheme="nonwork_status_construction",
                occupation="подсобный рабочий",
            )
        elif status == "study":
            issue(
                b, holder, status, university, day, occupation="студент"
            ).hard_negative = "dprk_student_not_construction"
        else:
            issue(
                b, holder, status, None, day, occupation="—"
            ).hard_negative = "dprk_visitor_no_employer"


def designated_and_near_misses(b: Builder, scale: float, employers: list[Company]) -> None:
    """Designated individuals holding permits; others whose names come close to listed ones."""
    individuals = [
        i
        for i in designations()["individuals"]
        if i["list_type"] == "DPRK" and i.get("birth_dates")
    ]
    for i in range(count(3, scale)):
        entry = individuals[i % len(individuals)]
        holder = designated_holder(b, entry)
        issue(
            b,
            holder,
            "work_permit",
            b.rng.choice(employers),
            random_date(b.rng, date(2018, 2, 1), date(2018, 11, 30)),
            scheme="designated_permit_holder",
        )
        b.world.listed_refs.add(entry["reference"])
    for i in range(count(20, scale)):
        entry = individuals[i % len(individuals)]
        holder = (
            korean_holder(b, north=False) if i % 2 else central_asian_holder(b, "uz", koryo=True)
        )
        listed = [entry["first_name"], *entry["second_name"].replace("-", " ").split()]
        listed[-1] = (
            "UN" if listed[-1] != "UN" else "IL"
        )  # Kim Jong Il vs Kim Jong Un: one syllable off
        holder.name_latin = " ".join(listed)
        surname, _, given = cyrillic_from_latin(holder.name_latin).partition(" ")
        holder.surname, holder.given_name, holder.patronymic, holder.korean = (
            surname,
            given,
            None,
            None,
        )
        holder.birth_date = date(int(entry["birth_dates"][0][:4]) + 7, 3, 1)
        holder.hard_negative = "name_close_to_listed"
        issue(
            b,
            holder,
            "work_permit" if holder.citizenship == "kr" else "patent",
            b.rng.choice(employers),
            random_date(b.rng, date(2016, 1, 1), date(2020, 3, 1)),
        )


def background_permits(b: Builder, n: int, employers: list[Company]) -> None:
    """Other nationalities: patents for visa-free countries, work permits and visits for others."""
    groups = ("uz", "tj", "kg", "chinese", "vietnamese", "kr", "koryo")
    weights = (38, 27, 9, 12, 6, 4, 2)
    while n > 0:
        group = b.rng.choices(groups, weights=weights)[0]
        if group in ("uz", "tj", "kg", "koryo"):
            holder = central_asian_holder(
                b, "uz" if group == "koryo" else group, koryo=group == "koryo"
            )
            kind = "patent"
        elif group == "kr":
            holder = korean_holder(b, north=False)
            kind = b.rng.choice(("work_permit", "work_permit", "business"))
        else:
            holder = east_asian_holder(b, group)
            kind = b.rng.choices(("work_permit", "study", "tourism"), weights=(8, 1, 1))[0]
        employer = (
            b.rng.choice(employers) if kind in ("work_permit", "patent", "business") else None
        )
        start = max(date(2014, 1, 9), employer.registered_on) if employer else date(2014, 1, 9)
        end = min(EXTRACT, employer.liquidated_on or EXTRACT) if employer else EXTRACT
        day = random_date(b.rng, start, max(start, end))
        for _ in range(b.rng.choice((1, 1, 2))):
            if n <= 0 or day > EXTRACT:
                break
            issue(
                b,
                holder,
                kind,
                employer,
                day,
                contract_date=day - timedelta(days=7) if kind != "study" else None,
            )
            n -= 1
            day = add_years(day, 1)


def network_hiring(b: Builder, network: list[Company], employers: list[Company]) -> None:
    """The network keeps hiring after the deadline: other nationals and DPRK nationals alike."""
    for company in network:
        for _ in range(b.rng.randint(2, 5)):
            day = random_date(
                b.rng, max(company.registered_on, date(2018, 1, 10)), date(2020, 3, 27)
            )
            issue(
                b, central_asian_holder(b, "uz"), "patent", company, day, scheme="expanding_network"
            )
