"""The reader's view of a folder: one entry per article path, filled in as workers finish."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefing.core.model import Article, Briefing
from briefing.core.walk import walk_articles
from briefing.output.sanitize import visible_line


def list_article_paths(paths: Iterable[str]) -> list[str]:
    """Article files under the given paths, without reading any of them.

    Listing is cheap, so the reader can paint its list before a single article is parsed.
    Names that are not UTF-8 survive as surrogate escapes, which `load_file` turns back.
    """
    found: list[str] = []
    for given in paths:
        if os.path.isdir(given):
            files, _problems = walk_articles(os.fsencode(given))
            found.extend(sorted(os.fsdecode(f) for f in files))
        else:
            # A missing or odd file is listed too, so the user sees why it failed.
            found.append(given)
    return found


def display_name(path: str) -> str:
    """A file name fit for the screen: undecodable bytes as U+FFFD, controls made visible."""
    name = Path(path).name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return visible_line(name)


@dataclass
class Entry:
    """One article of the list: its path, and whatever has been learnt about it so far."""

    path: str
    article: Article | None = None
    error: str | None = None
    briefing: Briefing | None = None

    @property
    def title(self) -> str:
        """The article's title, or its file name until (or unless) it has one."""
        if self.article is not None and self.article.title:
            return " ".join(self.article.title.split())
        return display_name(self.path)

    @property
    def byline(self) -> str:
        """Source and date, as one short line."""
        if self.error is not None:
            return f"cannot read: {self.error}"
        art = self.article
        if art is None:
            return "loading..."
        parts = [art.source or "", art.date.isoformat() if art.date else ""]
        return " - ".join(p for p in parts if p) or display_name(self.path)
