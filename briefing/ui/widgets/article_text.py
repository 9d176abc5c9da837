"""The article itself, paragraph by paragraph, with evidence and search hits highlighted."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from briefing.core.model import Article, Block, Briefing, Sentence
from briefing.output.sanitize import visible


@dataclass(frozen=True)
class Mark:
    """A highlighted stretch: a whole sentence (evidence) or a span inside it (a search hit)."""

    sentence: int
    start: int = 0
    end: int | None = None


class ArticleBlock(Static):
    """One paragraph, heading or list item of the article."""


# Paragraphs mounted at once, and again each time the reader nears the last one mounted. A
# widget per paragraph is cheap for a news story but not for a 5 MB file of twenty thousand
# paragraphs, which would hold the UI thread for seconds; the rest waits until it is wanted.
FIRST_BLOCKS = 200
MORE_BLOCKS = 200


class ArticleText(VerticalScroll, can_focus=True):
    """Scrollable article text; `n`/`N` step through the current marks."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-text--title",
        "article-text--heading",
        "article-text--message",
        "article-text--evidence",
        "article-text--current",
        "article-text--hit",
    }

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.border_title = "5 Text"
        self.briefing: Briefing | None = None
        self.marks: list[Mark] = []
        self.current = 0
        self._shown: list[str] = []
        self._blocks: dict[int, list[Sentence]] = {}
        self._widgets: dict[int, ArticleBlock] = {}
        # The article on screen, shown from its briefing or, until that is ready, as loaded.
        self.shown_path: str | None = None
        self._loaded_widgets: dict[int, ArticleBlock] = {}
        # Blocks in reading order, how many are mounted, and how to make the others.
        self._order: list[int] = []
        self._mounted = 0
        self._make: Callable[[int], ArticleBlock] | None = None

    def show_article(self, article: Article) -> None:
        """Show an article as loaded, before its briefing: readable, with nothing to mark."""
        if self.shown_path == article.path:
            return
        self.briefing = None
        self.marks = []
        self._blocks = {}
        self._widgets = {}
        self.shown_path = article.path
        self.remove_children()
        self._loaded_widgets = {}

        def make(block_index: int) -> ArticleBlock:
            block = article.blocks[block_index]
            widget = ArticleBlock(
                loaded_text(block, kind_style(self, block.kind)),
                markup=False,
                classes=_kind_class(block),
            )
            self._loaded_widgets[block_index] = widget
            return widget

        self._start(list(range(len(article.blocks))), make)
        self.scroll_home(animate=False)

    def show_briefing(self, briefing: Briefing) -> None:
        """Show a new article, with no marks; the same article keeps its scroll position."""
        same_article = self.shown_path == briefing.article.path
        self.shown_path = briefing.article.path
        self.briefing = briefing
        self.marks = []
        self.current = 0
        self._shown = [visible(s.text) for s in briefing.sentences]
        blocks: dict[int, list[Sentence]] = defaultdict(list)
        for sentence in briefing.sentences:
            blocks[sentence.block].append(sentence)
        self._blocks = dict(blocks)
        if same_article and self._loaded_widgets:
            # The text is already on screen as loaded: restyle those paragraphs in place
            # rather than mount them again, which costs a full layout; the paragraphs not
            # mounted yet will be made from the briefing.
            self._widgets = {}
            for block_index, widget in self._loaded_widgets.items():
                if block_index in self._blocks:
                    widget.update(self._render_block(block_index, {}))
                    self._widgets[block_index] = widget
                else:
                    widget.remove()
            self._loaded_widgets = {}
            # The mounted paragraphs were the first ones, so they open the new order too.
            self._order = list(self._blocks)
            self._mounted = len(self._widgets)
            self._make = self._briefed_block
            return
        self._loaded_widgets = {}
        self.remove_children()
        self._widgets = {}
        self._start(list(self._blocks), self._briefed_block)
        self.scroll_home(animate=False)

    def _briefed_block(self, block_index: int) -> ArticleBlock:
        widget = ArticleBlock(
            self._render_block(block_index, self._marks_by_sentence()),
            markup=False,
            classes=_kind_class(self._blocks[block_index][0]),
        )
        self._widgets[block_index] = widget
        return widget

    def _start(self, order: list[int], make: Callable[[int], ArticleBlock]) -> None:
        self._order = order
        self._mounted = 0
        self._make = make
        self._mount_through(min(len(order), FIRST_BLOCKS) - 1)

    def _mount_through(self, position: int) -> None:
        """Mount the blocks up to `position` in reading order, if they are not yet."""
        if self._make is None or position < self._mounted:
            return
        upto = min(position + 1, len(self._order))
        widgets = [self._make(i) for i in self._order[self._mounted : upto]]
        self._mounted = upto
        if widgets:
            self.mount_all(widgets)

    @property
    def unmounted(self) -> int:
        """How many paragraphs wait to be mounted (a very long article's far end)."""
        return len(self._order) - self._mounted

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        # Within two screens of the end of what is mounted: mount the next paragraphs.
        if self.unmounted and new_value >= self.max_scroll_y - 2 * self.size.height:
            self._mount_through(self._mounted + MORE_BLOCKS - 1)

    def mount_to_end(self) -> None:
        """Mount every paragraph: the reader asked for the very end."""
        self._mount_through(len(self._order) - 1)

    def show_message(self, message: str) -> None:
        """Replace the text with one line: loading, or why there is no article."""
        self.shown_path = None
        self._loaded_widgets = {}
        self.briefing = None
        self.marks = []
        self._blocks = {}
        self._widgets = {}
        self._order = []
        self._mounted = 0
        self._make = None
        self.remove_children()
        self.mount(ArticleBlock(Text(message, self._style("message")), markup=False))

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"article-text--{name}", partial=True)

    def _marks_by_sentence(self) -> dict[int, list[tuple[int, Mark]]]:
        """Each marked sentence's marks with their numbers, so `current` can be told apart."""
        by_sentence: dict[int, list[tuple[int, Mark]]] = defaultdict(list)
        for n, mark in enumerate(self.marks):
            by_sentence[mark.sentence].append((n, mark))
        return by_sentence

    def _render_block(
        self, block_index: int, by_sentence: dict[int, list[tuple[int, Mark]]]
    ) -> Text:
        sentences = self._blocks[block_index]
        text = Text(
            "- " if sentences[0].kind == "list_item" else "", kind_style(self, sentences[0].kind)
        )
        for position, sentence in enumerate(sentences):
            if position:
                text.append(" ")
            offset = len(text)
            shown = self._shown[sentence.index]
            text.append(shown)
            for n, mark in by_sentence.get(sentence.index, []):
                end = len(shown) if mark.end is None else mark.end
                style = self._style("hit" if mark.end is not None else "evidence")
                if n == self.current:
                    style += self._style("current")
                text.stylize(style, offset + mark.start, offset + end)
        return text

    def _redraw(self) -> None:
        # Grouped once for every paragraph: a search can mark hundreds of sentences.
        by_sentence = self._marks_by_sentence()
        for block_index, widget in self._widgets.items():
            widget.update(self._render_block(block_index, by_sentence))

    def restyle(self) -> None:
        """Redraw the marks in the current theme's colours."""
        self._redraw()

    def set_marks(self, marks: list[Mark]) -> None:
        """Highlight these marks and scroll to the first."""
        self.marks = sorted(marks, key=lambda m: (m.sentence, m.start))
        self.current = 0
        self._redraw()
        self.scroll_to_current()

    def highlight_evidence(self, evidence: tuple[int, ...]) -> None:
        """Highlight whole sentences, the evidence of a pane item."""
        valid = sorted({i for i in evidence if 0 <= i < len(self._shown)})
        self.set_marks([Mark(i) for i in valid])

    def search(self, query: str) -> int:
        """Highlight every case-insensitive occurrence of `query`; returns how many."""
        marks: list[Mark] = []
        needle = query.casefold()
        if needle:
            for index, shown in enumerate(self._shown):
                haystack = shown.casefold()
                # casefold can change lengths (German sharp s); such hits are skipped.
                if len(haystack) != len(shown):
                    continue
                start = haystack.find(needle)
                while start != -1:
                    marks.append(Mark(index, start, start + len(needle)))
                    start = haystack.find(needle, start + len(needle))
        self.set_marks(marks)
        return len(marks)

    def clear_marks(self) -> bool:
        """Remove all highlighting; True if there was any."""
        had = bool(self.marks)
        self.marks = []
        self._redraw()
        return had

    def step(self, delta: int) -> None:
        """Move to the next (or previous) mark, wrapping round."""
        if not self.marks:
            return
        self.current = (self.current + delta) % len(self.marks)
        self._redraw()
        self.scroll_to_current()

    @property
    def highlighted_sentences(self) -> list[int]:
        """Indexes of the sentences that carry a mark, in reading order."""
        return sorted({m.sentence for m in self.marks})

    def scroll_to_current(self) -> None:
        if not self.marks or self.briefing is None:
            return
        sentence = self.briefing.sentences[self.marks[self.current].sentence]
        if sentence.block not in self._widgets and sentence.block in self._order:
            self._mount_through(self._order.index(sentence.block))
        widget = self._widgets.get(sentence.block)
        if widget is not None:
            self.call_after_refresh(self._scroll_into_view, widget, sentence)

    def _scroll_into_view(self, widget: ArticleBlock, sentence: Sentence) -> None:
        # Long paragraphs: scroll to the line the sentence starts on, not the paragraph's top.
        before = Text(" ".join(self._shown[s.index] for s in self._blocks[sentence.block]))
        prefix = Text(before.plain[: self._offset_in_block(sentence)])
        width = max(1, widget.content_region.width)
        lines_before = len(prefix.wrap(self.app.console, width)) - 1 if prefix.plain else 0
        top = widget.virtual_region.y + lines_before - self.virtual_region.y
        self.scroll_to(y=max(0, top - 2), animate=False)

    def _offset_in_block(self, sentence: Sentence) -> int:
        offset = 2 if sentence.kind == "list_item" else 0
        for s in self._blocks[sentence.block]:
            if s.index == sentence.index:
                return offset
            offset += len(self._shown[s.index]) + 1
        return offset


def _kind_class(block: Block | Sentence) -> str:
    """The class of a paragraph's widget by its kind: `-list-item` keeps list items together."""
    return f"-{block.kind.replace('_', '-')}"


def loaded_text(block: Block, style: Style | str = "") -> Text:
    """A paragraph as loaded, before its briefing: spaces collapsed, controls made visible."""
    prefix = "- " if block.kind == "list_item" else ""
    return Text(prefix + visible(" ".join(block.text.split())), style)


def kind_style(widget: Widget, kind: str) -> Style | str:
    """The style of a title or heading, from `widget`'s component classes; else none.

    Styled within the text, not by a rule on the paragraph's widget, so the first frame's
    single widget (TextPlaceholder) draws them as their own widgets will.
    """
    if kind in ("title", "heading"):
        return widget.get_component_rich_style(f"article-text--{kind}", partial=True)
    return ""
