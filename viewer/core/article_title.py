"""The article's headline among its events, once every sentence has been read.

A happening told again is one event with its earlier telling (retold_happening.py); the
headline joins the lede's event when the lede retells it, else is an event of its own, of the
day the story is told on or of the day a retelling further down gives it.
"""

from __future__ import annotations

from viewer.core.clause_dates import Dated
from viewer.core.event_of import MIN_CHARS, event_of, passage_of
from viewer.core.event_selection import judge
from viewer.core.headline import headline
from viewer.core.headline_retold import retelling
from viewer.core.model import DateBasis, Document, Event, Span
from viewer.core.retold_decision import decision
from viewer.core.retold_happening import join_retold
from viewer.core.title_event import first_sentence_events, lede_index, lede_texts, title_span
from viewer.core.visible import one_line

# An event yet to be titled: it, its words, its day words, its sentence's words before it,
# and whether it was cut out of its sentence for a time of its own.
Untitled = tuple[Event, str, list[str], str, bool]


def retold_events(doc: Document, events: list[Event], untitled: dict[int, Untitled]) -> list[Event]:
    """The events once a happening told again is one event with its earlier telling
    (retold_happening.py); a passage cut shorter is titled by what is left of it."""
    retold = join_retold(doc, events, {key: told[3] for key, told in untitled.items()})
    if len(retold.events) < len(events):
        kept = {id(event) for event in retold.events}
        for key in [key for key in untitled if key not in kept]:
            del untitled[key]
    for event in retold.shortened:
        if (told := untitled.get(id(event))) is not None:
            untitled[id(event)] = (event, event.primary.text, *told[2:])
    return retold.events


def with_headline(
    doc: Document,
    text: str,
    events: list[Event],
    untitled: dict[int, Untitled],
    today: Dated | None,
) -> list[Event]:
    """The headline joins the lede's event when the lede retells it, else is an event itself.
    The lede's event takes the article's headline as its title (out of `untitled`)."""
    span = title_span(doc, text)
    if span is None:
        return events
    shown = one_line(text[span.start : span.end])
    if len(shown) < MIN_CHARS:
        return events
    # Only the first few events can be the lede's: the others' words need not be read.
    # In an article with no date, what is dated only by it was left out, the lede often with
    # it: the first event left opens the article only in its first two paragraphs (a summary
    # line may stand above the lede), not "They last beat City at home in March 2022." far
    # down.
    lede_end = doc.body[min(1, len(doc.body) - 1)].end if doc.body else 0
    opens = today is not None or (bool(events) and events[0].primary.start < lede_end)
    ledes = lede_texts(events, today.value if today else None)
    if (kind := decision(shown)) is not None:
        # A court's decision in the headline ("Yvonne Hiller Charged With Two Counts Of
        # Murder") is retold by a lede that tells it, not by one sharing a name or a word with
        # it ("A Kraft Foods plant worker | who had been suspended … returned …").
        ledes = [text if decision(text) == kind else "" for text in ledes]
    lede = lede_index(shown, ledes, opens, first_sentence_events(text, events))
    if lede is not None:
        event = events[lede]
        event.add_passage(passage_of(doc, span), event.dating_of(0))
        event.title = headline(shown)
        untitled.pop(id(event), None)
        event.event_confidence = round(min(0.97, event.event_confidence + 0.1), 3)
        return events
    # A headline tells its happening in the news present: of the day the story is told on.
    judged = judge(shown, True, headline=True)
    if not judged.is_event or today is None:
        return events
    dated = Dated(today.value, today.text, today.basis, 0.5, today.origin)
    told = retelling(shown, events, today.value)
    if told is not None:  # a headline told in the past, retold further down on its day
        day = told.dating_of(0)
        where = Span(told.primary.start, told.primary.end)
        dated = Dated(day.value, day.text, DateBasis.CONTEXT, 0.5, where)
    return [event_of(doc, span, dated, judged, headline(shown)), *events]
