"""The extraction core: a pure function from an article's text to its briefing.

Imports nothing that draws (no Textual, no Rich), so it can be tested, benchmarked and run
in batch on its own.
"""

from briefing.core.model import Article, Briefing, LoadError
from briefing.core.pipeline import extract

__all__ = ["Article", "Briefing", "LoadError", "extract"]
