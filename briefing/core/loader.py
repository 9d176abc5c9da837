"""Load articles from files and folders: decoding, front matter, title and layout blocks.

Files are only ever opened for reading, and never read past `max_bytes`. Folders are walked by
`briefing.core.walk`; their articles are ordered by date (front matter, else a leading ISO
date in the file name, else a dateline opening the body), oldest first, then by path; undated
articles follow the dated ones.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import stat
from collections.abc import Sequence

from briefing.core.lexicons.time import MONTH_ABBREVIATIONS, MONTHS
from briefing.core.model import Article, Block, LoadError
from briefing.core.walk import NO_ARTICLES, describe_os_error, display_path, walk_articles

MAX_BYTES = 5_000_000
MARKDOWN_SUFFIXES = (".md", ".markdown")
FRONT_MATTER_KEYS = ("title", "date", "source", "url", "author")

_BINARY_MAGIC = (
    b"%PDF-",
    b"PK\x03\x04",
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"\x7fELF",
    b"\x1f\x8b",
)
_SNIFF = 8192
# Control bytes that turn up in real text files; any other C0 byte counts against "text".
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_FRONT_MATTER_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
_ISO_DATE = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?=$|[T\s_.])")
_NAME_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?!\d)")
_BULLET = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]+(\S.*)$")
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def _size_words(max_bytes: int) -> str:
    return f"{max_bytes / 1_000_000:g} MB"


# --- reading and decoding -------------------------------------------------------------------


def _cut(data: bytes, limit: int) -> bytes:
    """The first `limit` bytes, ending at a paragraph break (else a line, else a character)."""
    head = data[:limit]
    for sep in (b"\n\n", b"\n\r\n", b"\n"):
        at = head.rfind(sep)
        if at > limit // 2:
            return head[:at]
    end = len(head)
    # Back off over UTF-8 continuation bytes so the cut does not split a character.
    while end > 0 and len(head) - end < 4 and head[end - 1] & 0xC0 == 0x80:
        end -= 1
    if end > 0 and head[end - 1] >= 0xC0:
        end -= 1
    return head[:end] if end < len(head) else head


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SNIFF]
    if sample.startswith(_BINARY_MAGIC) or b"\x00" in sample:
        return True
    odd = sum(1 for b in sample if b < 0x20 and b not in _TEXT_CONTROLS)
    return odd > len(sample) // 10


def _decode(data: bytes) -> tuple[str, str | None] | None:
    """Text and a notice when it was not UTF-8, or None when the bytes are not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        even = data[: len(data) - len(data) % 2]
        return even.decode("utf-16", "replace"), "decoded as UTF-16"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if _looks_binary(data):
        return None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "decoded as Windows-1252: not valid UTF-8"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "decoded as Latin-1: not valid UTF-8"


def _normalise_newlines(text: str) -> str:
    text = text.replace("\r\n", "\n")
    # A lone CR is a line break only in a file that has no LF at all (old Mac text); inside
    # LF text it is data, and the printed outputs show it rather than obey it.
    if "\n" not in text:
        text = text.replace("\r", "\n")
    return text


# --- front matter, dates and titles -----------------------------------------------------------


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    # YAML drops an unquoted trailing comment.
    return re.sub(r"[ \t]+#.*$", "", value)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML-style front matter as a dict of the known keys, and the text after it.

    Only simple `key: value` lines are read (quoted or not); anything else in the block is
    ignored. A leading `---` block with no such line is not front matter (it may be a rule).
    """
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    end = next(
        (j for j in range(1, min(len(lines), 200)) if lines[j].strip() in ("---", "...")), None
    )
    if end is None:
        return {}, text
    meta: dict[str, str] = {}
    keyed = False
    for line in lines[1:end]:
        m = _FRONT_MATTER_LINE.match(line)
        if not m:
            continue
        keyed = True
        key = m.group(1).lower()
        value = _unquote(m.group(2)).strip()
        if key in FRONT_MATTER_KEYS and value:
            meta[key] = value
    if not keyed:
        return {}, text
    return meta, "\n".join(lines[end + 1 :])


def _ymd(m: re.Match[str] | None) -> dt.date | None:
    """The date a match's year, month and day groups name, if it is a real day."""
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


