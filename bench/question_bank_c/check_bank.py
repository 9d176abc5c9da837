#!/usr/bin/env python3
"""Consistency checks for the question bank C development resource (bank.json).

Usage: python3 check_bank.py [path/to/bank.json]

Exits with status 0 when every check passes, 1 otherwise.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

BANK_PATH = Path(__file__).resolve().parent / "bank.json"

EXPECTED_COUNTS: dict[str, int] = {
    "conflict": 40,
    "unspecified": 40,
    "incomplete": 30,
    "pending": 40,
    "unattributed": 30,
    "none": 30,
}

# Stock phrases that are covered by other resources and must not appear here.
BANNED_PHRASES: tuple[str, ...] = (
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
)

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ID_RE = re.compile(r"^k\d{3}$")


def normalise(text: str) -> str:
    """NFKD-normalise, drop combining marks and lower-case."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.lower()


def fragments_of(item: dict[str, Any]) -> list[str]:
    """Return the fragments an item expects to be mentioned."""
    if item.get("kind") == "conflict":
        return list(item.get("mention_all", []))
    return list(item.get("mention_any", []))


def check_item(item: dict[str, Any]) -> list[str]:
    """Return a list of problems found in a single item."""
    problems: list[str] = []
    item_id = item.get("id", "<no id>")
    kind = item.get("kind")

    if not isinstance(item_id, str) or not ID_RE.match(item_id):
        problems.append(f"{item_id}: malformed id")
    if kind not in EXPECTED_COUNTS:
        problems.append(f"{item_id}: unknown kind {kind!r}")
    if not item.get("domain"):
        problems.append(f"{item_id}: missing domain")
    if not item.get("note"):
        problems.append(f"{item_id}: missing note")
    if not DATE_RE.match(str(item.get("article_date", ""))):
        problems.append(f"{item_id}: article_date must be YYYY-MM-DD")

    paragraphs = item.get("paragraphs", [])
    if not isinstance(paragraphs, list) or not 2 <= len(paragraphs) <= 4:
        problems.append(f"{item_id}: needs 2-4 paragraphs")
        paragraphs = paragraphs if isinstance(paragraphs, list) else []
    text = normalise(" ".join(paragraphs))

    for phrase in BANNED_PHRASES:
        if phrase in text:
            problems.append(f"{item_id}: banned stock phrase {phrase!r}")

    if kind == "none":
        if item.get("mention_any"):
            problems.append(f"{item_id}: none item must have empty mention_any")
        if item.get("mention_all"):
            problems.append(f"{item_id}: none item must not have mention_all")
        return problems

    frags = fragments_of(item)
    if kind == "conflict":
        if "mention_any" in item:
            problems.append(f"{item_id}: conflict item should use mention_all only")
        if len(frags) != 2:
            problems.append(f"{item_id}: conflict needs exactly two values")
        elif normalise(frags[0]) == normalise(frags[1]):
            problems.append(f"{item_id}: conflict values are not distinct")
    elif not 1 <= len(frags) <= 3:
        problems.append(f"{item_id}: needs 1-3 fragments in mention_any")

    for frag in frags:
        if frag != frag.lower() or normalise(frag) != frag:
            problems.append(f"{item_id}: fragment {frag!r} not lower-case / plain")
        if normalise(frag) not in text:
            problems.append(f"{item_id}: fragment {frag!r} not found in paragraphs")
    return problems


def check_bank(items: list[dict[str, Any]]) -> list[str]:
    """Return all problems found in the bank."""
    problems: list[str] = []
    ids = Counter(item.get("id") for item in items)
    problems.extend(f"duplicate id {i}" for i, n in ids.items() if n > 1)

    counts = Counter(item.get("kind") for item in items)
    for kind, expected in EXPECTED_COUNTS.items():
        if counts.get(kind, 0) != expected:
            problems.append(f"kind {kind}: expected {expected}, found {counts.get(kind, 0)}")

    for item in items:
        problems.extend(check_item(item))
    return problems


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else BANK_PATH
    with open(path, encoding="utf-8") as handle:
        items = json.load(handle)

    problems = check_bank(items)
    counts = Counter(item.get("kind") for item in items)
    summary = ", ".join(f"{kind}={counts.get(kind, 0)}" for kind in EXPECTED_COUNTS)
    print(f"{len(items)} items ({summary})")
    if problems:
        for problem in problems:
            print(f"FAIL {problem}")
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
