#!/usr/bin/env python3
"""The package test: builds the .deb with CPack into a temporary folder and
checks its files, their owners and modes, and its control fields.

  check_deb.py --build-dir B --expected LIST --version V

Nothing is written outside the temporary folder, which is removed at the
end.
"""

import argparse
import os
import re
import shutil
import tempfile

from packagingcheck import (Problems, compare_lists, kept_install_manifest, read_expected,
                            require_tools, run)

# Qt libraries the binaries link, so shlibdeps must name their packages.
QT_PACKAGES = ["libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6network6", "libqt6sql6",
               "libqt6httpserver6", "libqt6charts6", "libqt6keychain1"]


def package_names(field):
    """The package names of a Depends-like field, alternatives included."""
    return {re.split(r"[\s(:]", part.strip())[0]
            for part in re.split(r"[,|]", field) if part.strip()}


def check_contents(problems, deb, expected):
    status, out, err = run(["dpkg-deb", "-c", deb])
    if not problems.check(status == 0, f"dpkg-deb -c failed: {err.strip()}"):
        return
    files = []
    for line in out.splitlines():
        # -rwxr-xr-x root/root   1234 2026-12-06 10:00 ./usr/bin/runboard
        fields = line.split(None, 5)
        if len(fields) < 6:
            problems.add(f"dpkg-deb -c: cannot read '{line}'")
            continue
        mode, owner, path = fields[0], fields[1], fields[5].removeprefix("./")
        problems.check(owner == "root/root", f"{path}: owned by {owner}, expected root/root")
        if mode.startswith("d"):
            problems.check(mode == "drwxr-xr-x", f"{path}: mode {mode}, expected drwxr-xr-x")
            continue
        files.append(path)
        wanted = "-rwxr-xr-x" if path.startswith("usr/bin/") else "-rw-r--r--"
        problems.check(mode == wanted, f"{path}: mode {mode}, expected {wanted}")
    compare_lists(problems, "files in the .deb", ["usr/" + path for path in expected], files)


def check_control(problems, deb, version, architecture):
    status, out, err = run(["dpkg-deb", "-f", deb])
    if not problems.check(status == 0, f"dpkg-deb -f failed: {err.strip()}"):
        return
    fields = {}
    name = None
    for line in out.splitlines():
        if line.startswith(" ") and name:
            fields[name] += "\n" + line
        elif ":" in line:
            name, value = line.split(":", 1)
            fields[name] = value.strip()
    expected = {"Package": "runboard", "Version": version, "Architecture": architecture,
                "Section": "net", "Priority": "optional"}
    for field, value in expected.items():
        problems.check(fields.get(field) == value,
                       f"control: {field} is {fields.get(field)!r}, expected {value!r}")
    for field in ("Maintainer", "Homepage", "Description", "Installed-Size"):
        problems.check(fields.get(field), f"control: no {field}")
    problems.check(re.fullmatch(r".+ <[^<>@\s]+@[^<>@\s]+>", fields.get("Maintainer", "")),
                   f"control: Maintainer {fields.get('Maintainer')!r} is not 'Name <email>'")
    problems.check("\n" in fields.get("Description", ""),
                   "control: Description has no extended description")
    depends = package_names(fields.get("Depends", ""))
    missing = [package for package in QT_PACKAGES + ["libqt6sql6-sqlite", "libc6"]
               if package not in depends]
    problems.check(not missing,
                   f"control: Depends lacks {missing} (shlibdeps not run?): "
                   f"{fields.get('Depends')!r}")
    recommends = package_names(fields.get("Recommends", ""))
    for package in ("qt6-translations-l10n", "libsecret-1-0", "gnome-keyring"):
        problems.check(package in recommends,
                       f"control: Recommends lacks {package}: {fields.get('Recommends')!r}")


def check_control_archive(problems, deb):
    """The control archive's own files: root-owned and 0644 (no scripts)."""
    status, out, err = run(["sh", "-c", 'dpkg-deb --ctrl-tarfile "$1" | tar -tvf -', "sh", deb])
    if not problems.check(status == 0, f"reading the control archive failed: {err.strip()}"):
        return
    for line in out.splitlines():
        fields = line.split(None, 5)
        if len(fields) < 6 or fields[0].startswith("d"):
            continue
        problems.check(fields[1] == "root/root" and fields[0] == "-rw-r--r--",
                       f"control archive: {fields[5]} is {fields[0]} {fields[1]}, "
                       "expected -rw-r--r-- root/root")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--expected", required=True)
    parser.add_argument("--version", required=True)
    args = parser.parse_args()

    problems = Problems("package test")
    if not require_tools(problems, ["cpack", "dpkg-deb", "dpkg-shlibdeps", "file", "tar"]):
        problems.finish()
    status, architecture, _ = run(["dpkg", "--print-architecture"])
    architecture = architecture.strip()

    scratch = tempfile.mkdtemp(prefix="runboard-deb-test-")
    try:
        with kept_install_manifest(args.build_dir):
            status, out, err = run(["cpack", "-G", "DEB", "--config",
                                    os.path.join(args.build_dir, "CPackConfig.cmake"),
                                    "-B", scratch])
        if not problems.check(status == 0, f"cpack failed ({status}): {out}{err}"):
            problems.finish()
        debs = sorted(name for name in os.listdir(scratch) if name.endswith(".deb"))
        wanted = f"runboard_{args.version}_{architecture}.deb"
        if not problems.check(debs == [wanted], f"cpack made {debs}, expected [{wanted!r}]"):
            problems.finish()
        deb = os.path.join(scratch, wanted)
        check_contents(problems, deb, read_expected(args.expected))
        check_control(problems, deb, args.version, architecture)
        check_control_archive(problems, deb)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    problems.finish()


if __name__ == "__main__":
    main()
