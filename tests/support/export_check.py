#!/usr/bin/env python3
"""Reads an exported file back with an independent reader and compares it,
cell by cell, with the outputs the test served.

usage: export_check.py SPEC.json FILE

SPEC holds the pages of outputs as served (JSON text) and the export's
options. The expected table is computed here from Python's own JSON parser:
nested objects flattened to dotted names, arrays expanded by index or
joined, the documented fields first, the formula guard. Exit 0 when the
file matches, 1 with the differences, 3 when a reader is missing (skip).
"""
import csv
import io
import json
import re
import sys


class Num(str):
    """A JSON number, kept as the text the server sent."""


def pairs(items):
    # Duplicate keys: the first one's place, the last one's value.
    result = {}
    for key, value in items:
        result[key] = value
    return result


def load(text):
    return json.loads(text, object_pairs_hook=pairs, parse_int=Num, parse_float=Num)


def scalar_text(value):
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def flatten(value, prefix, out, arrays):
    if value is None:
        return
    if isinstance(value, dict):
        for key, member in value.items():
            flatten(member, key if prefix is None else prefix + "." + key, out, arrays)
        return
    if isinstance(value, list):
        if arrays == "expand":
            for index, element in enumerate(value):
                flatten(element, str(index) if prefix is None else f"{prefix}.{index}", out,
                        arrays)
            return
        # The test data joins scalars only: an array holding objects is
        # written as its own JSON text, which Python cannot give back.
        parts = [scalar_text(e) for e in value if e is not None]
        out[prefix] = ("; ".join(parts), "joined")
        return
    kind = "bool" if isinstance(value, bool) else "number" if isinstance(value, Num) else "string"
    out["value" if prefix is None else prefix] = (scalar_text(value), kind)


def guarded(text, guard, kind="string"):
    # A JSON number is never guarded: it cannot be a formula ("-5").
    if guard and kind != "number" and text and text[0] in "=+-@\t\r":
        return "'" + text
    return text


def expected_table(spec):
    items = []
    for page in spec["pages"]:
        items.extend(load(page))
    rows, seen = [], []
    for item in items:
        cells = {}
        flatten(item, None, cells, spec["arrays"])
        rows.append(cells)
        for name in cells:
            if name not in seen:
                seen.append(name)
    documented = spec["documented"]

    def rank(name):
        top = name.split(".", 1)[0]
        return documented.index(top) if top in documented else len(documented)

    header = sorted(seen, key=rank)  # sorted() is stable: first-seen order within a rank
    return items, header, rows


def fail(problems):
    print("\n".join(problems[:40]))
    if len(problems) > 40:
        print(f"... and {len(problems) - 40} more")
    sys.exit(1)


def check_csv(spec, path, header, rows):
    raw = open(path, "rb").read()
    problems = []
    has_bom = raw.startswith(b"\xef\xbb\xbf")
    if has_bom != spec["bom"]:
        problems.append(f"BOM present: {has_bom}, wanted {spec['bom']}")
    text = raw.decode("utf-8-sig" if spec["bom"] else "utf-8")
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=spec["delimiter"],
                              strict=True))
    guard = spec["guard"]
    if records[0] != [guarded(h, guard) for h in header]:
        problems.append(f"header {records[0]!r}\n  wanted {header!r}")
    if len(records) - 1 != len(rows):
        problems.append(f"{len(records) - 1} records, wanted {len(rows)}")
    crlf_in_cells = 0
    for number, (record, cells) in enumerate(zip(records[1:], rows), 1):
        if len(record) != len(header):
            problems.append(f"record {number}: {len(record)} fields, wanted {len(header)}")
            continue
        for column, got in zip(header, record):
            text, kind = cells.get(column, ("", "string"))
            wanted = guarded(text, guard, kind)
            crlf_in_cells += wanted.count("\r\n")
            if got != wanted:
                problems.append(f"record {number}, {column}: {got!r}, wanted {wanted!r}")
    endings = raw.count(b"\r\n") - crlf_in_cells
    wanted_endings = len(records) if spec["line_end"] == "\r\n" else 0
    if endings != wanted_endings:
        problems.append(f"{endings} CRLF record ends, wanted {wanted_endings}")
    return problems


def ooxml_text(value):
    # ECMA-376 writes characters XML would not keep (a CR) as _xHHHH_, and
    # a literal "_x" as _x005F_x; Excel reads them back, openpyxl does not.
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), value)


def check_xlsx(path, header, rows):
    try:
        import openpyxl
    except ImportError:
        print("openpyxl is not installed")
        sys.exit(3)
    book = openpyxl.load_workbook(path, read_only=True)
    sheet = book.worksheets[0]
    records = [list(r) for r in sheet.iter_rows(values_only=True)]
    problems = []
    if [str(h) for h in records[0]] != header:
        problems.append(f"header {records[0]!r}\n  wanted {header!r}")
    if len(records) - 1 != len(rows):
        problems.append(f"{len(records) - 1} rows, wanted {len(rows)}")
    for number, (record, cells) in enumerate(zip(records[1:], rows), 1):
        record = list(record) + [None] * (len(header) - len(record))
        for column, got in zip(header, record):
            wanted, kind = cells.get(column, ("", "string"))
            if got is None:
                ok = wanted == ""
            elif isinstance(got, bool):
                ok = kind == "bool" and scalar_text(got) == wanted
            elif isinstance(got, (int, float)):
                ok = kind == "number" and float(wanted) == got
            else:
                ok = ooxml_text(got) == wanted
            if not ok:
                problems.append(f"row {number}, {column}: {got!r}, wanted {wanted!r} ({kind})")
    return problems


def check_jsonl(spec, path):
    exact = dict(object_pairs_hook=list, parse_int=Num, parse_float=Num)
    items = [item for page in spec["pages"] for item in json.loads(page, **exact)]
    lines = open(path, "rb").read().split(b"\n")
    problems = []
    if lines[-1] != b"":
        problems.append("the file does not end with a line end")
    lines = lines[:-1]
    if len(lines) != len(items):
        problems.append(f"{len(lines)} lines, wanted {len(items)}")
    for number, (line, item) in enumerate(zip(lines, items), 1):
        if json.loads(line.decode("utf-8"), **exact) != item:
            problems.append(f"line {number}: {line!r}")
    return problems


def main():
    spec = json.load(open(sys.argv[1], encoding="utf-8"))
    path = sys.argv[2]
    items, header, rows = expected_table(spec)
    if spec["format"] == "csv":
        problems = check_csv(spec, path, header, rows)
    elif spec["format"] == "xlsx":
        problems = check_xlsx(path, header, rows)
    else:
        problems = check_jsonl(spec, path)
    if problems:
        fail(problems)
    print("OK")


main()
