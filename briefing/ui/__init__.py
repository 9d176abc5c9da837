"""The Textual reader: the only part of briefing that imports Textual."""
