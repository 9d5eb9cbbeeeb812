#!/usr/bin/env python3
"""Fill translations from JSON files into a Qt .ts file.

    translations/merge_json.py translations/runboard_de.ts /work/notes/tr/part*.out.json
    translations/merge_json.py --english translations/runboard_en.ts

Each JSON file is a list of entries
    {"context", "source", "comment", "numerus",
     "translation": "…"                     (a message without plural forms)
     "translations": ["singular", "plural"]} (a %n message)
matched to the .ts by (context, source, comment). A filled message loses
type="unfinished". A translation that drops a placeholder of its source
(%1…%9, %n, %Ln) is refused, because the window would show the wrong
text; one with a different number of & accelerators is filled but
reported. When two files translate one message differently, the first file
named wins and the conflict is reported.

--english fills the plural forms of runboard_en.ts from the source itself:
"%Ln row(s)" → "%Ln row" / "%Ln rows"; a source without "(s)" is reported.

The file is written in lupdate's layout (through lconvert when it is
installed), and the report ends with every message still unfinished.
Exit status: 0, or 1 with --strict when anything is left unfinished.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(?:[1-9]|n)")
ACCELERATOR = re.compile(r"&(?![&#]|[a-zA-Z]+;)(?=\S)")
LCONVERT = ["/usr/lib/qt6/bin/lconvert", "lconvert"]


def key(context, source, comment):
    return (context, source, comment or "")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def message_key(context, message):
    return key(context, message.findtext("source") or "", message.findtext("comment"))


def is_unfinished(message):
    translation = message.find("translation")
    if translation is None:
        return True
    kind = translation.get("type")
    if kind == "unfinished":
        return True
    if kind in ("vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        return not forms or any(not (f.text or "") for f in forms)
    return not (translation.text or "")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def problems_of(source, texts):
    """Why the texts cannot replace the source; warnings that do not stop them."""
    errors, warnings = [], []
    wanted = placeholders(source)
    for text in texts:
        if not text:
            errors.append("empty translation")
            continue
        missing = [p for p in wanted if p not in text and not (p == "%n" and "%Ln" in text)]
        if missing:
            errors.append("drops " + ", ".join(missing))
        if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
            warnings.append("accelerators differ: %r" % text)
    return errors, warnings


def fill(message, texts):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        translation.text = None
        for text in texts:
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = texts[0]


def texts_of(entry, numerus):
    if numerus:
        texts = entry.get("translations")
        if texts is None and entry.get("translation"):
            texts = [entry["translation"]]
        return list(texts or [])
    text = entry.get("translation")
    if text is None and entry.get("translations"):
        text = entry["translations"][0]
    return [text] if text is not None else []


def english_forms(source):
    if "(s)" not in source:
        return None
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def write(tree, path):
    ET.indent(tree, space="    ")
    with tempfile.NamedTemporaryFile("wb", suffix=".ts", delete=False) as raw:
        raw.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(raw, encoding="utf-8", xml_declaration=False)
        raw.write(b"\n")
    lconvert = next((c for c in LCONVERT if shutil.which(c)), None)
    if lconvert:
        # lupdate's own layout, so update_translations changes nothing more.
        subprocess.run([lconvert, "-locations", "none", "-i", raw.name, "-o", path], check=True)
        os.unlink(raw.name)
    else:
        shutil.move(raw.name, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ts", help="the .ts file to fill, rewritten in place")
    parser.add_argument("json", nargs="*", help="JSON files, first one wins a conflict")
    parser.add_argument("--english", action="store_true",
                        help="fill plural forms from the source's (s)")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 when a message is left unfinished")
    args = parser.parse_args()

    tree = ET.parse(args.ts)
    index = {}
    for context, message in messages(tree):
        index[message_key(context, message)] = message

    chosen, origin = {}, {}
    report = {"filled": 0, "kept": 0, "refused": [], "warnings": [], "conflicts": [],
              "stale": []}
    for path in args.json:
        with open(path, encoding="utf-8") as handle:
            entries = json.load(handle)
        for number, entry in enumerate(entries):
            k = key(entry.get("context", ""), entry.get("source", ""), entry.get("comment"))
            where = "%s[%d]" % (os.path.basename(path), number)
            message = index.get(k)
            if message is None:
                report["stale"].append("%s: %s / %r" % (where, k[0], k[1]))
                continue
            numerus = message.get("numerus") == "yes"
            texts = texts_of(entry, numerus)
            if not texts:
                continue
            errors, warnings = problems_of(k[1], texts)
            if errors:
                report["refused"].append("%s: %s / %r: %s" % (where, k[0], k[1], "; ".join(errors)))
                continue
            report["warnings"] += ["%s: %s / %r: %s" % (where, k[0], k[1], w) for w in warnings]
            if k in chosen:
                if chosen[k] != texts:
                    report["conflicts"].append("%s: %s / %r: %r kept over %r" % (
                        where, k[0], k[1], chosen[k], texts))
                continue
            chosen[k], origin[k] = texts, where

    if args.english:
        for k, message in index.items():
            if message.get("numerus") == "yes" and k not in chosen:
                forms = english_forms(k[1])
                if forms:
                    chosen[k] = forms

    for k, texts in chosen.items():
        message = index[k]
        if not is_unfinished(message):
            current = message.find("translation")
            present = ([f.text or "" for f in current.findall("numerusform")]
                       if message.get("numerus") == "yes" else [current.text or ""])
            if present == texts:
                report["kept"] += 1
                continue
        fill(message, texts)
        report["filled"] += 1

    write(tree, args.ts)

    unfinished = ["%s / %r%s" % (context, message.findtext("source"),
                                 " (plural)" if message.get("numerus") == "yes" else "")
                  for context, message in messages(tree) if is_unfinished(message)]
    total = len(index)
    print("%s: %d messages, %d filled, %d already so, %d unfinished"
          % (args.ts, total, report["filled"], report["kept"], len(unfinished)))
    for title, lines in (("refused (placeholders)", report["refused"]),
                         ("conflicts (first file kept)", report["conflicts"]),
                         ("warnings", report["warnings"]),
                         ("not in the .ts (changed or removed sources)", report["stale"]),
                         ("unfinished", unfinished)):
        if lines:
            print("\n%s: %d" % (title, len(lines)))
            for line in lines:
                print("  " + line)
    return 1 if args.strict and unfinished else 0


if __name__ == "__main__":
    sys.exit(main())
