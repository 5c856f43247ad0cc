"""Print the HTML report to PDF with headless Chromium, when a Chromium is installed.

The report must work on a machine without a browser (the demo needs nothing outside the
repository), so a missing or failing Chromium is reported as a reason, never raised.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
PRINT_TIMEOUT_SECONDS = 300
# Headless, no profile left behind, and offline: Chromium's own background calls (updates, time,
# accounts) go to a dead local proxy, so printing a report never sends anything off the machine.
QUIET_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
)


@dataclass(frozen=True)
class PdfOutcome:
    """The PDF written, or why none was."""

    path: Path | None
    skipped_because: str | None


def find_chromium() -> str | None:
    """The first Chromium-family browser on PATH."""
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def chromium_command(browser: str, profile: Path, *extra: str) -> list[str]:
    """A headless Chromium command line with a throw-away profile; tests reuse it."""
    return [browser, *QUIET_FLAGS, f"--user-data-dir={profile}", *extra]


def print_pdf(html: Path, pdf: Path) -> PdfOutcome:
    """Print `html` to `pdf`; on any failure, say why and leave no partial file."""
    browser = find_chromium()
    if browser is None:
        return PdfOutcome(
            None, "Chromium not found (run scripts/ensure-browser.sh as root to install it)"
        )
    pdf.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="sanctionwatch-chromium-") as profile:
        command = chromium_command(
            browser,
            Path(profile),
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf.resolve()}",
            html.resolve().as_uri(),
        )
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=PRINT_TIMEOUT_SECONDS, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            pdf.unlink(missing_ok=True)
            return PdfOutcome(None, f"Chromium failed to print the PDF: {exc}")
    if done.returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        pdf.unlink(missing_ok=True)
        tail = " ".join(done.stderr.strip().splitlines()[-3:])
        return PdfOutcome(None, f"Chromium exited {done.returncode} without a PDF: {tail}")
    return PdfOutcome(pdf, None)
