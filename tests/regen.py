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

The chapter snippets are run from examples/ and their expectations live in tests/chapter/
(see tests/golden.rs): `chapter__<x>` names examples/<x>.py, whose directive lines are in
tests/chapter/<x>.directives; with no arguments every example with a tests/chapter/<x>.stdout
is regenerated too.

Skipped: helper_*.py (modules imported by tests), programs whose first lines contain
`# pyco-expect: python3.7 ...` (their expectations are written by hand), and programs
whose `# pyco-needs: MODULE...` names a module the interpreter cannot import (aiohttp is
not in the standard library: point $PYCO_PYTHON at a Python that has it).

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
CHAPTER = os.path.join(HERE, "chapter")
EXAMPLES = os.path.join(os.path.dirname(HERE), "examples")
CHAPTER_PREFIX = "chapter__"
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


class Program:
    """One test program: where it is and runs, where its expectations go, its directives."""

    def __init__(self, name, directory, file, expect_base, header):
        self.name = name
        self.directory = directory
        self.file = file
        self.expect_base = expect_base
        self.header = header

    def hand_written(self):
        for line in self.header:
            line = line.strip()
            if line.startswith("# pyco-expect:"):
                if line[len("# pyco-expect:"):].strip().startswith("python3.7"):
                    return True
        return False

    def needs(self):
        found = []
        for line in self.header:
            line = line.strip()
            if line.startswith("# pyco-needs:"):
                found.extend(line[len("# pyco-needs:"):].split())
        return found

    def thread_idents(self):
        return any(line.strip().startswith("# pyco-normalise:") and "thread-idents" in line
                   for line in self.header)


def golden_program(name):
    path = os.path.join(GOLDEN, name + ".py")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        header = [line for _, line in zip(range(DIRECTIVE_LINES), f)]
    return Program(name, GOLDEN, name + ".py", os.path.join(GOLDEN, name), header)


def chapter_program(name):
    """`chapter__<x>`: examples/<x>.py, expectations and directives in tests/chapter/."""
    example = name[len(CHAPTER_PREFIX):]
    if not os.path.exists(os.path.join(EXAMPLES, example + ".py")):
        return None
    directives = os.path.join(CHAPTER, example + ".directives")
    header = []
    if os.path.exists(directives):
        with open(directives, encoding="utf-8") as f:
            header = f.readlines()
    return Program(name, EXAMPLES, example + ".py", os.path.join(CHAPTER, example), header)


def find_program(name):
    if name.startswith(CHAPTER_PREFIX) and not os.path.exists(os.path.join(GOLDEN, name + ".py")):
        return chapter_program(name)
    return golden_program(name)


def all_names():
    golden = sorted(
        f[:-3] for f in os.listdir(GOLDEN)
        if f.endswith(".py") and not f.startswith("helper_")
    )
    chapter = sorted(CHAPTER_PREFIX + f[:-len(".stdout")]
                     for f in os.listdir(CHAPTER) if f.endswith(".stdout"))
    return golden + chapter


def write(path, data, changes):
    old = None
    if os.path.exists(path):
        with open(path, "rb") as f:
            old = f.read()
    if old == data:
        return
    with open(path, "wb") as f:
        f.write(data)
    changes.append(("created" if old is None else "changed", os.path.relpath(path, HERE)))


def delete(path, changes):
    if os.path.exists(path):
        os.remove(path)
        changes.append(("deleted", os.path.relpath(path, HERE)))


ADDRESS = re.compile(rb"at 0x[0-9a-f]+")
THREAD_IDENT = re.compile(rb"started [0-9]+")


def normalize(data, program):
    """What tests/golden.rs compares: no program-dir prefix, `at 0x?` for addresses (and
    `started ?` for thread idents when the program asks for it)."""
    data = ADDRESS.sub(b"at 0x?", strip_program_dir(data, program.directory))
    if program.thread_idents():
        data = THREAD_IDENT.sub(b"started ?", data)
    return data


def strip_program_dir(data, directory):
    dirs = {directory, os.path.realpath(directory)}
    for prefix in sorted((f'File "{d}{os.sep}'.encode() for d in dirs), key=len, reverse=True):
        data = data.replace(prefix, b'File "')
    # Warnings start their line with the absolute file name: `/abs/golden/x.py:6: ...`;
    # asyncio's reprs say where code is: `running at /abs/golden/x.py:7`.
    for d in dirs:
        data = (b"\n" + data).replace(f"\n{d}{os.sep}".encode(), b"\n")[1:]
        data = data.replace(f" at {d}{os.sep}".encode(), b" at ")
    return data


def regen(python, program, changes, warnings):
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__ in tests/golden/ from helper_ imports
    proc = subprocess.run(
        [python, program.file],
        cwd=program.directory,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        timeout=TIMEOUT,
    )
    base = program.expect_base
    stdout = normalize(proc.stdout, program)
    stderr = normalize(proc.stderr, program)
    write(base + ".stdout", stdout, changes)
    if proc.returncode != 0:
        write(base + ".stderr", stderr, changes)
        write(base + ".status", b"%d\n" % proc.returncode, changes)
    else:
        delete(base + ".stderr", changes)
        delete(base + ".status", changes)
        if proc.stderr:
            warnings.append(f"{program.name}: exit status 0 but stderr is not empty")


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
        names = all_names()

    importable = {}

    def can_import(module):
        if module not in importable:
            importable[module] = subprocess.run(
                [python, "-c", "import " + module],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            ).returncode == 0
        return importable[module]

    changes, warnings, skipped = [], [], []
    for name in names:
        program = find_program(name)
        if program is None:
            warnings.append(f"{name}: no such program")
            continue
        if name.startswith("helper_") or program.hand_written():
            skipped.append(name)
            continue
        missing = [m for m in program.needs() if not can_import(m)]
        if missing:
            warnings.append(f"{name}: skipped, {python} cannot import {' '.join(missing)}")
            continue
        regen(python, program, changes, warnings)

    for kind, file in changes:
        print(f"{kind:8} {file}")
    for name in skipped:
        print(f"skipped  {name} (hand-written expectation or helper)")
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(f"{len(names)} programs, {len(changes)} files changed", file=sys.stderr)
    return 1 if any("no such program" in w for w in warnings) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
