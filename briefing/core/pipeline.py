"""Compose the extractors: one article in, one briefing out. Pure and deterministic."""

from __future__ import annotations

from briefing.core.actors import extract_actors
from briefing.core.agenda import extract_agenda
from briefing.core.dates import sentence_dates
from briefing.core.model import Article, Briefing
from briefing.core.questions import bears_on_summary, find_questions
from briefing.core.segment import segment
from briefing.core.summary import summarize


def extract(article: Article) -> Briefing:
    """Turn a loaded article into its briefing."""
    sentences = segment(article)
    # Agenda and summary both read the dates of the same sentences: find them once.
    dates = sentence_dates(sentences, article.date)
    actors = extract_actors(sentences)
    agenda = extract_agenda(sentences, actors, article.date, dates)
    questions = find_questions(sentences, actors, agenda, dates)
    weighty = [q for q in questions if bears_on_summary(q)]
    lede, summary = summarize(sentences, actors, agenda, weighty, dates)
    return Briefing(
        article=article,
        sentences=sentences,
        summary=summary,
        lede=lede,
        actors=actors,
        agenda=agenda,
        questions=questions,
        notices=article.notices,
    )
