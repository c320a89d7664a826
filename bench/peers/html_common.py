"""The HTML and CSS the WeasyPrint peer shares between the agreement and the invitations:
Decree 30 page (A4, margins 20/20/30/15 mm), Liberation Serif 14 pt from the Debian font
files via @font-face, and the two-column header with the national motto."""
import sys
from html import escape

FONT_DIR = "/usr/share/fonts/truetype/liberation2"


def command_line(argv, usage, count):
    """The paths and the font folder (`--fonts DIR`, anywhere) of a peer script's command line;
    exits with the script's `usage` unless it names exactly `count` paths."""
    args = [x for x in argv[1:] if not x.startswith("--")]
    font_dir = FONT_DIR
    if "--fonts" in argv:
        font_dir = argv[argv.index("--fonts") + 1]
        args.remove(font_dir)
    if len(args) != count:
        sys.exit(usage)
    return args, font_dir


def font_faces(font_dir=FONT_DIR):
    faces = []
    for style, weight, suffix in (("normal", 400, "Regular"), ("normal", 700, "Bold"),
                                  ("italic", 400, "Italic"), ("italic", 700, "BoldItalic")):
        faces.append(f"@font-face {{ font-family: 'Bench Serif'; font-style: {style}; "
                     f"font-weight: {weight}; src: url('file://{font_dir}/LiberationSerif-{suffix}.ttf'); }}")
    return "\n".join(faces)


BASE_CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm;
        @top-center { content: counter(page); font-family: 'Bench Serif'; font-size: 13pt; } }
@page :first { @top-center { content: none; } }
html { font-family: 'Bench Serif'; font-size: 14pt; line-height: 1.2; color: black; }
body { margin: 0; }
p { margin: 0 0 6pt 0; text-align: justify; text-indent: 1.27cm; hyphens: manual; }
table.header { width: 100%; border-collapse: collapse; margin-bottom: 12pt; }
table.header td { vertical-align: top; text-align: center; padding: 0; }
td.issuer { width: 42%; font-size: 13pt; }
td.motto { width: 58%; }
.parent { text-transform: none; }
.body-name { font-weight: bold; }
.rule { border-top: 0.75pt solid black; margin: 1pt auto 3pt auto; }
.issuer .rule { width: 35%; }
.number { font-size: 13pt; margin-top: 4pt; }
.country { font-weight: bold; font-size: 12pt; }
.slogan { font-weight: bold; font-size: 13pt; display: inline-block;
          border-bottom: 0.75pt solid black; padding-bottom: 1pt; }
.dated { font-style: italic; font-size: 14pt; margin-top: 6pt; }
h1 { font-size: 14pt; font-weight: bold; text-align: center; margin: 6pt 0 0 0; }
.subject { font-weight: bold; text-align: center; text-indent: 0; margin: 0; }
.subject-rule { width: 30%; border-top: 0.75pt solid black; margin: 2pt auto 12pt auto; }
.basis { font-style: italic; }
h2 { font-size: 14pt; font-weight: bold; margin: 6pt 0 6pt 0; text-indent: 1.27cm;
     text-align: justify; }
.recipients { font-size: 11pt; margin-top: 12pt; }
.recipients .label { font-size: 12pt; font-weight: bold; font-style: italic; }
.recipients div { text-indent: 0; }
"""


def header_html(parent, issuer, number, dated):
    """The Decree 30 header: parent and issuing body with 'Số:' on the left, the national
    motto, the slogan and the place and date on the right."""
    return f"""<table class="header"><tr>
<td class="issuer"><div class="parent">{escape(parent.upper())}</div>
<div class="body-name">{escape(issuer.upper())}</div><div class="rule"></div>
<div class="number">{escape(number)}</div></td>
<td class="motto"><div class="country">{escape(MOTTO)}</div>
<div class="slogan">{escape(SLOGAN)}</div>
<div class="dated">{escape(dated)}</div></td>
</tr></table>"""


MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
SLOGAN = "Độc lập - Tự do - Hạnh phúc"


def document(title, css, body, font_dir=FONT_DIR):
    return (f"<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(title)}</title>\n<style>\n{font_faces(font_dir)}\n{BASE_CSS}\n{css}\n"
            f"</style></head>\n<body>\n{body}\n</body></html>\n")
