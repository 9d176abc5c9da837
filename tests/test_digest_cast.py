"""The folder's one cast: people merged by name and alias, their roles, and role questions."""

from __future__ import annotations

import datetime as dt

from digest_folders import brief, talks_folder

from briefing.core.digest import build_digest
from briefing.core.digest.cast import roles_agree
from briefing.core.model import Actor, Briefing


def _with_actors(path: str, *actors: Actor) -> Briefing:
    b = brief(path, "Notes\n\nA day of meetings in the capital.\n", dt.date(2022, 5, 2))
    return Briefing(article=b.article, sentences=b.sentences, actors=actors)


def test_person_with_two_roles_in_two_articles_is_a_question() -> None:
    digest = build_digest(talks_folder())
    roles = [q for q in digest.disagreements if q.aspect == "role"]
    assert len(roles) == 1
    assert roles[0].kind == "disagreement"
    assert "Karl Brenner" in roles[0].text
    assert {e.path for e in roles[0].evidence} == {"a.txt", "c.txt"}


def test_one_person_across_three_articles_is_one_cast_member_with_their_roles() -> None:
    digest = build_digest(talks_folder())
    brenner = [c for c in digest.cast if "Brenner" in c.name]
    assert len(brenner) == 1
    assert brenner[0].articles == ("a.txt", "b.txt", "c.txt")
    assert len(brenner[0].roles) == 3
    assert brenner[0].stories == (digest.stories[0].id,)


def test_bare_family_name_joins_the_one_person_of_that_name() -> None:
    a = _with_actors("a.txt", Actor("Wendy Sherman", "person", evidence=(1,)))
    b = _with_actors("b.txt", Actor("Sherman", "person", evidence=(1,)))
    digest = build_digest([a, b])
    assert [(c.name, c.articles) for c in digest.cast] == [("Wendy Sherman", ("a.txt", "b.txt"))]


def test_bare_family_name_shared_by_two_people_stays_apart() -> None:
    a = _with_actors("a.txt", Actor("Wendy Sherman", "person", evidence=(1,)))
    b = _with_actors("b.txt", Actor("John Sherman", "person", evidence=(1,)))
    c = _with_actors("c.txt", Actor("Sherman", "person", evidence=(1,)))
    digest = build_digest([a, b, c])
    assert len(digest.cast) == 3


def test_initial_and_first_name_are_one_person() -> None:
    a = _with_actors("a.txt", Actor("J. Okafor", "person", evidence=(1,)))
    b = _with_actors("b.txt", Actor("Julia Okafor", "person", evidence=(1,)))
    digest = build_digest([a, b])
    assert len(digest.cast) == 1 and digest.cast[0].name == "Julia Okafor"


def test_organisation_acronym_alias_joins_the_full_name() -> None:
    a = _with_actors("a.txt", Actor("World Health Organization", "organization", aliases=("WHO",)))
    b = _with_actors("b.txt", Actor("WHO", "organization"))
    digest = build_digest([a, b])
    assert len(digest.cast) == 1 and digest.cast[0].articles == ("a.txt", "b.txt")


def test_role_with_a_rank_word_added_disagrees() -> None:
    assert not roles_agree("Foreign Minister", "Deputy Foreign Minister")
    assert not roles_agree("President", "President-elect")


def test_role_with_a_descriptive_word_added_agrees() -> None:
    assert roles_agree("foreign minister", "Austrian Foreign Minister")
    assert roles_agree("police chief", "police chief of Balkh province")


def test_photo_agency_is_listed_after_the_people_of_the_stories() -> None:
    reuters = Actor("Reuters", "organization", evidence=(1,))
    folder = [
        _with_actors("a.txt", reuters, Actor("Anna Lindqvist", "person", evidence=(1,))),
        _with_actors("b.txt", reuters),
    ]
    names = [c.name for c in build_digest(folder).cast]
    assert names == ["Anna Lindqvist", "Reuters"]
