"""Measured numbers, not timed tests: ``python -m benchmarks.<name>``."""
