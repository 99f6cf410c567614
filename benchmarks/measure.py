"""Runs one measured step in a fresh Python process and reports its wall seconds, its CPU seconds (child
processes included) and the peak memory of its largest process."""
from __future__ import annotations

import json
import subprocess
import sys

_CHILD = """
import json, resource, sys, time
step, args = sys.argv[1], json.loads(sys.argv[2])
start = time.perf_counter()
if step == "validate":  # args: the content folder and the settings file it is built with
    from pathlib import Path
    from katalog.loader import load_catalogue
    from katalog.settings import project_settings
    load_catalogue(args[0], languages=project_settings(Path(args[1])).languages)
elif step == "pelican":
    import pelican
    try:
        pelican.main(args)
    except SystemExit as stop:
        if stop.code:
            raise
seconds = time.perf_counter() - start
own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
# Work done in child processes (the search index) counts: CPU time is the sum. Memory is the larger of
# the two peaks; parent and child run at once, so together they may briefly hold more.
print("MEASURED " + json.dumps({"seconds": seconds,
      "cpu_seconds": own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime,
      "peak_mib": max(own.ru_maxrss, children.ru_maxrss) / 1024}))
"""


def run_measured(script: str, *args: str, cwd=None) -> dict:
    """Run a Python script in a fresh process; it prints one line `MEASURED {json}`, returned as a dict."""
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=cwd)
    for line in result.stdout.splitlines():
        if line.startswith("MEASURED "):
            return json.loads(line.removeprefix("MEASURED "))
    raise RuntimeError(f"{args[0] if args else script[:40]} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")


def measure(step: str, *args: str, cwd=None) -> dict:
    """{'seconds': …, 'cpu_seconds': …, 'peak_mib': …} of one step ('validate' CONTENT SETTINGS or 'pelican' ARGS…)."""
    return run_measured(_CHILD, step, json.dumps(list(args)), cwd=cwd)


def median(runs: list[dict]) -> dict:
    """The run with the median wall time: this machine's timings vary by a third from run to run."""
    return sorted(runs, key=lambda run: run["seconds"])[len(runs) // 2]


def table(headers: list[str], rows: list[list]) -> str:
    """A Markdown table, so the output can be pasted into a note as it is."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)
