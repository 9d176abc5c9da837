"""Sentence segmentation that survives news prose: abbreviations, initials, decimals, quotes."""

from __future__ import annotations

import bisect
import re
import string

from briefing.core.lexicons.abbreviations import (
    ABBREVIATIONS,
    DOTTED_ABBREVIATION,
    SENTENCE_STARTERS,
)
from briefing.core.model import Article, Sentence

# A candidate end: terminal punctuation, any closing quotes or brackets, then white space.
_CANDIDATE_END = re.compile(r"(?P<stop>[.!?]+)[\"'”’)\]]*(?=\s)")
# What the word before a full stop may hold; it starts at its first letter.
_WORD_CHARS = string.ascii_letters + ".-"
_NEXT_WORD = re.compile(r"[\"'“‘(]*([A-Za-z]+)")
_DOUBLE_QUOTE = re.compile(r'["“”]')
# Past white space as `str.strip` takes it: `\s` is exactly what `str.isspace` calls space.
_NON_SPACE = re.compile(r"\S")
# A quoted passage longer than this is taken for an unbalanced quote, not one long quote.
_MAX_QUOTE = 1200


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside double quotes (straight or curly), so quoted full stops do not split."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    # Visiting only the quote marks keeps this fast on long paragraphs.
    for m in _DOUBLE_QUOTE.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "“" or (ch == '"' and open_at is None):
            open_at = i
        elif open_at is not None:
            if i - open_at <= _MAX_QUOTE:
                spans.append((open_at, i))
            open_at = None
    return spans


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_left(spans, (pos, pos)) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


def _is_boundary(text: str, end: int, dot_at: int) -> bool:
    """Decide whether the punctuation ending at `end` closes a sentence."""
    # Read on from `end` in place: copying the rest of a long paragraph at every candidate end
    # made splitting quadratic in the paragraph's length.
    after = _NON_SPACE.search(text, end)
    if after is None:
        return True
    rest = after.start()
    nxt = text[rest]
    if nxt.islower() or nxt in ",;:":
        return False
    if text[dot_at] != ".":
        return True
    # A bounded look-back keeps this linear on huge paragraphs.
    before = text[max(0, dot_at - 40) : dot_at]
    word = before[len(before.rstrip(_WORD_CHARS)) :].lstrip(".-")
    if not word:
        return True
    if len(word) == 1 and word.isupper():
        # An initial ("John F. Kennedy"), unless the next word plainly starts a sentence.
        return _next_word(text, rest) in SENTENCE_STARTERS
    bare = word.rstrip(".")
    if bare in ABBREVIATIONS or bare.lower() in ABBREVIATIONS:
        return False
    if DOTTED_ABBREVIATION.fullmatch(word + "."):
        # "U.S." or "a.m." may end a sentence; only a clear sentence opener says so.
        return _next_word(text, rest) in SENTENCE_STARTERS
    return True


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Split one block of text into (offset, sentence) pairs, white space trimmed."""
    spans = _quoted_spans(text)
    pieces: list[tuple[int, str]] = []
    start = 0
    for m in _CANDIDATE_END.finditer(text):
        end = m.end()
        if spans and _inside(spans, m.start()) and not _closes_quote_at(spans, m):
            continue
        if not _is_boundary(text, end, m.end("stop") - 1):
            continue
        _append(pieces, text, start, end)
        start = end
    _append(pieces, text, start, len(text))
    return pieces


def _closes_quote_at(spans: list[tuple[int, int]], m: re.Match[str]) -> bool:
    # `."` ends both the quote and, possibly, the sentence.
    i = bisect.bisect_left(spans, (m.start(), m.start())) - 1
    return i >= 0 and spans[i][0] < m.start() and m.start() < spans[i][1] < m.end()


def _append(pieces: list[tuple[int, str]], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        pieces.append((start + len(chunk) - len(chunk.lstrip()), stripped))


def segment(article: Article) -> tuple[Sentence, ...]:
    """All sentences of an article in reading order; a title or heading is one sentence."""
    sentences: list[Sentence] = []
    for block_index, block in enumerate(article.blocks):
        if block.kind in ("title", "heading"):
            text = " ".join(block.text.split())
            if text:
                sentences.append(Sentence(len(sentences), text, block_index, block.kind, 0))
            continue
        for offset, text in split_sentences(block.text):
            text = " ".join(text.split())
            sentences.append(Sentence(len(sentences), text, block_index, block.kind, offset))
    return tuple(sentences)
