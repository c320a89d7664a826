#!/usr/bin/env python3
"""Times every benchmark of thidua and its peers in one run and prints a Markdown table.

  bench.py [--thidua PATH] [--only KEYS] [--quick] [--timer hyperfine|python]
           [--work DIR] [--keep] [--update-readme] [--json FILE]

Usually started by `bash bench/run.sh`, which first installs what is missing and builds
thidua. Workloads (KEYS for --only, comma-separated):
  agreement        thidua agreement on samples/2020-soc-trang-cum-3.xml vs WeasyPrint
  invitations-1    thidua invitations, 1 letter, vs Typst and WeasyPrint
  invitations-500  the same with 500 letters (generate_events.py guests 500)
  attendance       thidua attendance, 10,000 delegates (generate_events.py attendees 10000)
  attendance-xlsx  the same list read from an .xlsx workbook (the CSV converted by LibreOffice)
  build            thidua build of 1,000 events -j 2, then the rebuild with everything current

Every command is a whole process. It first runs once untimed (checking the exit code and
the PDF, which also warms the file cache), then is timed by hyperfine (--shell=none,
--export-json) or, with --timer python, by a loop of subprocess runs around
time.perf_counter. The table shows medians. Every PDF is checked with `qpdf --check`, its
page count and (pdftotext) the names it must show. A thidua command that does not exist yet
(`thidua help COMMAND` fails) is reported as "not available"; its peers are still timed.
"""
import argparse
import zipfile
import concurrent.futures
import json
import os
import platform
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
PEERS = os.path.join(BENCH, "peers")
sys.path.insert(0, PEERS)
import event_data  # noqa: E402

FONT_DIR = "/usr/share/fonts/truetype/liberation2"
SAMPLE = os.path.join(ROOT, "samples", "2020-soc-trang-cum-3.xml")
README = os.path.join(BENCH, "README.md")
MARK_START = "<!-- bench:results:start -->"
MARK_END = "<!-- bench:results:end -->"


def log(message):
    print(message, file=sys.stderr, flush=True)


def run(argv, **kw):
    return subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def nfc_words(text):
    return " ".join(unicodedata.normalize("NFC", text).split())


# --- the machine -----------------------------------------------------------------------

def machine():
    info = {"nproc": os.cpu_count(), "cpu": "unknown", "ram": "unknown",
            "debian": "unknown", "kernel": platform.release()}
    try:
        out = run(["nproc"]).stdout.strip()
        info["nproc"] = int(out) if out else info["nproc"]
    except OSError:
        pass
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        with open("/proc/meminfo") as f:
            kb = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1))
            info["ram"] = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    try:
        with open("/etc/debian_version") as f:
            info["debian"] = f.read().strip()
    except OSError:
        pass
    return info


def load_average():
    try:
        with open("/proc/loadavg") as f:
            return float(f.read().split()[0])
    except OSError:
        return None


class CpuMeter:
    """How much CPU the rest of the machine used while the benchmarks ran (a noise measure):
    all busy time from /proc/stat minus the CPU time of this process and its children."""

    def __init__(self):
        self.hz = os.sysconf("SC_CLK_TCK")
        self.start = self._sample()

    def _sample(self):
        try:
            with open("/proc/stat") as f:
                fields = [int(x) for x in f.readline().split()[1:]]
        except OSError:
            return None
        busy = sum(fields[:3]) + sum(fields[5:8])  # user nice system, irq softirq steal
        t = os.times()
        return busy / self.hz, t.user + t.system + t.children_user + t.children_system, time.monotonic()

    def others(self, ncpu):
        """Fraction (0..1) of the machine's CPU capacity used by other processes so far."""
        end = self._sample()
        if not self.start or not end or end[2] <= self.start[2]:
            return None
        other = (end[0] - self.start[0]) - (end[1] - self.start[1])
        return max(0.0, other / ((end[2] - self.start[2]) * ncpu))


