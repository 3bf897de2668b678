"""Benchmarks: zoo_sdk against the real panoptes-client 1.7.1, on one offline emulator.

``make bench`` (``python -m benchmarks``) starts one :class:`~zoo_sdk.emulator.Emulator` with
per-request latency, runs each scenario with both clients and prints a table with timings,
request counts, speed ratios and PASS/FAIL against the performance targets. See
:mod:`benchmarks.suite` for the scenarios and :mod:`benchmarks.report` for the output.
"""
