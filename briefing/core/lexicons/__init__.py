"""Small curated word lists: the data the rules run on. Never names of specific people or events."""
