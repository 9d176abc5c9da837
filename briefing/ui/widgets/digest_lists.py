"""The digest's lists: stories, the merged agenda, the cast, and where sources disagree.

Every string taken from an article goes through `visible()` into a rich `Text`, never into
markup, so an article cannot restyle or inject anything into the screen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.core.digest_model import Digest, Disagreement, MergedEvent, Story, StoryEvidence
from briefing.output.sanitize import visible
from briefing.output.wording import plural
from briefing.ui.messages import ArticleRequested, StoryRequested
from briefing.ui.widgets.hanging import Hanging

_MARK_WORDS = {
    "today": "TODAY",
    "this week": "THIS WEEK",
    "this month": "THIS MONTH",
    "upcoming": "LATER",
    "past": "PAST",
    "undated": "UNDATED",
}


@dataclass(frozen=True)
class ArticleLabel:
    """How the digest names one article: its title, its source, and a source-and-date line."""

    title: str
    source: str
    byline: str


@dataclass(frozen=True)
class DigestItem:
    """One entry of a digest list: a story to open, an article to read, or a heading."""

    prompt: Text | Hanging
    story: str | None = None
    path: str | None = None
    sentences: tuple[int, ...] = ()

    @property
    def selectable(self) -> bool:
        return self.story is not None or self.path is not None


def _line(value: str | None) -> str:
    return visible(value or "", keep_newlines=False)


def _story_numbers(digest: Digest) -> dict[str, int]:
    """Each story's number in the Stories list, by which the other lists refer to it."""
    return {story.id: n for n, story in enumerate(digest.stories, 1)}


def _first_article(evidence: Iterable[StoryEvidence]) -> tuple[str | None, tuple[int, ...]]:
    """The first cited article and every sentence cited from it."""
    cited = list(evidence)
    if not cited:
        return None, ()
    path = cited[0].path
    return path, tuple(sorted({e.sentence for e in cited if e.path == path}))


class DigestList(OptionList):
    """A list of digest items; Enter opens a story or an article."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "digest--heading",
        "digest--detail",
        "digest--badge",
        "digest--empty",
    }
    TITLE = "Digest"
    NUMBER = 0
    EMPTY = "Nothing here."

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.border_title = f"{self.NUMBER} {self.TITLE}" if self.NUMBER else self.TITLE
        self.items: list[DigestItem] = []

    def style_of(self, component: str) -> Style:
        """A component class's style, so the .tcss decides the look."""
        return self.get_component_rich_style(f"digest--{component}", partial=True)

    def items_for(self, digest: Digest, labels: Mapping[str, ArticleLabel]) -> list[DigestItem]:
        """The list's items for a digest; each section says what it shows."""
        raise NotImplementedError

    def show_items(self, items: list[DigestItem]) -> None:
        """Replace the list, keeping the cursor on the same row where it can."""
        if not items:
            items = [DigestItem(Text(self.EMPTY, style=self.style_of("empty")))]
        highlighted = self.highlighted
        self.items = items
        self.set_options(Option(item.prompt, disabled=not item.selectable) for item in items)
        selectable = [i for i, item in enumerate(items) if item.selectable]
        if selectable:
            self.highlighted = highlighted if highlighted in selectable else selectable[0]

    def show_message(self, message: str) -> None:
        self.items = []
        self.show_items([DigestItem(Text(message, style=self.style_of("empty")))])

    def heading(self, text: str) -> DigestItem:
        return DigestItem(Text(text, style=self.style_of("heading")))

    def badge(self, text: str) -> Text:
        return Text.assemble((f"[{text}]", self.style_of("badge")), " ")

    def event_item(self, event: MergedEvent, numbers: Mapping[str, int]) -> DigestItem:
        """A merged agenda entry; Enter reads the first article that reports it."""
        badge = self.badge(_MARK_WORDS.get(event.mark, event.mark.upper()))
        path, sentences = _first_article(event.sources)
        prompt = event_prompt(event, badge, self.style_of("detail"), numbers)
        return DigestItem(prompt, path=path, sentences=sentences)

    def question_item(self, question: Disagreement) -> DigestItem:
        """A disagreement; Enter reads the first article it cites."""
        path, sentences = _first_article(question.evidence)
        prompt = Hanging([(self.badge(question.aspect), Text(_line(question.text)))])
        return DigestItem(prompt, path=path, sentences=sentences)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        item = self.items[event.option_index]
        if item.story is not None:
            self.post_message(StoryRequested(item.story))
        elif item.path is not None:
            self.post_message(ArticleRequested(item.path, item.sentences))


