"""Small pieces of English that every output and screen words the same way."""

from __future__ import annotations

from briefing.core.model import Article, Lede


def plural(n: int, word: str, many: str | None = None) -> str:
    """A count and its noun: "1 article", "2 articles", "3 stories" (with `many` given)."""
    return f"{n} {word}" if n == 1 else f"{n} {many or word + 's'}"


def lede_fields(lede: Lede) -> list[tuple[str, str]]:
    """The lede's answers that were found, each with its label: ("Who", ...), ("When", ...)."""
    asked = (("Who", lede.who), ("What", lede.what), ("When", lede.when), ("Where", lede.where))
    return [(label, value) for label, value in asked if value]


def byline_facts(article: Article) -> list[str]:
    """What the printed outputs say under a headline: date, source and author, when known."""
    date = article.date.isoformat() if article.date else None
    return [x for x in (date, article.source, article.author) if x]
