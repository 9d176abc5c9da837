"""Small pieces of English that every output and screen words the same way."""

from __future__ import annotations


def plural(n: int, word: str, many: str | None = None) -> str:
    """A count and its noun: "1 article", "2 articles", "3 stories" (with `many` given)."""
    return f"{n} {word}" if n == 1 else f"{n} {many or word + 's'}"
