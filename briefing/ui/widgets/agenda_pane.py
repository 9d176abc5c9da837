"""Agenda: events in time order (when, what, where), then the topics."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from rich.text import Text

from briefing.core.model import AgendaItem, Briefing
from briefing.output.sanitize import visible
from briefing.ui.widgets.hanging import Hanging
from briefing.ui.widgets.pane import BriefingPane, PaneItem


def _when(item: AgendaItem) -> str:
    if item.when:
        return visible(item.when)
    if item.date is None:
        return "date unknown"
    return item.date.strftime("%B %Y" if item.date_is_partial else "%Y-%m-%d")


def _order(item: AgendaItem) -> tuple[bool, dt.date]:
    # Undated events go last rather than disappearing.
    return (item.date is None, item.date or dt.date.max)


class AgendaPane(BriefingPane):
    TITLE = "Agenda"
    NUMBER = 3
    EMPTY = "No agenda items found in this article."

    def items_for(self, briefing: Briefing) -> Iterable[PaneItem]:
        heading = self.style_of("heading")
        detail = self.style_of("detail")
        events = sorted((i for i in briefing.agenda if i.kind == "event"), key=_order)
        topics = [i for i in briefing.agenda if i.kind == "topic"]
        if events:
            yield PaneItem(Text("Events", style=self.style_of("badge")))
        for event in events:
            rows: list[tuple[str, Text]] = [
                ("", Text(_when(event), style=heading)),
                ("  ", Text(visible(event.title))),
            ]
            if event.where:
                rows.append(("  ", Text(f"at {visible(event.where)}", style=detail)))
            if event.participants:
                people = ", ".join(visible(p) for p in event.participants)
                rows.append(("  ", Text(f"with {people}", style=detail)))
            yield PaneItem(Hanging(rows), event.evidence, label=event.title)
        if topics:
            yield PaneItem(Text("Topics", style=self.style_of("badge")))
        for topic in topics:
            prompt = Hanging([("- ", visible(topic.title))])
            yield PaneItem(prompt, topic.evidence, label=topic.title)
