"""One story of the digest: its articles, merged summary, disagreements and events."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static

from briefing.core.digest_model import Digest, Story
from briefing.output.sanitize import visible
from briefing.ui.widgets.digest_lists import ArticleLabel, DigestList, StoryList
from briefing.ui.widgets.key_footer import KeyFooter


class StoryScreen(Screen[None]):
    """Enter on an article reads it in the reader; escape goes back to the digest."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help"),
        Binding("escape", "dismiss", "Back to the digest"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self, story: Story, digest: Digest, labels: Mapping[str, ArticleLabel]) -> None:
        super().__init__()
        self.story = story
        self.digest = digest
        self.labels = labels

    def compose(self) -> ComposeResult:
        title = visible(self.story.title, keep_newlines=False)
        yield Static(Text(title), id="story-title", markup=False)
        yield StoryList(id="story", classes="slot -current")
        yield KeyFooter()

    def on_mount(self) -> None:
        story_list = self.query_one(StoryList)
        story_list.border_title = "Story (Enter reads an article)"
        story_list.show_items(story_list.items_for_story(self.story, self.digest, self.labels))
        story_list.focus()

    def action_help(self) -> None:
        from briefing.ui.screens.help_screen import HelpScreen

        self.app.push_screen(HelpScreen([("Story", self.BINDINGS), ("List", DigestList.BINDINGS)]))
