#!/usr/bin/env python3
"""Sums the counters of every .trx file under a folder into the line CI reads:
'tests: N passed, M failed' (', K skipped' when some were not executed)."""
import glob
import re
import sys

passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    with open(path, encoding="utf-8") as trx:
        counters = re.search(r"<Counters ([^>]*)/>", trx.read())
    if counters:
        values = {k: int(v) for k, v in re.findall(r'(\w+)="(\d+)"', counters.group(1))}
        passed += values.get("passed", 0)
        failed += sum(values.get(k, 0) for k in ("failed", "error", "timeout", "aborted"))
        skipped += values.get("notExecuted", 0)

line = f"tests: {passed} passed, {failed} failed"
print(line + (f", {skipped} skipped" if skipped else ""))