_MONTH_NAMES = {**MONTHS, **MONTH_ABBREVIATIONS}
_MONTH_ALT = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
# A dateline opens the body: "BRISTOL, 19 November 2026 —", "Oslo, Oct. 14, 2026 -",
# "19 November 2026 —". The place is optional; the dash, a bracket or the line's end closes it.
_DATELINE = re.compile(
    rf"^(?:[A-ZÀ-Þ][\w .'’/-]{{1,40}}(?:\([^)]{{1,30}}\))?,\s*){{0,2}}"
    rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_ALT})\.?,?\s+(?P<y1>\d{{4}})|"
    rf"(?P<m2>{_MONTH_ALT})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}}))"
    r"\s*(?:[—–-]|\(|$)"
)


def dateline_date(blocks: Sequence[Block]) -> dt.date | None:
    """The date of a dateline opening the body's first paragraph, if it has one."""
    first = next((b for b in blocks if b.kind == "paragraph"), None)
    if first is None:
        return None
    m = _DATELINE.match(first.text[:80])
    if m is None:
        return None
    day, month, year = (m["d1"], m["m1"], m["y1"]) if m["d1"] else (m["d2"], m["m2"], m["y2"])
    try:
        return dt.date(int(year), _MONTH_NAMES[month], int(day))
    except ValueError:
        return None


def parse_date(value: str) -> dt.date | None:
    """A date from `2025-02-20`, `2025/02/20` or `2025-02-20T09:30:00Z`; None otherwise."""
    return _ymd(_ISO_DATE.match(value.strip()))


def date_from_name(path: str) -> dt.date | None:
    """A leading ISO date in a file name (`2025-02-20-talks.md`, `20250220_talks.txt`)."""
    return _ymd(_NAME_DATE.match(os.path.basename(path)))