class StoriesList(DigestList):
    TITLE = "Stories"
    NUMBER = 1
    EMPTY = "No stories yet."

    def items_for(self, digest: Digest, labels: Mapping[str, ArticleLabel]) -> list[DigestItem]:
        detail = self.style_of("detail")
        items = []
        for number, story in enumerate(digest.stories, 1):
            sources = sorted({labels[p].source for p in story.articles if p in labels} - {""})
            about = plural(len(story.articles), "article")
            if sources:
                about += ": " + ", ".join(sources)
            prompt = Hanging(
                [(f"{number}. ", Text(_line(story.title))), ("   ", Text(_line(about), detail))]
            )
            items.append(DigestItem(prompt, story=story.id))
        return items


def event_prompt(
    event: MergedEvent, badge: Text, detail: Style, numbers: Mapping[str, int]
) -> Hanging:
    """One merged agenda entry: its mark, date, title, place and how many sources report it."""
    if event.date is None:
        when = _line(event.when) or "date not given"
    elif event.date_is_partial:
        when = f"{event.date:%b %Y}"
    else:
        when = f"{event.date:%a} {event.date.day} {event.date:%b %Y}"
    what = Text(_line(event.title))
    if event.where:
        what.append(f" - {_line(event.where)}")
    notes = []
    refs = ", ".join(str(numbers[s]) for s in event.stories if s in numbers)
    if refs:
        notes.append(f"story {refs}")
    notes.append(plural(len({e.path for e in event.sources}), "source"))
    return Hanging([(badge, Text(when)), ("  ", what), ("  ", Text("; ".join(notes), detail))])


class DigestAgendaList(DigestList):
    TITLE = "Agenda"
    NUMBER = 2
    EMPTY = "No scheduled events in these articles."

    def items_for(self, digest: Digest, labels: Mapping[str, ArticleLabel]) -> list[DigestItem]:
        numbers = _story_numbers(digest)
        return [self.event_item(event, numbers) for event in digest.agenda]


class CastList(DigestList):
    TITLE = "Cast"
    NUMBER = 3
    EMPTY = "No people or organisations named in more than passing."

    def items_for(self, digest: Digest, labels: Mapping[str, ArticleLabel]) -> list[DigestItem]:
        numbers = _story_numbers(digest)
        detail = self.style_of("detail")
        items = []
        for member in digest.cast:
            roles = list(dict.fromkeys(_line(r.role) for r in member.roles if r.role))
            rows: list[tuple[str | Text, str | Text]] = [
                (self.badge(member.kind), Text(_line(member.name)))
            ]
            if roles:
                rows.append(("  ", Text("; ".join(roles))))
            refs = ", ".join(str(numbers[s]) for s in member.stories if s in numbers)
            where = plural(len(member.articles), "article")
            if refs:
                where += f", story {refs}"
            rows.append(("  ", Text(where, detail)))
            path, sentences = _first_article(member.evidence)
            items.append(DigestItem(Hanging(rows), path=path, sentences=sentences))
        return items


class DisagreementsList(DigestList):
    TITLE = "Where sources disagree"
    NUMBER = 4
    EMPTY = "No disagreements found between articles on the same story."

    def items_for(self, digest: Digest, labels: Mapping[str, ArticleLabel]) -> list[DigestItem]:
        return [self.question_item(question) for question in digest.disagreements]


class StoryList(DigestList):
    """One story: its articles (Enter reads one), its merged summary and its disagreements."""

    TITLE = "Story"

    def items_for_story(
        self, story: Story, digest: Digest, labels: Mapping[str, ArticleLabel]
    ) -> list[DigestItem]:
        detail = self.style_of("detail")
        items = [self.heading(f"Articles ({len(story.articles)})")]
        for path in story.articles:
            label = labels.get(path, ArticleLabel(path, "", ""))
            rows: list[tuple[str | Text, str | Text]] = [("- ", Text(_line(label.title)))]
            if label.byline:
                rows.append(("  ", Text(_line(label.byline), detail)))
            items.append(DigestItem(Hanging(rows), path=path))
        if story.summary:
            items.append(self.heading("Summary"))
            for sentence in story.summary:
                source = labels.get(sentence.evidence.path)
                rows = [("- ", Text(_line(sentence.text)))]
                # Which article said it matters only when the story has more than one.
                if source is not None and len(story.articles) > 1:
                    rows.append(("  ", Text(_line(source.byline), detail)))
                items.append(
                    DigestItem(
                        Hanging(rows),
                        path=sentence.evidence.path,
                        sentences=(sentence.evidence.sentence,),
                    )
                )
        questions = [q for q in digest.disagreements if q.story == story.id]
        if questions:
            items.append(self.heading("Where sources disagree"))
            items += [self.question_item(question) for question in questions]
        events = [e for e in digest.agenda if story.id in e.stories]
        if events:
            items.append(self.heading("Agenda"))
            numbers = _story_numbers(digest)
            items += [self.event_item(event, numbers) for event in events]
        return items
