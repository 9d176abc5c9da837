"""Grouping articles into stories: same event together, unrelated apart, titles and order."""

from __future__ import annotations

import dataclasses
import datetime as dt

from digest_folders import (
    BRIDGE_COURIER,
    MARCH_8,
    bridge_folder,
    brief,
    commission_folder,
    talks_folder,
    unrelated_folder,
)

from briefing.core.digest import build_digest
from briefing.core.digest.text import lede


def test_two_reports_of_one_collapse_are_one_story() -> None:
    digest = build_digest(bridge_folder())
    assert [len(s.articles) for s in digest.stories] == [2]


def test_articles_sharing_only_a_country_are_separate_stories() -> None:
    digest = build_digest(unrelated_folder())
    assert sorted(s.articles for s in digest.stories) == [("farm.txt",), ("museum.txt",)]


def test_articles_sharing_only_the_commission_and_brussels_are_separate_stories() -> None:
    digest = build_digest(commission_folder())
    assert sorted(s.articles for s in digest.stories) == [("fine.txt",), ("quotas.txt",)]


def test_single_article_is_a_story_of_one_titled_by_its_headline() -> None:
    digest = build_digest(unrelated_folder()[:1])
    (story,) = digest.stories
    assert story.articles == ("farm.txt",)
    assert story.title == "Drought hits wheat harvest in France"


def test_story_articles_are_ordered_by_date_then_path() -> None:
    folder = talks_folder()
    digest = build_digest(list(reversed(folder)))
    assert digest.stories[0].articles == ("a.txt", "b.txt", "c.txt")


def test_story_title_is_one_of_its_headlines() -> None:
    folder = talks_folder()
    digest = build_digest(folder)
    titles = {b.article.title for b in folder}
    assert digest.stories[0].title in titles


def test_merged_summary_cites_sentences_of_the_story_and_skips_repeats() -> None:
    folder = bridge_folder()
    digest = build_digest(folder)
    story = digest.stories[0]
    by_path = {b.article.path: b for b in folder}
    for line in story.summary:
        cited = by_path[line.evidence.path].sentences[line.evidence.sentence]
        assert line.text in cited.text or cited.text in line.text
    assert len({line.text for line in story.summary}) == len(story.summary)


def test_articles_a_month_apart_are_not_one_story() -> None:
    later = dataclasses.replace(
        bridge_folder()[1],
        article=dataclasses.replace(bridge_folder()[1].article, date=MARCH_8 + dt.timedelta(30)),
    )
    digest = build_digest([bridge_folder()[0], later])
    assert len(digest.stories) == 2


def test_empty_folder_has_no_stories() -> None:
    digest = build_digest([])
    assert digest.stories == () and digest.today is None


def test_today_defaults_to_the_latest_article_date() -> None:
    assert build_digest(talks_folder()).today == dt.date(2022, 1, 9)


def test_undated_article_still_joins_its_story() -> None:
    herald = bridge_folder()[0]
    undated = brief("courier.txt", BRIDGE_COURIER, None)
    digest = build_digest([herald, undated])
    assert len(digest.stories) == 1


def test_standfirst_repeated_with_share_buttons_is_one_lede_sentence() -> None:
    lede_text = "Rescue teams in Korvath searched the river for survivors of the bridge collapse."
    text = (
        f"Korvath bridge search goes on\n\n{lede_text}\n\n"
        f"{lede_text[:-1]} Click to share on Facebook (Opens in new window)\n\n"
        "Governor Anna Lindqvist ordered an inquiry.\n"
    )
    b = brief("a.txt", text, MARCH_8)
    assert [s.text for s in lede(b.sentences, 2)] == [
        lede_text,
        "Governor Anna Lindqvist ordered an inquiry.",
    ]
