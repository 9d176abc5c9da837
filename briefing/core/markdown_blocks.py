"""Markdown to layout blocks, through markdown-it-py's token stream (not regexes).

Headings, paragraphs and list items become blocks of plain text: emphasis markers and link
syntax are dropped, their words kept. Code blocks are left out, since code is not prose the
extractors can read; images are left out too (alt text is a caption, not the story). Table body
rows become list items, so a schedule in a table reads as separate items.
"""

from __future__ import annotations

import functools
import re
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

from briefing.core.model import Block

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")


@functools.cache
def _parser() -> MarkdownIt:
    # Imported here: markdown-it-py costs import time that `import briefing.core` must not pay.
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _inline_text(token: Any) -> str:
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return _LINE_BREAK.sub(" ", "".join(parts)).strip()


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _html_text(html: str) -> str:
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    return " ".join(" ".join(parser.parts).split())


def markdown_blocks(text: str) -> list[Block]:
    """The blocks of a Markdown body (front matter already removed), in reading order."""
    tokens = _parser().parse(text)
    blocks: list[Block] = []
    # One buffer per open list item; a nested list flushes its parent's text first, so the
    # parent item is read before its children.
    items: list[list[str]] = []
    depth = 0
    row: list[str] = []
    in_body = False
    for i, tok in enumerate(tokens):
        kind = tok.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            if items and items[-1]:
                blocks.append(Block("list_item", " ".join(items[-1]), depth))
                items[-1].clear()
            depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif kind == "list_item_open":
            items.append([])
        elif kind == "list_item_close":
            parts = items.pop()
            if parts:
                blocks.append(Block("list_item", " ".join(parts), depth))
        elif kind == "inline":
            text_ = _inline_text(tok)
            opener = tokens[i - 1].type if i else ""
            if not text_:
                continue
            if opener in ("th_open", "td_open"):
                row.append(text_)
            elif items:
                items[-1].append(text_)
            elif opener == "heading_open":
                blocks.append(Block("heading", text_, int(tokens[i - 1].tag[1:])))
            else:
                blocks.append(Block("paragraph", text_))
        elif kind == "html_block":
            text_ = _html_text(tok.content)
            if text_:
                blocks.append(Block("paragraph", text_))
        elif kind == "tbody_open":
            in_body = True
        elif kind == "tbody_close":
            in_body = False
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and in_body and row:
            blocks.append(Block("list_item", " — ".join(row), 1))
    return blocks
