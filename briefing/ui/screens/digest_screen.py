"""The opening screen for a folder of several articles: stories, agenda, cast, disagreements."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.screen import Screen
from textual.widgets import Static, Tab, Tabs

from briefing.core.digest_model import Digest
from briefing.output.wording import plural
from briefing.ui.messages import StoryRequested
from briefing.ui.widgets.digest_lists import (
    ArticleLabel,
    CastList,
    DigestAgendaList,
    DigestList,
    DisagreementsList,
    StoriesList,
)
from briefing.ui.widgets.key_footer import KeyFooter

if TYPE_CHECKING:
    from briefing.ui.app import BriefingApp

SECTIONS = ("stories", "digest-agenda", "cast", "disagreements")
SECTION_TABS = {
    "stories": "1 Stories",
    "digest-agenda": "2 Agenda",
    "cast": "3 Cast",
    "disagreements": "4 Disagree",
}


class DigestScreen(Screen[None]):
    """Four lists over the folder; wide shows them all, narrow one at a time with tabs."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help"),
        Binding("tab", "step_section(1)", "Next section", show=False),
        Binding("shift+tab", "step_section(-1)", "Previous section", show=False),
        Binding("1", "show_section('stories')", "Stories", show=False),
        Binding("2", "show_section('digest-agenda')", "Agenda", show=False),
        Binding("3", "show_section('cast')", "Cast", show=False),
        Binding("4", "show_section('disagreements')", "Disagreements", show=False),
        Binding("enter", "open", "Open", show=True, priority=False),
        Binding("escape", "reader", "Reader"),
        Binding("r", "rescan", "Rescan folder"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.current = "stories"
        self.digest: Digest | None = None
        self.labels: Mapping[str, ArticleLabel] = {}

    def compose(self) -> ComposeResult:
        with Container(id="digest-head"):
            yield Static(Text("Morning digest"), id="digest-title", markup=False)
            yield Static("", id="digest-progress", markup=False)
        tabs = Tabs(*(Tab(label, id=f"tab-{name}") for name, label in SECTION_TABS.items()))
        tabs.can_focus = False
        tabs.id = "digest-tabs"
        yield tabs
        with Container(id="digest-body"):
            yield StoriesList(id="stories", classes="slot")
            yield DigestAgendaList(id="digest-agenda", classes="slot")
            yield CastList(id="cast", classes="slot")
            yield DisagreementsList(id="disagreements", classes="slot")
        yield KeyFooter()

    def on_mount(self) -> None:
        for section in self.query(DigestList):
            section.show_message("Reading the articles...")
        self.show_section(self.current)
        self._reader_app().fill_digest(self)

    @property
    def sections(self) -> list[DigestList]:
        return list(self.query(DigestList))

    def show_section(self, name: str) -> None:
        """Make a section current: the visible one when narrow, the focused one always."""
        self._mark_current(name)
        self.set_focus(self.query_one(f"#{name}"))

    def _mark_current(self, name: str) -> None:
        self.current = name
        for section in SECTIONS:
            self.query_one(f"#{section}").set_class(section == name, "-current")
        tabs = self.query_one(Tabs)
        if tabs.active != f"tab-{name}":
            tabs.active = f"tab-{name}"

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        name = event.tab.id.removeprefix("tab-") if event.tab.id else ""
        if name in SECTIONS and name != self.current:
            self.show_section(name)

    def on_descendant_focus(self, event: object) -> None:
        # A click in the wide layout moves focus; keep the current section in step with it.
        focused = self.focused
        if focused is not None and focused.id in SECTIONS and focused.id != self.current:
            self._mark_current(focused.id)

    def show_digest(
        self, digest: Digest, labels: Mapping[str, ArticleLabel], done: int, total: int
    ) -> None:
        """Fill the four lists; while articles are still being briefed, say how far it got."""
        self.digest = digest
        self.labels = labels
        articles = sum(len(s.articles) for s in digest.stories)
        facts = (
            f"Morning digest: {plural(len(digest.stories), 'story', 'stories')} "
            f"from {plural(articles, 'article')}"
        )
        if digest.today:
            facts += f", as of {digest.today:%a} {digest.today.day} {digest.today:%b %Y}"
        self.query_one("#digest-title", Static).update(Text(facts))
        self._show_done(done, total)
        for section in self.sections:
            section.show_items(section.items_for(digest, labels))

    def show_progress(self, done: int, total: int) -> None:
        """Before the first digest: how many articles are briefed."""
        if self.digest is None:
            self._show_done(done, total)

    def _show_done(self, done: int, total: int) -> None:
        # The indicator disappears once every article is briefed.
        progress = self.query_one("#digest-progress", Static)
        progress.update(f"digesting {done}/{total}" if done < total else "")
        progress.set_class(done < total, "-busy")

    def on_story_requested(self, message: StoryRequested) -> None:
        message.stop()
        self._reader_app().open_story(message.story_id)

    # Actions

    def action_step_section(self, delta: int) -> None:
        index = SECTIONS.index(self.current)
        self.show_section(SECTIONS[(index + delta) % len(SECTIONS)])

    def action_show_section(self, name: str) -> None:
        self.show_section(name)

    def action_open(self) -> None:
        focused = self.focused
        if isinstance(focused, DigestList):
            focused.action_select()

    def action_reader(self) -> None:
        self._reader_app().show_reader()

    def action_rescan(self) -> None:
        self._reader_app().action_rescan()

    def action_help(self) -> None:
        from briefing.ui.screens.help_screen import HelpScreen

        self.app.push_screen(
            HelpScreen([("Digest", self.BINDINGS), ("Lists", DigestList.BINDINGS)])
        )

    def _reader_app(self) -> BriefingApp:
        from briefing.ui.app import BriefingApp

        assert isinstance(self.app, BriefingApp)
        return self.app