def tool_version(argv, pattern=r"(\d+(?:\.\d+)+)"):
    try:
        out = run(argv)
    except OSError:
        return None
    m = re.search(pattern, out.stdout + out.stderr)
    return m.group(1) if m else None


def typst_version():
    path = os.path.join(PEERS, "node_modules", "@myriaddreamin", "typst-ts-node-compiler", "package.json")
    try:
        with open(path) as f:
            return json.load(f)["version"]
    except (OSError, ValueError, KeyError):
        return None


# --- checking outputs ------------------------------------------------------------------

def check_pdf(path, pages=None, texts=()):
    """(ok, notes, page count) for one PDF: it exists, qpdf --check passes, the page count is
    `pages` when given, and pdftotext shows each of `texts` (a missing text is a note only)."""
    notes = []
    if not os.path.isfile(path):
        return False, ["no output file"], None
    with open(path, "rb") as f:
        if f.read(5) != b"%PDF-":
            return False, ["output is not a PDF"], None
    q = run(["qpdf", "--check", path])
    if q.returncode == 3:
        notes.append("qpdf --check: warnings")
    elif q.returncode != 0:
        tail = (q.stdout + q.stderr).strip().splitlines()[-1:]
        return False, [f"qpdf --check failed: {' '.join(tail)}"], None
    n = run(["qpdf", "--show-npages", path])
    count = int(n.stdout.strip()) if n.returncode == 0 and n.stdout.strip().isdigit() else None
    ok = True
    if pages is not None and count != pages:
        ok = False
        notes.append(f"{count} pages, expected {pages}")
    if texts:
        t = run(["pdftotext", "-q", path, "-"])
        shown = nfc_words(t.stdout)
        missing = [x for x in texts if nfc_words(x) not in shown]
        if missing:
            notes.append("text not found: " + "; ".join(repr(x) for x in missing[:3]))
    return ok, notes, count


def check_docx(path, texts=()):
    """(ok, notes, None) for one DOCX: tests/docx/check_docx.py accepts the package and its
    document.xml holds each of `texts`."""
    if not os.path.isfile(path):
        return False, ["no output file"], None
    checked = run([sys.executable, os.path.join(BENCH, "..", "tests", "docx", "check_docx.py"), path])
    if checked.returncode != 0:
        return False, ["check_docx.py: " + " ".join(checked.stdout.strip().splitlines()[:2])], None
    with zipfile.ZipFile(path) as z:
        document = z.read("word/document.xml").decode("utf-8")
    missing = [x for x in texts if x not in document]
    return not missing, ["text not found: " + "; ".join(missing)] if missing else [], None


