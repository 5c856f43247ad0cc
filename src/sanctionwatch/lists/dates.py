"""Dates as the lists write them -> (from, to) ranges; anything else is reported, not guessed."""

from __future__ import annotations

import calendar
import re
from datetime import date

from sanctionwatch.lists.model import BirthDate, clean_text

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*|[+-]\d{2}:\d{2}|Z)?$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DMY = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")  # UK, EU: 31/12/1960; 00/00/1960
_D_MON_Y = re.compile(r"^(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{4})$")  # OFAC: 01 Jan 1960
_MON_Y = re.compile(r"^([A-Za-z]{3})[a-z]*\.? (\d{4})$")  # OFAC: Jan 1960
_CIRCA = re.compile(r"^(?:circa|approximately|approx\.?|c\.)\s+(.+)$", re.IGNORECASE)
_SPAN = re.compile(r"^(.+?)\s+to\s+(.+)$")  # OFAC: 1960 to 1965; 01 Jan 1973 to 31 Dec 1973


def _year_range(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _exact(year: int, month: int, day: int) -> tuple[date, date]:
    if month == 0:
        return _year_range(year)
    if day == 0:
        return _month_range(year, month)
    value = date(year, month, day)
    return value, value


def parse_date_range(raw: str | None) -> tuple[date, date] | None:
    """The range a written date stands for, or None when it is not a form we know."""
    text = clean_text(raw)
    circa = _CIRCA.match(text)
    if circa:
        text = circa.group(1)
    try:
        if m := _ISO.match(text):
            return _exact(int(m[1]), int(m[2]), int(m[3]))
        if m := _ISO_MONTH.match(text):
            return _month_range(int(m[1]), int(m[2]))
        if m := _YEAR.match(text):
            return _year_range(int(m[1]))
        if m := _DMY.match(text):
            return _exact(int(m[3]), int(m[2]), int(m[1]))
        if (m := _D_MON_Y.match(text)) and m[2].lower() in MONTHS:
            return _exact(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
        if (m := _MON_Y.match(text)) and m[1].lower() in MONTHS:
            return _month_range(int(m[2]), MONTHS[m[1].lower()])
        if (m := _SPAN.match(text)) and (low := parse_date_range(m[1])):
            high = parse_date_range(m[2])
            return (low[0], high[1]) if high else None
    except ValueError:
        return None
    return None


def parse_date(raw: str | None) -> date | None:
    """A single day (listing dates): the start of the range, or None."""
    found = parse_date_range(raw)
    return None if found is None else found[0]


def birth_date_of(raw: str) -> BirthDate | None:
    """A BirthDate for a written date, or None (the caller reports the raw value)."""
    found = parse_date_range(raw)
    if found is None:
        return None
    return BirthDate(found[0], found[1], clean_text(raw))
