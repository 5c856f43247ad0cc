"""Streaming XML that cannot be turned against us: no DTDs, no entities, no network, no bombs.

Official list files never carry a DOCTYPE, so any DOCTYPE or ENTITY declaration is refused before
parsing starts (this stops external entities and billion-laughs expansion outright); the lxml
parser is hardened as well. Parse errors become ListFormatError naming file, line and element.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from lxml import etree

from sanctionwatch.errors import ListFormatError

PROLOG_BYTES = 1 << 16
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")

Opener = Callable[[], IO[bytes]]


def local_name(tag: Any) -> str:
    """'{namespace}entity' -> 'entity'."""
    text = str(tag)
    return text.rsplit("}", 1)[-1]


def refuse_declarations(head: bytes, source: str) -> None:
    """Raise if the prolog (before the root element) declares a DOCTYPE or an ENTITY."""
    first = _FIRST_ELEMENT.search(head)
    prolog = head if first is None else head[: first.start()]
    found = _DECLARATION.search(prolog) or _DECLARATION.search(head)
    if found:
        line = head[: found.start()].count(b"\n") + 1
        kind = found.group(1).decode().upper()
        raise ListFormatError(
            f"refused: the file declares a {kind} (<!{kind} ...>); official lists carry none, "
            "and DTDs and entities are not processed (external-entity and expansion attacks)",
            path=source,
            line=line,
            field=f"<!{kind}>",
        )


def iter_records(
    opener: Opener, source: str, record_tags: set[str]
) -> Iterator[tuple[str, etree._Element]]:
    """Yield (tag, element) for each complete record element; memory stays flat.

    `opener` is called twice: once to check the prolog, once to parse. Readers find header
    attributes on `element.getroottree().getroot()`.
    """
    with opener() as stream:
        refuse_declarations(stream.read(PROLOG_BYTES), source)
    last_line = 0
    last_tag = "(start of file)"
    with opener() as stream:
        parser_events = etree.iterparse(
            stream,
            events=("end",),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            huge_tree=False,
            remove_comments=True,
            remove_pis=True,
        )
        try:
            for _, element in parser_events:
                tag = local_name(element.tag)
                if tag not in record_tags:
                    continue
                last_line = element.sourceline or last_line
                last_tag = tag
                yield tag, element
                parent = element.getparent()
                element.clear()
                if parent is not None:
                    while element.getprevious() is not None:
                        del parent[0]
        except etree.XMLSyntaxError as exc:
            raise ListFormatError(
                f"malformed or truncated XML ({exc.msg}); last complete record was "
                f"<{last_tag}> at line {last_line}",
                path=source,
                line=exc.lineno,
                field=_element_in(exc.msg) or last_tag,
            ) from exc


def _element_in(message: str) -> str | None:
    found = re.search(r"tag (\w+)|Opening and ending tag mismatch: (\w+)", message or "")
    if not found:
        return None
    return found.group(1) or found.group(2)


def file_opener(path: Path) -> Opener:
    def open_file() -> IO[bytes]:
        return path.open("rb")

    return open_file


def child_text(element: etree._Element, name: str) -> str:
    """Text of the first direct child with this local name ('' if absent)."""
    for child in element:
        if local_name(child.tag) == name:
            return (child.text or "").strip()
    return ""


def children(element: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in element if local_name(child.tag) == name]
