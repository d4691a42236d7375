"""Benchmarks for ictsearch (not run by CI): ``python bench/run.py [--quick]``."""