def _same_title(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(s.casefold().split()).rstrip(".!?:;")

    return norm(a) == norm(b)


def looks_like_headline(line: str) -> bool:
    """Whether a first line reads as a headline: short, and rarely ending in a full stop."""
    words = line.split()
    if not words or len(line) > 200 or line.endswith((",", ";", ":", "-", "—")):
        return False
    if line.endswith("."):
        return len(words) <= 16
    return len(words) <= 24


# --- plain text -------------------------------------------------------------------------------


def _plain_title(body: str) -> tuple[str | None, str]:
    lines = body.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None, body
    line = lines[first].strip()
    rest = "\n".join(lines[first + 1 :])
    if not rest.strip() or not looks_like_headline(line):
        return None, body
    following = lines[first + 1].strip() if first + 1 < len(lines) else ""
    # A wrapped paragraph continues on the next line in lower case; a headline is followed by
    # a blank line, or at least by a line that starts a sentence.
    if following and (following[0].islower() or line.endswith(".")):
        return None, body
    return line, rest


def plain_blocks(body: str) -> list[Block]:
    """Paragraphs (blank-line separated, wrapped lines joined) and bulleted list items."""
    blocks: list[Block] = []
    for chunk in _BLANK_LINES.split(body):
        paragraph: list[str] = []
        item: list[str] | None = None
        prev = ""
        for raw in chunk.split("\n"):
            line = raw.strip(" \t")
            if not line:
                continue
            bullet = _BULLET.match(line)
            starts_list = bullet and (item is not None or not prev or prev.endswith(":"))
            if starts_list and bullet:
                if item:
                    blocks.append(Block("list_item", " ".join(item), 1))
                elif paragraph:
                    blocks.append(Block("paragraph", " ".join(paragraph)))
                    paragraph = []
                item = [bullet.group(1).strip()]
            elif item is not None:
                item.append(line)
            else:
                paragraph.append(line)
            prev = line
        if item:
            blocks.append(Block("list_item", " ".join(item), 1))
        if paragraph:
            blocks.append(Block("paragraph", " ".join(paragraph)))
    return blocks


# --- articles ---------------------------------------------------------------------------------


def parse_text(text: str, path: str = "<text>", markdown: bool | None = None) -> Article:
    """Turn decoded text into an Article; `markdown=None` decides by the file's suffix."""
    if markdown is None:
        markdown = path.lower().endswith(MARKDOWN_SUFFIXES)
    text = _normalise_newlines(text.removeprefix("\ufeff"))
    meta, body = split_front_matter(text)
    notices: list[str] = []
    title = meta.get("title")
    if markdown:
        from briefing.core.markdown_blocks import markdown_blocks

        blocks = markdown_blocks(body)
        headings = [i for i, b in enumerate(blocks) if b.kind == "heading"]
        if title is not None:
            if headings and _same_title(blocks[headings[0]].text, title):
                del blocks[headings[0]]
        else:
            h1 = next((i for i in headings if blocks[i].level == 1), None)
            if h1 is None and blocks and blocks[0].kind == "heading":
                h1 = 0
            if h1 is not None:
                title = blocks.pop(h1).text
    else:
        if title is None:
            title, body = _plain_title(body)
        blocks = plain_blocks(body)
        if title is not None and blocks and _same_title(blocks[0].text, title):
            del blocks[0]
    date = None
    if "date" in meta:
        date = parse_date(meta["date"])
        if date is None:
            notices.append(f"could not read the front matter date: {meta['date']}")
    if date is None:
        date = date_from_name(path)
    if date is None:
        date = dateline_date(blocks)
    if title is not None:
        blocks.insert(0, Block("title", title))
    return Article(
        path=path,
        title=title,
        blocks=tuple(blocks),
        date=date,
        source=meta.get("source"),
        url=meta.get("url"),
        author=meta.get("author"),
        notices=tuple(notices),
    )


def _load(bpath: bytes, max_bytes: int) -> Article | LoadError:
    shown = display_path(bpath)
    try:
        st = os.stat(bpath)
        if stat.S_ISDIR(st.st_mode):
            return LoadError(shown, "is a folder")
        if not stat.S_ISREG(st.st_mode):
            # A FIFO or device could block or never end; only regular files are read.
            return LoadError(shown, "not a regular file")
        with open(bpath, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return LoadError(shown, describe_os_error(exc))
    truncated = len(data) > max_bytes
    if truncated:
        data = _cut(data, max_bytes)
    if not data.strip():
        return LoadError(shown, "empty file")
    decoded = _decode(data)
    if decoded is None:
        return LoadError(shown, "not a text file")
    text, notice = decoded
    if not text.strip():
        return LoadError(shown, "empty file")
    article = parse_text(text, shown)
    if not article.blocks:
        return LoadError(shown, "no text found")
    notices = list(article.notices)
    if notice:
        notices.insert(0, notice)
    if truncated:
        notices.append(f"truncated to the first {_size_words(max_bytes)} for extraction")
    if len(notices) != len(article.notices):
        article = dataclasses.replace(article, notices=tuple(notices))
    return article


def load_file(
    path: str | bytes | os.PathLike[str], *, max_bytes: int = MAX_BYTES
) -> Article | LoadError:
    """Load one file as an article, or say in words why it cannot be read."""
    return _load(os.fsencode(path), max_bytes)


def _order(article: Article) -> tuple[bool, dt.date, str, str]:
    return (
        article.date is None,
        article.date or dt.date.min,
        article.path.casefold(),
        article.path,
    )


def load_paths(
    paths: Sequence[str], *, follow_links: bool = False, max_bytes: int = MAX_BYTES
) -> tuple[list[Article], list[LoadError]]:
    """Load files and folders, in the order given; a file reached twice is loaded once."""
    articles: list[Article] = []
    errors: list[LoadError] = []
    seen: set[tuple[int, int]] = set()

    def first_visit(bpath: bytes) -> bool:
        try:
            st = os.stat(bpath)
        except OSError:
            return True  # let loading report it
        key = (st.st_dev, st.st_ino)
        if key in seen:
            return False
        seen.add(key)
        return True

    for raw in paths:
        bpath = os.fsencode(raw)
        try:
            is_folder = stat.S_ISDIR(os.stat(bpath).st_mode)
        except OSError as exc:
            errors.append(LoadError(display_path(bpath), describe_os_error(exc)))
            continue
        if not is_folder:
            if first_visit(bpath):
                result = _load(bpath, max_bytes)
                if isinstance(result, LoadError):
                    errors.append(result)
                else:
                    articles.append(result)
            continue
        files, problems = walk_articles(bpath, follow_links=follow_links)
        errors.extend(LoadError(display_path(p), why) for p, why in problems)
        if not files and not problems:
            errors.append(LoadError(display_path(bpath), NO_ARTICLES))
        found: list[Article] = []
        for f in files:
            if not first_visit(f):
                continue
            result = _load(f, max_bytes)
            if isinstance(result, LoadError):
                errors.append(result)
            else:
                found.append(result)
        found.sort(key=_order)
        articles.extend(found)
    return articles, errors
