"""The list formats sanctionwatch reads: one registry, built-in readers use it like any other.

Each format names its reader (a generator of ListedParty) and the list it usually carries.
`detect_format` recognises a file from its content; `--format` overrides it.
"""

from __future__ import annotations

import importlib
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sanctionwatch.errors import ListFormatError
from sanctionwatch.lists.model import ListedParty, ListMeta

Reader = Callable[[Path, ListMeta], Iterator[ListedParty]]
HEAD_BYTES = 4096


@dataclass(frozen=True)
class ListFormat:
    name: str
    list_name: str
    reader_path: str  # "module:function", imported when used
    description: str

    def reader(self) -> Reader:
        module_name, function = self.reader_path.split(":")
        module = importlib.import_module(f"sanctionwatch.lists.{module_name}")
        found: Reader = getattr(module, function)
        return found


FORMATS = {
    f.name: f
    for f in (
        ListFormat("un-xml", "un-sc", "read_un_xml:read_un_xml", "UN SC consolidated list XML"),
        ListFormat(
            "un-vessels-csv",
            "un-1718-vessels",
            "read_un_vessels:read_un_vessels",
            "UN 1718 Committee designated vessels CSV",
        ),
        ListFormat("ofac-csv", "ofac-sdn", "read_ofac_csv:read_ofac_csv", "OFAC legacy CSV"),
        ListFormat("ofac-sdn-xml", "ofac-sdn", "read_ofac_xml:read_ofac_xml", "OFAC sdnList XML"),
        ListFormat(
            "ofac-enhanced-xml",
            "ofac-sdn",
            "read_ofac_enhanced:read_ofac_enhanced",
            "OFAC Enhanced XML (sanctionsData), plain or zipped",
        ),
        ListFormat(
            "ofac-advanced-xml",
            "ofac-sdn",
            "read_ofac_advanced:read_ofac_advanced",
            "OFAC SDN_ADVANCED.xml (Sanctions/DistinctParties)",
        ),
        ListFormat("uk-csv", "uk-hmt", "read_uk_csv:read_uk_csv", "UK HMT/OFSI ConList CSV"),
        ListFormat("eu-csv", "eu-fsf", "read_eu_csv:read_eu_csv", "EU FSF CSV (2018 layout)"),
        ListFormat(
            "eu-xml", "eu-fsf", "read_eu_xml:read_eu_xml", "EU FSF XML (export/sanctionEntity)"
        ),
        ListFormat("ftm-jsonl", "ftm", "read_ftm:read_ftm", "FollowTheMoney JSON lines"),
    )
}
_ROOT = re.compile(rb"<(?!\?|!)([A-Za-z_][\w.:-]*)")


@dataclass(frozen=True)
class Detected:
    format: ListFormat
    list_name: str


def detect_format(path: Path, forced: str | None = None) -> Detected:
    """The format of a file or OFAC CSV folder, from its content (or `forced`)."""
    if forced is not None:
        if forced not in FORMATS:
            raise ListFormatError(
                f"unknown format {forced!r}; expected one of {', '.join(FORMATS)}", path=str(path)
            )
        return Detected(FORMATS[forced], _list_name(FORMATS[forced], path, b""))
    if path.is_dir():
        if (path / "sdn.csv").is_file() or (path / "cons_prim.csv").is_file():
            return Detected(FORMATS["ofac-csv"], _list_name(FORMATS["ofac-csv"], path, b""))
        raise ListFormatError(
            "folder holds neither sdn.csv nor cons_prim.csv; expected an OFAC CSV folder",
            path=str(path),
        )
    head = _head(path)
    name = _recognise(head)
    if name is None:
        seen = head[:60].decode("utf-8", "replace").splitlines()[0] if head.strip() else "empty"
        raise ListFormatError(
            f"format not recognised (file starts {seen!r}); expected one of: "
            + "; ".join(f"{f.name} ({f.description})" for f in FORMATS.values()),
            path=str(path),
            line=1,
        )
    return Detected(FORMATS[name], _list_name(FORMATS[name], path, head))


def _head(path: Path) -> bytes:
    with path.open("rb") as stream:
        head = stream.read(HEAD_BYTES)
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                members = [m for m in archive.namelist() if m.lower().endswith(".xml")]
                if not members:
                    raise ListFormatError("zip archive holds no .xml file", path=str(path))
                with archive.open(members[0]) as stream:
                    return stream.read(HEAD_BYTES)
        except zipfile.BadZipFile as exc:
            raise ListFormatError(f"broken zip archive: {exc}", path=str(path)) from exc
    return head


def _recognise(head: bytes) -> str | None:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"<"):
        root = _ROOT.search(text)
        tag = root.group(1).decode() if root else ""
        if tag.split(":")[-1] == "export" and (b"fsd/export" in text or b"sanctionEntity" in text):
            return "eu-xml"
        return {
            "CONSOLIDATED_LIST": "un-xml",
            "sdnList": "ofac-sdn-xml",
            "sanctionsData": "ofac-enhanced-xml",
            "Sanctions": "ofac-advanced-xml",
        }.get(tag.split(":")[-1])
    if text.startswith(b"{") and b'"schema"' in text[:2000]:
        return "ftm-jsonl"
    first = text.split(b"\n", 1)[0].strip().strip(b'"')
    if first.startswith(b"Last Updated"):
        return "uk-csv"
    if first.startswith(b"Date_file"):
        return "eu-csv"
    if first.lower().startswith(b"vessel_name"):
        return "un-vessels-csv"
    if re.match(rb'^\d+,"', first):
        return "ofac-csv"
    return None


def _list_name(fmt: ListFormat, path: Path, head: bytes) -> str:
    """OFAC formats carry both the SDN and the consolidated (non-SDN) list."""
    if not fmt.name.startswith("ofac"):
        return fmt.list_name
    if b"<sanctionsList" in head:
        return "ofac-sdn" if b">SDN List<" in head else "ofac-cons"
    if path.is_dir():
        return "ofac-sdn" if (path / "sdn.csv").is_file() else "ofac-cons"
    return "ofac-cons" if path.name.lower().startswith("cons") else "ofac-sdn"