def check_archive(thidua, archive, sample=None):
    """`thidua verify` on the archive and qpdf --check on its PDFs (all, or `sample` of them)."""
    notes = []
    ok = True
    v = run([thidua, "verify", archive])
    if v.returncode != 0:
        ok = False
        notes.append("thidua verify failed: " + " ".join((v.stdout + v.stderr).strip().splitlines()[:2]))
    pdfs = sorted(os.path.join(d, f) for d, _, fs in os.walk(archive) for f in fs if f.endswith(".pdf"))
    if not pdfs:
        return False, notes + ["no PDF in the archive"], 0
    chosen = pdfs if not sample or len(pdfs) <= sample else pdfs[:: max(1, len(pdfs) // sample)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        bad = [p for p, r in zip(chosen, pool.map(lambda p: run(["qpdf", "--check", p]).returncode, chosen))
               if r not in (0, 3)]
    if bad:
        ok = False
        notes.append(f"{len(bad)} PDFs fail qpdf --check, e.g. {os.path.relpath(bad[0], archive)}")
    notes.append(f"{len(pdfs)} PDFs, {len(chosen)} checked with qpdf")
    return ok, notes, len(pdfs)


def tree_stamps(path):
    stamps = {}
    for d, _, fs in os.walk(path):
        for f in fs:
            p = os.path.join(d, f)
            try:
                stamps[p] = os.stat(p).st_mtime_ns
            except OSError:
                pass
    return stamps


# --- timing ----------------------------------------------------------------------------

class Timer:
    def __init__(self, kind, logs):
        self.kind = kind
        self.logs = logs

    def time(self, name, argv, runs, warmup, prepare=None):
        """(median seconds, stats dict) or raises RuntimeError."""
        if self.kind == "hyperfine":
            return self._hyperfine(name, argv, runs, warmup, prepare)
        return self._python(argv, runs, warmup, prepare)

    def _hyperfine(self, name, argv, runs, warmup, prepare):
        export = os.path.join(self.logs, name + ".json")
        cmd = ["hyperfine", "--shell=none", "--style", "basic", "--runs", str(runs),
               "--warmup", str(warmup), "--export-json", export]
        if prepare:
            cmd += ["--prepare", shlex.join(prepare)]
        cmd.append(shlex.join(argv))
        out = run(cmd)
        with open(os.path.join(self.logs, name + ".log"), "w") as f:
            f.write(out.stdout + out.stderr)
        if out.returncode != 0:
            raise RuntimeError("hyperfine: " + " ".join((out.stdout + out.stderr).strip().splitlines()[-2:]))
        with open(export) as f:
            r = json.load(f)["results"][0]
        return r["median"], {"runs": len(r["times"]), "mean": r["mean"], "stddev": r["stddev"],
                             "min": r["min"], "max": r["max"], "cpu": r["user"] + r["system"]}

    @staticmethod
    def _python(argv, runs, warmup, prepare):
        times, cpu = [], 0.0
        for i in range(warmup + runs):
            if prepare:
                subprocess.run(prepare, check=True)
            before = os.times()
            start = time.perf_counter()
            code = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
            elapsed = time.perf_counter() - start
            after = os.times()
            if code != 0:
                raise RuntimeError(f"exit code {code} in a timed run")
            if i >= warmup:
                times.append(elapsed)
                cpu += (after.children_user - before.children_user) + (after.children_system - before.children_system)
        times.sort()
        mid = len(times) // 2
        median = times[mid] if len(times) % 2 else (times[mid - 1] + times[mid]) / 2
        mean = sum(times) / len(times)
        return median, {"runs": len(times), "mean": mean, "min": times[0], "max": times[-1],
                        "stddev": (sum((t - mean) ** 2 for t in times) / len(times)) ** 0.5,
                        "cpu": cpu / len(times)}


# --- workloads -------------------------------------------------------------------------

class Cmd:
    """One timed command: argv, its output, how to check it, how often to run it."""

    def __init__(self, name, label, argv, out, runs, warmup=1, pages=None, texts=(), prepare=None,
                 subcommand=None, check=None):
        self.name, self.label, self.argv, self.out = name, label, argv, out
        self.runs, self.warmup, self.pages, self.texts = runs, warmup, pages, texts
        self.prepare, self.subcommand, self.check = prepare, subcommand, check
        self.result = None


class Result:
    def __init__(self, status, median=None, stats=None, notes=(), pages=None):
        self.status, self.median, self.stats = status, median, stats or {}
        self.notes, self.pages = list(notes), pages


def measure(cmd, timer, available):
    if cmd.subcommand and not available(cmd.subcommand):
        return Result("not available", notes=[f"`thidua {cmd.subcommand}` does not exist yet"])
    if cmd.prepare:
        subprocess.run(cmd.prepare, check=True)
    elif cmd.out and os.path.isfile(cmd.out):
        os.remove(cmd.out)
    first = run(cmd.argv)
    if first.returncode != 0:
        err = " ".join((first.stderr or first.stdout).strip().splitlines()[:2])[:300]
        return Result("failed", notes=[f"exit code {first.returncode}: {err}"])
    check = cmd.check or (lambda: check_pdf(cmd.out, cmd.pages, cmd.texts))
    ok, notes, pages = check()
    if not ok:
        return Result("failed", notes=notes, pages=pages)
    try:
        median, stats = timer.time(cmd.name, cmd.argv, cmd.runs, cmd.warmup, cmd.prepare)
    except (RuntimeError, subprocess.CalledProcessError) as e:
        return Result("failed", notes=notes + [str(e)], pages=pages)
    if not cmd.check:  # the last timed run's output must be as good as the first one's
        ok, later, _ = check_pdf(cmd.out, cmd.pages, cmd.texts)
        if not ok:
            return Result("failed", notes=notes + ["after timing: " + "; ".join(later)], pages=pages)
    return Result("ok", median, stats, notes, pages)


def fmt_time(seconds):
    if seconds is None:
        return "—"
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s"


def generate(work, want):
    """The inputs of the wanted workloads, written once before any timing: the generated
    events (bench/generate_events.py) and the peers' HTML and JSON made from them."""
    gen = os.path.join(BENCH, "generate_events.py")
    py = sys.executable
    peers = os.path.join(work, "peers")
    os.makedirs(peers, exist_ok=True)
    paths = {"agreement": SAMPLE, "invite-1": os.path.join(work, "invite-1", "event.xml"),
             "invite-500": os.path.join(work, "invite-500", "event.xml"),
             "attendance": os.path.join(work, "attendance", "event.xml"),
             "events": os.path.join(work, "events")}
    jobs = (("invitations-1", "guests", 1, "invite-1"), ("invitations-500", "guests", 500, "invite-500"),
            ("attendance", "attendees", 10000, "attendance"), ("build", "events", 1000, "events"))
    for key, what, n, target in jobs:
        if want(key) or (key == "attendance" and (want("attendance-xlsx") or want("attendance-docx"))):
            subprocess.run([py, gen, what, str(n), paths[target]], check=True)
    if want("attendance-xlsx"):
        # The same 10,000 rows as a workbook, written by LibreOffice as staff's Excel files are.
        folder = os.path.dirname(paths["attendance"])
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/soffice-profile", "--headless",
                        "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", folder,
                        os.path.join(folder, "event-attendees.csv")], check=True, stdout=subprocess.DEVNULL)
        with open(paths["attendance"], encoding="utf-8") as f:
            event = f.read()
        paths["attendance-xlsx"] = os.path.join(folder, "event-xlsx.xml")
        with open(paths["attendance-xlsx"], "w", encoding="utf-8") as f:
            f.write(event.replace('csv="event-attendees.csv"', 'file="event-attendees.xlsx"'))
    if want("agreement"):
        subprocess.run([py, os.path.join(PEERS, "agreement", "make_html.py"), SAMPLE,
                        os.path.join(peers, "agreement.html"), "--fonts", FONT_DIR], check=True)
    for key, target in (("invitations-1", "invite-1"), ("invitations-500", "invite-500")):
        if want(key):
            subprocess.run([py, os.path.join(PEERS, "invitations", "make_inputs.py"), paths[target],
                            os.path.join(peers, target + ".json"), os.path.join(peers, target + ".html"),
                            "--fonts", FONT_DIR], check=True)
    return paths


