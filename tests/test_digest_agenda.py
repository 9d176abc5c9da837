"""The folder's one agenda: the same event from several outlets merged, ordered and marked."""

from __future__ import annotations

import datetime as dt

from digest_folders import brief, talks_folder

from briefing.core.digest import build_digest
from briefing.core.model import AgendaItem, Briefing


def test_meeting_reported_by_three_outlets_on_different_days_is_one_entry() -> None:
    digest = build_digest(talks_folder())
    talks = [ev for ev in digest.agenda if ev.date == dt.date(2022, 1, 10)]
    assert len(talks) == 1
    assert [s.path for s in talks[0].sources] == ["a.txt", "b.txt", "c.txt"]


def test_merged_entry_is_marked_today_on_its_day() -> None:
    digest = build_digest(talks_folder(), today=dt.date(2022, 1, 10))
    assert digest.agenda[0].mark == "today"


def _with_events(path: str, *events: tuple[str, dt.date, str]) -> Briefing:
    b = brief(path, "Notes\n\nA day of meetings.\n", dt.date(2022, 5, 2))
    items = tuple(
        AgendaItem("event", title, when=None, date=date, where=where, evidence=(1,))
        for title, date, where in events
    )
    return Briefing(article=b.article, sentences=b.sentences, agenda=items)


def test_events_this_week_are_marked_and_upcoming_come_before_past() -> None:
    monday = dt.date(2022, 5, 2)
    b = _with_events(
        "notes.txt",
        ("Budget vote", monday - dt.timedelta(3), "Parliament"),
        ("Trade summit", monday + dt.timedelta(30), "Geneva"),
        ("Court hearing", monday + dt.timedelta(3), "Lyon"),
    )
    digest = build_digest([b], today=monday)
    assert [(ev.title, ev.mark) for ev in digest.agenda] == [
        ("Court hearing", "this week"),
        ("Trade summit", "upcoming"),
        ("Budget vote", "past"),
    ]


def test_two_events_on_one_day_in_different_places_stay_apart() -> None:
    day = dt.date(2022, 5, 9)
    a = _with_events("a.txt", ("Budget vote", day, "Parliament"))
    b = _with_events("b.txt", ("Football final", day, "Wembley"))
    digest = build_digest([a, b])
    assert len(digest.agenda) == 2


def test_undated_events_keep_each_story_together_in_the_order_written() -> None:
    def undated(path: str, *titles: str) -> Briefing:
        b = brief(path, "Notes\n\nA day of meetings.\n", None)
        items = tuple(AgendaItem("event", t, when="next month", evidence=(1,)) for t in titles)
        return Briefing(article=b.article, sentences=b.sentences, agenda=items)

    digest = build_digest([undated("a.txt", "Zoning vote", "Audit"), undated("b.txt", "Ballot")])
    order = [ev.title for ev in digest.agenda]
    assert order.index("Zoning vote") < order.index("Audit")
    assert abs(order.index("Zoning vote") - order.index("Audit")) == 1
