"""Benchmarks: each module prints a table of measured numbers; none of them asserts a time."""