def attendee_names(paths):
    """The delegates' names of the attendance workload, in the order of its CSV file."""
    with open(os.path.join(os.path.dirname(paths["attendance"]), "event-attendees.csv"), encoding="utf-8") as f:
        return [line.split(",")[0] for line in f.read().strip().splitlines()[1:]]


def unwrapped_last_name(names):
    """A name from the last rows that is short enough not to wrap in its table cell
    (pdftotext interleaves the lines of wrapped cells)."""
    return next(n for n in reversed(names) if len(n) <= 16)


def workloads(thidua, work, paths, quick, want):
    """[(key, title, thidua Cmd, time goal in s or None, [(peer Cmd, ratio goal or None)])]
    for the wanted workloads, in the order they run."""
    out = os.path.join(work, "out")
    peers = os.path.join(work, "peers")
    os.makedirs(out, exist_ok=True)
    fast, slow, slowest = (5, 3, 1) if quick else (30, 5, 3)
    node = shutil.which("node") or "node"
    typst = [node, os.path.join(PEERS, "typst", "compile.mjs"), os.path.join(PEERS, "typst", "letter.typ")]

    result = []
    sample = event_data.load(SAMPLE)
    signers = [sample["units"][0]["signer"], sample["units"][-1]["signer"]]
    # Every timed run writes a new file (prepare removes the old one): thidua leaves a file
    # that already holds the same bytes untouched, which would time a read instead of a write.
    agreement = Cmd("agreement-thidua", "thidua", [thidua, "agreement", SAMPLE, "-o", f"{out}/agreement.pdf"],
                    f"{out}/agreement.pdf", fast, texts=signers, subcommand="agreement",
                    prepare=["rm", "-f", f"{out}/agreement.pdf"])
    agreement_wp = Cmd("agreement-weasyprint", "WeasyPrint",
                       ["weasyprint", f"{peers}/agreement.html", f"{out}/agreement-weasyprint.pdf"],
                       f"{out}/agreement-weasyprint.pdf", slow, warmup=0, texts=signers,
                       prepare=["rm", "-f", f"{out}/agreement-weasyprint.pdf"])
    if want("agreement"):
        result.append(("agreement", "Agreement, Sóc Trăng (16 units)", agreement, 0.010, [(agreement_wp, 50)]))

    for key, n in (("invite-1", 1), ("invite-500", 500)):
        if not want("invitations-1" if n == 1 else "invitations-500"):
            continue
        guests = event_data.load(paths[key])["guests"]
        names = [guests[0]["name"], guests[-1]["name"]]
        pdf = f"{out}/{key}"
        t = Cmd(f"{key}-thidua", "thidua", [thidua, "invitations", paths[key], "-o", pdf + ".pdf"],
                pdf + ".pdf", fast, pages=n, texts=names, subcommand="invitations", prepare=["rm", "-f", pdf + ".pdf"])
        ty = Cmd(f"{key}-typst", "Typst", typst + [f"{peers}/{key}.json", pdf + "-typst.pdf", "--fonts", FONT_DIR],
                 pdf + "-typst.pdf", 10 if not quick else 3, pages=n, texts=names,
                 prepare=["rm", "-f", pdf + "-typst.pdf"])
        wp = Cmd(f"{key}-weasyprint", "WeasyPrint", ["weasyprint", f"{peers}/{key}.html", pdf + "-weasyprint.pdf"],
                 pdf + "-weasyprint.pdf", slow if n == 1 else slowest, warmup=0, pages=n, texts=names,
                 prepare=["rm", "-f", pdf + "-weasyprint.pdf"])
        title = f"Invitations, {n} letter" + ("s" if n > 1 else "")
        result.append(("invitations-1" if n == 1 else "invitations-500", title, t, None,
                       [(ty, 3), (wp, 100 if n == 500 else None)]))

    def attendance_pdf(name, label, event, pdf, text):
        """thidua's attendance list of `event` as `pdf`, timed as `name`, checked to show `text`."""
        return Cmd(name, label, [thidua, "attendance", event, "-o", pdf], pdf, 10 if not quick else 3,
                   texts=[text], subcommand="attendance", prepare=["rm", "-f", pdf])

    if want("attendance"):
        att = attendance_pdf("attendance-thidua", "thidua", paths["attendance"], f"{out}/attendance.pdf",
                             unwrapped_last_name(attendee_names(paths)))
        result.append(("attendance", "Attendance list, 10,000 delegates", att, 0.5, []))
    if want("attendance-docx"):
        names = attendee_names(paths)
        docx = f"{out}/attendance.docx"
        # The peer is thidua's own PDF of the same list: the DOCX backend should cost about as much.
        pdf = attendance_pdf("attendance-pdf-thidua", "thidua's PDF", paths["attendance"], f"{out}/attendance-same.pdf",
                             names[-1])
        word = Cmd("attendance-docx-thidua", "thidua",
                   [thidua, "attendance", paths["attendance"], "--format", "docx", "-o", docx],
                   docx, 10 if not quick else 3, subcommand="attendance", prepare=["rm", "-f", docx],
                   check=lambda: check_docx(docx, [names[-1]]))
        result.append(("attendance-docx", "Attendance list, 10,000 delegates, as DOCX", word, 1.0, [(pdf, None)]))
    if want("attendance-xlsx"):
        att_xlsx = attendance_pdf("attendance-xlsx-thidua", "thidua", paths["attendance-xlsx"],
                                  f"{out}/attendance-xlsx.pdf", unwrapped_last_name(attendee_names(paths)))
        result.append(("attendance-xlsx", "Attendance list, 10,000 delegates, from .xlsx", att_xlsx, 0.5, []))
    if not want("build"):
        return result

    archive = os.path.join(work, "archive")
    sample_n = 50 if quick else None
    build = [thidua, "build", paths["events"], "-o", archive, "-j", "2"]
    cold = Cmd("build-thidua", "thidua", build, archive, 3 if not quick else 1, warmup=0,
               prepare=["rm", "-rf", archive], subcommand="build",
               check=lambda: check_archive(thidua, archive, sample_n))
    result.append(("build", "Archive build, 1,000 events, -j 2", cold, 10.0, []))
    stamps = {}

    def rebuild_check():
        # The untimed run just before: nothing current may have been written again.
        changed = [p for p, m in tree_stamps(archive).items() if stamps.get(p) != m]
        ok, notes, count = check_archive(thidua, archive, 20)
        notes.insert(0, f"{len(changed)} files rewritten by the rebuild" if changed else "no file rewritten")
        return ok, notes, count

    rebuild = Cmd("rebuild-thidua", "thidua", build, archive, 10 if not quick else 3, warmup=1,
                  subcommand="build", check=rebuild_check)
    rebuild.before = lambda: stamps.update(tree_stamps(archive))
    result.append(("build", "Rebuild, all 1,000 current", rebuild, None, []))
    return result


