"""Actors: name, role, affiliation, mentions and quotes, grouped by kind."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text

from briefing.core.model import Actor, Briefing
from briefing.output.sanitize import visible
from briefing.output.wording import plural
from briefing.ui.widgets.hanging import Hanging
from briefing.ui.widgets.pane import BriefingPane, PaneItem

KIND_HEADINGS = {
    "person": "People",
    "organization": "Organisations",
    "country": "Countries",
    "group": "Groups",
}


class ActorsPane(BriefingPane):
    """Enter on an actor highlights their mentions and lists (or hides) their quotes."""

    TITLE = "Actors"
    NUMBER = 2
    EMPTY = "No actors found in this article."

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.expanded: set[str] = set()

    def show_briefing(self, briefing: Briefing) -> None:
        if briefing is not self.briefing:
            self.expanded = set()
        super().show_briefing(briefing)

    def actor_prompt(self, actor: Actor) -> Hanging:
        rows: list[tuple[str, Text]] = [
            ("", Text(visible(actor.name), style=self.style_of("heading")))
        ]
        facts = ", ".join(visible(f) for f in (actor.role, actor.affiliation) if f)
        if facts:
            rows.append(("  ", Text(facts)))
        counts = plural(actor.mentions, "mention")
        if actor.quotes:
            counts += f", {plural(len(actor.quotes), 'quote')}"
            counts += " (enter: hide)" if actor.name in self.expanded else " (enter: list)"
        rows.append(("  ", Text(counts, style=self.style_of("detail"))))
        return Hanging(rows)

    def items_for(self, briefing: Briefing) -> Iterable[PaneItem]:
        badge = self.style_of("badge")
        for kind, heading in KIND_HEADINGS.items():
            group = [a for a in briefing.actors if a.kind == kind]
            if not group:
                continue
            yield PaneItem(Text(f"{heading} ({len(group)})", style=badge))
            for actor in group:
                yield PaneItem(
                    self.actor_prompt(actor),
                    actor.evidence,
                    key=f"actor:{actor.name}",
                    label=actor.name,
                )
                if actor.name in self.expanded:
                    for quote in actor.quotes:
                        yield PaneItem(
                            Hanging([("    \u201c", f"{visible(quote.text)}\u201d")]),
                            quote.evidence,
                            key=f"quote:{actor.name}",
                            label=f"quote of {actor.name}",
                        )

    def item_selected(self, item: PaneItem) -> None:
        if item.key.startswith("actor:"):
            name = item.key.removeprefix("actor:")
            actor = next((a for a in self.briefing.actors if a.name == name), None)
            if actor is not None and actor.quotes:
                self.expanded ^= {name}
                self.refresh_items()
        super().item_selected(item)
