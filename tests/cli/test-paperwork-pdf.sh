#!/usr/bin/env bash
# The attendance lists and invitation letters as PDF: every sample, a legacy-encoded and a bad
# CSV, a 10,000-row list and 500 letters; checked with qpdf, pdftotext (names present, in order) and Ghostscript (the same words).
#
# usage: tests/cli/test-paperwork-pdf.sh BIN      (from the repo root; BIN is the thidua binary)
# Skips (exit 0) when qpdf, pdftotext, gs, iconv or python3 is missing.
set -u

export LANGUAGE=en  # the messages checked below are the English ones (Vietnamese is the default)
source "$(dirname "$0")/common.sh"
cli_test_start --keep-going "$@"
need_tools qpdf pdftotext gs iconv python3

# The names a document must show, in order, one per line, read from the event file (and its
# CSV files) independently of thidua: attendance in protocol order, or the guests in file order.
cat >"$work/expected.py" <<'PY'
import csv, os, sys, unicodedata
import xml.etree.ElementTree as ET

def norm(text):
    return " ".join(unicodedata.normalize("NFC", text or "").split())

def key(name):
    return norm(name).lower()

def rows(path, parent, tag, fields):
    element = parent.find(tag) if parent is not None else None
    if element is None:
        return []
    if element.get("csv"):
        with open(os.path.join(os.path.dirname(path), element.get("csv")), encoding="utf-8-sig", newline="") as f:
            return [{k: norm(v) for k, v in row.items()} for row in csv.DictReader(f)]
    return [{k: norm(child.get(k)) for k in fields} for child in element if child.tag == tag[:-1]]

path, what = sys.argv[1], sys.argv[2]
root = ET.parse(path).getroot()
guests = rows(path, root, "guests", ["name", "role", "unit", "organisation"])
if what == "guests":
    # The leading unit's own signatory, a guest of that unit, signs the letters and gets none.
    units_el = root.find("units")
    signer = None
    for u in (units_el if units_el is not None else []):
        if u.get("role") == "leader" and u.find("signatory") is not None:
            signer = (u.get("id"), key(u.find("signatory").get("name")))
    print("\n".join(g["name"] for g in guests if not signer or (g.get("unit"), key(g["name"])) != signer))
    sys.exit(0)
upper = root.find("upper")
uppers = {key(upper.get("name")), key(upper.get("parent") or "")} - {""}
units = [u.get("id") for u in root.find("units")] if root.find("units") is not None and not root.find("units").get("csv") \
    else [r["id"] for r in rows(path, root, "units", ["id"])]
attendees = rows(path, root, "attendees", ["name", "unit", "organisation"])
names = []
for role in ("chair", "director", "attending"):
    names += [g["name"] for g in guests if (g.get("role") or "attending") == role]
def is_guest(a):  # same name and affiliation (docs: src/compose/attendance.cpp)
    def same(g):
        return (not a.get("unit") and not a.get("organisation")) or (a.get("unit") and g.get("unit") == a["unit"]) \
            or (a.get("organisation") and key(g.get("organisation")) == key(a["organisation"]))
    return any(key(g["name"]) == key(a["name"]) and same(g) for g in guests)
rest = [a for a in attendees if not is_guest(a)]
def by_organisation(wanted):
    orgs = []
    for a in rest:
        org = key(a.get("organisation"))
        if not a.get("unit") and org and wanted(org) and org not in orgs:
            orgs.append(org)
    return [a["name"] for org in orgs for a in rest if not a.get("unit") and key(a.get("organisation")) == org]
names += by_organisation(lambda org: org in uppers)
for unit in units:
    names += [a["name"] for a in rest if a.get("unit") == unit]
names += by_organisation(lambda org: org not in uppers)
names += [a["name"] for a in rest if not a.get("unit") and not a.get("organisation")]
print("\n".join(names))
PY

