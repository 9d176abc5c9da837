"""The JSON output: the contract's shape, exact text, and nothing raw a terminal would obey."""

from __future__ import annotations

import json
from collections.abc import Callable

from briefing.core.model import Briefing, LoadError
from briefing.output.jsonout import render_json

MakeBriefing = Callable[..., Briefing]


def test_json_follows_the_contract(make_briefing: MakeBriefing) -> None:
    doc = json.loads(render_json([make_briefing("x")], [LoadError("b.pdf", "not a text file")]))
    assert doc["schema"] == 1
    assert doc["errors"] == [{"path": "b.pdf", "error": "not a text file"}]
    assert set(doc["articles"][0]) >= {"path", "title", "sentences", "summary", "lede", "actors"}


def test_json_keeps_non_ascii_readable(make_briefing: MakeBriefing) -> None:
    assert "Gdańsk" in render_json([make_briefing("Gdańsk")], [])


def test_json_round_trips_hostile_text_exactly(make_briefing: MakeBriefing) -> None:
    hostile = "\x1b[31m\x9b\u202e\x07\x08\r\x7f\u2028[bold]"
    doc = json.loads(render_json([make_briefing(hostile)], []))
    assert doc["articles"][0]["sentences"][1] == hostile
    assert doc["articles"][0]["actors"][0]["quotes"][0]["text"] == hostile


def test_json_escapes_every_control_character(make_briefing: MakeBriefing) -> None:
    out = render_json([make_briefing("\x1b[31m\x9b\u202e\x07\x08\r\x7f\u2028")], [])
    for raw in ("\x1b", "\x9b", "\u202e", "\x07", "\x08", "\r", "\x7f", "\u2028"):
        assert raw not in out
