"""briefing: a terminal reader that turns a folder of news articles into a morning briefing."""

__version__ = "0.1.0"
