"""The article text's place on the first frame: its first paragraphs, drawn as one widget."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.widgets import Static

from briefing.core.model import Article
from briefing.ui.widgets.article_text import FIRST_BLOCKS, kind_style, loaded_text


class TextPlaceholder(Static):
    """Stands where ArticleText goes until it is mounted, just after the first frame.

    ArticleText is a scrolling container with a widget per paragraph: each costs the first
    frame its styling, layout, drawing and messages. This one widget draws the paragraphs
    ArticleText would mount first, where it would draw them (a blank line for each bottom
    margin, none after a list item; its right padding keeps the scrollbar's columns).
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-text--title",
        "article-text--heading",
        "article-text--message",
    }

    def __init__(self, *, id: str) -> None:
        super().__init__("", id=id, classes="slot", markup=False)
        self.border_title = "5 Text"

    def show_article(self, article: Article) -> None:
        """Show the loaded article's first paragraphs."""
        text = Text()
        blocks = article.blocks[:FIRST_BLOCKS]
        for position, block in enumerate(blocks):
            if position:
                text.append("\n" if blocks[position - 1].kind == "list_item" else "\n\n")
            text.append_text(loaded_text(block, kind_style(self, block.kind)))
        self.update(text)

    def show_message(self, message: str) -> None:
        """Show one line instead: loading, or why there is no article."""
        # Styled within the text: a class toggled here would restyle the widget each time.
        style = self.get_component_rich_style("article-text--message", partial=True)
        self.update(Text(message, style))
