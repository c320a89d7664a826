#!/usr/bin/env python3
"""Compares thidua's own PDF with LibreOffice's PDF of the same document's DOCX.

usage: compare_pdfs.py [--repeated "WORDS"] [--chart] THIDUA.pdf LIBREOFFICE.pdf [THIDUA.pdf LIBREOFFICE.pdf ...]

For each pair: the same page count (pdfinfo), and the same text in the same order: every
page's words as pdftotext -raw reads them (the order they are drawn in, which both writers
keep in reading order: header columns left then right, tables row by row), joined over the
pages. White space and line breaks are not compared (the two programs break lines
differently: thidua's Knuth-Plass lines may shrink spaces, Writer's never do). Allowed
differences, each left out of both texts:
- the page number at the top of pages 2 onwards (it sits on pages that may start at a
  different line);
- with --repeated, that table header row where it starts a page after the first (a list
  repeats it on every page, and the two programs may end pages at different rows);
- a free-standing dash between words ("sáng kiến - nỗ lực"): pdftotext drops a hyphen that
  ends a line, and the dash may end a line in one PDF and not in the other.
With --chart (documents with bar charts, which the DOCX writes as tables of their values): the
words before the first chart and after the last must be the same, in order; between them, every
word of LibreOffice's text must be one of thidua's (the table holds the chart's legend, category
labels and values, and the text between two charts), and thidua's words left over may only be
numbers (the value axis's tick labels, which the table does not repeat).
Prints one line per pair; exit status 1 if any pair differs.
"""
import subprocess
import sys


def page_count(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def pages_words(path):
    """Each page's words: one pdftotext run, pages split at its form feeds (a 456-page list in a second)."""
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", path, "-"],
                          capture_output=True, text=True, check=True).stdout
    return [page.split() for page in text.split("\f")[:page_count(path)]]


def words(path, repeated):
    result = []
    for page, found in enumerate(pages_words(path), start=1):
        if page > 1:
            if str(page) in found[:1] + found[-1:]:
                found.remove(str(page))
            if repeated and found[:len(repeated)] == repeated:
                found = found[len(repeated):]
        result += [w for w in found if w not in ("-", "–")]
    return result


def chart_difference(reference, want, have):
    """None when `have` is `want` with its charts' words as tables (see --chart), else why not."""
    prefix = 0
    while prefix < min(len(want), len(have)) and want[prefix] == have[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(want), len(have)) - prefix and want[-1 - suffix] == have[-1 - suffix]:
        suffix += 1
    left = {}
    for word in want[prefix:len(want) - suffix]:
        left[word] = left.get(word, 0) + 1
    for word in have[prefix:len(have) - suffix]:
        if left.get(word, 0) == 0:
            return f"{reference}: LibreOffice's chart table has '{word}', which thidua's chart does not"
        left[word] -= 1
    extra = [word for word, n in left.items() if n > 0 and not word.replace(".", "").replace(",", "").isdigit()]
    if extra:
        return f"{reference}: words of thidua's PDF missing in LibreOffice's: {' '.join(extra[:15])}"
    return None


def compare(reference, converted, repeated, chart=False):
    count, got = page_count(reference), page_count(converted)
    if count != got:
        return f"{reference}: {count} pages, LibreOffice's {converted}: {got}"
    want, have = words(reference, repeated), words(converted, repeated)
    if want == have:
        return None
    if chart:
        return chart_difference(reference, want, have)
    at = next((i for i in range(min(len(want), len(have))) if want[i] != have[i]), min(len(want), len(have)))
    return (f"{reference}: the text differs at word {at}:\n  thidua:      {' '.join(want[max(0, at - 5):at + 10])}\n"
            f"  LibreOffice: {' '.join(have[max(0, at - 5):at + 10])}")


def main():
    args = sys.argv[1:]
    repeated = []
    if args[:1] == ["--repeated"]:
        repeated = args[1].split()
        args = args[2:]
    chart = args[:1] == ["--chart"]
    if chart:
        args = args[1:]
    if not args or len(args) % 2:
        print(__doc__, file=sys.stderr)
        return 2
    failed = 0
    for reference, converted in zip(args[::2], args[1::2]):
        problem = compare(reference, converted, repeated, chart)
        if problem:
            failed += 1
            print("FAIL:", problem)
        else:
            print(f"same text and {page_count(reference)} pages: {reference}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
