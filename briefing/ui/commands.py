"""Command palette provider: jump to any article by its title."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from briefing.output.sanitize import visible

if TYPE_CHECKING:
    from briefing.ui.app import BriefingApp

_DISCOVER_LIMIT = 20


class ArticleCommands(Provider):
    """Offers "Open: <title>" for every article; titles are shown as plain text, never markup."""

    def _articles(self) -> list[tuple[int, str]]:
        app = cast("BriefingApp", self.app)
        return [(i, visible(e.title)) for i, e in enumerate(app.entries)]

    async def search(self, query: str) -> Hits:
        app = cast("BriefingApp", self.app)
        matcher = self.matcher(query)
        for index, title in self._articles():
            label = f"Open: {title}"
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, Content(label), partial(app.open_article, index), text=label)

    async def discover(self) -> Hits:
        app = cast("BriefingApp", self.app)
        for index, title in self._articles()[:_DISCOVER_LIMIT]:
            label = f"Open: {title}"
            yield DiscoveryHit(Content(label), partial(app.open_article, index), text=label)
