"""The printed outputs of `briefing`: text (Rich), Markdown and JSON, and their safety rules."""
