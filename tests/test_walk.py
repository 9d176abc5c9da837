"""Loading folders: which files, in which order, and the traps of real file systems."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.core.loader import load_paths
from briefing.core.walk import walk_articles


def article(path: Path, title: str, date: str | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    front = f"---\ndate: {date}\n---\n" if date else ""
    heading = "# " if path.suffix in (".md", ".markdown") else ""
    path.write_text(f"{front}{heading}{title}\n\nBody of {title}.\n", encoding="utf-8")
    return path


def titles(paths: list[str], **kwargs: bool) -> list[str | None]:
    articles, _ = load_paths(paths, **kwargs)
    return [a.title for a in articles]


def test_folder_is_read_recursively_for_article_suffixes_only(tmp_path: Path) -> None:
    article(tmp_path / "a.txt", "Alpha")
    article(tmp_path / "sub" / "b.md", "Bravo")
    article(tmp_path / "sub" / "deeper" / "c.markdown", "Charlie")
    article(tmp_path / "notes.rst", "Delta")
    assert sorted(titles([str(tmp_path)])) == ["Alpha", "Bravo", "Charlie"]


def test_suffix_match_ignores_case(tmp_path: Path) -> None:
    article(tmp_path / "LOUD.TXT", "Loud")
    assert titles([str(tmp_path)]) == ["Loud"]


def test_folder_readme_is_skipped_but_read_when_named(tmp_path: Path) -> None:
    article(tmp_path / "story.txt", "Story")
    readme = article(tmp_path / "README.md", "About this folder")
    assert titles([str(tmp_path)]) == ["Story"]
    assert titles([str(readme)]) == ["About this folder"]


def test_hidden_files_and_folders_are_skipped(tmp_path: Path) -> None:
    article(tmp_path / "shown.txt", "Shown")
    article(tmp_path / ".hidden.txt", "Hidden file")
    article(tmp_path / ".git" / "inside.txt", "Hidden folder")
    assert titles([str(tmp_path)]) == ["Shown"]


def test_folder_articles_are_ordered_by_date_then_name_undated_last(tmp_path: Path) -> None:
    article(tmp_path / "zulu.md", "Front matter March", date="2025-03-01")
    article(tmp_path / "2025-01-15-yankee.txt", "Name January")
    article(tmp_path / "b.txt", "Undated B")
    article(tmp_path / "a.txt", "Undated A")
    article(tmp_path / "x.md", "Front matter February", date="2025-02-01")
    assert titles([str(tmp_path)]) == [
        "Name January",
        "Front matter February",
        "Front matter March",
        "Undated A",
        "Undated B",
    ]


def test_paths_keep_the_order_they_were_given(tmp_path: Path) -> None:
    late = article(tmp_path / "2025-05-01.txt", "Late")
    early = article(tmp_path / "2025-01-01.txt", "Early")
    assert titles([str(late), str(early)]) == ["Late", "Early"]


def test_the_same_file_reached_twice_is_loaded_once(tmp_path: Path) -> None:
    path = article(tmp_path / "a.txt", "Once")
    assert titles([str(path), str(tmp_path), str(path)]) == ["Once"]


def test_missing_path_is_reported_and_others_still_load(tmp_path: Path) -> None:
    good = article(tmp_path / "a.txt", "Good")
    articles, errors = load_paths([str(tmp_path / "nope"), str(good)])
    assert [a.title for a in articles] == ["Good"]
    assert [(e.path, e.error) for e in errors] == [
        (str(tmp_path / "nope"), "no such file or directory")
    ]


def test_folder_without_articles_says_so(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    articles, errors = load_paths([str(tmp_path)])
    assert articles == []
    assert len(errors) == 1 and "no .txt, .md or .markdown files" in errors[0].error


def test_bad_file_in_a_folder_is_reported_and_the_rest_load(tmp_path: Path) -> None:
    article(tmp_path / "good.txt", "Good")
    (tmp_path / "empty.txt").write_bytes(b"")
    articles, errors = load_paths([str(tmp_path)])
    assert [a.title for a in articles] == ["Good"]
    assert [e.error for e in errors] == ["empty file"]


def test_symlink_cycle_does_not_loop(tmp_path: Path) -> None:
    article(tmp_path / "news" / "a.txt", "Alpha")
    (tmp_path / "news" / "loop").symlink_to(tmp_path / "news")
    (tmp_path / "news" / "sub").mkdir()
    (tmp_path / "news" / "sub" / "back").symlink_to(tmp_path / "news" / "sub")
    assert titles([str(tmp_path / "news")]) == ["Alpha"]


def test_symlink_leaving_the_folder_is_not_followed_by_default(tmp_path: Path) -> None:
    article(tmp_path / "outside" / "secret.txt", "Outside folder")
    article(tmp_path / "outside.txt", "Outside file")
    article(tmp_path / "news" / "a.txt", "Inside")
    (tmp_path / "news" / "out").symlink_to(tmp_path / "outside")
    (tmp_path / "news" / "out.txt").symlink_to(tmp_path / "outside.txt")
    assert titles([str(tmp_path / "news")]) == ["Inside"]


def test_follow_links_follows_symlinks_leaving_the_folder(tmp_path: Path) -> None:
    article(tmp_path / "outside" / "secret.txt", "Outside folder")
    article(tmp_path / "news" / "a.txt", "Inside")
    (tmp_path / "news" / "out").symlink_to(tmp_path / "outside")
    assert sorted(titles([str(tmp_path / "news")], follow_links=True)) == [
        "Inside",
        "Outside folder",
    ]


def test_symlink_within_the_folder_is_followed(tmp_path: Path) -> None:
    article(tmp_path / "news" / "real" / "a.txt", "Alpha")
    (tmp_path / "news" / "alias.txt").symlink_to(tmp_path / "news" / "real" / "a.txt")
    files, _ = walk_articles(os.fsencode(tmp_path / "news"))
    assert sorted(os.path.basename(f) for f in files) == [b"a.txt", b"alias.txt"]


def test_dangling_symlink_is_ignored(tmp_path: Path) -> None:
    article(tmp_path / "a.txt", "Alpha")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    articles, errors = load_paths([str(tmp_path)])
    assert [a.title for a in articles] == ["Alpha"] and errors == []


def test_file_name_that_is_not_utf8_loads_with_a_visible_path(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(raw, "wb") as fh:
        fh.write(b"Odd name\n\nBody.\n")
    articles, errors = load_paths([str(tmp_path)])
    assert errors == []
    assert [a.title for a in articles] == ["Odd name"]
    assert articles[0].path.endswith("caf\\xe9.txt")
    articles[0].path.encode("utf-8")  # printable without surrogates


def test_file_name_with_a_newline_loads(tmp_path: Path) -> None:
    article(tmp_path / "two\nlines.txt", "Newline name")
    articles, _ = load_paths([str(tmp_path)])
    assert [a.title for a in articles] == ["Newline name"]
    assert articles[0].path.endswith("two\nlines.txt")


def test_non_utf8_path_given_on_the_command_line_loads(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/\xff.txt"
    with open(raw, "wb") as fh:
        fh.write(b"Bytes name\n\nBody.\n")
    assert titles([os.fsdecode(raw)]) == ["Bytes name"]


def test_five_thousand_tiny_files_load(tmp_path: Path) -> None:
    for i in range(5000):
        (tmp_path / f"{i:05d}.txt").write_text(f"Story {i}\n\nBody {i}.\n", encoding="utf-8")
    articles, errors = load_paths([str(tmp_path)])
    assert errors == []
    assert len(articles) == 5000
    assert articles[0].title == "Story 0" and articles[-1].title == "Story 4999"


def test_unreadable_subfolder_is_reported(tmp_path: Path) -> None:
    article(tmp_path / "a.txt", "Alpha")
    locked = tmp_path / "locked"
    article(locked / "b.txt", "Bravo")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user (root) whom folder permissions do not stop")
        articles, errors = load_paths([str(tmp_path)])
        assert [a.title for a in articles] == ["Alpha"]
        assert [(e.path, e.error) for e in errors] == [(str(locked), "permission denied")]
    finally:
        locked.chmod(0o755)
