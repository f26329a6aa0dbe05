"""Benchmarks. Each prints one line per figure and a last line with the ratio
against its goal; see ../shared/design/BENCHMARKS.md for how they are measured."""
