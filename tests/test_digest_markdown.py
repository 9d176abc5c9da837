"""The digest as Markdown: sections present, article text escaped."""

from __future__ import annotations

from digest_folders import MARCH_8, bridge_folder, brief, talks_folder

from briefing.core.digest import build_digest
from briefing.output.digest_markdown import digest_markdown


def test_digest_lists_disagreements_stories_agenda_and_cast() -> None:
    text = digest_markdown(build_digest([*bridge_folder(), *talks_folder()]))
    for heading in ("## Where sources disagree", "## Stories", "## Agenda"):
        assert f"\n{heading}\n" in text
    assert "(reported by a.txt, b.txt, c.txt)" in text


def test_headline_that_looks_like_markdown_is_escaped() -> None:
    hostile = brief("x.txt", "# <b>Breaking</b> | `rm` > all\n\nNothing else happened.\n", MARCH_8)
    text = digest_markdown(build_digest([hostile]))
    assert "<b>" not in text and "\\<b\\>" in text
    assert "\\`rm\\`" in text
    assert not any(line.startswith(("> ", "| ")) for line in text.splitlines())