# --- the report ------------------------------------------------------------------------

def fmt_ratio(ratio):
    if ratio is None:
        return "—"
    return f"{ratio:.1f}×" if ratio < 10 else f"{ratio:.0f}×"


def rows_of(measured):
    rows = []
    for key, title, t, goal_time, peers in measured:
        tr = t.result
        t_cell = fmt_time(tr.median) if tr.status == "ok" else tr.status
        for peer, goal_ratio in peers or [(None, None)]:
            pr = peer.result if peer else None
            p_cell = fmt_time(pr.median) if pr and pr.status == "ok" else (pr.status if pr else "—")
            ratio = (pr.median / tr.median) if (pr and pr.status == "ok" and tr.status == "ok") else None
            goals, met = [], []
            if goal_ratio:
                goals.append(f"≥{goal_ratio}× faster than {peer.label}")
                met.append(None if ratio is None else ratio >= goal_ratio)
            if goal_time and (peer is None or peer is peers[0][0]):
                goals.append(f"< {goal_time * 1000:g} ms" if goal_time < 1 else f"< {goal_time:g} s")
                met.append(tr.median < goal_time if tr.status == "ok" else None)
            if not goals:
                met_cell = "—"
            elif tr.status == "failed":
                met_cell = "no (thidua failed)"
            elif any(m is None for m in met):
                met_cell = "—"
            else:
                met_cell = "yes" if all(met) else "no"
            rows.append([title, t_cell, peer.label if peer else "—", p_cell,
                         fmt_ratio(ratio),
                         " and ".join(goals) or "—", met_cell])
    return rows


