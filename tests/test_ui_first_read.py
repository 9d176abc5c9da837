"""The first read: the first article is read while Textual starts, and drawn in the first frame."""

from __future__ import annotations

import threading

import pytest
from ui_helpers import SEEDS, WIDE

from briefing.ui.app import BriefingApp
from briefing.ui.first_read import FirstRead, FirstReader
from briefing.ui.widgets.article_text import ArticleBlock


def _read_nothing() -> FirstRead:
    return FirstRead([], 0, None)


def test_first_reader_hands_over_what_the_read_returned() -> None:
    expected = FirstRead(["a.txt"], 0, "could not be read")
    reader = FirstReader(lambda: expected)
    assert reader.result() is expected


def test_first_reader_is_not_ready_while_the_read_runs() -> None:
    release = threading.Event()

    def slow_read() -> FirstRead:
        release.wait(10)
        return _read_nothing()

    reader = FirstReader(slow_read)
    assert reader.ready(0.01) is None
    release.set()
    assert reader.result().listed == []


def test_first_reader_raises_the_reads_error_where_the_result_is_asked_for() -> None:
    def broken_read() -> FirstRead:
        raise OSError("disk gone")

    reader = FirstReader(broken_read)
    assert reader.ready(5) is None
    with pytest.raises(OSError, match="disk gone"):
        reader.result()


async def test_a_finished_first_read_is_shown_without_the_library_worker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Without its worker the reader can only show the article if the first frame did.
    monkeypatch.setattr(BriefingApp, "load_library", lambda self, paths, shown: None)
    app = BriefingApp([str(SEEDS)])
    app._first_reader.result()
    async with app.run_test(size=WIDE) as pilot:
        assert app.current_index == 0
        await pilot.pause()
        blocks = [str(b.render()) for b in app.query(ArticleBlock)]
        assert any("Ryabkov" in b for b in blocks)
