"""Regime packs: the shipped ones load; a broken one fails with every problem listed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from sanctionwatch.errors import ConfigError
from sanctionwatch.rules import load_pack, shipped_packs


def test_shipped_packs_load_with_the_architecture_vocabulary() -> None:
    assert {p.name for p in shipped_packs()} == {"un-dprk.yaml", "ofac.yaml"}
    pack = load_pack("un-dprk")
    ids = {m.id for m in pack.measures}
    assert {
        "un-1718-asset-freeze",
        "un-2375-op17-new-work-authorization",
        "un-2397-op8-repatriation",
        "un-2371-op12-new-joint-venture",
        "un-2375-op18-joint-venture-not-closed",
        "indicator-nonwork-status-construction",
        "indicator-dprk-director",
        "indicator-network-expansion",
    } <= ids
    op18 = pack.measure("un-2375-op18-joint-venture-not-closed")
    assert op18.deadline == date(2018, 1, 9) and op18.severity == "high"
    freeze = pack.measure("un-2371-op11-work-authorization-freeze")
    assert "unconfirmed" in freeze.citation_text
    assert load_pack("ofac").measure("ofac-50-percent-rule").severity == "high"


def test_broken_pack_lists_every_problem(tmp_path: Path) -> None:
    raw = yaml.safe_load(Path(load_pack("un-dprk").path).read_text(encoding="utf-8"))
    raw["measures"][0]["severity"] = "severe"
    raw["measures"][1]["logic"] = "guess"
    raw["measures"][2]["adopted"] = "11 September"
    del raw["measures"][3]["params"]["deadline"]
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_pack(path)
    text = str(err.value)
    assert "4 problem(s)" in text and str(path) in text
    for part in ("'severity'", "unknown logic 'guess'", "'adopted'", "missing 'deadline'"):
        assert part in text


def test_unknown_pack_name_lists_the_shipped_ones() -> None:
    with pytest.raises(ConfigError, match="un-dprk"):
        load_pack("eu-russia")