def details_of(measured):
    lines = []
    seen = set()
    for key, title, t, _, peers in measured:
        for cmd in [t] + [p for p, _ in peers]:
            if id(cmd) in seen:
                continue
            seen.add(id(cmd))
            r = cmd.result
            s = r.stats
            spread = (f"median {fmt_time(r.median)}, min {fmt_time(s.get('min'))}, "
                      f"max {fmt_time(s.get('max'))}, {s.get('runs')} runs, "
                      f"CPU (user + system) {fmt_time(s.get('cpu'))} a run") if r.status == "ok" else r.status
            pages = ""
            if r.pages is not None and not cmd.check:
                pages = f", {r.pages} page" + ("s" if r.pages != 1 else "")
            notes = ("; " + "; ".join(r.notes)) if r.notes else ""
            by_cpu = ""
            if cmd is not t and r.status == "ok" and t.result.status == "ok" and t.result.stats.get("cpu"):
                by_cpu = f"; ratio by CPU time {fmt_ratio(s['cpu'] / t.result.stats['cpu'])}"
            lines.append(f"- {title} — {cmd.label}: {spread}{pages}{by_cpu}{notes}")
    return lines


def source_state():
    """The commit of the working tree, and whether its sources differ from it."""
    head = run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
    if head.returncode != 0:
        return None
    dirty = run(["git", "-C", ROOT, "status", "--porcelain", "--", "src", "templates", "fonts", "CMakeLists.txt"])
    return head.stdout.strip() + (" with uncommitted changes in src/" if dirty.stdout.strip() else "")


