#!/usr/bin/env bash
# One-time machine setup for a fresh Debian machine: system packages the
# tests use (Chromium for the task-pane test, LibreOffice Calc, openpyxl and xlsxwriter for
# the tests on workbooks written by another program), then the exact npm dependencies and the
# compiled command line (`npx rmo analyze …`).
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
need=()
# The browser test launches exactly /usr/bin/chromium (Debian's package), so check that path,
# not just any `chromium` on PATH.
[ -x /usr/bin/chromium ] || need+=(chromium)
# test/xlsx/other-tools.test.ts converts .fods/.csv files with exactly /usr/bin/soffice.
[ -x /usr/bin/soffice ] || need+=(libreoffice-calc-nogui)
# test/xlsx/python-writers.test.ts makes workbooks with Debian's openpyxl (it needs PIL for an
# image) and xlsxwriter, run by exactly /usr/bin/python3 (a pyenv `python3` on PATH lacks them).
/usr/bin/python3 -c 'import openpyxl, xlsxwriter, PIL' 2>/dev/null || need+=(python3-openpyxl python3-xlsxwriter python3-pil)
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
npm ci --no-audit --no-fund
npm run -s build:cli
