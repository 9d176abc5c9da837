"""Score the core's lede and actors against the Giveme5W1H gold standard.

Reads ../shared/eval/giveme5w1h/articles.jsonl (public annotated news; never copied into this
repository) and prints, per question (who, what, when, where), how often the lede's answer
overlaps a gold answer, and how often a gold `who` appears among the actors.

Usage: python bench/eval_giveme5w1h.py [PATH_TO_articles.jsonl] [--show N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

from briefing.core.model import Article, Block, Briefing
from briefing.core.pipeline import extract

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared/eval/giveme5w1h/articles.jsonl"
_STOP = frozenset("the a an of in on at to and for by with from as is was were are be".split())


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^\w\s]", " ", text.lower().replace("’", "'"))


def _tokens(text: str | None) -> set[str]:
    return {t for t in _norm(text or "").split() if t not in _STOP}


def overlaps(answer: str | None, gold: list[str]) -> bool:
    """True when the answer shares a content word with any gold phrase."""
    mine = _tokens(answer)
    return bool(mine) and any(mine & _tokens(g) for g in gold)


def to_article(row: dict) -> Article:
    """Title, description (unless the body repeats it) and body, as the loader would give."""
    blocks = []
    title = (row.get("title") or "").strip() or None
    if title:
        blocks.append(Block("title", title))
    text = row.get("text") or ""
    desc = (row.get("description") or "").strip()
    if desc and not text.startswith(desc[:80]):
        blocks.append(Block("paragraph", desc))
    blocks.append(Block("paragraph", text))
    date = None
    if row.get("date_publish"):
        date = dt.date.fromisoformat(row["date_publish"][:10])
    return Article(
        path=row.get("original_filename") or row["id"],
        title=title,
        blocks=tuple(blocks),
        date=date,
        source=row.get("source"),
    )


def actor_hit(b: Briefing, gold_who: list[str]) -> bool:
    names = " | ".join(_norm(" ".join((a.name, *a.aliases))) for a in b.actors if a.kind != "group")
    names_tokens = set(names.split())
    for g in gold_who:
        toks = _tokens(g)
        caps = {_norm(w).strip() for w in g.split() if w[:1].isupper()}
        wanted = {t for t in toks if t in caps} or toks
        if wanted and wanted & names_tokens:
            return True
    return False


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--show", type=int, default=0, help="print the lede of the first N articles")
    args = ap.parse_args()
    path = Path(args.path)
    if not path.exists():
        print(f"skipped: {path} not found (the shared eval folder is absent)")
        return 0
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    hits = {k: 0 for k in ("who", "what", "when", "where")}
    asked = dict.fromkeys(hits, 0)
    who_in_actors = 0
    first_person_is_who = 0
    start = time.perf_counter()
    briefings = [extract(to_article(r)) for r in rows]
    elapsed = time.perf_counter() - start
    for n, (row, b) in enumerate(zip(rows, briefings, strict=True)):
        gold = {k: [g["text"] for g in row["gold"].get(k, [])] for k in hits}
        lede = {"who": b.lede.who, "what": b.lede.what, "when": b.lede.when, "where": b.lede.where}
        for k in hits:
            if gold[k]:
                asked[k] += 1
                hits[k] += overlaps(lede[k], gold[k])
        if gold["who"]:
            who_in_actors += actor_hit(b, gold["who"])
            firsts = [a for a in b.actors if a.kind != "group"][:1]
            if firsts and overlaps(firsts[0].name, gold["who"]):
                first_person_is_who += 1
        if n < args.show:
            print(f"{row['original_filename']}: {row.get('title')}")
            for k in hits:
                print(f"  {k:5} {lede[k]!r:60.60}  gold={gold[k][:2]}")
            print("  actors:", [f"{a.name} ({a.kind})" for a in b.actors[:8]])
    total = len(rows)
    print(f"articles: {total}   core time: {elapsed:.2f} s ({total / elapsed:.0f} articles/s)")
    for k in hits:
        print(
            f"lede {k:5}: {hits[k]:3}/{asked[k]:3} = {hits[k] / asked[k]:.3f} overlap a gold answer"
        )
    share = who_in_actors / asked["who"]
    print(f"gold who among actors: {who_in_actors}/{asked['who']} = {share:.3f}")
    print(
        f"first actor is a gold who: {first_person_is_who}/{asked['who']} = "
        f"{first_person_is_who / asked['who']:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
