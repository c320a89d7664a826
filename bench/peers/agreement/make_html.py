#!/usr/bin/env python3
"""Writes the agreement of an event XML file as HTML + CSS for WeasyPrint (the agreement peer).

  make_html.py EVENT.xml OUT.html [--fonts DIR]

The same contents as `thidua agreement`: the Decree 30 header with the national motto,
title and subject, legal bases, preamble, numbered sections with items, points and targets,
the implementation, one signature block per unit two to a row, and the recipients; A4,
margins 20/20/30/15 mm, Liberation Serif 14 pt, justified, first-line indent 1.27 cm.
Run before timing: the timed peer run is only `weasyprint OUT.html OUT.pdf`.
"""
import os
import sys
from html import escape

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import event_data  # noqa: E402
import html_common  # noqa: E402

CSS = """
.item-target { text-indent: 1.27cm; }
table.signatures { width: 100%; border-collapse: collapse; margin-top: 12pt; }
table.signatures tbody { break-inside: avoid; }
table.signatures td { width: 50%; text-align: center; vertical-align: top; padding: 0 4pt;
                      font-weight: bold; }
table.signatures td.sig-name { padding: 2.2cm 4pt 18pt 4pt; }
.sig-unit { font-size: 13pt; }
"""


def paragraph(text, cls=None):
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{escape(text)}</p>"


def agreement_body(event):
    a = event["agreement"]
    out = [html_common.header_html(event["upper"], event["bloc"], a["number"], event["dated"]),
           f"<h1>{escape(a['title'])}</h1>",
           paragraph(a["subject"], "subject"), '<div class="subject-rule"></div>']
    out += [paragraph(b, "basis") for b in event_data.punctuated(a["bases"])]
    out += [paragraph(p) for p in a["preamble"]]
    for number, section in enumerate(a["sections"]):
        out.append(f"<h2>{event_data.ROMAN[number]}. {escape(section['title'].upper())}</h2>")
        out += [paragraph(p) for p in section["paragraphs"]]
        for i, item in enumerate(section["items"], 1):
            out.append(paragraph(f"{i}. {item['text']}"))
            for letter, point in zip("abcdefghiklmnopqrstuvxy", item["points"]):
                out.append(paragraph(f"{letter}) {point}"))
            for target in item["targets"]:
                out.append(paragraph(f"- Chỉ tiêu: {target}.", "item-target"))
    out.append(f"<h2>{event_data.ROMAN[len(a['sections'])]}. TỔ CHỨC THỰC HIỆN</h2>")
    out += [paragraph(p) for p in a["implementation"]]

    blocks = [event_data.signature(u, event["leader_word"], event["deputy_word"]) for u in event["units"]]
    rows = []
    for i in range(0, len(blocks), 2):
        pair = blocks[i:i + 2]
        heads = [f'<td class="sig-head"><div class="sig-unit">{escape(b["unit"])}{escape(b["label"])}</div>'
                 f'<div>{escape(b["authority"])}</div><div>{escape(b["title"])}</div></td>' for b in pair]
        names = [f'<td class="sig-name">{escape(b["name"])}</td>' for b in pair]
        if len(pair) == 1:
            heads.append("<td></td>")
            names.append("<td></td>")
        rows.append("<tbody><tr>" + "".join(heads) + "</tr><tr>" + "".join(names) + "</tr></tbody>")
    out.append('<table class="signatures">' + "".join(rows) + "</table>")

    if a["recipients"]:
        lines = "".join(f"<div>- {escape(r)}</div>" for r in event_data.punctuated(a["recipients"]))
        out.append(f'<div class="recipients"><div class="label">Nơi nhận:</div>{lines}</div>')
    return "\n".join(out)


def main(argv):
    args, font_dir = html_common.command_line(argv, __doc__, 2)
    event = event_data.load(args[0])
    if "agreement" not in event:
        sys.exit(f"{args[0]}: no <agreement>")
    html = html_common.document(event["agreement"]["title"], CSS, agreement_body(event), font_dir)
    with open(args[1], "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main(sys.argv)
