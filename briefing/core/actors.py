"""People, organisations, countries and groups, with roles, affiliations, aliases and quotes."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.core.model import Actor, Sentence


def extract_actors(sentences: Sequence[Sentence]) -> tuple[Actor, ...]:
    """All actors of the article, most important first."""
    return ()
