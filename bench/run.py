#!/usr/bin/env python3
"""Run every bench/*.py under pyco and CPython and print a comparison table.

Usage: bench/run.py [--runs N] [--pyco PATH] [--python PATH] [NAME ...]

Each program runs N times (default 3) under each interpreter; the table shows the best
wall time, the ratio pyco/CPython, and the peak resident memory of the process (from one
more run under /usr/bin/time, when installed: timed runs start the interpreter directly, so
the wrapper's own start-up, about a millisecond, is not counted in either interpreter's
time). The two interpreters must print the same stdout; a mismatch is
flagged in the table and makes the script exit with status 1.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def run_measured(cmd, timeout, with_rss):
    """Run cmd; return (seconds, peak RSS in KiB or None, stdout bytes, exit status).

    Peak RSS comes from `/usr/bin/time -f %M` when it exists and `with_rss` is set: the
    rusage of a child forked from this (large) Python process would include the parent's
    memory image.
    """
    rss_file = None
    if TIME and with_rss:
        rss_file = os.path.join(tempfile.gettempdir(), f"pyco-bench-{os.getpid()}.rss")
        cmd = [TIME, "-q", "-f", "%M", "-o", rss_file] + cmd
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None, b"", "timeout"
    elapsed = time.perf_counter() - start
    rss = None
    if rss_file:
        try:
            with open(rss_file) as f:
                rss = int(f.read().split()[-1])
        except (OSError, ValueError, IndexError):
            rss = None
        finally:
            if os.path.exists(rss_file):
                os.remove(rss_file)
    return elapsed, rss, p.stdout, p.returncode


def best_of(cmd, runs, timeout):
    """The best time of `runs` direct runs, and the peak RSS of one more, wrapped run."""
    best = None
    outs = set()
    status = 0
    for i in range(runs + 1):
        measuring_rss = i == runs
        if measuring_rss and not TIME:
            break
        t, rss, out, rc = run_measured(cmd, timeout, measuring_rss)
        outs.add(out)
        if rc != 0:
            status = rc
        if t is None:
            return None, None, outs, status
        if measuring_rss:
            best = (best[0], rss)
        elif best is None or t < best[0]:
            best = (t, None)
    return best[0], best[1], outs, status


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pyco", default=os.path.join(ROOT, "target", "release", "pyco"))
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("names", nargs="*", help="benchmark names (default: all bench/*.py)")
    args = ap.parse_args()

    names = args.names or sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py") and f != "run.py")
    print(f"pyco:    {args.pyco}")
    print(f"CPython: {args.python} ({sys.version.split()[0] if args.python == sys.executable else 'external'})")
    print(f"best of {args.runs} runs; RSS = peak resident memory of one more run\n")
    header = f"{'benchmark':<18} {'pyco s':>8} {'CPython s':>10} {'ratio':>7} {'pyco RSS':>10} {'CPy RSS':>10}  check"
    print(header)
    print("-" * len(header))
    failed = False
    for name in names:
        path = os.path.join(HERE, name + ".py")
        pt, prss, pouts, pst = best_of([args.pyco, path], args.runs, args.timeout)
        ct, crss, couts, cst = best_of([args.python, path], args.runs, args.timeout)
        if pt is None or ct is None:
            check = "TIMEOUT"
        elif pst != 0 or cst != 0:
            check = f"EXIT pyco={pst} cpython={cst}"
        elif len(pouts) != 1 or pouts != couts:
            check = "MISMATCH"
        else:
            check = "same output"
        if check != "same output":
            failed = True

        def secs(t):
            return f"{t:.3f}" if t is not None else "-"

        def mib(kib):
            return f"{kib / 1024:.1f} MiB" if kib else "-"

        ratio = f"{pt / ct:.2f}" if pt and ct else "-"
        print(f"{name:<18} {secs(pt):>8} {secs(ct):>10} {ratio:>7} {mib(prss):>10} {mib(crss):>10}  {check}", flush=True)
        if check == "MISMATCH":
            for label, outs in (("pyco", pouts), ("cpython", couts)):
                for o in outs:
                    print(f"    {label}: {o[:200]!r}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
