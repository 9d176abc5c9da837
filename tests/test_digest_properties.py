"""Properties of the digest on any mix of the test folders: a partition, and deterministic."""

from __future__ import annotations

import json
import random
from functools import cache

from digest_folders import bridge_folder, talks_folder, unrelated_folder
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.core.digest import build_digest, digest_to_dict
from briefing.core.model import Briefing


@cache
def _pool() -> tuple[Briefing, ...]:
    return (*bridge_folder(), *unrelated_folder(), *talks_folder())


_folders = st.lists(st.integers(0, 6), unique=True).map(lambda idx: [_pool()[i] for i in idx])


@settings(max_examples=40, deadline=None)
@given(_folders)
def test_every_article_is_in_exactly_one_story(folder: list[Briefing]) -> None:
    digest = build_digest(folder)
    placed = [path for story in digest.stories for path in story.articles]
    assert sorted(placed) == sorted(b.article.path for b in folder)


@settings(max_examples=40, deadline=None)
@given(_folders)
def test_digest_is_deterministic(folder: list[Briefing]) -> None:
    assert build_digest(folder) == build_digest(list(folder))


@settings(max_examples=40, deadline=None)
@given(_folders, st.randoms(use_true_random=False))
def test_story_grouping_does_not_depend_on_input_order(
    folder: list[Briefing], rnd: random.Random
) -> None:
    shuffled = list(folder)
    rnd.shuffle(shuffled)

    def groups(fs: list[Briefing]) -> set[frozenset[str]]:
        return {frozenset(s.articles) for s in build_digest(fs).stories}

    assert groups(folder) == groups(shuffled)


def test_disagreement_evidence_points_at_sentences_of_the_folder() -> None:
    folder = list(_pool())
    by_path = {b.article.path: b for b in folder}
    for q in build_digest(folder).disagreements:
        for e in q.evidence:
            assert 0 <= e.sentence < len(by_path[e.path].sentences)


def test_json_stories_carry_the_contract_keys_and_serialise() -> None:
    doc = digest_to_dict(build_digest(list(_pool())))
    json.dumps(doc)
    for story in doc["stories"]:
        assert {"id", "title", "articles", "summary", "actors", "agenda", "questions"} <= set(story)
        for q in story["questions"]:
            assert all(set(e) == {"path", "sentence"} for e in q["evidence"])
