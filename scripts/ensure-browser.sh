#!/usr/bin/env bash
# Make sure headless Chromium (prints report.pdf, renders report tests), pdftoppm (checks PDF
# pages) and a Korean-capable font (Hangul names in the PDF; fonts-nanum, ~10 MB download, is the
# smallest Debian package that covers Hangul: fonts-noto-cjk is ~57 MB) are present.
# Idempotent: does nothing when all are installed. Debian/Ubuntu, needs root (or passwordless
# sudo) only when something is missing. Without them the report still writes its
# HTML and skips the PDF.
set -euo pipefail

PACKAGES=(chromium poppler-utils fonts-dejavu-core fonts-nanum)

have_all() {
    command -v chromium >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 &&
        [ -n "$(fc-list :lang=ko family 2>/dev/null)" ]
}

if have_all; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-browser: apt-get not found; install Chromium and poppler-utils yourself" >&2
    exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO=(sudo -n)
    else
        echo "ensure-browser: not root; skipping install of ${PACKAGES[*]} (PDF and browser tests will be skipped)" >&2
        exit 0
    fi
fi

echo "ensure-browser: installing ${PACKAGES[*]}" >&2
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}"
have_all
