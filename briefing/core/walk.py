"""Find the article files under a folder without looping, leaving it, or choking on odd names.

Paths are bytes throughout, so a file name that is not valid UTF-8 (or holds a newline) is
carried exactly until it is opened; only the caller turns it into text, for display.
"""

from __future__ import annotations

import os
import sys

ARTICLE_SUFFIXES = (b".txt", b".md", b".markdown")
# Why a folder given by the user yields nothing, in the words of `cannot read PATH:`.
NO_ARTICLES = "no .txt, .md or .markdown files in this folder"
# Files that describe a folder rather than report news; read only when named on their own.
FOLDER_NOTES = frozenset({b"readme", b"license", b"licence", b"changelog", b"contributing"})


def _inside(path: bytes, root_real: bytes) -> bool:
    real = os.path.realpath(path)
    return real == root_real or real.startswith(root_real.rstrip(b"/") + b"/")


def walk_articles(
    root: bytes, *, follow_links: bool = False
) -> tuple[list[bytes], list[tuple[bytes, str]]]:
    """Every article file under `root`, and the folders that could not be read (path, why).

    Hidden files and folders (a leading dot) are skipped, and so are a folder's notes about
    itself (README, LICENSE, CHANGELOG, CONTRIBUTING). A symlink whose target lies outside
    `root` is skipped unless `follow_links`; each folder is visited once (by device and inode),
    so a symlink cycle ends the descent instead of looping.
    """
    files: list[bytes] = []
    problems: list[tuple[bytes, str]] = []
    root_real = os.path.realpath(root)
    try:
        st = os.stat(root)
    except OSError as exc:
        return [], [(root, describe_os_error(exc))]
    visited = {(st.st_dev, st.st_ino)}
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as exc:
            problems.append((folder, describe_os_error(exc)))
            continue
        subfolders: list[bytes] = []
        for entry in entries:
            name = entry.name
            if name.startswith(b"."):
                continue
            try:
                if entry.is_symlink() and not follow_links and not _inside(entry.path, root_real):
                    continue
                if entry.is_dir():
                    target = entry.stat()
                    key = (target.st_dev, target.st_ino)
                    if key not in visited:
                        visited.add(key)
                        subfolders.append(entry.path)
                elif entry.is_file() and _is_article_name(name):
                    files.append(entry.path)
            except OSError:
                # A dangling or unreadable link: nothing there to brief.
                continue
        stack.extend(sorted(subfolders, reverse=True))
    return files, problems


def _is_article_name(name: bytes) -> bool:
    lower = name.lower()
    if not lower.endswith(ARTICLE_SUFFIXES):
        return False
    return lower.rsplit(b".", 1)[0] not in FOLDER_NOTES


def display_path(path: bytes) -> str:
    """A path as text: bytes that do not decode stay visible as backslash escapes."""
    return path.decode(sys.getfilesystemencoding(), "backslashreplace")


def describe_os_error(exc: OSError) -> str:
    """An OS error in the words the user sees after `cannot read PATH:`."""
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, NotADirectoryError):
        return "not a folder"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return (exc.strerror or type(exc).__name__).lower()
