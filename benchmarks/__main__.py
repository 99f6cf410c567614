"""Runs every benchmark module (benchmarks/*_bench.py, each with a main() returning its table) and prints them."""
from __future__ import annotations

import importlib
from pathlib import Path

for path in sorted(Path(__file__).parent.glob("*_bench.py")):
    module = importlib.import_module(f"benchmarks.{path.stem}")
    print(f"## {path.stem}: {module.__doc__.splitlines()[0]}\n")
    print(module.main())
    print()
