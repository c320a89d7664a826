#!/usr/bin/env python3
"""Checks DOCX packages as Word needs them, independently of thidua.

usage: check_docx.py FILE.docx...

For each file: the zip opens and every entry's CRC is right; every part is well-formed XML;
every part has a content type ([Content_Types].xml: by extension or by override) and every
override names a part that exists; every relationship's target exists; every r:id and r:embed
used in a part is one of its relationships; every style the document names is defined in
styles.xml; every numbering id used is defined in numbering.xml; the entries are dated
1980-01-01 (deterministic) and [Content_Types].xml comes first. Prints one line per problem;
exit status 1 if there was any.
"""
import posixpath
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"


def rels_path(part):
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def check(path):
    problems = []
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        return [f"{path}: not a zip file: {error}"]
    bad = archive.testzip()
    if bad is not None:
        problems.append(f"{path}: entry {bad} is damaged")
    names = archive.namelist()
    if not names or names[0] != "[Content_Types].xml":
        problems.append(f"{path}: [Content_Types].xml is not the first entry")
    for info in archive.infolist():
        if info.date_time[:3] != (1980, 1, 1):
            problems.append(f"{path}: {info.filename} is dated {info.date_time}, not 1980-01-01")
    trees = {}
    for name in names:
        if name.endswith(".xml") or name.endswith(".rels"):
            try:
                trees[name] = ET.fromstring(archive.read(name))
            except ET.ParseError as error:
                problems.append(f"{path}: {name} is not well-formed XML: {error}")
    types = trees.get("[Content_Types].xml")
    if types is None:
        return problems + [f"{path}: no [Content_Types].xml"]
    defaults = {d.get("Extension").lower() for d in types.findall(CT + "Default")}
    overrides = {o.get("PartName") for o in types.findall(CT + "Override")}
    for name in names:
        if name == "[Content_Types].xml" or name.endswith("/"):
            continue
        if "/" + name not in overrides and name.rsplit(".", 1)[-1].lower() not in defaults:
            problems.append(f"{path}: {name} has no content type")
    for part in overrides:
        if part.lstrip("/") not in names:
            problems.append(f"{path}: [Content_Types].xml names {part}, which is not in the package")
    main = [o.get("PartName") for o in types.findall(CT + "Override")
            if o.get("ContentType", "").endswith("wordprocessingml.document.main+xml")]
    if main != ["/word/document.xml"]:
        problems.append(f"{path}: the main document part is {main}")
    # Relationships: targets exist; ids used by each part are declared.
    for name in names:
        if name != "_rels/.rels" and not (name.endswith(".xml") and name in trees):
            continue
        source = "" if name == "_rels/.rels" else name
        rels_name = "_rels/.rels" if name == "_rels/.rels" else rels_path(name)
        rels = trees.get(rels_name)
        declared = set()
        if rels is not None:
            for rel in rels.findall(PKG_RELS + "Relationship"):
                declared.add(rel.get("Id"))
                if rel.get("TargetMode") == "External":
                    continue
                target = posixpath.normpath(posixpath.join(posixpath.dirname(source), rel.get("Target")))
                if target not in names:
                    problems.append(f"{path}: {rels_name}: {rel.get('Id')} points to {target}, which is missing")
        if name == "_rels/.rels":
            continue
        for element in trees[name].iter():
            for key, value in element.attrib.items():
                if key.startswith(R) and value not in declared:
                    problems.append(f"{path}: {name} uses relationship {value}, which {rels_name} does not declare")
    styles = trees.get("word/styles.xml")
    document = trees.get("word/document.xml")
    if styles is None or document is None:
        return problems + [f"{path}: no word/styles.xml or word/document.xml"]
    defined = {s.get(W + "styleId") for s in styles.findall(W + "style")}
    used = set()
    for part, tree in trees.items():
        if part.startswith("word/"):
            for tag in ("pStyle", "rStyle", "tblStyle"):
                used |= {e.get(W + "val") for e in tree.iter(W + tag)}
    for style in sorted(used - defined):
        problems.append(f"{path}: style {style} is used but not defined in styles.xml")
    for style in styles.findall(W + "style"):
        based = style.find(W + "basedOn")
        if based is not None and based.get(W + "val") not in defined:
            problems.append(f"{path}: style {style.get(W + 'styleId')} is based on an undefined style")
    num_ids = {e.get(W + "val") for e in document.iter(W + "numId")}
    if num_ids:
        numbering = trees.get("word/numbering.xml")
        known = set() if numbering is None else {n.get(W + "numId") for n in numbering.findall(W + "num")}
        for num in sorted(num_ids - known):
            problems.append(f"{path}: numbering {num} is used but not defined in numbering.xml")
    body = document.find(W + "body")
    if body is None or len(body) == 0 or body[-1].tag != W + "sectPr":
        problems.append(f"{path}: the body does not end with its section properties")
    return problems


def main():
    problems = []
    for path in sys.argv[1:]:
        problems += check(path)
    for problem in problems:
        print(problem)
    if not problems:
        print(f"ok: {len(sys.argv) - 1} DOCX packages")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
