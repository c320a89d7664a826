#!/usr/bin/env python3
"""Writes the invitation letters of an event XML file as the peers' inputs (run before timing).

  make_inputs.py EVENT.xml OUT.json OUT.html [--fonts DIR]

OUT.json: the data the Typst template (bench/peers/typst/letter.typ) reads, one letter per
guest; the wording (dates, weekday, upper case) is composed here, so the timed Typst run
only lays out and writes the PDF. OUT.html: the same letters for WeasyPrint, one per page.

The letter, in the Decree 30 header format of the agreement: "GIẤY MỜI", "Kính gửi: Đồng chí
<name> - <title>", the purpose, the time ("Vào lúc 08 giờ 00, Thứ Tư, ngày 16 tháng 02 năm
2022"), the place, the leading unit's signature block ("CỤM TRƯỞNG", the unit, its signatory's
authority and title, the name) and "Nơi nhận:".
"""
import datetime
import json
import os
import sys
from html import escape

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import event_data  # noqa: E402
import html_common  # noqa: E402


def letter_data(event):
    """Everything one letter shows, the guests last."""
    leader = event["leader"] or {"signer": "", "short": ""}
    kind_word = {"khoi": "Khối thi đua", "cum": "Cụm thi đua"}.get(event["bloc_kind"])
    authority = "TM. " + (f"{kind_word} {event['bloc_name']}" if kind_word else event["bloc"]).upper()
    issued = event["date"] - datetime.timedelta(days=7)
    symbol = event_data.invitation_symbol(event)
    number = event.get("agreement", {}).get("number", "Số:")
    number = number.split("/")[0] + "/" + symbol if "/" in number else f"Số:      /{symbol}"
    return {
        "parent": event["upper"].upper(),
        "issuer": event["bloc"].upper(),
        "number": number,
        "dated": event_data.long_date(event["province"], issued),
        "motto": event_data.MOTTO,
        "slogan": event_data.SLOGAN,
        "invite": "Trân trọng kính mời đồng chí:",
        "purpose": f"Tới dự {event['name']} của {event['bloc']}.",
        "when": f"Thời gian: {event['when']}.",
        "place": f"Địa điểm: {event['place']}.",
        "closing": "Rất mong đồng chí đến dự đúng giờ./.",
        "role": event["leader_word"].upper(),
        "unit": leader.get("name", "").upper(),
        "authority": leader.get("authority", "").upper() or authority,
        "title": leader.get("title", "").upper(),
        "signer": leader["signer"],
        "recipients": ["- Như trên;", "- Lưu: VT."],
        "letters": [{"to": f"Đồng chí {g['name']} - {g['title']}"} for g in event["guests"]],
    }


CSS = """
.letter { break-after: page; }
.letter:last-child { break-after: auto; }
.to { text-align: center; text-indent: 0; margin: 6pt 0 12pt 0; }
.closing-table { width: 100%; border-collapse: collapse; margin-top: 12pt; }
.closing-table td { vertical-align: top; padding: 0; }
.closing-table td.sign { width: 55%; text-align: center; font-weight: bold; }
.sig-space { height: 2.5cm; }
.role { font-weight: normal; }
.recipients { margin-top: 0; }
"""


def letters_html(d):
    header = html_common.header_html(d["parent"], d["issuer"], d["number"], d["dated"])
    # The header's inputs are already upper case; header_html upper-cases again (idempotent).
    rec = "".join(f"<div>{escape(r)}</div>" for r in d["recipients"])
    tail = (f'<p>{escape(d["invite"])}</p><p>{escape(d["purpose"])}</p><p>{escape(d["when"])}</p>'
            f'<p>{escape(d["place"])}</p><p>{escape(d["closing"])}</p>'
            f'<table class="closing-table"><tr><td><div class="recipients"><div class="label">Nơi nhận:</div>'
            f'{rec}</div></td><td class="sign"><div class="role">{escape(d["role"])}</div>'
            f'<div>{escape(d["unit"])}</div><div>{escape(d["authority"])}</div><div>{escape(d["title"])}</div>'
            f'<div class="sig-space"></div><div>{escape(d["signer"])}</div></td></tr></table>')
    pages = [f'<section class="letter">{header}<h1>GIẤY MỜI</h1>'
             f'<p class="to">Kính gửi: {escape(letter["to"])}</p>{tail}</section>'
             for letter in d["letters"]]
    return "\n".join(pages)


def main(argv):
    args, font_dir = html_common.command_line(argv, __doc__, 3)
    event = event_data.load(args[0])
    if not event["guests"]:
        sys.exit(f"{args[0]}: no guests to invite")
    data = letter_data(event)
    with open(args[1], "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    with open(args[2], "w", encoding="utf-8") as f:
        f.write(html_common.document("GIẤY MỜI", CSS, letters_html(data), font_dir))


if __name__ == "__main__":
    main(sys.argv)
