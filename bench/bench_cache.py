"""Cache cold vs warm: time to the first briefing and to all briefings, for 1 and N articles.

Synthesises N article files in a temporary folder by repeating seeds/ and the dev set
(../shared/eval/dev, read, never copied into the repo) with a small edit each, so every file
has its own cache key. Each measurement runs in a fresh interpreter so caches in memory and
imports do not flatter the warm runs; "cold" starts from an empty cache folder.

Usage: python bench/bench_cache.py [--count N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"


def synthesise(folder: Path, count: int) -> list[Path]:
    """`count` article files under `folder`, each a source article with a line of its own."""
    sources = sorted((ROOT / "seeds").glob("*.txt"))
    sources += sorted(p for p in DEV.glob("dev*") if p.suffix in (".txt", ".md"))
    texts = [(p.suffix, p.read_text(encoding="utf-8")) for p in sources]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        suffix, text = texts[i % len(texts)]
        path = folder / f"{i:05d}{suffix}"
        path.write_text(f"{text.rstrip()}\n\nThis copy is number {i} of the corpus.\n", "utf-8")
        paths.append(path)
    return paths


# Run in a child: open the cache, walk the folder, brief the first article, then the rest.
_CHILD = """
import json, sys, time
t0 = time.perf_counter()
from briefing.core.loader import load_file
from briefing.core.walk import walk_articles
from briefing.store.cache import BriefingCache, extract_cached
cache = BriefingCache.open(sys.argv[2])
files = sorted(walk_articles(sys.argv[1].encode())[0])
first = extract_cached(load_file(files[0]), cache)
t1 = time.perf_counter()
for f in files[1:]:
    extract_cached(load_file(f), cache)
t2 = time.perf_counter()
print(json.dumps({"first": t1 - t0, "all": t2 - t0, "hits": cache.hits, "misses": cache.misses}))
"""


def run_child(script: str, *args: str) -> dict[str, float]:
    """Run `script` in a fresh interpreter and read the JSON object it prints."""
    out = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=True
    ).stdout
    result: dict[str, float] = json.loads(out)
    return result


def run(folder: Path, cache: Path) -> dict[str, float]:
    return run_child(_CHILD, str(folder), str(cache))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=2000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        print(f"{'articles':>8}  {'cache':<5}  {'first (s)':>9}  {'all (s)':>8}  hits/misses")
        firsts: dict[tuple[int, str], float] = {}
        for count in (1, args.count):
            folder = base / f"articles-{count}"
            synthesise(folder, count)
            cache = base / f"cache-{count}"
            for label in ("cold", "warm"):
                started = time.perf_counter()
                r = run(folder, cache)
                firsts[count, label] = r["first"]
                print(
                    f"{count:>8}  {label:<5}  {r['first']:>9.3f}  {r['all']:>8.3f}"
                    f"  {r['hits']:.0f}/{r['misses']:.0f}"
                    f"  (process {time.perf_counter() - started:.2f}s)"
                )
        size = sum(p.stat().st_size for p in (base / f"cache-{args.count}").iterdir())
        ratio = firsts[args.count, "warm"] / firsts[1, "warm"]
        print(f"warm first-article ratio, {args.count} vs 1: {ratio:.2f}x")
        print(f"cache size for {args.count} articles: {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
