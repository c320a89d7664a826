"""Reads an event XML file (docs/format.md) into plain Python data for the peers' inputs.

The benchmark peers (WeasyPrint, Typst) do not read thidua's XML: their inputs (HTML, JSON)
are made from it by this module before any timing, so the peers' timed runs only typeset.
Only what the agreement and the invitation letters need is read; the rest is ignored.
"""
import csv
import datetime
import os
import unicodedata
import xml.etree.ElementTree as ET

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
SLOGAN = "Độc lập - Tự do - Hạnh phúc"


def nfc(text):
    """Text as NFC with runs of white space collapsed (as thidua reads it)."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def text_of(element):
    """The element's own text and its text children, without the text of child elements."""
    if element is None:
        return ""
    return nfc(element.text or "")


def two(n):
    return f"{n:02d}"


def long_date(place, date):
    """'Sóc Trăng, ngày 09 tháng 6 năm 2020' (Decree 30: day < 10 and months 1, 2 padded)."""
    month = two(date.month) if date.month <= 2 else str(date.month)
    return f"{place}, ngày {two(date.day)} tháng {month} năm {date.year}"


def time_and_day(date, hhmm):
    """'Vào lúc 08 giờ 00, Thứ Tư, ngày 16 tháng 02 năm 2022'."""
    hour, minute = (hhmm or "08:00").split(":")
    month = two(date.month) if date.month <= 2 else str(date.month)
    return (f"Vào lúc {hour} giờ {minute}, {WEEKDAYS[date.weekday()]}, "
            f"ngày {two(date.day)} tháng {month} năm {date.year}")


def _csv_rows(xml_path, name):
    with open(os.path.join(os.path.dirname(xml_path), name), encoding="utf-8-sig", newline="") as f:
        return [{k: nfc(v) for k, v in row.items()} for row in csv.DictReader(f)]


def load(xml_path):
    """The event as a dict: header, units with signatories, guests, agreement contents."""
    root = ET.parse(xml_path).getroot()
    upper = root.find("upper")
    bloc = root.find("bloc")
    bloc_kind = bloc.get("kind")
    bloc_name = nfc(bloc.get("name"))
    default_full = {"khoi": "Khối thi đua ", "cum": "Cụm thi đua "}.get(bloc_kind, "") + bloc_name
    date = datetime.date.fromisoformat(text_of(root.find("date")))
    year = int(root.get("year") or date.year)
    place = root.find("place")
    event = {
        "upper": nfc(upper.get("name")),
        "upper_parent": nfc(upper.get("parent")),
        "bloc_kind": bloc_kind,
        "bloc": nfc(bloc.get("full")) or default_full,
        "bloc_name": bloc_name,
        "leader_word": {"khoi": "Khối trưởng", "cum": "Cụm trưởng"}.get(bloc_kind, "Trưởng"),
        "deputy_word": {"khoi": "Khối phó", "cum": "Cụm phó"}.get(bloc_kind, "Phó"),
        "year": year,
        "date": date,
        "time": text_of(root.find("time")) or "08:00",
        "province": nfc(place.get("province")),
        "place": text_of(place) or nfc(place.get("province")),
        "name": text_of(root.find("name")) or f"Hội nghị ký kết giao ước thi đua năm {year}",
    }
    event["dated"] = long_date(event["province"], date)
    event["when"] = time_and_day(date, event["time"])

    units_el = root.find("units")
    units = []
    if units_el is not None and units_el.get("csv"):
        for row in _csv_rows(xml_path, units_el.get("csv")):
            units.append({"id": row.get("id", ""), "name": row.get("name", ""),
                          "short": row.get("short") or row.get("name", ""),
                          "role": row.get("role") or "member",
                          "signer": row.get("signatory", ""), "title": row.get("title", ""),
                          "authority": row.get("authority", "")})
    elif units_el is not None:
        for u in units_el.findall("unit"):
            s = u.find("signatory")
            units.append({"id": u.get("id"), "name": nfc(u.get("name")),
                          "short": nfc(u.get("short") or u.get("name")),
                          "role": u.get("role", "member"),
                          "signer": nfc(s.get("name")) if s is not None else "",
                          "title": nfc(s.get("title")) if s is not None else "",
                          "authority": nfc(s.get("authority")) if s is not None else ""})
    event["units"] = units
    event["leader"] = next((u for u in units if u["role"] == "leader"), units[0] if units else None)

    guests_el = root.find("guests")
    guests = []
    if guests_el is not None and guests_el.get("csv"):
        guests = [{"name": r.get("name", ""), "title": r.get("title", "")}
                  for r in _csv_rows(xml_path, guests_el.get("csv"))]
    elif guests_el is not None:
        guests = [{"name": nfc(g.get("name")), "title": nfc(g.get("title"))}
                  for g in guests_el.findall("guest")]
    event["guests"] = guests

    agreement = root.find("agreement")
    if agreement is not None:
        sections = []
        for s in agreement.findall("section"):
            items = []
            for it in s.findall("item"):
                targets = []
                for t in it.findall("target"):
                    if t.get("quantity"):
                        words = [t.get("qualifier"), t.get("quantity"), t.get("measure")]
                        targets.append(nfc(" ".join(w for w in words if w)))
                    else:
                        targets.append(text_of(t))
                items.append({"text": text_of(it),
                              "points": [text_of(p) for p in it.findall("point")],
                              "targets": targets})
            sections.append({"title": nfc(s.get("title")),
                             "paragraphs": [text_of(p) for p in s.findall("p")],
                             "items": items})
        implementation = agreement.find("implementation")
        number = agreement.get("number", "")
        symbol = nfc(agreement.get("symbol", ""))
        event["agreement"] = {
            "number": f"Số: {number}/{symbol}" if number else f"Số:      /{symbol}",
            "symbol": symbol,
            "title": text_of(agreement.find("title")) or f"GIAO ƯỚC THI ĐUA NĂM {year}",
            "subject": text_of(agreement.find("subject")) or event["bloc"],
            "bases": [text_of(b) for b in agreement.findall("basis")],
            "preamble": [text_of(p) for p in agreement.findall("preamble")],
            "sections": sections,
            "implementation": [text_of(p) for p in implementation.findall("p")]
            if implementation is not None else [],
            "recipients": [text_of(t) for t in agreement.findall("recipients/to")],
        }
    return event


def signature(unit, leader_word, deputy_word):
    """One signature block: the unit's full name, the authority and title lines, the signer."""
    label = {"leader": f" ({leader_word})", "deputy": f" ({deputy_word})"}.get(unit["role"], "")
    return {"unit": unit["name"].upper(),
            "label": label,
            "authority": unit["authority"].upper(),
            "title": unit["title"].upper(),
            "name": unit["signer"]}


def punctuated(lines, last="."):
    """Each line ending ';', the last ending `last` (bases, recipients)."""
    out = []
    for i, line in enumerate(lines):
        line = line.rstrip(";.")
        out.append(line + (last if i == len(lines) - 1 else ";"))
    return out


def invitation_symbol(event):
    symbol = event.get("agreement", {}).get("symbol", "")
    return "GM-" + symbol.split("-", 1)[1] if "-" in symbol else "GM"
