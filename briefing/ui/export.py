"""Where an export goes: a safe file name, always directly inside the chosen folder."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_UNSAFE = re.compile(r"[^A-Za-z0-9]+")
_MAX_STEM = 60


def safe_file_stem(title: str, fallback: str = "briefing") -> str:
    """A file name stem from an article title that cannot leave its folder or hide itself.

    Only ASCII letters, digits and single dashes survive, so `../`, separators, leading dots,
    control characters and reserved names cannot reach the file system.
    """
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    stem = _UNSAFE.sub("-", ascii_title).strip("-").lower()[:_MAX_STEM].rstrip("-")
    return stem or fallback


def export_target(folder: Path, title: str) -> Path:
    """The Markdown file an article's briefing exports to, always directly inside `folder`."""
    target = folder / f"{safe_file_stem(title)}.briefing.md"
    if target.resolve().parent != folder.resolve():
        raise ValueError(f"refusing to write outside {folder}")
    return target
