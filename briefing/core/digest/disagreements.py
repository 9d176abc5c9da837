"""Where sources disagree within a story: counts, sums, dates of one event, who said a quote.

Like is compared with like: a figure only with a figure of the same measure (dead with dead,
dollars with dollars), each article's first figure of a measure (its headline number, not a
later aside). Two figures disagree when the bounds their wording sets cannot both hold: "at
least seven" and "five" disagree, "at least five" and "seven" do not. Sums and percentages
are compared only between sentences that otherwise say much the same thing, since a folder
holds many unrelated sums. Differences of wording are never questions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefing.core.digest.figures import Figure, figures
from briefing.core.digest.text import content_words, fold, lede, overlap, surname, words
from briefing.core.digest_model import Disagreement, MergedEvent, Story, StoryEvidence
from briefing.core.model import Briefing

# An article's own count of the event is in its headline and lede; figures further down are
# about parts of it or about other events ("last month's strike that left 32 dead").
LEDE_SENTENCES = 3
# Questions per measure per story: the first report against the ones that differ from it.
MAX_PER_MEASURE = 2
# Share of content words two sentences must share before their sums or percentages compare.
SAME_CLAIM = 0.5
# A quote is the same when this share of its words match, and it is long enough to be
# distinctive rather than a stock phrase.
SAME_QUOTE = 0.8
MIN_QUOTE_WORDS = 8
# Two reports of one event's date further apart than this are about different occasions.
MAX_DATE_GAP_DAYS = 14
# Measures named by a noun that reads after the number ("seven dead"), and that say on their
# own what is counted, so two such figures compare whatever their sentences.
_COUNTED_NOUNS = frozenset({"dead", "injured", "missing", "arrested", "votes"})


def _first_figures(b: Briefing) -> dict[str, Figure]:
    first: dict[str, Figure] = {}
    titles = [s for s in b.sentences if s.kind == "title"]
    for s in sorted([*titles, *lede(b.sentences, LEDE_SENTENCES)], key=lambda s: s.index):
        for f in figures(s.text, s.index):
            first.setdefault(f.measure, f)
    return first


def _compatible(a: Figure, b: Figure) -> bool:
    return max(a.low, b.low) <= min(a.high, b.high)


def _same_claim(a: Figure, ba: Briefing, b: Figure, bb: Briefing) -> bool:
    if a.measure in _COUNTED_NOUNS:
        return True
    return (
        overlap(
            content_words(ba.sentences[a.sentence].text),
            content_words(bb.sentences[b.sentence].text),
        )
        >= SAME_CLAIM
    )


def _number_question(a: Figure, pa: str, b: Figure, pb: str, labels: Mapping[str, str]) -> str:
    first = f"{a.phrase} {a.measure}" if a.measure in _COUNTED_NOUNS else a.phrase
    first = first[:1].upper() + first[1:]
    second = f"{b.phrase} ({labels[pb]}, sentence {b.sentence})"
    return f"{first} ({labels[pa]}, sentence {a.sentence}) or {second}?"


def number_disagreements(
    story: Story, by_path: Mapping[str, Briefing], labels: Mapping[str, str]
) -> list[Disagreement]:
    """Counts, sums and percentages that two articles of one story report differently."""
    per_article = [(path, _first_figures(by_path[path])) for path in story.articles]
    measures = sorted({m for _, figs in per_article for m in figs})
    out = []
    for measure in measures:
        reports = [(path, figs[measure]) for path, figs in per_article if measure in figs]
        if len(reports) < 2:
            continue
        base_path, base = reports[0]
        asked: list[Figure] = []
        for path, fig in reports[1:]:
            if len(asked) == MAX_PER_MEASURE:
                break
            if _compatible(base, fig) or any(_compatible(fig, f) for f in asked):
                continue
            if not _same_claim(base, by_path[base_path], fig, by_path[path]):
                continue
            asked.append(fig)
            out.append(
                Disagreement(
                    kind="disagreement",
                    aspect="number",
                    text=_number_question(base, base_path, fig, path, labels),
                    story=story.id,
                    evidence=(
                        StoryEvidence(base_path, base.sentence),
                        StoryEvidence(path, fig.sentence),
                    ),
                )
            )
    return out


def _day(ev: MergedEvent) -> str:
    assert ev.date is not None
    return f"{ev.date.day} {ev.date:%B %Y}"


def date_disagreements(
    story: Story, agenda: Sequence[MergedEvent], labels: Mapping[str, str]
) -> list[Disagreement]:
    """One event of a story that two articles put on different days."""
    events = [
        ev
        for ev in agenda
        if ev.stories == (story.id,) and ev.date is not None and not ev.date_is_partial
    ]
    out = []
    for i, a in enumerate(events):
        for b in events[i + 1 :]:
            assert a.date is not None and b.date is not None
            if a.date == b.date or abs((a.date - b.date).days) > MAX_DATE_GAP_DAYS:
                continue
            if {s.path for s in a.sources} & {s.path for s in b.sources}:
                continue
            # A title word alone ("Meeting") is too little: the place, or two title words and a
            # participant, must show it is the same occasion.
            same_where = bool(a.where and b.where and fold(a.where) == fold(b.where))
            shared = content_words(a.title) & content_words(b.title)
            people = {fold(p) for p in a.participants} & {fold(p) for p in b.participants}
            if not (shared and same_where) and not (len(shared) >= 2 and people):
                continue
            ea, eb = a.sources[0], b.sources[0]
            out.append(
                Disagreement(
                    kind="disagreement",
                    aspect="date",
                    text=(
                        f"{a.title} on {_day(a)} ({labels[ea.path]}, sentence {ea.sentence}) "
                        f"or {_day(b)} ({labels[eb.path]}, sentence {eb.sentence})?"
                    ),
                    story=story.id,
                    evidence=(ea, eb),
                )
            )
    return out


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


@dataclass(frozen=True)
class _Credit:
    path: str
    speaker: str
    quote: frozenset[str]
    sentence: int
    text: str
    # Folded words around the quote (its sentence and the one before), the quote left out.
    context: str


def _context(b: Briefing, sentence: int, quote: str) -> str:
    around = [
        b.sentences[i].text.replace(quote, " ")
        for i in (sentence - 1, sentence)
        if 0 <= i < len(b.sentences)
    ]
    return " " + " ".join(words(" ".join(around))) + " "


def _names(context: str, name: str) -> bool:
    key = surname(name)
    return key is not None and f" {key} " in context


def attribution_disagreements(
    story: Story,
    by_path: Mapping[str, Briefing],
    speaker: Mapping[tuple[str, str], str],
    labels: Mapping[str, str],
) -> list[Disagreement]:
    """The same quote credited to different people by two articles of one story.

    A credit counts only when the text states it: the speaker is named next to the quote,
    outside it, and the other claimed speaker is not (a sentence naming both could be either).
    """
    credits: list[_Credit] = []
    for path in story.articles:
        b = by_path[path]
        for actor in b.actors:
            who = speaker.get((path, actor.name))
            if who is None or actor.kind != "person":
                continue
            for q in actor.quotes:
                ws = words(q.text)
                at = q.evidence[0] if q.evidence else 0
                context = _context(b, at, q.text)
                if len(ws) >= MIN_QUOTE_WORDS and _names(context, actor.name):
                    credits.append(_Credit(path, who, frozenset(ws), at, q.text, context))
    out = []
    reported: set[tuple[str, str]] = set()
    for i, a in enumerate(credits):
        for b in credits[i + 1 :]:
            if a.path == b.path or surname(a.speaker) == surname(b.speaker):
                continue
            if (a.speaker, b.speaker) in reported or overlap(a.quote, b.quote) < SAME_QUOTE:
                continue
            if _names(a.context, b.speaker) or _names(b.context, a.speaker):
                continue
            reported.add((a.speaker, b.speaker))
            out.append(
                Disagreement(
                    kind="disagreement",
                    aspect="attribution",
                    text=(
                        f"Who said \u201c{_short(a.text)}\u201d: {a.speaker} "
                        f"({labels[a.path]}, sentence {a.sentence}) "
                        f"or {b.speaker} ({labels[b.path]}, sentence {b.sentence})?"
                    ),
                    story=story.id,
                    evidence=(StoryEvidence(a.path, a.sentence), StoryEvidence(b.path, b.sentence)),
                )
            )
    return out
