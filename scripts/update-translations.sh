#!/usr/bin/env bash
# Refresh the translation sources from the code (new strings appear as unfinished, removed ones are
# dropped), then translate them with Qt Linguist (pyside6-linguist resources/translations/*.ts).
# English needs only its plural forms ("1 order", "2 orders"): its file holds the plural messages.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find tpop_desktop -name '*.py' | sort)
for lang in fr de; do
  pyside6-lupdate -no-obsolete -locations none "${sources[@]}" -ts "resources/translations/tpop_desktop_${lang}.ts"
done
pyside6-lupdate -no-obsolete -locations none -pluralonly -source-language en -target-language en "${sources[@]}" \
  -ts resources/translations/tpop_desktop_en.ts
