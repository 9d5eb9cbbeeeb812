"""What both packaging tests share: the expected file list, running tools,
and collecting every difference before failing, so one run says all that
is wrong."""

import contextlib
import os
import subprocess
import sys


class Problems:
    """The differences found so far; `finish` prints them and exits."""

    def __init__(self, title):
        self.title = title
        self.items = []

    def add(self, message):
        self.items.append(message)

    def check(self, condition, message):
        if not condition:
            self.add(message)
        return condition

    def finish(self):
        if self.items:
            print(f"{self.title}: {len(self.items)} problem(s)")
            for item in self.items:
                print(f"  - {item}")
            sys.exit(1)
        print(f"{self.title}: all checks passed")
        sys.exit(0)


def read_expected(path):
    """The paths of the expected-install list: comments and blanks skipped."""
    with open(path, encoding="utf-8") as f:
        lines = [line.strip() for line in f]
    return [line for line in lines if line and not line.startswith("#")]


def compare_lists(problems, what, expected, actual):
    """One problem per missing and per unexpected path."""
    for path in sorted(set(expected) - set(actual)):
        problems.add(f"{what}: missing {path}")
    for path in sorted(set(actual) - set(expected)):
        problems.add(f"{what}: not in the expected list: {path} "
                     "(add it to tests/packaging/expected-install.txt if it belongs)")


def run(command, env=None, stdin_text=None):
    """Runs `command` and returns (exit status, stdout, stderr) as text."""
    completed = subprocess.run(command, capture_output=True, text=True, env=env,
                               input=stdin_text, check=False)
    return completed.returncode, completed.stdout, completed.stderr


def require_tools(problems, tools):
    """False (with a problem each) when a tool the check needs is missing:
    packaging/install-deps.sh installs them all."""
    missing = [tool for tool in tools if not any(
        os.access(os.path.join(folder, tool), os.X_OK)
        for folder in os.environ.get("PATH", "").split(os.pathsep))]
    for tool in missing:
        problems.add(f"{tool} is not installed (packaging/install-deps.sh installs it)")
    return not missing


@contextlib.contextmanager
def kept_install_manifest(build_dir):
    """Puts the build folder's install_manifest.txt back as it was: both
    `cmake --install` and cpack rewrite it, and a test must leave nothing
    behind (the file may list a real installation, for uninstalling)."""
    manifest = os.path.join(build_dir, "install_manifest.txt")
    kept = None
    if os.path.exists(manifest):
        with open(manifest, "rb") as f:
            kept = f.read()
    try:
        yield
    finally:
        if kept is None:
            if os.path.exists(manifest):
                os.remove(manifest)
        else:
            with open(manifest, "wb") as f:
                f.write(kept)
