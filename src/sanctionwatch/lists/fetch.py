"""Download the current lists from their publishers and load them (data/sources.yaml).

A download is kept only if it is whole: the byte count must equal the Content-Length the server
announced and reach the source's `min_bytes`. A broken download is retried, and if it stays
broken nothing is loaded, so the workspace keeps its previous version of that list.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sanctionwatch.errors import ConfigError, SanctionwatchError
from sanctionwatch.lists.store import load_list
from sanctionwatch.lists.summary import ListLoadSummary
from sanctionwatch.workspace import Workspace

CHUNK = 1 << 16


class ListFetchError(SanctionwatchError):
    """A list could not be downloaded whole; nothing was loaded."""


@dataclass(frozen=True)
class ListSource:
    name: str
    url: str
    file: str
    min_bytes: int


def list_sources(overrides: dict[str, str] | None = None) -> dict[str, ListSource]:
    """The configured sources; `overrides` (NAME -> URL) replace or add addresses."""
    text = resources.files("sanctionwatch.lists").joinpath("data/sources.yaml").read_text()
    data: dict[str, Any] = yaml.safe_load(text) or {}
    sources = {
        name: ListSource(name, entry["url"], entry["file"], int(entry.get("min_bytes", 1)))
        for name, entry in data.get("sources", {}).items()
    }
    for name, url in (overrides or {}).items():
        if not url.startswith(("http://", "https://")):
            raise ConfigError(f"--url {name}={url}: only http(s) addresses are fetched")
        base = sources.get(name)
        file_name = url.rsplit("/", 1)[-1] or f"{name}.download"
        sources[name] = ListSource(name, url, file_name, base.min_bytes if base else 1)
    return sources


def download(source: ListSource, folder: Path, *, retries: int = 3, timeout: float = 60) -> Path:
    """Download whole or raise ListFetchError after `retries` attempts."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.file
    partial = target.with_name(target.name + ".part")
    last_error = ""
    for attempt in range(1, retries + 1):
        try:
            _download_once(source, partial, timeout)
            partial.replace(target)
            return target
        except (OSError, urllib.error.URLError, http.client.HTTPException, ListFetchError) as exc:
            last_error = str(exc) or type(exc).__name__
            partial.unlink(missing_ok=True)
            if attempt < retries:
                time.sleep(min(0.2 * 2**attempt, 5))
    raise ListFetchError(
        f"{source.name}: download from {source.url} failed after {retries} attempts "
        f"({last_error}); the workspace keeps its previous version"
    )


def _download_once(source: ListSource, partial: Path, timeout: float) -> None:
    request = urllib.request.Request(source.url, headers={"User-Agent": "sanctionwatch"})
    with urllib.request.urlopen(request, timeout=timeout) as response, partial.open("wb") as out:
        announced = response.headers.get("Content-Length")
        received = 0
        while chunk := response.read(CHUNK):
            out.write(chunk)
            received += len(chunk)
    if announced is not None and received != int(announced):
        raise ListFetchError(f"got {received} of {announced} bytes (cut off)")
    if received < source.min_bytes:
        raise ListFetchError(f"got {received} bytes, fewer than the {source.min_bytes} expected")


def fetch_lists(
    ws: Workspace,
    folder: Path,
    *,
    names: list[str] | None = None,
    overrides: dict[str, str] | None = None,
    retries: int = 3,
) -> list[ListLoadSummary]:
    """Download and load each source (all, or `names`); the first failure stops with an error."""
    sources = list_sources(overrides)
    wanted = names or (list(overrides) if overrides else list(sources))
    unknown = [name for name in wanted if name not in sources]
    if unknown:
        raise ConfigError(f"unknown list source(s) {unknown}; known: {sorted(sources)}")
    summaries = []
    for name in wanted:
        path = download(sources[name], folder, retries=retries)
        summaries.append(load_list(ws, path))
    return summaries
