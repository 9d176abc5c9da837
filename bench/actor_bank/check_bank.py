#!/usr/bin/env python3
"""Consistency check for the actor bank (bank.json).

Every person name, role keyword, non-null affiliation, organisation and
not_person must occur in the item's text after normalisation (NFKD, combining
marks stripped, lower-cased). Also checks ids, item shape and counts.
Usage: python3 check_bank.py [path/to/bank.json]
"""

import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def main(path):
    items = json.loads(Path(path).read_text(encoding="utf-8"))
    errors = []
    ids = Counter(it.get("id") for it in items)
    for i, n in ids.items():
        if n > 1:
            errors.append(f"duplicate id {i}")
    keys = {"id", "domain", "paragraphs", "persons", "orgs", "not_persons", "note"}
    for it in items:
        iid = it.get("id")
        if set(it) != keys:
            errors.append(f"{iid}: keys {sorted(set(it) ^ keys)}")
            continue
        text = norm("\n".join(it["paragraphs"]))
        if not 2 <= len(it["paragraphs"]) <= 4:
            errors.append(f"{iid}: {len(it['paragraphs'])} paragraphs")
        if not 1 <= len(it["persons"]) <= 3:
            errors.append(f"{iid}: {len(it['persons'])} persons")
        for p in it["persons"]:
            if norm(p["name"]) not in text:
                errors.append(f"{iid}: name not in text: {p['name']!r}")
            if len(p["role"]) > 2:
                errors.append(f"{iid}: more than 2 role keywords for {p['name']!r}")
            for r in p["role"]:
                if r != r.lower():
                    errors.append(f"{iid}: role keyword not lower-case: {r!r}")
                if norm(r) not in text:
                    errors.append(f"{iid}: role keyword not in text: {r!r}")
            a = p["affiliation"]
            if a is not None:
                if a != a.lower():
                    errors.append(f"{iid}: affiliation not lower-case: {a!r}")
                if norm(a) not in text:
                    errors.append(f"{iid}: affiliation not in text: {a!r}")
        for o in it["orgs"]:
            if norm(o) not in text:
                errors.append(f"{iid}: org not in text: {o!r}")
        for np_ in it["not_persons"]:
            if norm(np_) not in text:
                errors.append(f"{iid}: not_person not in text: {np_!r}")
            for p in it["persons"]:
                if norm(np_) == norm(p["name"]):
                    errors.append(f"{iid}: {np_!r} is both a person and a not_person")
        if not it["note"].strip():
            errors.append(f"{iid}: empty note")

    persons = [p for it in items for p in it["persons"]]
    print(f"items: {len(items)}")
    print(
        f"persons: {len(persons)}  (with role keywords: {sum(1 for p in persons if p['role'])}, "
        f"with affiliation: {sum(1 for p in persons if p['affiliation'] is not None)})"
    )
    orgs = sum(len(it["orgs"]) for it in items)
    not_persons = sum(len(it["not_persons"]) for it in items)
    print(f"orgs: {orgs}  not_persons: {not_persons}")
    print("persons per item:", dict(sorted(Counter(len(it["persons"]) for it in items).items())))
    print("domains:", dict(Counter(it["domain"] for it in items).most_common()))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print(
        "\nOK: all names, role keywords, affiliations, orgs and not_persons occur in their"
        " item's text; ids unique."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("bank.json")))
