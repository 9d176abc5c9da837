#!/usr/bin/env python3
"""Sanity checks for bank.json (the hand-written open-question bank).

Checks: ids unique; kinds valid and counts as expected; 2-4 paragraphs;
article_date is null or YYYY-MM-DD; every fragment in mention_any /
mention_all is lower-case, free of diacritics, and occurs in the item's
paragraphs after NFKD normalisation, stripping combining marks and
lower-casing; conflict items use mention_all (2 values), other open-question
kinds use mention_any (1-3), "none" items carry an empty mention_any.
Exit status 0 when all checks pass.
"""

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

EXPECTED = {
    "conflict": 40,
    "unspecified": 40,
    "incomplete": 30,
    "pending": 40,
    "unattributed": 30,
    "none": 40,
}


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def main(path):
    items = json.loads(Path(path).read_text(encoding="utf-8"))
    errors = []
    ids = Counter(it.get("id") for it in items)
    for i, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {i}")
    counts = Counter(it.get("kind") for it in items)
    for k, want in EXPECTED.items():
        if counts.get(k, 0) != want:
            errors.append(f"kind {k}: {counts.get(k, 0)} items, expected {want}")
    for k in counts:
        if k not in EXPECTED:
            errors.append(f"unknown kind {k!r}")
    seen_text = {}
    for it in items:
        iid, kind = it.get("id"), it.get("kind")
        paras = it.get("paragraphs", [])
        if not (2 <= len(paras) <= 4) or not all(isinstance(p, str) and p.strip() for p in paras):
            errors.append(f"{iid}: needs 2-4 non-empty paragraphs")
        d = it.get("article_date")
        if d is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            errors.append(f"{iid}: bad article_date {d!r}")
        if not it.get("domain") or not it.get("note"):
            errors.append(f"{iid}: missing domain or note")
        text = norm(" ".join(paras))
        if text in seen_text:
            errors.append(f"{iid}: same text as {seen_text[text]}")
        seen_text[text] = iid
        if kind == "conflict":
            frags = it.get("mention_all")
            if "mention_any" in it:
                errors.append(f"{iid}: conflict item should use mention_all only")
            if not isinstance(frags, list) or len(frags) != 2:
                errors.append(f"{iid}: conflict needs mention_all with 2 values")
                frags = frags or []
        elif kind == "none":
            frags = it.get("mention_any")
            if frags != []:
                errors.append(f"{iid}: none item should have empty mention_any")
            frags = []
        else:
            frags = it.get("mention_any")
            if "mention_all" in it:
                errors.append(f"{iid}: only conflict items use mention_all")
            if not isinstance(frags, list) or not (1 <= len(frags) <= 3):
                errors.append(f"{iid}: needs 1-3 mention_any fragments")
                frags = frags or []
        for f in frags:
            if f != norm(f):
                errors.append(f"{iid}: fragment {f!r} not lower-case / diacritic-free")
            if norm(f) not in text:
                errors.append(f"{iid}: fragment {f!r} not found in paragraphs")
        if kind == "conflict" and len(frags) == 2 and norm(frags[0]) == norm(frags[1]):
            errors.append(f"{iid}: conflict values identical")
    for e in errors:
        print("ERROR", e)
    print(f"{len(items)} items; " + ", ".join(f"{k}={counts.get(k, 0)}" for k in EXPECTED))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else here / "bank.json"))
