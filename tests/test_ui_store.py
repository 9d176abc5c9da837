"""The reader over runs: briefings from the cache, read marks and the last position in the
state store, damaged files, and files that appear, change or go while it runs."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from ui_helpers import NARROW, WIDE, settle

import briefing.core.pipeline as pipeline
import briefing.ui.app as reader
from briefing.core.model import Article, Briefing
from briefing.store.cache import CACHE_FILE
from briefing.store.paths import cache_dir, data_dir
from briefing.store.state import STATE_FILE, StateStore
from briefing.ui.app import BriefingApp

PIER = "Harbour board approves pier\n\nThe harbour board approved a new pier on Monday.\n"
VOTE = "Council delays vote\n\nThe city council delayed its budget vote to March 3.\n"
TRAM = "Tram line opens\n\nThe new tram line opened on Friday, the mayor said.\n"


async def wait_until(pilot: Pilot, done: Callable[[], bool]) -> None:
    """For apps whose --watch worker never completes: poll the app's state instead."""
    for _ in range(200):
        if done():
            return
        await asyncio.sleep(0.02)
        await pilot.pause()
    raise AssertionError("the app never got there")


@pytest.fixture
def one_article(tmp_path: Path) -> Path:
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.txt").write_text(PIER, encoding="utf-8")
    return folder


@pytest.fixture
def two_articles(tmp_path: Path) -> Path:
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "a.txt").write_text(PIER, encoding="utf-8")
    (folder / "b.txt").write_text(VOTE, encoding="utf-8")
    return folder


def count_extractions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = pipeline.extract

    def counted(article: Article) -> Briefing:
        calls.append(article.path)
        return real(article)

    monkeypatch.setattr(pipeline, "extract", counted)
    return calls


async def test_second_run_takes_every_briefing_from_the_cache(
    two_articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = BriefingApp([str(two_articles)])
    async with first.run_test(size=WIDE) as pilot:
        await settle(first, pilot)
    calls = count_extractions(monkeypatch)
    again = BriefingApp([str(two_articles)])
    async with again.run_test(size=WIDE) as pilot:
        await settle(again, pilot)
        assert all(entry.briefing is not None for entry in again.entries)
        assert again.cache is not None and again.cache.hits == 2
    assert calls == []


async def test_no_cache_extracts_on_every_run(
    one_article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(2):
        app = BriefingApp([str(one_article)], use_cache=False)
        async with app.run_test(size=WIDE) as pilot:
            await settle(app, pilot)
    calls = count_extractions(monkeypatch)
    app = BriefingApp([str(one_article)], use_cache=False)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
    assert len(calls) == 1


async def test_cache_dir_option_puts_the_cache_there(one_article: Path, tmp_path: Path) -> None:
    app = BriefingApp([str(one_article)], cache_dir=str(tmp_path / "mine"))
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
    assert (tmp_path / "mine" / CACHE_FILE).is_file()


async def test_read_marks_persist_in_the_state_store(two_articles: Path) -> None:
    app = BriefingApp([str(two_articles)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "right_square_bracket")
        await settle(app, pilot)
    with StateStore.open() as store:
        assert {Path(p).name for p in store.read_paths()} == {"a.txt", "b.txt"}
    again = BriefingApp([str(two_articles)])
    async with again.run_test(size=WIDE) as pilot:
        await settle(again, pilot)
        prompts = [str(again.article_list.get_option_at_index(i).prompt) for i in range(2)]
        assert not any(p.startswith("*") for p in prompts)


async def test_last_article_and_pane_are_restored(two_articles: Path) -> None:
    app = BriefingApp([str(two_articles)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "right_square_bracket", "2")
        await settle(app, pilot)
    again = BriefingApp([str(two_articles)])
    async with again.run_test(size=NARROW) as pilot:
        await settle(again, pilot)
        await pilot.press("escape")
        assert again.current_index == 1
        assert again.current_pane == "actors"
        assert again.focused is again.query_one("#actors")


async def test_a_damaged_state_file_leaves_the_reader_working_with_one_notice(
    one_article: Path,
) -> None:
    data_dir().mkdir(parents=True, exist_ok=True)
    (data_dir() / STATE_FILE).write_bytes(b"this is not a database" * 100)
    app = BriefingApp([str(one_article)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert app.entries[0].briefing is not None
        assert app.state.is_read(app.entries[0].path)
        notices = [n.message for n in app._notifications]
        assert len(notices) == 1 and "read state not saved" in notices[0]


async def test_a_damaged_cache_file_leaves_the_reader_working_with_one_notice(
    one_article: Path,
) -> None:
    cache_dir().mkdir(parents=True, exist_ok=True)
    (cache_dir() / CACHE_FILE).write_bytes(b"garbage, not SQLite" * 100)
    app = BriefingApp([str(one_article)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert app.entries[0].briefing is not None
        notices = [n.message for n in app._notifications]
        assert len(notices) == 1 and "cache" in notices[0]


async def test_r_picks_up_a_file_written_while_the_reader_runs(one_article: Path) -> None:
    app = BriefingApp([str(one_article)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        (one_article / "b.txt").write_text(TRAM, encoding="utf-8")
        await pilot.press("r")
        await settle(app, pilot)
        assert [Path(e.path).name for e in app.entries] == ["a.txt", "b.txt"]
        assert app.entries[1].briefing is not None
        assert "Tram line opens" in str(app.article_list.get_option_at_index(1).prompt)


async def test_r_re_extracts_a_changed_file(one_article: Path) -> None:
    app = BriefingApp([str(one_article)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        (one_article / "a.txt").write_text(TRAM, encoding="utf-8")
        await pilot.press("r")
        await settle(app, pilot)
        briefed = app.entries[0].briefing
        assert briefed is not None and briefed.article.title == "Tram line opens"


async def test_r_drops_a_removed_file(two_articles: Path) -> None:
    app = BriefingApp([str(two_articles)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        (two_articles / "b.txt").unlink()
        await pilot.press("r")
        await settle(app, pilot)
        assert [Path(e.path).name for e in app.entries] == ["a.txt"]


async def test_watch_picks_up_a_new_file_without_a_key(
    one_article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "WATCH_INTERVAL", 0.05)
    app = BriefingApp([str(one_article)], watch=True)
    async with app.run_test(size=NARROW) as pilot:
        await wait_until(pilot, lambda: bool(app.entries) and app.entries[0].briefing is not None)
        (one_article / "b.txt").write_text(TRAM, encoding="utf-8")
        await wait_until(
            pilot, lambda: len(app.entries) == 2 and app.entries[1].briefing is not None
        )
        assert app.entries[1].briefing.article.title == "Tram line opens"


async def test_read_marks_and_theme_of_the_old_json_state_carry_over(one_article: Path) -> None:
    data_dir().mkdir(parents=True, exist_ok=True)
    read = str((one_article / "a.txt").resolve())
    (data_dir() / "state.json").write_text(
        json.dumps({"read": [read], "theme": "textual-light"}), encoding="utf-8"
    )
    app = BriefingApp([str(one_article)])
    assert app.theme == "textual-light"
    assert app.state.is_read(read)
