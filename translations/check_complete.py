#!/usr/bin/env python3
"""Fail when a .ts file lacks a translation the sources need.

    check_complete.py --lupdate LUPDATE --root SOURCE_DIR --ts runboard_de.ts
                      [--plural-only] [lupdate options...]

Runs lupdate over the sources into a temporary copy of the .ts file (the
file itself is never touched) and lists every message that is then
unfinished: a new string nobody translated, a changed one whose old
translation no longer fits, or one left empty. Exit status 1 when any is.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LAYERS = ["app", "core", "models", "ui"]


def unfinished(path):
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            forms = [] if translation is None else translation.findall("numerusform")
            empty = translation is None or (
                any(not (f.text or "").strip() for f in forms) if forms
                else not (translation.text or "").strip())
            if kind == "unfinished" or empty:
                plural = " (plural)" if message.get("numerus") == "yes" else ""
                found.append("%s / %r%s" % (name, message.findtext("source"), plural))
    return found


def main():
    parser = argparse.ArgumentParser(allow_abbrev=False)
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--ts", required=True)
    parser.add_argument("--plural-only", action="store_true")
    args, options = parser.parse_known_args()

    with tempfile.TemporaryDirectory() as scratch:
        copy = os.path.join(scratch, os.path.basename(args.ts))
        shutil.copyfile(args.ts, copy)
        command = [args.lupdate, "-silent", *options]
        if args.plural_only:
            command.append("-pluralonly")
        command += [os.path.join(args.root, layer) for layer in LAYERS]
        command += ["-I", args.root, "-ts", copy]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            sys.stderr.write(run.stdout + run.stderr)
            return 2
        missing = unfinished(copy)

    name = os.path.basename(args.ts)
    if missing:
        print("%s: %d message(s) without a translation; run the target update_translations, "
              "translate them (docs/translations.md) and commit the .ts:" % (name, len(missing)))
        for line in missing:
            print("  " + line)
        return 1
    print("%s: every message is translated" % name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
