#!/usr/bin/env bash
# SPDX-FileCopyrightText: VE License Console authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a string the console shows is missing from a catalogue in translations/ or is not
# translated there. It scans the same folders as the build's qt_add_translations (app/CMakeLists.txt)
# into copies of the catalogues, so the checked-in files are left as they are.
#
#   scripts/check-translations.sh            check
#   scripts/check-translations.sh --update   bring translations/*.ts up to date with the sources
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
lupdate=$(command -v lupdate6 || true)
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
scan=(-I . -locations none -no-obsolete -extensions cpp,h core models widgets app)
# English is the source language: its catalogue holds only the plural forms ("%n open alerts").
only_plurals() {
    case "$(basename "$1")" in ve-console_en.ts) echo -pluralonly ;; esac
}

if [ "${1:-}" = "--update" ]; then
    for ts in translations/ve-console_*.ts; do
        "$lupdate" "${scan[@]}" $(only_plurals "$ts") -ts "$ts"
    done
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp translations/ve-console_*.ts "$work/"
status=0
for ts in "$work"/ve-console_*.ts; do
    "$lupdate" "${scan[@]}" $(only_plurals "$ts") -ts "$ts" >"$work/lupdate.log" 2>&1 || { cat "$work/lupdate.log"; exit 1; }
    # Warnings mean strings lupdate cannot see (tr() without a context), which would stay English.
    if grep -E ': (tr\(\) cannot|Cannot invoke|Discarding unconsumed)' "$work/lupdate.log"; then
        status=1
    fi
    python3 - "$ts" "translations/$(basename "$ts")" <<'PY' || status=1
import re
import sys
import xml.etree.ElementTree as ET

def placeholders(text):
    return sorted(set(re.findall(r"%(?:n|L?[0-9]+)", text or "")))

scanned, checked_in = sys.argv[1], sys.argv[2]
missing = []
for context in ET.parse(scanned).getroot().iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        texts = [f.text for f in forms] if forms else [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(t and t.strip() for t in texts):
            missing.append(f"{name}: {message.findtext('source')!r}")
        elif any(placeholders(t) != placeholders(message.findtext("source")) for t in texts):
            missing.append(f"{name}: {message.findtext('source')!r}: the placeholders differ")
if missing:
    print(f"{checked_in}: {len(missing)} string(s) missing, untranslated or with other placeholders "
          "(scripts/check-translations.sh --update adds them; then translate them):")
    for line in missing[:40]:
        print("    " + line)
    if len(missing) > 40:
        print(f"    ... and {len(missing) - 40} more")
    sys.exit(1)
print(f"{checked_in}: complete")
PY
done
exit $status
