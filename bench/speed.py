"""Throughput and memory of the extraction core alone, and the import time of briefing.core.

Builds 1,000 articles by repeating seeds/ and, when present, the Giveme5W1H articles read from
../shared/eval (never copied here), then extracts them all on one core.

Usage: python bench/speed.py [--count N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from briefing.core.loader import load_paths
from briefing.core.model import Article
from briefing.core.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared/eval/giveme5w1h/articles.jsonl"


def corpus(count: int) -> list[Article]:
    """`count` articles: the seeds and, when the eval set is there, its articles, repeated."""
    articles, _ = load_paths([str(ROOT / "seeds")])
    if EVAL.exists():
        sys.path.insert(0, str(ROOT / "bench"))
        from eval_giveme5w1h import to_article

        with EVAL.open(encoding="utf-8") as fh:
            articles += [to_article(json.loads(line)) for line in fh if line.strip()]
    return [articles[i % len(articles)] for i in range(count)]


def import_time(module: str, runs: int = 7) -> float:
    """Median wall time of importing `module` in a fresh interpreter, in milliseconds.

    Bytecode caching is allowed (as on an installed package), and one warm-up run writes the
    cache first, so the figure is what a user pays at each start, not a first compile.
    """
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def once() -> float:
        run = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        )
        return float(run.stdout)

    once()
    return statistics.median(once() for _ in range(runs)) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=1000)
    args = ap.parse_args()
    articles = corpus(args.count)
    words = sum(len(b.text.split()) for a in articles for b in a.blocks)
    extract(articles[0])  # warm the regex caches so the first article is not timed cold
    tracemalloc.start()
    start = time.perf_counter()
    for article in articles:
        extract(article)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # tracemalloc slows Python down; time once more without it for the throughput figure.
    start = time.perf_counter()
    for article in articles:
        extract(article)
    plain = time.perf_counter() - start
    print(f"articles: {len(articles)} ({words / len(articles):.0f} words on average)")
    print(f"throughput: {len(articles) / plain:.0f} articles/s on one core ({plain:.2f} s)")
    print(f"peak traced memory during extraction: {peak / 1e6:.1f} MB (traced run {elapsed:.2f} s)")
    for module in ("briefing.core", "briefing.core.pipeline"):
        print(f"import {module}: {import_time(module):.1f} ms (median of 7 fresh interpreters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
