"""Batch throughput with --jobs 1 and --jobs 2, and peak memory for N articles.

Uses the same synthetic corpus as bench_cache.py (N files made from seeds/ and the dev set),
no cache. Each run is a fresh interpreter; peak memory is ru_maxrss of that process (and,
with a pool, of its largest worker), for two ways of consuming the results: streaming them
as JSONL to /dev/null, and keeping every briefing in a list as a reader would.

Usage: python bench/bench_batch.py [--count N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_cache import run_child, synthesise

_CHILD = """
import json, os, resource, sys, time
from briefing.batch import extract_many, write_jsonl
folder, jobs, keep = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "keep"
t0 = time.perf_counter()
results = extract_many([folder], jobs=jobs, progress=False)
if keep:
    n = len(list(results))
else:
    with open(os.devnull, "w") as sink:
        n = sum(write_jsonl(results, sink))
elapsed = time.perf_counter() - t0
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"n": n, "seconds": elapsed, "rss_kb": own, "worker_rss_kb": workers}))
"""


def run(folder: Path, jobs: int, keep: bool) -> dict[str, float]:
    return run_child(_CHILD, str(folder), str(jobs), "keep" if keep else "stream")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=2000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        synthesise(folder, args.count)
        print(f"{args.count} articles")
        print(
            f"{'jobs':>4}  {'results':<7}  {'seconds':>7}  {'art/s':>6}  {'peak MB':>7}  worker MB"
        )
        rates = {}
        for jobs, keep in ((1, False), (2, False), (1, True), (2, True)):
            r = run(folder, jobs, keep)
            rate = r["n"] / r["seconds"]
            rates[jobs, keep] = rate
            print(
                f"{jobs:>4}  {'list' if keep else 'jsonl':<7}  {r['seconds']:>7.2f}  {rate:>6.0f}"
                f"  {r['rss_kb'] / 1024:>7.0f}  {r['worker_rss_kb'] / 1024:>9.0f}"
            )
        print(f"speed-up with 2 jobs (jsonl): {rates[2, False] / rates[1, False]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