def report(thidua, info, versions, measured, load_start, others, timer_kind, quick, build_note):
    busy = (load_start is not None and load_start > 0.3 * info["nproc"]) or (others is not None and others > 0.10)
    head = [f"Machine: {info['nproc']} cores (nproc), {info['cpu']}, {info['ram']} RAM, "
            f"Debian {info['debian']}, Linux {info['kernel']}.",
            "Tools: " + ", ".join(f"{k} {v}" for k, v in versions.items() if v) + ".",
            (f"Source: commit {source_state() or 'unknown'}." if thidua == os.path.join(ROOT, "build", "thidua")
             else f"thidua measured: {thidua} (not the build/thidua of this tree)."),
            f"Timing: whole processes, {'hyperfine --shell=none' if timer_kind == 'hyperfine' else 'a Python loop'}"
            f", median of repeated runs after one untimed checked run{' (--quick: few runs)' if quick else ''}.",
            f"Load: 1-minute load average {load_start:.2f} at the start; other processes used "
            f"{'?' if others is None else f'{others * 100:.0f}%'} of the machine's CPU during the run."]
    if build_note:
        head.append(build_note)
    if busy:
        head.append("**PROVISIONAL: the machine was busy with other work during this run; "
                    "timings are noisy and slower than on an idle machine.**")
    table = ["| workload | thidua | peer | peer time | ratio | goal | met? |",
             "|---|---|---|---|---|---|---|"]
    table += ["| " + " | ".join(r) + " |" for r in rows_of(measured)]
    return "\n".join(head + [""] + table + ["", "Details:", ""] + details_of(measured)) + "\n"


