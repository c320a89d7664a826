#!/usr/bin/env python3
"""Fails when Vietnamese output still holds English: reads the given files (or stdin) and reports
every line with common English words outside quotes, <elements>, options and file names.

usage: tests/po/find_english.py FILE...     (exit 1 and the lines found, if any)
Used on the Vietnamese .stderr files of tests/bad/ and on `--help`/`help COMMAND` output.
"""
import re
import sys

# Words that no Vietnamese message uses but nearly every English sentence does.
ENGLISH = set("""
the is are was were be been not of on at to and or with has have had does did you your
mean must should cannot can could an this that these those for from only use write add more than
file files line column value invalid error errors warning empty found required duplicate missing
unknown expected allowed before after first last while when which there here its it into out
shows show print prints read reads writes make makes makes given instead same each every one two
folder directory path usage options option command commands default check builds build event
events unit units guest guests list page pages document documents template templates font fonts
image images date time name names number exit code codes ok bad input internal memory
""".split())
# Quoted text, elements, options, paths and placeholders are the user's words or the file's: skip.
SKIP = re.compile(r"^\s+[a-z]+(?=\s{2,})|\bthidua [a-z]+|--[a-z-]+ [a-z]+(?:\|[a-z|]+)?|=[a-z]+\)|\([a-z]+\)|'[^']*'|\"[^\"]*\"|‘[^’]*’|“[^”]*”|</?[A-Za-z][^>]*>|&[a-z]+;|--?[A-Za-z][-A-Za-z]*(?:=\S*)?"
                  r"|\S*[/\\]\S*|\S+\.(?:xml|csv|pdf|html|json|png|jpe?g|xlsx|ods|mo|po|sh)\b|[A-Z][A-Z0-9_.]{1,}"
                  r"|\b[A-Za-z]+=|%\d+\$[sd]|\bthidua\b|https?://\S+"
                  # the allowed values of an attribute are the file's words: "chỉ được là leader, deputy hoặc member"
                  r"|chỉ được là [a-z]+(?:(?:, | hoặc )[a-z]+)*")


def english_words(line):
    # The location and severity at the start of a diagnostic are not words to translate.
    line = re.sub(r"^\S*?:(?:\d+:)*\d*:? ?(?:lỗi|cảnh báo|ghi chú): ", "", line)
    words = re.findall(r"[A-Za-z]+", SKIP.sub(" ", line))
    return [w for w in words if w.lower() in ENGLISH]


def main():
    names = sys.argv[1:] or ["-"]
    found = 0
    for name in names:
        stream = sys.stdin if name == "-" else open(name, encoding="utf-8")
        for number, line in enumerate(stream, 1):
            words = english_words(line.rstrip("\n"))
            if words:
                print(f"{name}:{number}: English in the Vietnamese output ({', '.join(words)}): {line.rstrip()}",
                      file=sys.stderr)
                found += 1
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
