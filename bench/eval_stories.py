"""Measure story grouping on the Giveme5W1H articles, and the time to group 2,000 articles.

Reads ../shared/eval/giveme5w1h/articles.jsonl (never copied into this repository), whose
`category` field names the event each article covers; unlabelled articles are left out. Prints
the adjusted Rand index of the stories against those events, then times `group_stories` and
`build_digest` on 2,000 articles made by repeating the set with every capitalised word given a
per-copy suffix, so each copy is a new set of events with new names rather than a duplicate.

Usage: python bench/eval_stories.py [PATH_TO_articles.jsonl] [--show]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_giveme5w1h import DEFAULT, to_article

from briefing.core.digest import build_digest
from briefing.core.digest.stories import group_stories
from briefing.core.model import Briefing
from briefing.core.pipeline import extract

SYNTHETIC = 2000
_CAPITALISED = re.compile(r"\b([A-Z][\w'-]*)")


def _comb2(n: int) -> float:
    return n * (n - 1) / 2


def adjusted_rand_index(truth: Sequence[str], found: Sequence[str]) -> float:
    """Hubert and Arabie's adjusted Rand index of two labellings of the same items."""
    pairs = Counter(zip(truth, found, strict=True))
    index = sum(_comb2(c) for c in pairs.values())
    rows = sum(_comb2(c) for c in Counter(truth).values())
    cols = sum(_comb2(c) for c in Counter(found).values())
    expected = rows * cols / _comb2(len(truth))
    maximum = (rows + cols) / 2
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)


def _rename(text: str | None, suffix: str) -> str | None:
    return None if text is None else _CAPITALISED.sub(lambda m: m.group(1) + suffix, text)


def _perturbed(b: Briefing, copy: int) -> Briefing:
    """A copy of `b` on a made-up event: every capitalised word and the path carry `copy`."""
    suffix = f"x{copy}"

    def r(text: str | None) -> str | None:
        return _rename(text, suffix)

    art = dataclasses.replace(b.article, path=f"{b.article.path}~{copy}", title=r(b.article.title))
    return dataclasses.replace(
        b,
        article=art,
        sentences=tuple(dataclasses.replace(s, text=r(s.text)) for s in b.sentences),
        summary=tuple(dataclasses.replace(s, text=r(s.text)) for s in b.summary),
        actors=tuple(
            dataclasses.replace(
                a,
                name=r(a.name),
                role=r(a.role),
                aliases=tuple(r(x) for x in a.aliases),
                quotes=tuple(dataclasses.replace(q, text=r(q.text)) for q in a.quotes),
            )
            for a in b.actors
        ),
        agenda=tuple(
            dataclasses.replace(
                it,
                title=r(it.title),
                where=r(it.where),
                participants=tuple(r(x) for x in it.participants),
            )
            for it in b.agenda
        ),
    )


def _best_of(runs: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--show", action="store_true", help="print each story with its events")
    args = ap.parse_args()
    path = Path(args.path)
    if not path.exists():
        print(f"skipped: {path} not found (the shared eval folder is absent)")
        return 0
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    rows = [r for r in rows if r.get("category")]
    briefings = [extract(to_article(r)) for r in rows]
    truth = {b.article.path: r["category"] for r, b in zip(rows, briefings, strict=True)}
    groups = group_stories(briefings)
    found = {p: s.id for s in groups.stories for p in s.articles}
    paths = sorted(truth)
    ari = adjusted_rand_index([truth[p] for p in paths], [found[p] for p in paths])
    print(f"articles: {len(paths)}   events: {len(set(truth.values()))}   ", end="")
    print(f"stories: {len(groups.stories)}   adjusted Rand index: {ari:.3f}")
    if args.show:
        for s in groups.stories:
            events = Counter(truth[p] for p in s.articles)
            print(f"{s.id} ({len(s.articles)}) {s.title[:70]!r}  {dict(events)}")
    synthetic = [
        _perturbed(briefings[i % len(briefings)], i // len(briefings)) for i in range(SYNTHETIC)
    ]
    grouping = _best_of(3, lambda: group_stories(synthetic))
    digest = _best_of(3, lambda: build_digest(synthetic))
    print(
        f"{SYNTHETIC} articles: grouping {grouping:.2f} s, whole digest {digest:.2f} s (best of 3)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