def update_readme(text):
    with open(README, encoding="utf-8") as f:
        readme = f.read()
    if MARK_START not in readme or MARK_END not in readme:
        log(f"bench: {README} has no {MARK_START} … {MARK_END} section; not updated")
        return
    stamp = time.strftime("%Y-%m-%d %H:%M %Z")
    head, rest = readme.split(MARK_START, 1)
    _, tail = rest.split(MARK_END, 1)
    with open(README, "w", encoding="utf-8") as f:
        f.write(f"{head}{MARK_START}\nRun of {stamp}:\n\n{text}{MARK_END}{tail}")
    log(f"bench: results written into {README}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--thidua", default=os.path.join(ROOT, "build", "thidua"))
    ap.add_argument("--only", default="", help="comma-separated workload keys")
    ap.add_argument("--quick", action="store_true", help="few runs, a sample of the archive checked")
    ap.add_argument("--timer", choices=("hyperfine", "python"), default=None)
    ap.add_argument("--work", help="work directory (default: a new temporary one)")
    ap.add_argument("--keep", action="store_true", help="keep the work directory")
    ap.add_argument("--update-readme", action="store_true", help="write the table into bench/README.md")
    ap.add_argument("--json", help="also write the results as JSON to this file")
    ap.add_argument("--build-note", default="", help=argparse.SUPPRESS)
    args = ap.parse_args()

    thidua = os.path.abspath(args.thidua)
    if not os.access(thidua, os.X_OK):
        sys.exit(f"bench: error: no thidua executable at {thidua} (build it, or pass --thidua)")
    for tool in ("qpdf", "pdftotext", "weasyprint", "node", "soffice"):
        if not shutil.which(tool):
            sys.exit(f"bench: error: {tool} is missing: run `bash scripts/setup.sh --bench` as root")
    if not typst_version():
        sys.exit("bench: error: the Typst peer is missing: run `npm ci` in bench/peers")
    timer_kind = args.timer or ("hyperfine" if shutil.which("hyperfine") else "python")
    only = {k.strip() for k in args.only.split(",") if k.strip()}
    known = {"agreement", "invitations-1", "invitations-500", "attendance", "attendance-xlsx", "attendance-docx", "build"}
    if only - known:
        sys.exit(f"bench: error: unknown workload {sorted(only - known)}; known: {sorted(known)}")

    info = machine()
    ncpu = info["nproc"]
    load_start = load_average()
    meter = CpuMeter()
    versions = {"thidua": tool_version([thidua, "--version"]),
                "WeasyPrint": tool_version(["weasyprint", "--version"]),
                "typst-ts-node-compiler": typst_version(),
                "Node.js": tool_version(["node", "--version"]),
                "hyperfine": tool_version(["hyperfine", "--version"]) if timer_kind == "hyperfine" else None,
                "qpdf": tool_version(["qpdf", "--version"])}
    log(f"bench: {info['nproc']} cores, {info['cpu']}, {info['ram']}, Debian {info['debian']}; "
        f"load average {load_start}")

    work = os.path.abspath(args.work) if args.work else tempfile.mkdtemp(prefix="bench-work-")
    os.makedirs(work, exist_ok=True)
    logs = os.path.join(work, "logs")
    os.makedirs(logs, exist_ok=True)
    log(f"bench: generating inputs in {work}")
    want = (lambda key: key in only) if only else (lambda key: True)
    paths = generate(work, want)

    helps = {}

    def available(sub):
        if sub not in helps:
            helps[sub] = run([thidua, "help", sub]).returncode == 0
        return helps[sub]

    timer = Timer(timer_kind, logs)
    measured = workloads(thidua, work, paths, args.quick, want)
    for key, title, t, _, peers in measured:
        for cmd in [t] + [p for p, _ in peers]:
            if cmd.result is None:
                if hasattr(cmd, "before"):
                    cmd.before()
                log(f"bench: {title} — {cmd.label} …")
                cmd.result = measure(cmd, timer, available)
                log(f"bench:   {cmd.result.status}"
                    + (f" {fmt_time(cmd.result.median)}" if cmd.result.median is not None else "")
                    + (f" ({'; '.join(cmd.result.notes)})" if cmd.result.notes else ""))

    others = meter.others(ncpu)
    text = report(thidua, info, versions, measured, load_start or 0.0, others, timer_kind, args.quick, args.build_note)
    print(text)
    if args.update_readme:
        update_readme(text)
    if args.json:
        data = {"machine": info, "versions": versions, "load_start": load_start, "others_cpu": others,
                "results": [{"workload": title, "command": c.label, "argv": c.argv, "status": c.result.status,
                             "median": c.result.median, "stats": c.result.stats, "notes": c.result.notes,
                             "pages": c.result.pages}
                            for _, title, t, _, peers in measured for c in [t] + [p for p, _ in peers]]}
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
    if args.keep or args.work:
        log(f"bench: work directory kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
