"""Loading one article: decoding, plain-text layout, Markdown layout, front matter, limits."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.core.loader import load_file, parse_text
from briefing.core.model import Article, LoadError

WriteArticle = Callable[[str, str | bytes], Path]

PLAIN = """Harbour workers strike over pay in Rotterdam

ROTTERDAM — Dock workers walked out on Monday,
demanding a 6% pay rise.

The union said talks would resume on Friday.
"""


def kinds(article: Article) -> list[str]:
    return [b.kind for b in article.blocks]


def loaded(result: Article | LoadError) -> Article:
    assert isinstance(result, Article), result
    return result


def test_plain_headline_becomes_the_title_block() -> None:
    article = parse_text(PLAIN)
    assert article.title == "Harbour workers strike over pay in Rotterdam"
    assert article.blocks[0].kind == "title"
    assert kinds(article) == ["title", "paragraph", "paragraph"]


def test_plain_wrapped_lines_are_joined_into_one_paragraph() -> None:
    article = parse_text(PLAIN)
    assert article.blocks[1].text == (
        "ROTTERDAM — Dock workers walked out on Monday, demanding a 6% pay rise."
    )


def test_plain_long_first_sentence_is_not_a_title() -> None:
    text = (
        "Dock workers in Rotterdam walked out on Monday after the port authority and the union "
        "failed to agree on pay, pensions and the length of night shifts.\n\nMore followed.\n"
    )
    article = parse_text(text)
    assert article.title is None
    assert kinds(article) == ["paragraph", "paragraph"]


def test_plain_wrapped_first_paragraph_is_not_taken_for_a_title() -> None:
    text = "Dock workers in Rotterdam walked out\non Monday after talks failed.\n\nMore.\n"
    assert parse_text(text).title is None


def test_plain_single_paragraph_has_no_title() -> None:
    assert parse_text("Talks resume on Friday\n").title is None


def test_plain_bulleted_lines_become_list_items() -> None:
    text = "Agenda for the week\n\nThe schedule:\n- Monday: opening session\n- Tuesday: vote\n"
    article = parse_text(text)
    assert kinds(article) == ["title", "paragraph", "list_item", "list_item"]
    assert article.blocks[2].text == "Monday: opening session"


def test_plain_dateline_stays_in_the_text() -> None:
    assert parse_text(PLAIN).blocks[1].text.startswith("ROTTERDAM — ")


MARKDOWN = """---
title: "Ministers meet in Oslo"
date: 2025-02-20T09:30:00Z
source: 'Wire'
url: https://example.org/a # a comment
author: Jan de Vries
---

# Ministers meet in Oslo

