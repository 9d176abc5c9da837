"""Score the core on the phrasing banks: many short articles, each testing one shape.

    python bench/banks.py                 # both banks, a summary per kind
    python bench/banks.py --misses        # and every miss, with its item id

`bench/question_bank/bank.json`: one open question per item (or none); recall per kind is the
share of items whose question the core asks with the right kind and pointing at the right
sentence, and for the `none` items, how many got any question at all (false alarms).
`bench/actor_bank/bank.json`: people with their roles and affiliations, organisations, and
capitalised things that are not people; matched as `../shared/eval/dev/score.py` matches them
(a person by the last word of the name, a role by keyword, an affiliation by name or a long
word of it).

Both banks were written by helpers that did not read the rules, but rules are tuned on them:
these are development figures, not held-out ones.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.core.model import Article, Block, Briefing  # noqa: E402
from briefing.core.pipeline import extract  # noqa: E402

KINDS = ("conflict", "unspecified", "incomplete", "pending", "unattributed")


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text.lower()).strip()


def brief(item: dict) -> Briefing:
    date = dt.date.fromisoformat(item["article_date"]) if item.get("article_date") else None
    blocks = tuple(Block("paragraph", p) for p in item["paragraphs"])
    return extract(Article(f"{item['id']}.txt", None, blocks, date=date))


def score_questions(bank: list[dict], show: bool) -> None:
    hit: Counter[str] = Counter()
    total: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    for item in bank:
        kind = item["kind"]
        total[kind] += 1
        b = brief(item)
        sentences = [s.text for s in b.sentences]
        if kind == "none":
            if b.questions:
                hit["none"] += 1
                for q in b.questions:
                    alarms[q.kind] += 1
                if show:
                    print(f"  {item['id']} false alarm: " + " | ".join(q.text for q in b.questions))
            continue
        found = False
        for q in b.questions:
            if q.kind != kind:
                continue
            text = norm(q.text + " " + " ".join(sentences[i] for i in q.evidence))
            if "mention_all" in item and all(norm(m) in text for m in item["mention_all"]):
                found = True
            if "mention_any" in item and any(norm(m) in text for m in item["mention_any"]):
                found = True
        hit[kind] += found
        if show and not found:
            asked = " | ".join(f"{q.kind}: {q.text}" for q in b.questions) or "nothing"
            print(f"  {item['id']} missed {kind} ({item.get('note', '')}); asked {asked}")
    for kind in KINDS:
        if total[kind]:
            print(f"{kind:<13} recall {hit[kind] / total[kind]:.3f}  ({hit[kind]}/{total[kind]})")
    if total["none"]:
        share = hit["none"] / total["none"]
        print(f"{'none':<13} items with a false alarm {share:.3f}  ({hit['none']}/{total['none']})")
        print("  false alarms by kind: " + ", ".join(f"{k} {n}" for k, n in alarms.items()))


def score_actors(bank: list[dict], show: bool) -> None:
    tp = fp = fn = role_ok = role_n = aff_ok = aff_n = org_ok = org_n = not_person = 0
    for item in bank:
        b = brief(item)
        persons = [a for a in b.actors if a.kind == "person"]
        others = [a for a in b.actors if a.kind != "person"]
        gold = {norm(p["name"]).split()[-1]: p for p in item["persons"]}
        matched: set[str] = set()
        for p in persons:
            surnames = {norm(n).split()[-1] for n in (p.name, *p.aliases) if norm(n)}
            keys = [k for k in gold if k in surnames]
            if not keys:
                fp += 1
                if any(
                    norm(x) in norm(p.name) or norm(p.name) in norm(x)
                    for x in item.get("not_persons", [])
                ):
                    not_person += 1
                if show:
                    print(f"  {item['id']} extra person {p.name!r}")
                continue
            if keys[0] in matched:
                continue
            matched.add(keys[0])
            tp += 1
            g = gold[keys[0]]
            role = norm(p.role or "")
            if g["role"]:
                role_n += 1
                if any(norm(r) in role for r in g["role"]):
                    role_ok += 1
                elif show:
                    print(f"  {item['id']} role of {g['name']}: got {p.role!r}, want {g['role']}")
            if g["affiliation"]:
                aff_n += 1
                got = norm(p.affiliation or "") + " " + role
                want = norm(g["affiliation"])
                if want in got or any(w in got for w in want.split() if len(w) > 4):
                    aff_ok += 1
                elif show:
                    got_shown = f"got {p.affiliation!r}, want {want!r}"
                    print(f"  {item['id']} affiliation of {g['name']}: {got_shown}")
        for key, g in gold.items():
            if key not in matched:
                fn += 1
                if show:
                    print(f"  {item['id']} missed person {g['name']}")
        names = " | ".join(
            norm(a.name) + " " + " ".join(norm(x) for x in a.aliases) for a in others
        )
        for org in item.get("orgs", []):
            org_n += 1
            if norm(org) in names:
                org_ok += 1
            elif show:
                print(f"  {item['id']} missed org {org}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    counts = f"{tp} found, {fp} extra, {fn} missed"
    print(f"persons       F1 {f1:.3f}  (P {precision:.3f}, R {recall:.3f}; {counts})")
    print(f"              of the extra, {not_person} are things the bank marks as not people")
    print(
        f"roles         {role_ok / role_n:.3f}  ({role_ok}/{role_n})"
        if role_n
        else "roles         -"
    )
    print(f"affiliations  {aff_ok / aff_n:.3f}  ({aff_ok}/{aff_n})" if aff_n else "affiliations  -")
    print(
        f"organisations recall {org_ok / org_n:.3f}  ({org_ok}/{org_n})"
        if org_n
        else "organisations -"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print every miss with its item id")
    ap.add_argument("--only", choices=("questions", "actors"), help="score one bank only")
    ap.add_argument(
        "--questions",
        default="question_bank",
        help="the question bank's folder under bench/ (default question_bank; the sealed one"
        " is question_bank_b: report its aggregates only, never read its misses)",
    )
    args = ap.parse_args()
    for name, scorer in (("questions", score_questions), ("actors", score_actors)):
        if args.only and args.only != name:
            continue
        folder = args.questions if name == "questions" else "actor_bank"
        path = ROOT / "bench" / folder / "bank.json"
        if not path.exists():
            print(f"{path.relative_to(ROOT)}: not there, skipped")
            continue
        bank = json.loads(path.read_text(encoding="utf-8"))
        print(f"== {path.relative_to(ROOT)} ({len(bank)} items)")
        scorer(bank, args.misses)


if __name__ == "__main__":
    main()
