#!/usr/bin/env python3
"""Structural check for the sealed open-question bank (bank.json).

Checks only the bank itself; it never runs or imports the extractor.
"""

import json
import os
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {
    "conflict": 30,
    "unspecified": 30,
    "incomplete": 25,
    "pending": 30,
    "unattributed": 25,
    "none": 30,
}
BANNED = [
    "put the figure at",
    "gave the date as",
    "reserved judgment",
    "remains to be seen whether",
    "goes before the committee",
    "has not answered the demand",
    "weren't made public",
    "kept confidential",
    "under wraps",
    "identified only as",
    "until further notice",
    "it is widely believed",
    "insiders say",
    "allegedly",
    "a number of",
    "certain irregularities",
]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def main(path: str | None = None):
    with open(path or os.path.join(HERE, "bank.json"), encoding="utf-8") as fh:
        items = json.load(fh)
    errors = []
    ids = [it.get("id") for it in items]
    for i, n in Counter(ids).items():
        if n > 1:
            errors.append(f"duplicate id {i}")
    counts = Counter(it.get("kind") for it in items)
    for k, want in KINDS.items():
        if counts.get(k, 0) != want:
            errors.append(f"kind {k}: {counts.get(k, 0)} items, expected {want}")
    for k in counts:
        if k not in KINDS:
            errors.append(f"unknown kind {k}")
    for it in items:
        iid, kind = it.get("id"), it.get("kind")
        paras = it.get("paragraphs") or []
        if not (2 <= len(paras) <= 4):
            errors.append(f"{iid}: {len(paras)} paragraphs (want 2-4)")
        text = norm(" ".join(paras))
        for b in BANNED:
            if b in text:
                errors.append(f"{iid}: banned stock phrase {b!r}")
        if not it.get("domain"):
            errors.append(f"{iid}: missing domain")
        if "note" not in it:
            errors.append(f"{iid}: missing note")
        if kind == "conflict":
            vals = it.get("mention_all") or []
            if len(vals) != 2 or norm(vals[0]) == norm(vals[1]):
                errors.append(f"{iid}: conflict needs two distinct values, got {vals}")
            if "mention_any" in it:
                errors.append(f"{iid}: conflict should use mention_all only")
            frags = vals
        else:
            frags = it.get("mention_any")
            if frags is None:
                errors.append(f"{iid}: missing mention_any")
                frags = []
            if kind == "none" and frags:
                errors.append(f"{iid}: none item must have empty mention_any")
            if kind != "none" and not (1 <= len(frags) <= 3):
                errors.append(f"{iid}: {len(frags)} fragments (want 1-3)")
        for f in frags:
            if f != f.lower():
                errors.append(f"{iid}: fragment not lower-case: {f!r}")
            if norm(f) != f.lower():
                errors.append(f"{iid}: fragment has diacritics: {f!r}")
            if norm(f) not in text:
                errors.append(f"{iid}: fragment {f!r} not found in paragraphs")
    print("items:", len(items))
    for k in KINDS:
        print(f"  {k:13s} {counts.get(k, 0)}")
    print("domains:", len({it.get("domain") for it in items}))
    if errors:
        print(f"{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
