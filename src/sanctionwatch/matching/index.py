"""The key index over listed names: the one candidate generator of screens and queries.

A name's keys survive script and spelling changes (see keys.py); a key shared by too many
entities says little and is dropped unless it is specific by construction.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import EntityRecord
from sanctionwatch.matching.keys import SPECIFIC_PREFIXES, name_keys
from sanctionwatch.matching.score import MAX_NAMES
from sanctionwatch.names.forms import NameForm, analyse_name, kind_of

MAX_KEY_FREQUENCY = 25  # a non-specific key shared by more listed entities than this is dropped


def groups_of(schema: str) -> tuple[str, ...]:
    """Persons are screened against persons, organisations against organisations."""
    if schema == "LegalEntity":
        return ("P", "C")
    return ("P",) if kind_of(schema) == "person" else ("C",)


def keys_of_name(name: str, schema: str) -> set[str]:
    found = name_keys(analyse_name(name, kind_of(schema)), listed=False)
    return {f"{group}|{key}" for group in groups_of(schema) for key in found}


class ListedIndex:
    """Key postings over listed entities."""

    def __init__(self, listed: Sequence[EntityRecord]) -> None:
        self.listed = list(listed)
        self.forms: dict[int, list[tuple[str, NameForm]]] = {}
        self.words: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        postings: dict[str, list[int]] = defaultdict(list)
        for index, record in enumerate(self.listed):
            kind = kind_of(record.schema)
            groups = groups_of(record.schema)
            forms = [(name, analyse_name(name, kind)) for name in record.names[:MAX_NAMES]]
            # kept: a query or screen then never analyses a listed name again (the per-name
            # memo is bounded, and a 1,000,000-name index outgrows it)
            self.forms[index] = forms
            keys = {
                f"{group}|{key}" for _, form in forms for key in name_keys(form) for group in groups
            }
            for key in keys:
                postings[key].append(index)
        # (kind, value) of every lifelong identifier (IMO, INN, OGRN) -> the entities holding it:
        # a pair sharing one is a match whatever the names (matching.attributes, "settle")
        lifelong = load_config().lifelong_identifier_types
        self.identified: dict[tuple[str, str], list[int]] = defaultdict(list)
        for index, record in enumerate(self.listed):
            for kind in lifelong & record.identifiers.keys():
                for value in record.identifiers[kind]:
                    self.identified[(kind, value)].append(index)
        self.postings = {
            k: tuple(v)
            for k, v in postings.items()
            if len(v) <= MAX_KEY_FREQUENCY or k[2:].startswith(SPECIFIC_PREFIXES)
        }

    def candidates_of_name(self, name: str, schema: str, limit: int | None = None) -> set[int]:
        """Entities sharing a key with `name`; with `limit`, the `limit` sharing the most keys
        (a one-off query bounds its work this way; screening takes every candidate)."""
        if limit is None:
            found: set[int] = set()
            for key in keys_of_name(name, schema):
                found.update(self.postings.get(key, ()))
            return found
        shared: Counter[int] = Counter()
        for key in keys_of_name(name, schema):
            shared.update(self.postings.get(key, ()))
        if len(shared) <= limit:
            return set(shared)
        return {index for index, _ in shared.most_common(limit)}

    def sharing_identifier(self, record: EntityRecord) -> set[int]:
        """Entities that share a lifelong identifier with `record`, whatever their names."""
        return {
            index
            for kind, values in record.identifiers.items()
            for value in values
            for index in self.identified.get((kind, value), ())
        }

    def candidates(self, record: EntityRecord) -> set[int]:
        found: set[int] = set()
        for name in record.names[:MAX_NAMES]:
            found |= self.candidates_of_name(name, record.schema)
        return found
