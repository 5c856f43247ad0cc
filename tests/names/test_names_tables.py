"""The names stage's data files: each loads, a key written twice is refused, tables answer."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from sanctionwatch.errors import ConfigError
from sanctionwatch.names import tables


def test_every_yaml_table_loads_with_unique_keys() -> None:
    folder = resources.files(tables.DATA_PACKAGE).joinpath("data")
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".yaml"))
    assert "company_terms.yaml" in names and "cognates.yaml" in names
    for name in names:
        assert isinstance(tables.load_yaml(name), dict), name


def test_a_key_written_twice_is_refused_with_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """YAML keeps the last of two equal keys silently: a concept written again further down
    company_terms.yaml once dropped the words of the first (BUREAU: office, administration)."""
    text = "concepts:\n  BUREAU: [bureau]\n  BANK: [bank]\n  BUREAU: [directorate]\n"
    monkeypatch.setattr(tables, "_text", lambda name: text)
    with pytest.raises(ConfigError, match=r"(?s)names/data/x\.yaml.*BUREAU.*twice.*line 4"):
        tables.load_yaml("x.yaml")
    assert yaml.safe_load(text)["concepts"]["BUREAU"] == ["directorate"]  # what YAML alone does


def test_cognate_endings_are_found_longest_first_and_keep_a_root() -> None:
    """The endings table answers as a test of every ending longest first would: a longer ending
    that would leave too short a root gives way to a shorter one, and of two entries for one
    ending the table's first stands."""
    from sanctionwatch.names.cognates import Endings

    table = Endings([("ii", "i"), ("skii", ""), ("ii", "y"), ("ation", "at")])
    assert table.longest("moskovskii", 3) == ("skii", "")
    assert table.longest("rskii", 3) == ("ii", "i")  # skii would leave one letter
    assert table.longest("navigation", 4) == ("ation", "at")
    assert table.longest("bank", 3) is None
    with pytest.raises(ValueError, match="empty ending"):
        Endings([("", "x")])