OSLO — Energy ministers met on **Monday** to discuss [grid links](https://example.org).

## Programme

- **10 March:** opening session
- *11 March:* signing of a declaration

```
code is not prose
```
"""


def test_markdown_front_matter_fields_are_read() -> None:
    article = parse_text(MARKDOWN, "a.md")
    assert article.title == "Ministers meet in Oslo"
    assert article.date == dt.date(2025, 2, 20)
    assert article.source == "Wire"
    assert article.url == "https://example.org/a"
    assert article.author == "Jan de Vries"


def test_markdown_heading_repeating_the_front_matter_title_is_not_duplicated() -> None:
    article = parse_text(MARKDOWN, "a.md")
    assert [b.text for b in article.blocks].count("Ministers meet in Oslo") == 1


def test_markdown_blocks_follow_the_structure() -> None:
    article = parse_text(MARKDOWN, "a.md")
    assert kinds(article) == ["title", "paragraph", "heading", "list_item", "list_item"]
    assert article.blocks[2].level == 2


def test_markdown_emphasis_and_links_become_plain_text() -> None:
    article = parse_text(MARKDOWN, "a.md")
    assert article.blocks[1].text == (
        "OSLO — Energy ministers met on Monday to discuss grid links."
    )
    assert article.blocks[3].text == "10 March: opening session"


def test_markdown_code_blocks_are_left_out() -> None:
    article = parse_text(MARKDOWN, "a.md")
    assert all("code is not prose" not in b.text for b in article.blocks)


def test_markdown_first_h1_is_the_title_without_front_matter() -> None:
    article = parse_text("Intro line.\n\n# The headline\n\nBody text.\n", "a.md")
    assert article.title == "The headline"
    assert kinds(article) == ["title", "paragraph", "paragraph"]


def test_markdown_nested_list_keeps_parent_before_children() -> None:
    article = parse_text("- parent\n  - child one\n  - child two\n", "a.md")
    assert [(b.text, b.level) for b in article.blocks] == [
        ("parent", 1),
        ("child one", 2),
        ("child two", 2),
    ]


def test_markdown_is_chosen_by_suffix_unless_told() -> None:
    assert parse_text("# Heading\n\nBody.\n", "a.txt").title == "# Heading"
    assert parse_text("# Heading\n\nBody.\n", "a.txt", markdown=True).title == "Heading"


def test_leading_rule_without_keys_is_not_front_matter() -> None:
    article = parse_text("---\nJust text\n---\n\nBody.\n", "a.md")
    assert any("Just text" in b.text for b in article.blocks)


def test_unreadable_front_matter_date_gives_a_notice() -> None:
    article = parse_text("---\ndate: next week\n---\nBody.\n", "a.md")
    assert article.date is None
    assert any("next week" in n for n in article.notices)


def test_date_comes_from_a_leading_iso_date_in_the_file_name() -> None:
    assert parse_text("Body.\n", "news/2025-02-20-talks.txt").date == dt.date(2025, 2, 20)
    assert parse_text("Body.\n", "news/talks-2025-02-20.txt").date is None


def test_utf8_with_bom_loads_without_a_notice(write_article: WriteArticle) -> None:
    path = write_article("a.txt", b"\xef\xbb\xbfCaf\xc3\xa9 talks\n\nBody here.\n")
    article = loaded(load_file(path))
    assert article.title == "Café talks"
    assert article.notices == ()


def test_latin1_text_is_decoded_with_a_notice(write_article: WriteArticle) -> None:
    path = write_article("a.txt", "Café talks resume\n\nThe café “opened”.\n".encode("cp1252"))
    article = loaded(load_file(path))
    assert article.title == "Café talks resume"
    assert article.notices == ("decoded as Windows-1252: not valid UTF-8",)


def test_bytes_undefined_in_cp1252_fall_back_to_latin1(write_article: WriteArticle) -> None:
    path = write_article("a.txt", b"Title\n\nA \x81 byte and caf\xe9.\n")
    article = loaded(load_file(path))
    assert article.notices == ("decoded as Latin-1: not valid UTF-8",)


def test_empty_file_is_an_error(write_article: WriteArticle) -> None:
    path = write_article("a.txt", b"")
    assert load_file(path) == LoadError(str(path), "empty file")


def test_whitespace_only_file_is_an_empty_file(write_article: WriteArticle) -> None:
    result = load_file(write_article("a.txt", b"  \n\n\t\n"))
    assert isinstance(result, LoadError) and result.error == "empty file"


def test_binary_file_is_not_a_text_file(write_article: WriteArticle) -> None:
    result = load_file(write_article("x.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"))
    assert isinstance(result, LoadError) and result.error == "not a text file"


def test_file_with_nul_bytes_is_not_a_text_file(write_article: WriteArticle) -> None:
    result = load_file(write_article("a.txt", b"Title\n\nBody\x00\x00\x01 text\n"))
    assert isinstance(result, LoadError) and result.error == "not a text file"


def test_missing_file_is_reported(tmp_path: Path) -> None:
    result = load_file(tmp_path / "gone.txt")
    assert result == LoadError(str(tmp_path / "gone.txt"), "no such file or directory")


def test_unreadable_file_is_permission_denied(write_article: WriteArticle) -> None:
    path = write_article("a.txt", "Title\n\nBody.\n")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user (root) whom file permissions do not stop")
        result = load_file(path)
        assert isinstance(result, LoadError) and result.error == "permission denied"
    finally:
        path.chmod(0o644)


def test_fifo_is_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = load_file(fifo)
    assert isinstance(result, LoadError) and result.error == "not a regular file"


def test_large_file_is_truncated_at_a_paragraph_with_a_notice(write_article: WriteArticle) -> None:
    paragraph = "Ministers met again on Monday to discuss the grid. " * 20 + "\n\n"
    content = "Big story\n\n" + paragraph * (6_000_000 // len(paragraph) + 1)
    path = write_article("big.txt", content)
    assert path.stat().st_size > 6_000_000
    article = loaded(load_file(path))
    assert article.notices == ("truncated to the first 5 MB for extraction",)
    body = [b for b in article.blocks if b.kind == "paragraph"]
    assert body[-1].text == paragraph.strip()
    assert sum(len(b.text.encode()) for b in article.blocks) <= 5_000_000


def test_truncation_without_line_breaks_does_not_split_a_character(
    write_article: WriteArticle,
) -> None:
    path = write_article("one.txt", "é" * 1000)
    article = loaded(load_file(path, max_bytes=999))
    assert article.blocks[-1].text == "é" * 499
    assert article.notices == ("truncated to the first 0.000999 MB for extraction",)


def test_loading_never_changes_the_file(write_article: WriteArticle) -> None:
    path = write_article("a.md", "---\ntitle: T\n---\n# T\n\nBody.\n")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    load_file(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_loader_import_loads_no_markdown_parser_and_nothing_that_draws() -> None:
    code = (
        "import sys, briefing.core.loader\n"
        "print([m for m in sys.modules if m.split('.')[0] in ('markdown_it', 'rich', 'textual')])"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"


@settings(max_examples=200, deadline=None)
@given(st.text(), st.booleans())
def test_any_text_parses_into_an_article(text: str, markdown: bool) -> None:
    article = parse_text(text, "x.md" if markdown else "x.txt")
    assert all(block.text for block in article.blocks)
    assert (article.title is None) == (not article.blocks or article.blocks[0].kind != "title")


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=2000))
def test_any_bytes_load_or_give_a_reason(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("bytes") / "a.txt"
    path.write_bytes(data)
    result = load_file(path, max_bytes=1000)
    assert isinstance(result, Article | LoadError)


def test_a_dateline_opening_the_body_dates_an_article_without_front_matter():
    def date_of(body: str):
        return parse_text(f"Headline\n\n{body}\n", "story.txt").date

    assert date_of("BRISTOL, 19 November 2026 — The trust will close two wards.") == dt.date(
        2026, 11, 19
    )
    assert date_of("Oslo, Oct. 14, 2026 - The board met.") == dt.date(2026, 10, 14)
    assert date_of("19 November 2026 — The trust said.") == dt.date(2026, 11, 19)
    # No year, or a date inside the first sentence, is no dateline.
    assert date_of("GENEVA, Jan 10 (Reuters) - Talks began.") is None
    assert date_of("On 19 November 2026 the trust said.") is None
    # Front matter still wins.
    text = "---\ndate: 2026-01-02\n---\n# Headline\n\nBRISTOL, 19 November 2026 — Text.\n"
    assert parse_text(text, "story.md").date == dt.date(2026, 1, 2)
