"""The extraction core: a pure function from an article's text to its briefing.

Imports nothing that draws (no Textual, no Rich), so it can be tested, benchmarked and run
in batch on its own. The extractors are imported on first use, so that importing the data
model alone (as the UI and the CLI's --help do) does not compile every rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefing.core.model import Article, Briefing, LoadError

if TYPE_CHECKING:
    from briefing.core.pipeline import extract

__all__ = ["Article", "Briefing", "LoadError", "extract"]


def __getattr__(name: str) -> Any:
    if name == "extract":
        from briefing.core.pipeline import extract

        return extract
    raise AttributeError(f"module 'briefing.core' has no attribute {name!r}")
