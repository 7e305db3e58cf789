#!/usr/bin/env python3
"""Regenerate golden expectations with CPython.

Usage:
    python3 tests/regen.py                 # every program in tests/golden/
    python3 tests/regen.py NAME [NAME...]  # only these (with or without .py, paths are fine)

Each tests/golden/<name>.py is run the way tests/golden.rs runs it: current directory
tests/golden/, the bare file name as the only argument, stdin from /dev/null. Then:
    <name>.stdout  always written (the exact stdout);
    <name>.stderr  written only when the exit status is non-zero, deleted otherwise;
    <name>.status  written only when the exit status is non-zero, deleted otherwise.
A program that exits 0 but writes to stderr is reported as a warning (the harness expects an
empty stderr for it), and no .stderr is written.

CPython 3.9+ makes the script path absolute, so its tracebacks say
`File "/abs/path/tests/golden/x.py"` where pyco (and the expectation) says `File "x.py"`.
The absolute prefix of the golden directory is therefore removed from `File "...` in CPython's
stdout and stderr (tests/golden.rs does the same to every actual output before comparing).
Memory addresses (`at 0x7f...`) are written as `at 0x?`, the form the harness compares, so
regenerating does not churn files whose output shows default reprs.

Skipped: helper_*.py (modules imported by tests) and programs whose first lines contain
`# pyco-expect: python3.7 ...` (their expectations are written by hand).

The interpreter is $PYCO_PYTHON, else /root/.pyenv/versions/3.11.7/bin/python3 when it
exists, else the interpreter running this script. It must be CPython 3.11.
The script prints one line per file it created, changed or deleted.
"""

import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "golden")
DIRECTIVE_LINES = 5
TIMEOUT = 60


def find_python():
    env = os.environ.get("PYCO_PYTHON")
    if env:
        return env
    pinned = "/root/.pyenv/versions/3.11.7/bin/python3"
    if os.path.exists(pinned):
        return pinned
    return sys.executable


def hand_written(path):
    with open(path, encoding="utf-8") as f:
        for _, line in zip(range(DIRECTIVE_LINES), f):
            line = line.strip()
            if line.startswith("# pyco-expect:"):
                if line[len("# pyco-expect:"):].strip().startswith("python3.7"):
                    return True
    return False


def write(path, data, changes):
    old = None
    if os.path.exists(path):
        with open(path, "rb") as f:
            old = f.read()
    if old == data:
        return
    with open(path, "wb") as f:
        f.write(data)
    changes.append(("created" if old is None else "changed", os.path.basename(path)))


def delete(path, changes):
    if os.path.exists(path):
        os.remove(path)
        changes.append(("deleted", os.path.basename(path)))


def golden_prefixes():
    """The spellings of the golden directory CPython may put in front of a file name."""
    dirs = {GOLDEN, os.path.realpath(GOLDEN)}
    return sorted((f'File "{d}{os.sep}'.encode() for d in dirs), key=len, reverse=True)


ADDRESS = re.compile(rb"at 0x[0-9a-f]+")


def normalize(data):
    """What tests/golden.rs compares: no golden-dir prefix, `at 0x?` for addresses."""
    return ADDRESS.sub(b"at 0x?", strip_golden_dir(data))


def strip_golden_dir(data):
    for prefix in golden_prefixes():
        data = data.replace(prefix, b'File "')
    # Warnings start their line with the absolute file name: `/abs/golden/x.py:6: ...`.
    for d in {GOLDEN, os.path.realpath(GOLDEN)}:
        data = (b"\n" + data).replace(f"\n{d}{os.sep}".encode(), b"\n")[1:]
    return data


def regen(python, name, changes, warnings):
    file = name + ".py"
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__ in tests/golden/ from helper_ imports
    proc = subprocess.run(
        [python, file],
        cwd=GOLDEN,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        timeout=TIMEOUT,
    )
    base = os.path.join(GOLDEN, name)
    stdout = normalize(proc.stdout)
    stderr = normalize(proc.stderr)
    write(base + ".stdout", stdout, changes)
    if proc.returncode != 0:
        write(base + ".stderr", stderr, changes)
        write(base + ".status", b"%d\n" % proc.returncode, changes)
    else:
        delete(base + ".stderr", changes)
        delete(base + ".status", changes)
        if proc.stderr:
            warnings.append(f"{name}: exit status 0 but stderr is not empty")


def main(argv):
    python = find_python()
    version = subprocess.run(
        [python, "-c", "import sys; print(sys.version_info[:2])"],
        stdout=subprocess.PIPE, text=True, check=True,
    ).stdout.strip()
    if version != "(3, 11)":
        print(f"warning: {python} is Python {version}, expected 3.11", file=sys.stderr)

    if argv:
        names = []
        for arg in argv:
            base = os.path.basename(arg)
            names.append(base[:-3] if base.endswith(".py") else base)
    else:
        names = sorted(
            f[:-3] for f in os.listdir(GOLDEN)
            if f.endswith(".py") and not f.startswith("helper_")
        )

    changes, warnings, skipped = [], [], []
    for name in names:
        path = os.path.join(GOLDEN, name + ".py")
        if not os.path.exists(path):
            warnings.append(f"{name}: no such program {path}")
            continue
        if name.startswith("helper_") or hand_written(path):
            skipped.append(name)
            continue
        regen(python, name, changes, warnings)

    for kind, file in changes:
        print(f"{kind:8} {file}")
    for name in skipped:
        print(f"skipped  {name}.py (hand-written expectation or helper)")
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(f"{len(names)} programs, {len(changes)} files changed", file=sys.stderr)
    return 1 if any("no such program" in w for w in warnings) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
