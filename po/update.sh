#!/usr/bin/env bash
# Re-extracts po/thidua.pot from src/ and merges it into po/vi.po: new messages appear with an
# empty msgstr to translate, messages no longer in src/ are dropped. Run after marking strings.
#
# usage: po/update.sh     (or: cmake --build build --target po-update)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/po/extract.sh" "$root/po/thidua.pot" 2>/dev/null
# No fuzzy matching: a guessed translation of a new message is worse than an empty one.
msgmerge --quiet --update --backup=none --no-wrap --sort-output --no-fuzzy-matching \
  "$root/po/vi.po" "$root/po/thidua.pot"
msgattrib --no-obsolete --no-wrap --sort-output -o "$root/po/vi.po" "$root/po/vi.po"
echo "po/vi.po: $(msgattrib --untranslated "$root/po/vi.po" | grep -c '^msgid "[^"]' || true) message(s) to translate"
