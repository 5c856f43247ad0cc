"""Text list files: UTF-8 when the bytes allow it, else Windows-1252 (UK 2014, EU exports)."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO


def text_encoding(path: Path) -> str:
    """'utf-8' if the whole file decodes as UTF-8 (read in chunks), else 'cp1252'."""
    decoder_ok = True
    with path.open("rb") as stream:
        pending = b""
        while chunk := stream.read(1 << 20):
            data = pending + chunk
            try:
                data.decode("utf-8")
                pending = b""
            except UnicodeDecodeError as exc:
                if exc.start < len(data) - 3:
                    decoder_ok = False
                    break
                pending = data[exc.start :]
        if pending:
            decoder_ok = False
    return "utf-8-sig" if decoder_ok else "cp1252"


def open_text(path: Path) -> TextIO:
    """Open for csv: right encoding, newline='' (CRLF inside quoted fields survives)."""
    return path.open(encoding=text_encoding(path), errors="replace", newline="")
