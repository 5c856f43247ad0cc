"""Write the world's sanctions list in the UN Security Council consolidated-list XML format."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from lxml import etree

DPRK_NATIONALITY = "Democratic People's Republic of Korea"


def _sub(parent: Any, tag: str, text: str | None = None) -> Any:
    element = etree.SubElement(parent, tag)
    if text is not None:
        element.text = text
    return element


def _common_head(node: Any, entry: dict[str, Any], version: int) -> None:
    _sub(node, "DATAID", entry["dataid"])
    _sub(node, "VERSIONNUM", str(version))


def _common_tail(node: Any, entry: dict[str, Any]) -> None:
    _sub(node, "SORT_KEY")
    _sub(node, "SORT_KEY_LAST_MOD")


def _individual(parent: Any, entry: dict[str, Any]) -> None:
    node = _sub(parent, "INDIVIDUAL")
    _common_head(node, entry, 1)
    for tag, key in (
        ("FIRST_NAME", "first_name"),
        ("SECOND_NAME", "second_name"),
        ("THIRD_NAME", "third_name"),
    ):
        if entry.get(key):
            _sub(node, tag, entry[key])
    _sub(node, "UN_LIST_TYPE", entry["list_type"])
    _sub(node, "REFERENCE_NUMBER", entry["reference"])
    _sub(node, "LISTED_ON", entry["listed_on"])
    if entry.get("gender"):
        _sub(node, "GENDER", entry["gender"])
    _sub(node, "COMMENTS1", entry.get("comments"))
    if entry.get("designation"):
        _sub(_sub(node, "DESIGNATION"), "VALUE", entry["designation"])
    _sub(_sub(node, "NATIONALITY"), "VALUE", entry.get("nationality"))
    _sub(_sub(node, "LIST_TYPE"), "VALUE", "UN List")
    _sub(_sub(node, "LAST_DAY_UPDATED"), "VALUE")
    for alias in entry.get("aliases", []):
        element = _sub(node, "INDIVIDUAL_ALIAS")
        _sub(element, "QUALITY", alias["quality"])
        _sub(element, "ALIAS_NAME", alias["name"])
    address = _sub(node, "INDIVIDUAL_ADDRESS")
    if entry.get("city"):
        _sub(address, "CITY", entry["city"])
    _sub(address, "COUNTRY", entry.get("country"))
    for birth in entry.get("birth_dates", []):
        element = _sub(node, "INDIVIDUAL_DATE_OF_BIRTH")
        _sub(element, "TYPE_OF_DATE", "EXACT")
        _sub(element, "DATE" if len(birth) == 10 else "YEAR", birth)
    _sub(_sub(node, "INDIVIDUAL_PLACE_OF_BIRTH"), "COUNTRY")
    passports = entry.get("passports", [])
    for number in passports:
        element = _sub(node, "INDIVIDUAL_DOCUMENT")
        _sub(element, "TYPE_OF_DOCUMENT", "Passport")
        _sub(element, "NUMBER", number)
    if not passports:
        _sub(node, "INDIVIDUAL_DOCUMENT")
    _common_tail(node, entry)


def _entity(parent: Any, entry: dict[str, Any]) -> None:
    node = _sub(parent, "ENTITY")
    _common_head(node, entry, 1)
    _sub(node, "FIRST_NAME", entry["name"])
    _sub(node, "UN_LIST_TYPE", entry["list_type"])
    _sub(node, "REFERENCE_NUMBER", entry["reference"])
    _sub(node, "LISTED_ON", entry["listed_on"])
    _sub(node, "COMMENTS1", entry.get("comments"))
    _sub(_sub(node, "LIST_TYPE"), "VALUE", "UN List")
    _sub(_sub(node, "LAST_DAY_UPDATED"), "VALUE")
    for alias in entry.get("aliases", []):
        element = _sub(node, "ENTITY_ALIAS")
        _sub(element, "QUALITY", alias["quality"])
        _sub(element, "ALIAS_NAME", alias["name"])
    address = _sub(node, "ENTITY_ADDRESS")
    for tag, key in (("STREET", "street"), ("CITY", "city"), ("COUNTRY", "country")):
        if entry.get(key):
            _sub(address, tag, entry[key])
    _common_tail(node, entry)


def write_un_list(
    path: Path, individuals: list[dict[str, Any]], entities: list[dict[str, Any]], generated: date
) -> None:
    """CONSOLIDATED_LIST with INDIVIDUALS/INDIVIDUAL and ENTITIES/ENTITY, as the UN publishes it."""
    xsi = "http://www.w3.org/2001/XMLSchema-instance"
    root = etree.Element("CONSOLIDATED_LIST", nsmap={"xsi": xsi})
    root.set(
        f"{{{xsi}}}noNamespaceSchemaLocation", "https://www.un.org/sc/resources/sc-sanctions.xsd"
    )
    root.set("dateGenerated", f"{generated.isoformat()}T00:00:00.000Z")
    people = _sub(root, "INDIVIDUALS")
    for entry in individuals:
        _individual(people, entry)
    organisations = _sub(root, "ENTITIES")
    for entry in entities:
        _entity(organisations, entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        etree.tostring(
            root, xml_declaration=True, encoding="UTF-8", standalone=True, pretty_print=True
        )
    )
