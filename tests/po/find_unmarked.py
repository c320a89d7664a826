#!/usr/bin/env python3
"""Fails when a string literal reaches the user unmarked: scans src/ for the places messages go
(diagnostics, failures, usage errors, std::cout/std::cerr, help texts) and reports every English
literal there that is not inside _(), N_(), tr() or trn().

usage: tests/po/find_unmarked.py         (prints FILE:LINE: literal for each, exit 1 if any)
A literal that is not for people (a file name, an option name) is fine when it has no letters
run of three or more, or is listed in the allowed set below, or its line ends with `// not shown`.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# Calls whose arguments are shown to the user.
SINKS = re.compile(r"\b(?:error|warning|note|fail|Failure|UsageError|runtime_error|usage_error|"
                   r"summary|details|usage|add_options\(\)|"
                   # the web app's answers: JSON error bodies, refusals, plain-text pages
                   r"error_response|json_response|json_answer|forbidden|refuse|invalid_argument|plain)\s*(?:=\s*|\()"
                   r"|std::c(?:err|out)\s*<<|\.body\s*=")
# Folders whose Vietnamese literals must all come from po/vi.po: their msgids are English, so a
# Vietnamese literal there is a message that escaped translation (or document content, marked so).
VIETNAMESE_CHECKED = ("src/serve/", "src/office/")
VIETNAMESE = re.compile(r"[À-ỹĐđ]")
MARKERS = re.compile(r"\b(?:_|N_|tr|trn)\s*\($")
LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*"')
ALLOWED = {"thidua", "thidua:", "--help", "--version", "--lang", "help"}


def strip_comments(text):
    """Blanks // and /* */ comments (keeping line breaks and string literals)."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif text[i] == '"' or (text[i] == "'" and i + 2 < n):
            quote = text[i]
            j = i + 1
            while j < n and text[j] != quote:
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def statement_end(text, start, assignment, chained=False):
    """The end of the call or statement beginning at `start`: its closing ')' or ';', and for an
    `assignment` also the ',' or '}' that ends a member of a designated initializer (.usage = …,).
    A `chained` call (add_options()("a", …)("b", …)) ends after its last group, not its first."""
    depth, i = 0, start
    while i < len(text):
        c = text[i]
        if c == '"':
            m = LITERAL.match(text, i)
            i = m.end() if m else i + 1
            continue
        if c == "'" and i + 2 < len(text):
            j = text.find("'", i + 1 if text[i + 1] != "\\" else i + 3)
            i = j + 1 if j > 0 else i + 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth < 0:
                following = text[i + 1:].lstrip()
                if not (chained and c == ")" and following.startswith("(")):
                    return i
                i = len(text) - len(following)  # the next group's '(': the chain goes on
                depth = 0
        elif c == ";" and depth <= 0:
            return i
        elif c == "," and depth == 0 and assignment:
            return i
        i += 1
    return i


def blank_literals(text):
    """The text with the insides of string literals blanked, so their parentheses do not count."""
    return LITERAL.sub(lambda m: '"' + " " * (len(m.group(0)) - 2) + '"', text)


def marked(text, literal_start):
    """True when the literal is an argument of _(), N_(), tr() or trn() (possibly after others)."""
    depth, i = 0, literal_start - 1
    while i >= 0:
        c = text[i]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                return bool(MARKERS.search(text[max(0, i - 6):i + 1]))
            depth -= 1
        elif c in ";{}" and depth == 0:
            return False
        i -= 1
    return False


def english(literal):
    body = bytes(literal[1:-1], "utf-8").decode("unicode_escape", errors="ignore")
    if body.strip() in ALLOWED or body in ALLOWED:
        return False
    # Markup, a module's source or a path the server writes is not a sentence either.
    if re.search(r"</?[A-Za-z!]|^//|^/\S*$|export const", body):
        return False
    # A lone identifier ("unit", "title", "csv") is a name in the file or the code, not a sentence.
    if re.fullmatch(r"[a-z0-9_.-]*(?:,[a-z])?", body):  # also an option's "name,n"
        return False
    # So is a list of element names ("p, heading, rule", "<td>, <th>").
    if re.fullmatch(r"<?[a-z0-9/-]+>?(?:, <?[a-z0-9/-]+>?)*(?:, )?", body):
        return False
    return re.search(r"[A-Za-z]{3,}", body) is not None


def scan(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    text = strip_comments(raw)
    blanked = blank_literals(text)
    raw_lines = raw.splitlines()
    found = []
    for sink in SINKS.finditer(text):
        end = statement_end(text, sink.end(), sink.group(0).rstrip().endswith("="),
                            chained=sink.group(0).startswith("add_options"))
        for lit in LITERAL.finditer(text, sink.end(), end):
            line = text.count("\n", 0, lit.start()) + 1
            if raw_lines[line - 1].rstrip().endswith("// not shown"):
                continue
            if english(lit.group(0)) and not marked(blanked, lit.start()):
                found.append((line, lit.group(0)))
    if os.path.relpath(path, ROOT).startswith(VIETNAMESE_CHECKED):
        for lit in LITERAL.finditer(text):
            line = text.count("\n", 0, lit.start()) + 1
            if raw_lines[line - 1].rstrip().endswith(("// not shown", "// document content")):
                continue
            if VIETNAMESE.search(lit.group(0)) and not marked(blanked, lit.start()):
                found.append((line, lit.group(0)))
    return sorted(set(found))


def pending():
    """Files whose messages are not marked yet (tests/po/unmarked-pending.txt), skipped for now."""
    path = os.path.join(ROOT, "tests", "po", "unmarked-pending.txt")
    if not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8") as f:
        return {l.strip() for l in f if l.strip() and not l.startswith("#")}


def main():
    problems = 0
    skipped = pending()
    for folder, _, files in sorted(os.walk(os.path.join(ROOT, "src"))):
        for name in sorted(files):
            if not name.endswith((".cpp", ".h")):
                continue
            path = os.path.join(folder, name)
            if os.path.relpath(path, ROOT) in skipped:
                continue
            for line, literal in scan(path):
                print(f"{os.path.relpath(path, ROOT)}:{line}: unmarked message {literal}", file=sys.stderr)
                problems += 1
    if problems:
        print(f"{problems} string(s) shown to the user are not marked for translation; "
              "wrap them in _() or tr() (see docs/translating.md)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
