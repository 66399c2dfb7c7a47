"""Event extraction: each sentence that reports an announcement or action becomes a dated event."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date

from viewer.core.clauses import split_clauses
from viewer.core.headline import headline
from viewer.core.model import (
    DateBasis,
    DateValue,
    Dating,
    Document,
    Event,
    Passage,
    Span,
    passage_id,
)
from viewer.core.sentences import split_sentences
from viewer.core.temporal import Timex, governing, tag
from viewer.core.timex_leads import alternation
from viewer.core.visible import one_line

# Bump when extraction changes what it finds, so cached results are not reused.
# (8: sentences, dates and passages read from the visible text.)
EXTRACTOR_VERSION = "8"

TITLE_CHARS = 90

# Verbs of announcing, deciding, deploying, stating and acting, in the forms news uses.
_STEMS = """
announc said say says saying told tell tells telling declar stated added adds adding
deploy redeploy sent send sends sending order approv agree decid sign launch struck strike
strik kill met meet meets meeting visit travel held hold holds host call urg warn pledg vow
promis commit establish increas boost rais doubl expand reinforc station move transfer
deliver supply supplie suppli provid offer reject dismiss refus cancel suspend impos
sanction invad attack fire fired shot shoot condemn accus report reveal confirm deni deny
estimat consider weigh discuss plan propos request ask invit join lift resist block conduct
publish tweet wrote write writes issu field evaluat insist stress reiterat acknowledg explain
claim prais noted note notes conclud blare demand interven surround encircl enhanc extend
intensif prepar authoriz vote elect resign appoint arrest releas hit hits fought fight
captur withdr retreat agre bolster spent spend allocat pour poured continu began begin begun
start ended signal threaten threat respond answer unveil introduc submit
""".split()

# Forms that share a stem with an event verb but are only nouns in news prose.
_NOUN_ONLY = frozenset(
    """
    statement statements station stations planes plane planet fighters fighter commitment
    commitments agreement agreements threat threats announcements hostile
    reporters reporter meetings
    """.split()
)

# A sentence's words are its runs of ASCII letters. They are read from an ASCII copy, one byte a
# character, lowercased and with every other character a space: the verb scan then starts only
# at a space, and its stems, factored on shared prefixes, cost one test at a word they do not
# start. (re.IGNORECASE on the text itself is slower, and would read the Kelvin sign as a "k".)
_WORD_LETTERS = bytes(c | 0x20 if c < 128 and chr(c).isalpha() else 0x20 for c in range(256))
_EVENT_WORD = re.compile(f" (?:{alternation((s, '') for s in _STEMS)})[a-z]*".encode())
_NOUN_ONLY_BYTES = frozenset(w.encode() for w in _NOUN_ONLY)


def reports_an_event(sentence: str) -> bool:
    """Whether a sentence reports an announcement, decision, deployment, statement or action."""
    if sentence.rstrip().endswith("?"):
        return False
    words = b" " + sentence.encode("ascii", "replace").translate(_WORD_LETTERS)
    return any(m[0][1:] not in _NOUN_ONLY_BYTES for m in _EVENT_WORD.finditer(words))


def short_title(sentence: str, limit: int = TITLE_CHARS) -> str:
    """A short title from a sentence: whole when short, else cut at a word with an ellipsis."""
    clean = sentence.strip().strip("\"'“”‘’").strip()
    if len(clean) <= limit:
        return clean.rstrip(".")
    cut = clean[:limit].rsplit(" ", 1)[0].rstrip(",;:—–- ")
    return cut + "…"


# A date with the words that gave it and how it was found.
Dated = tuple[DateValue, str, DateBasis]


def _governing_date(
    text: str, span: Span, timexes: Sequence[Timex], starts: Sequence[int]
) -> Dated | None:
    """The date of the expression that governs a span of the visible text; `timexes` are in
    text order and `starts` their start offsets, so the span's own are found by bisection,
    not a scan of all."""
    first = bisect_left(starts, span.start)
    inside = [t for t in timexes[first : bisect_right(starts, span.end)] if t.end <= span.end]
    chosen = governing(text, span.start, span.end, inside) if inside else None
    value = chosen.date_value() if chosen else None
    if chosen is None or value is None:
        return None
    words = one_line(chosen.text)  # "Feb.&nbsp;26" in a page reads "Feb. 26"
    return value, words, DateBasis.RELATIVE if chosen.relative else DateBasis.EXPLICIT


def _date_for(
    doc: Document,
    text: str,
    clause: Span,
    sentence: Span,
    timexes: Sequence[Timex],
    starts: Sequence[int],
    by_sentence: dict[Span, Dated | None],
) -> Dated | None:
    """A clause's own date, else its sentence's ("announced on Tuesday that A, B and C");
    a sentence's is worked out once however many clauses fall back on it."""
    dated = _governing_date(text, clause, timexes, starts)
    if dated is None and clause != sentence:
        if sentence not in by_sentence:
            by_sentence[sentence] = _governing_date(text, sentence, timexes, starts)
        dated = by_sentence[sentence]
    if dated is not None:
        return dated
    if doc.date is None:
        return None
    return DateValue.day(doc.date), doc.date_text, DateBasis.PUBLICATION


def visible_body(doc: Document) -> tuple[str, list[Span]]:
    """The text a reader sees of a document, and its article text's paragraphs in it: what
    extraction reads, so that no markup or entity splits a sentence or hides a date."""
    visible = doc.visible
    body = [Span(*visible.to_visible(span.start, span.end)) for span in doc.body]
    return visible.render(), [span for span in body if span.end > span.start]


def extract_events(doc: Document) -> list[Event]:
    """The dated events of one document, in text order. A pure function of the document.

    Sentences, clauses and dates are found in the visible text; each passage is kept by the
    source span its words come from, and its id made from the words as written there.
    """
    # Undated, an article can only give events the dates it states in full: any anchor serves
    # to find them, and every relative date is dropped.
    anchor = doc.date or date.today()
    text, body = visible_body(doc)
    timexes = tag(text, anchor)
    if doc.date is None:
        timexes = [t for t in timexes if not t.relative]
    starts = [t.start for t in timexes]
    by_sentence: dict[Span, Dated | None] = {}
    events: list[Event] = []
    for sentence in split_sentences(text, body):
        for clause in split_clauses(text, sentence):
            shown = one_line(text[clause.start : clause.end])
            if len(shown) < 20 or not reports_an_event(shown):
                continue
            dated = _date_for(doc, text, clause, sentence, timexes, starts, by_sentence)
            if dated is None:
                continue
            value, date_text, basis = dated
            start, end = doc.visible.to_source(clause.start, clause.end)
            events.append(
                Event(
                    id=passage_id(doc.id, doc.text[start:end]),
                    date=value,
                    date_text=date_text,
                    date_basis=basis,
                    title=headline(shown),
                    passages=[Passage.of(doc.id, doc.visible, start, end)],
                    dating=[Dating(value, basis, date_text)],
                )
            )
    return _unique_ids(events)


def _unique_ids(events: list[Event]) -> list[Event]:
    """Keep ids unique when one article repeats a sentence word for word."""
    seen: dict[str, int] = {}
    for event in events:
        count = seen.get(event.id, 0)
        seen[event.id] = count + 1
        if count:
            event.id = f"{event.id}-{count + 1}"
    return events
