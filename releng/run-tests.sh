#!/usr/bin/env bash
# Runs every test from scratch: builds the reactor, runs the unit and UI tests inside OSGi, builds the
# product and the update site, then the end-to-end tests start the product. All under a private Xvfb.
# Extra arguments go to Maven, e.g. releng/run-tests.sh -o (offline, once the local repository is warm).
set -euo pipefail
cd "$(dirname "$0")/.."
source releng/jdk.sh
missing=()
for tool in xvfb-run xauth xdotool import xwininfo soffice pdftoppm pdftotext; do command -v "$tool" >/dev/null || missing+=("$tool"); done
/usr/bin/python3 -c 'import icalendar' 2>/dev/null || missing+=("Python's icalendar (reads the exported .ics)")
if [ ${#missing[@]} -gt 0 ]; then
  echo "The tests need ${missing[*]}. On Debian or Ubuntu:" >&2
  echo "  sudo apt-get install xvfb xauth libgtk-3-0 fonts-wqy-zenhei imagemagick x11-utils xdotool libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils python3-icalendar" >&2
  exit 1
fi
exec xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -B clean verify "$@"
