#!/usr/bin/env python3
"""Checks po/vi.po against the messages marked in src/: every one translated, none fuzzy, the
same positional placeholders in msgid and msgstr, no leftovers; and that po/thidua.pot is current.

usage: tests/po/check_catalogue.py            (from anywhere; needs xgettext, msgfmt, msgcmp)
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLACEHOLDER = re.compile(r"%(?:%|(\d+)\$([sd])|([-+ #0-9.lhzjt]*[a-zA-Z]))")


def unquote(lines):
    return "".join(bytes(l[l.index('"') + 1:l.rindex('"')], "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") for l in lines)


def entries(path):
    """Yields dicts: flags, msgid, msgid_plural, msgstr (list), comments, obsolete."""
    block = []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for chunk in re.split(r"\n\s*\n", text):
        lines = [l for l in chunk.splitlines() if l.strip()]
        if not lines:
            continue
        entry = {"flags": set(), "comments": [], "msgid": None, "msgid_plural": None, "msgstr": [], "obsolete": False}
        field, parts = None, {}
        for line in lines:
            if line.startswith("#~"):
                entry["obsolete"] = True
                continue
            if line.startswith("#,"):
                entry["flags"].update(x.strip() for x in line[2:].split(","))
                continue
            if line.startswith("#"):
                entry["comments"].append(line)
                continue
            m = re.match(r'(msgid_plural|msgid|msgstr(?:\[\d+\])?|msgctxt)\s+(".*")$', line)
            if m:
                field = m.group(1)
                parts[field] = [m.group(2)]
            elif line.startswith('"') and field:
                parts[field].append(line)
        if "msgid" in parts:
            entry["msgid"] = unquote(parts["msgid"])
            if "msgid_plural" in parts:
                entry["msgid_plural"] = unquote(parts["msgid_plural"])
            for key in sorted(k for k in parts if k.startswith("msgstr")):
                entry["msgstr"].append(unquote(parts[key]))
        yield entry


def placeholders(text, formatted):
    found = []
    for m in PLACEHOLDER.finditer(text):
        if m.group(0) == "%%":
            continue
        found.append(m.group(0))
    return sorted(set(found)) if formatted else []


def main():
    problems = []
    vi_po = os.path.join(ROOT, "po", "vi.po")
    pot = os.path.join(ROOT, "po", "thidua.pot")
    with tempfile.TemporaryDirectory() as work:
        fresh = os.path.join(work, "fresh.pot")
        subprocess.run(["bash", os.path.join(ROOT, "po", "extract.sh"), fresh], check=True,
                       stderr=subprocess.DEVNULL)
        fresh_ids = {(e["msgid"], e["msgid_plural"]) for e in entries(fresh) if e["msgid"]}
        committed_ids = {(e["msgid"], e["msgid_plural"]) for e in entries(pot) if e["msgid"]}
        if fresh_ids != committed_ids:
            for msgid in sorted(fresh_ids - committed_ids, key=str):
                problems.append(f"po/thidua.pot lacks {msgid[0]!r}")
            for msgid in sorted(committed_ids - fresh_ids, key=str):
                problems.append(f"po/thidua.pot still has {msgid[0]!r}, no longer in src/")
        check = subprocess.run(["msgfmt", "--check", "--check-format", "-o", os.devnull, vi_po],
                               capture_output=True, text=True)
        if check.returncode != 0:
            problems.append("msgfmt --check po/vi.po:\n" + check.stderr.strip())
        catalogue = {}
        for e in entries(vi_po):
            if not e["msgid"]:
                continue
            key = (e["msgid"], e["msgid_plural"])
            if e["obsolete"]:
                problems.append(f"po/vi.po keeps an obsolete (#~) entry {e['msgid']!r}; run po-update")
                continue
            catalogue[key] = e
        for key in sorted(fresh_ids, key=str):
            e = catalogue.get(key)
            msgid = key[0]
            if e is None:
                problems.append(f"no Vietnamese translation of {msgid!r} in po/vi.po")
                continue
            if "fuzzy" in e["flags"]:
                problems.append(f"fuzzy translation of {msgid!r} in po/vi.po: check it and remove the fuzzy flag")
            if not e["msgstr"] or any(not s for s in e["msgstr"]):
                problems.append(f"empty Vietnamese translation of {msgid!r}")
                continue
            formatted = "c-format" in e["flags"] or "javascript-format" in e["flags"]
            wanted = placeholders(msgid, formatted)
            if key[1] is not None:
                plural_wanted = placeholders(key[1], formatted)
                if plural_wanted != wanted:
                    problems.append(f"singular and plural of {msgid!r} have different placeholders")
            for s in e["msgstr"]:
                got = placeholders(s, formatted)
                if got != wanted:
                    problems.append(f"placeholders of {msgid!r} are {wanted}, its translation {s!r} has {got}")
            for p in wanted:
                if not re.fullmatch(r"%\d+\$[sd]", p):
                    problems.append(f"{msgid!r}: placeholder {p} is not positional (write %1$s, %2$d)")
            if any(s == msgid for s in e["msgstr"]) and " " in msgid and \
                    not any("same in Vietnamese" in c for c in e["comments"]):
                problems.append(f"the translation of {msgid!r} is the English text itself")
        for key in sorted(set(catalogue) - fresh_ids, key=str):
            problems.append(f"po/vi.po has {key[0]!r}, no longer in src/; run po-update")
    for p in problems:
        print("po: " + p, file=sys.stderr)
    if problems:
        print(f"po: {len(problems)} problem(s); see docs/translating.md", file=sys.stderr)
        return 1
    print(f"po: {len(fresh_ids)} messages, all translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
