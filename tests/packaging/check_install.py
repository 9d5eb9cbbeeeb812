#!/usr/bin/env python3
"""The install test: `cmake --install` into a temporary prefix, then checks
what landed there as a desktop would use it.

  check_install.py --build-dir B --expected LIST --app-id ID --version V

Everything is written below one temporary folder, removed at the end.
"""

import argparse
import configparser
import gzip
import os
import re
import shutil
import struct
import tempfile
import xml.etree.ElementTree as ElementTree

from packagingcheck import (Problems, compare_lists, kept_install_manifest, read_expected,
                            require_tools, run)

# Each man page and the --help texts whose options it must document.
MAN_PAGES = {
    "runboard.1.gz": [["runboard", "--help"]],
    "runboard-sandbox.1.gz": [["runboard-sandbox", "--help"]],
    "runboard-cron.1.gz": [["runboard", "cron", "--help"],
                           ["runboard", "cron", "next", "--help"],
                           ["runboard", "cron", "describe", "--help"]],
    "runboard-export.1.gz": [["runboard", "export", "--help"]],
    "runboard-launch.1.gz": [["runboard", "launch", "--help"]],
}

# An option in a --help text: "  -o, --output <FILE>", "  --tz <ZONE>",
# "  --listen HOST:PORT".
HELP_OPTION = re.compile(r"^ {1,4}(?:(-[A-Za-z0-9]), )?(--[a-z][a-z0-9-]*)")
# An environment variable in a help's "Environment:" block.
HELP_VARIABLE = re.compile(r"^ {2}([A-Z][A-Z0-9_]+) ")
OPTION_IN_TEXT = r"(?<![\w-]){}(?![\w-])"


def installed_files(prefix):
    found = []
    for folder, _, files in os.walk(prefix):
        for name in files:
            found.append(os.path.relpath(os.path.join(folder, name), prefix))
    return found


