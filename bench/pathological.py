"""How extraction time grows with pathological input: the curve, not one point.

Two shapes: one paragraph with no full stop (every rule sees one enormous sentence) and a long
article of ordinary sentences. Linear growth means the time per 100 KB stays flat; catastrophic
backtracking shows as a column that explodes.

Usage: python bench/pathological.py [--max-kb 800]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from briefing.core.loader import parse_text
from briefing.core.pipeline import extract

RUN_ON = (
    "the Deputy Minister Anna van der Berg of the Council of Europe said on Monday January 10 "
    "that two options and other bilateral issues were “expected to be discussed” in Geneva "
)
SENTENCES = (
    "Deputy Foreign Minister Anna Berg said on Monday that talks with the OSCE would resume in "
    "Geneva on January 10. “We will listen,” she told reporters. Two options remain.\n\n"
)


def _make(unit: str, size: int, separator: str = "") -> str:
    body = (unit + separator) * (size // len(unit) + 1)
    return "A headline\n\n" + body[:size]


def _time(text: str) -> float:
    article = parse_text(text, "bench.txt")
    start = time.perf_counter()
    extract(article)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-kb", type=int, default=800)
    args = ap.parse_args()
    shapes: dict[str, Callable[[int], str]] = {
        "run-on paragraph": lambda n: _make(RUN_ON, n),
        "ordinary sentences": lambda n: _make(SENTENCES, n),
    }
    sizes = [kb for kb in (25, 50, 100, 200, 400, 800, 1600) if kb <= args.max_kb]
    print(f"{'shape':20} " + " ".join(f"{kb:>8} KB" for kb in sizes))
    for name, make in shapes.items():
        times = [_time(make(kb * 1000)) for kb in sizes]
        print(f"{name:20} " + " ".join(f"{t:>9.2f}s" for t in times))
        per = [t / kb * 100 for t, kb in zip(times, sizes, strict=True)]
        print(f"{'  per 100 KB':20} " + " ".join(f"{p:>9.2f}s" for p in per))
    return 0


if __name__ == "__main__":
    sys.exit(main())
