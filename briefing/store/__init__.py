"""What briefing keeps on disk between runs: the briefing cache and the reader's state.

The cache (`briefing.store.cache`) is disposable: it lives in the user's cache directory and
may be thrown away at any time, by the user or by briefing when the file is damaged. The read
state (`briefing.store.state`) is not: it lives in a separate database in the data directory,
so rebuilding a damaged cache never costs the user their read marks.
"""