# Fails unless NAMES (a file, one per line) occur in TEXT (a file), each as whole words, in order
# (in-order) or each somewhere (anywhere).
cat >"$work/in_order.py" <<'PY'
import sys
text = " " + " ".join(open(sys.argv[1], encoding="utf-8").read().split()) + " "
anywhere = sys.argv[3] == "anywhere"
at = 0
for name in (line.strip() for line in open(sys.argv[2], encoding="utf-8")):
    if not name:
        continue
    found = text.find(" " + name + " ", 0 if anywhere else at)
    if found < 0:
        where = "anywhere" if text.find(" " + name + " ") < 0 else "after the name before it"
        sys.exit(f"'{name}' not found {where}")
    at = found + len(name) + 1
PY

# Fails unless LETTERS (a file of names) are the Kính gửi lines of the PDF's pages, one per page.
cat >"$work/letters.py" <<'PY'
import sys
pages = open(sys.argv[1], encoding="utf-8").read().split("\f")
pages = [" ".join(p.split()) for p in pages if p.strip()]
names = [line.strip() for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
if len(pages) != len(names):
    sys.exit(f"{len(pages)} pages for {len(names)} guests")
for number, (page, name) in enumerate(zip(pages, names), 1):
    if page.count("GIẤY MỜI") != 1 or page.count("Kính gửi:") != 1:
        sys.exit(f"page {number} is not one letter")
    if f"Kính gửi: Đồng chí {name} " not in page + " " and f"Kính gửi: Đồng chí {name} -" not in page:
        sys.exit(f"page {number} is not addressed to {name}")
PY

# qpdf --check and a clean text extraction (pdftotext -raw keeps the content order: a table cell's
# lines stay together).
check_pdf() {
  local pdf=$1
  if ! qpdf --check "$pdf" >"$work/qpdf.out" 2>&1; then
    fail "qpdf --check $pdf"
    cat "$work/qpdf.out" >&2
  fi
  if ! pdftotext -raw "$pdf" "$work/text.txt" 2>"$work/pdftotext.err" || [[ -s $work/pdftotext.err ]]; then
    fail "pdftotext $pdf wrote to stderr:"
    head -5 "$work/pdftotext.err" >&2
  fi
  # Ghostscript reads the ToUnicode maps its own way: it must find the same words.
  if ! gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=txtwrite -sOutputFile="$work/gs.txt" "$pdf" 2>"$work/gs.err"; then
    fail "gs could not read $pdf"
    head -5 "$work/gs.err" >&2
  # (pdftotext turns the letters' no-break spaces into spaces; Ghostscript keeps them.)
  elif ! diff <(tr -d '\r' <"$work/gs.txt" | sed 's/\xc2\xa0/ /g' | tr -s ' \n\f' '\n\n\n' | grep -v '^$' | sort) \
              <(tr -s ' \n\f' '\n\n\n' <"$work/text.txt" | grep -v '^$' | sort) >"$work/gs.diff"; then
    fail "Ghostscript (txtwrite) text of $pdf differs from pdftotext's"
    head -10 "$work/gs.diff" >&2
  fi
}

# attendance EVENT NAME [OPTIONS...]: renders, checks the PDF and every expected name in order.
attendance() {
  local event=$1 name=$2
  shift 2
  local pdf=$work/$name.pdf
  if ! "$bin" attendance "$event" -o "$pdf" "$@" >"$work/out" 2>"$work/err"; then
    fail "thidua attendance $event $*"
    cat "$work/err" >&2
    return
  fi
  check_pdf "$pdf"
  python3 "$work/expected.py" "$event" attendance >"$work/names"
  # Name order is Vietnamese collation, which the unit tests check; here every name must be there.
  local order=in-order
  [[ " $* " == *" --sort name "* ]] && order=anywhere
  if ! python3 "$work/in_order.py" "$work/text.txt" "$work/names" $order; then fail "attendance list of $event $*: names"; fi
  local total
  total=$(grep -c . "$work/names")
  [[ $total == 0 ]] && total="………"  # a blank sign-in sheet
  # Units named but none of their delegates: blank rows under each unit, the total written by hand.
  # (In name order there are no unit rows: the list holds the guests alone.)
  if [[ $order == in-order ]] && ! grep -q "<attendee\|<attendees [^>]*file=\|<attendees [^>]*csv=" "$event" &&
    grep -q "<unit \|<units [^>]*file=\|<units [^>]*csv=" "$event"; then
    total="………"
  fi
  if ! grep -q "Tổng số: $total đại biểu" "$work/text.txt"; then fail "attendance list of $event $*: no 'Tổng số: $total đại biểu'"; fi
}

# invitations EVENT NAME: renders, checks the PDF and one letter per guest in order.
invitations() {
  local event=$1 name=$2
  local pdf=$work/$name.pdf
  if ! "$bin" invitations "$event" -o "$pdf" >"$work/out" 2>"$work/err"; then
    fail "thidua invitations $event"
    cat "$work/err" >&2
    return
  fi
  check_pdf "$pdf"
  pdftotext "$pdf" "$work/letters.txt" 2>/dev/null
  python3 "$work/expected.py" "$event" guests >"$work/guests"
  if ! python3 "$work/letters.py" "$work/letters.txt" "$work/guests"; then fail "invitations of $event"; fi
}

# --- every sample ---
for event in samples/*.xml; do
  base=$(basename "$event" .xml)
  attendance "$event" "$base-attendance"
  attendance "$event" "$base-attendance-name" --sort name --landscape
  if grep -q "<guest " "$event"; then
    invitations "$event" "$base-invitations"
  elif "$bin" invitations "$event" -o "$work/none.pdf" >/dev/null 2>"$work/err"; then
    fail "invitations of $event, which has no guests, succeeded"
  elif ! grep -q "has no <guest>" "$work/err"; then
    fail "invitations of $event: unexpected message"; cat "$work/err" >&2
  fi
done

# --- --guest: one letter; an unknown id is a usage error listing the known ones ---
if "$bin" invitations samples/2023-cdvc-viet-nam-khoi-ii.xml -o "$work/one.pdf" --guest luong >"$work/out" 2>&1; then
  [[ $(qpdf --show-npages "$work/one.pdf") == 1 ]] || fail "--guest luong: not one page"
else
  fail "--guest luong"; cat "$work/out" >&2
fi
"$bin" invitations samples/2023-cdvc-viet-nam-khoi-ii.xml -o "$work/x.pdf" --guest nobody >"$work/out" 2>"$work/err"
code=$?
[[ $code == 2 ]] || fail "--guest nobody: exit code $code, expected 2"
grep -q "unknown guest 'nobody'.*hanh, tai, kim-anh, luong" "$work/err" || { fail "--guest nobody: message"; cat "$work/err" >&2; }
"$bin" attendance samples/2020-soc-trang-cum-3.xml -o "$work/x.pdf" --sort age >/dev/null 2>"$work/err"
[[ $? == 2 ]] || fail "--sort age is not a usage error"

# --- attendees from a CSV in TCVN3 (ABC): converted, with a warning naming the file ---
make_event() {  # make_event DIR CSV_NAME: a small Sóc Trăng event whose attendees are in CSV_NAME
  cat >"$1/event.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<event id="soc-trang-cum-3-2020" kind="agreement" year="2020">
  <upper name="Công đoàn Viên chức tỉnh Sóc Trăng" short="CĐVC tỉnh" parent="Liên đoàn Lao động tỉnh Sóc Trăng"/>
  <bloc kind="cum" name="số 3" full="Cụm thi đua số 3 Công đoàn Viên chức tỉnh"/>
  <date>2020-06-09</date>
  <time>08:00</time>
  <place province="Sóc Trăng">Hội trường Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng</place>
  <units>
    <unit id="mttq" short="Ủy ban MTTQ Việt Nam tỉnh" name="Công đoàn cơ sở Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng" role="leader"/>
    <unit id="hlhpn" short="Hội LHPN tỉnh" name="Công đoàn cơ sở Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng" role="deputy"/>
    <unit id="hnd" short="Hội Nông dân tỉnh" name="Công đoàn cơ sở Hội Nông dân tỉnh Sóc Trăng"/>
  </units>
  <guests>
    <guest id="phuong" name="Khưu Đăng Phượng" title="Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh" role="chair"/>
  </guests>
  <attendees csv="$2"/>
</event>
XML
}
mkdir -p "$work/legacy"
make_event "$work/legacy" legacy.csv
printf 'name,title,unit,organisation,note\r\nNguyễn Thị Ngọc Trường,Phó Chủ tịch,hlhpn,,Đại diện Hội Liên hiệp Phụ nữ\r\nĐặng Văn Ước,Ủy viên Ban Chấp hành,mttq,,\r\nLâm Thị Mỹ Xuyên,Chủ tịch Công đoàn,hnd,,Đến muộn\r\n' \
  | iconv -f UTF-8 -t TCVN5712-1 >"$work/legacy/legacy.csv"
if "$bin" attendance "$work/legacy/event.xml" -o "$work/legacy.pdf" >"$work/out" 2>"$work/err"; then
  grep -q "legacy.csv:.*warning: .*TCVN3" "$work/err" || { fail "TCVN3 CSV: no warning"; cat "$work/err" >&2; }
  check_pdf "$work/legacy.pdf"
  printf '%s\n' "Khưu Đăng Phượng" "Đặng Văn Ước" "Nguyễn Thị Ngọc Trường" "Lâm Thị Mỹ Xuyên" >"$work/names"
  python3 "$work/in_order.py" "$work/text.txt" "$work/names" in-order || fail "TCVN3 CSV: names not converted"
else
  fail "TCVN3 CSV"; cat "$work/err" >&2
fi

# --- a bad CSV row is an error naming the file, line and column ---
mkdir -p "$work/bad"
make_event "$work/bad" bad.csv
printf 'name,title,unit,organisation,note\nTrần Văn An,Chủ tịch,mttq,,\nLê Thị Bé,Ủy viên,hoi-phu-nu,,\n' >"$work/bad/bad.csv"
"$bin" attendance "$work/bad/event.xml" -o "$work/bad.pdf" >/dev/null 2>"$work/err"
code=$?
[[ $code == 1 ]] || fail "bad CSV row: exit code $code, expected 1"
grep -q "bad.csv:3:[0-9]*: error: unknown unit 'hoi-phu-nu' in column 'unit'" "$work/err" || { fail "bad CSV row: message"; cat "$work/err" >&2; }
[[ -e $work/bad.pdf ]] && fail "bad CSV row: a PDF was written"

# --- scale: 10,000 delegates and 500 letters ---
python3 bench/generate_events.py attendees 10000 "$work/big/event.xml"
attendance "$work/big/event.xml" big-attendance
# 10,000 delegates and the event's 5 guests (no namesake of a guest shares their affiliation).
[[ $(grep -c . "$work/names") == 10005 ]] || fail "the 10,000-row list: expected 10005 names, the oracle made $(grep -c . "$work/names")"
# Memory: layout and PDF hold about one page at a time, so a list five times longer may
# grow only by what the input itself takes (the event, the markup, the parsed document:
# ~3 KB a row); it used to grow by ~7.5 KB a row. Not under the sanitizers (shadow memory).
if ! ldd "$bin" 2>/dev/null | grep -q libasan; then
  python3 bench/generate_events.py attendees 2000 "$work/mid/event.xml"
  peak_kb() {  # peak resident memory of one run, in KB
    python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$@"
  }
  rss_2k=$(peak_kb "$bin" attendance "$work/mid/event.xml" -o "$work/mid.pdf")
  rss_10k=$(peak_kb "$bin" attendance "$work/big/event.xml" -o "$work/big-again.pdf")
  growth=$(( (rss_10k - rss_2k) / 8 ))  # bytes a row, roughly (KB over 8,000 rows)
  echo "memory: 2,000 rows ${rss_2k} KB, 10,000 rows ${rss_10k} KB, ~${growth} bytes a row"
  (( rss_10k - rss_2k < 8000 * 4 )) || fail "the 10,000-row list grows by more than 4 KB a row (${growth} bytes)"
fi
python3 bench/generate_events.py guests 500 "$work/letters/event.xml"
invitations "$work/letters/event.xml" letters-500
[[ $(qpdf --show-npages "$work/letters-500.pdf") == 500 ]] || fail "500 letters: not 500 pages"

if [[ $status == 0 ]]; then echo "ok: attendance lists and invitations"; fi
exit $status
