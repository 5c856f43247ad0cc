"""Drive headless Chromium from tests: DOM after scripts ran, console messages, the requests a
page made (from Chromium's NetLog), screenshots, and how much of a PNG is not white."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from sanctionwatch.report.pdf import chromium_command


@dataclass
class PageRun:
    """What one Chromium run over a page produced."""

    dom: str
    console: list[str]
    page_requests: list[str]


def load_page(browser: str, url: str, work: Path, *extra: str) -> PageRun:
    """Load `url`, dump the DOM, and collect console lines and the page's own network requests."""
    work.mkdir(parents=True, exist_ok=True)
    netlog = work / "netlog.json"
    command = chromium_command(
        browser,
        work / "profile",
        "--enable-logging=stderr",
        "--v=0",
        f"--log-net-log={netlog}",
        *extra,
        "--dump-dom",
        url,
    )
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    return PageRun(dom=done.stdout, console=console, page_requests=page_requests(netlog))


def page_requests(netlog: Path) -> list[str]:
    """URLs the page itself asked for (its network isolation key is the file:// site), leaving
    out Chromium's own background calls, which have no page origin."""
    log = json.loads(netlog.read_text(encoding="utf-8"))
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return sorted(
        {
            event["params"]["url"]
            for event in log["events"]
            if event["type"] == start_job
            and "file://" in str(event.get("params", {}).get("network_isolation_key", ""))
        }
    )


def screenshot(browser: str, url: str, png: Path, width: int, height: int) -> Path:
    """A screenshot of the top `height` pixels of the page (after a fragment scroll, if any)."""
    command = chromium_command(
        browser,
        png.parent / f"profile-{png.stem}",
        "--hide-scrollbars",
        f"--window-size={width},{height}",
        f"--screenshot={png}",
        url,
    )
    subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return png


def ink_share(png: Path) -> float:
    """The share of pixels that are not (near) white."""
    pixels = np.asarray(Image.open(png).convert("RGB"), dtype=np.int16)
    return float((pixels.min(axis=2) < 235).mean())


def colour_pixels(png: Path, rgb: tuple[int, int, int], tolerance: int = 12) -> int:
    """How many pixels are within `tolerance` of the colour `rgb`."""
    pixels = np.asarray(Image.open(png).convert("RGB"), dtype=np.int16)
    return int((np.abs(pixels - np.array(rgb)).max(axis=2) <= tolerance).sum())