def png_size(path):
    """(width, height) from the IHDR chunk, or None for a file that is not
    a PNG."""
    with open(path, "rb") as f:
        header = f.read(24)
    if len(header) < 24 or header[:8] != b"\x89PNG\r\n\x1a\n" or header[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", header[16:24])


def man_text(troff):
    """The words of a man page's source, with troff's escapes for hyphens,
    fonts and spacing taken out, so "\\-\\-tz" reads "--tz"."""
    text = troff.replace("\\-", "-")
    text = re.sub(r"\\f(\[[^\]]*\]|\(..|.)", "", text)
    return re.sub(r"\\[&|^]", "", text)


def man_section(troff, name):
    """The source of one .SH section, empty when there is none."""
    match = re.search(r"^\.SH \"?" + name + r"\"?\n(.*?)(?=^\.SH |\Z)", troff, re.M | re.S)
    return match.group(1) if match else ""


def documented_options(troff):
    """The options a man page describes: those at the head of a tagged
    paragraph (.TP) of its OPTIONS section."""
    options = set()
    lines = man_section(troff, "OPTIONS").splitlines()
    for head, line in zip(lines, lines[1:]):
        if head.startswith(".TP"):
            options.update(re.findall(r"(?<![\w-])(--?[a-z][a-z0-9-]*)", man_text(line)))
    return options


def help_options(text):
    options, variables = set(), set()
    in_environment = False
    for line in text.splitlines():
        if line and not line.startswith(" "):
            in_environment = line.startswith("Environment")
        match = HELP_OPTION.match(line)
        if match:
            options.update(option for option in match.groups() if option)
        elif in_environment:
            match = HELP_VARIABLE.match(line)
            if match:
                variables.add(match.group(1))
    return options, variables


def check_binaries(problems, prefix, version, env):
    for name in ("runboard", "runboard-sandbox"):
        path = os.path.join(prefix, "bin", name)
        if not os.access(path, os.X_OK):
            continue  # already reported as missing
        status, out, _ = run(["readelf", "-d", path])
        if problems.check(status == 0, f"bin/{name}: readelf -d failed"):
            for tag in ("RPATH", "RUNPATH"):
                problems.check(f"({tag})" not in out,
                               f"bin/{name}: has a {tag}, the installed binary should need none: "
                               + " ".join(line.strip() for line in out.splitlines()
                                          if f"({tag})" in line))
        status, out, err = run(["ldd", path])
        unresolved = [line.strip() for line in out.splitlines() if "not found" in line]
        problems.check(status == 0 and not unresolved,
                       f"bin/{name}: libraries not found: {unresolved or err.strip()}")
        status, out, err = run([path, "--version"], env=env)
        problems.check(status == 0 and out.strip() == f"{name} {version}",
                       f"bin/{name} --version: expected '{name} {version}', got status {status}, "
                       f"'{out.strip()}' {err.strip()}")


def check_desktop_entry(problems, prefix, app_id):
    path = os.path.join(prefix, "share/applications", app_id + ".desktop")
    if not os.path.exists(path):
        return
    status, out, err = run(["desktop-file-validate", path])
    # Hints are suggestions; errors and warnings fail.
    complaints = [line for line in (out + err).splitlines() if "hint:" not in line and line.strip()]
    problems.check(status == 0 and not complaints,
                   "desktop-file-validate: " + " | ".join(complaints or [f"exit status {status}"]))
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(path, encoding="utf-8")
    section = entry["Desktop Entry"] if entry.has_section("Desktop Entry") else {}
    command = section.get("Exec", "").split()
    program = command[0] if command else ""
    problems.check(program and os.access(os.path.join(prefix, "bin", program), os.X_OK),
                   f"desktop entry: Exec={section.get('Exec')} is not a program installed in bin/")
    problems.check(section.get("Icon") == app_id,
                   f"desktop entry: Icon={section.get('Icon')}, expected {app_id}")
    problems.check(os.path.exists(os.path.join(
        prefix, "share/icons/hicolor/scalable/apps", app_id + ".svg")),
        f"desktop entry: no hicolor icon named {app_id}")


def check_metainfo(problems, prefix, app_id, version):
    path = os.path.join(prefix, "share/metainfo", app_id + ".metainfo.xml")
    if not os.path.exists(path):
        return
    status, out, err = run(["appstreamcli", "validate", "--no-net", path])
    # I: (info) and P: (pedantic) lines are advice; E: and W: fail.
    complaints = [line for line in (out + err).splitlines() if re.match(r"^[EW]: ", line)]
    problems.check(status == 0 and not complaints,
                   "appstreamcli validate: " + " | ".join(complaints or [out.strip(), err.strip()]))
    root = ElementTree.parse(path).getroot()
    problems.check(root.findtext("id") == app_id,
                   f"metainfo: id is {root.findtext('id')}, expected {app_id}")
    launchable = root.find("launchable")
    problems.check(launchable is not None and launchable.text == app_id + ".desktop",
                   f"metainfo: launchable is "
                   f"{None if launchable is None else launchable.text}, expected {app_id}.desktop")
    releases = [release.get("version") for release in root.iter("release")]
    problems.check(releases[:1] == [version],
                   f"metainfo: newest release is {releases[:1]}, expected [{version!r}]")
    binaries = {binary.text for binary in root.iter("binary")}
    problems.check(binaries == {"runboard", "runboard-sandbox"},
                   f"metainfo: provides binaries {sorted(binaries)}")


def check_icons(problems, prefix):
    hicolor = os.path.join(prefix, "share/icons/hicolor")
    for folder, _, files in os.walk(hicolor):
        match = re.search(r"/(\d+)x(\d+)/apps$", folder)
        for name in files:
            if not name.endswith(".png"):
                continue
            size = png_size(os.path.join(folder, name))
            wanted = (int(match.group(1)), int(match.group(2))) if match else None
            problems.check(size is not None and size == wanted,
                           f"{os.path.relpath(os.path.join(folder, name), prefix)}: "
                           f"{'not a PNG' if size is None else '%dx%d' % size} "
                           f"in a folder for {wanted and '%dx%d' % wanted}")


def check_man_pages(problems, prefix, env):
    groff = shutil.which("groff")
    for page, help_commands in MAN_PAGES.items():
        path = os.path.join(prefix, "share/man/man1", page)
        if not os.path.exists(path):
            continue
        with open(path, "rb") as f:
            header = f.read(10)
        # gzip -n: no name flag (byte 3, bit 3) and no time stamp (bytes 4-7).
        problems.check(header[3] & 0x08 == 0 and header[4:8] == b"\0\0\0\0",
                       f"man1/{page}: compressed with a name or a time stamp (use gzip -9n)")
        try:
            with gzip.open(path, "rt", encoding="utf-8") as f:
                troff = f.read()
        except (OSError, UnicodeDecodeError) as error:
            problems.add(f"man1/{page}: does not decompress as UTF-8 text: {error}")
            continue
        problems.check(not re.search(r"@[A-Z_]+@", troff),
                       f"man1/{page}: a @VARIABLE@ was left unconfigured")
        if groff:
            status, _, err = run([groff, "-man", "-ww", "-z", "-Tutf8"], stdin_text=troff)
            problems.check(status == 0 and not err.strip(),
                           f"man1/{page}: groff warns: {err.strip()}")
        text = man_text(troff)
        helped = set()
        for command in help_commands:
            program = os.path.join(prefix, "bin", command[0])
            status, out, err = run([program] + command[1:], env=env)
            if not problems.check(status == 0, f"{' '.join(command)}: exit status {status}: "
                                                f"{err.strip()}"):
                continue
            options, variables = help_options(out)
            helped |= options
            for option in sorted(options):
                problems.check(re.search(OPTION_IN_TEXT.format(re.escape(option)), text),
                               f"man1/{page}: does not mention {option}, "
                               f"which '{' '.join(command)}' prints")
            for variable in sorted(variables):
                problems.check(variable in man_section(troff, "ENVIRONMENT"),
                               f"man1/{page}: ENVIRONMENT does not name {variable}, "
                               f"which '{' '.join(command)}' prints")
        problems.check(helped, f"man1/{page}: no options found in the help texts of "
                               f"{[' '.join(command) for command in help_commands]}")
        for option in sorted(documented_options(troff) - helped):
            problems.add(f"man1/{page}: documents {option}, which no --help of "
                         f"{', '.join(' '.join(c[:-1]) for c in help_commands)} prints")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--expected", required=True)
    parser.add_argument("--app-id", required=True)
    parser.add_argument("--version", required=True)
    args = parser.parse_args()

    problems = Problems("install test")
    if not require_tools(problems, ["cmake", "desktop-file-validate", "appstreamcli", "readelf",
                                    "ldd"]):
        problems.finish()

    scratch = tempfile.mkdtemp(prefix="runboard-install-test-")
    try:
        with kept_install_manifest(args.build_dir):
            prefix = os.path.join(scratch, "prefix")
            status, out, err = run(["cmake", "--install", args.build_dir, "--prefix", prefix])
        if not problems.check(status == 0, f"cmake --install failed ({status}): {out}{err}"):
            problems.finish()
        home = os.path.join(scratch, "home")
        os.makedirs(home)
        # The programs run with a private home: --help must not need, or
        # touch, the user's settings.
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
                   XDG_DATA_HOME=os.path.join(home, ".local/share"),
                   XDG_STATE_HOME=os.path.join(home, ".local/state"),
                   QT_QPA_PLATFORM="offscreen")
        compare_lists(problems, "installed files", read_expected(args.expected),
                      installed_files(prefix))
        check_binaries(problems, prefix, args.version, env)
        check_desktop_entry(problems, prefix, args.app_id)
        check_metainfo(problems, prefix, args.app_id, args.version)
        check_icons(problems, prefix)
        check_man_pages(problems, prefix, env)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    problems.finish()


if __name__ == "__main__":
    main()
