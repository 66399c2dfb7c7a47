"""Sentences that belong to the event before them rather than being events of their own.

Past the lede, news tells the details of what it reported — a fight round by round, how a
fire spread, a nominee's career — and quotes people's reactions to it. Such a sentence has no
time and no source of its own, or is a quotation with no news in it; it is a passage of the
event it tells more of (section 1 of docs/events.md: a continuation stays part of its event),
not a happening on the publication day.
"""

from __future__ import annotations

import re

from viewer.core.court_cues import court_of
from viewer.core.detail_cues import (
    detail_of,
    game_time,
    part_of_play,
    score_of_play,
    told_ahead,
    told_of,
    wounded,
)
from viewer.core.event_selection import Judgement
from viewer.core.lowered import lowered
from viewer.core.model import DateBasis, DateValue, Event, Precision
from viewer.core.motive_cues import motive
from viewer.core.reaction_cues import felt, reaction, remembered
from viewer.core.relative_main_verb import TIME_CLAUSE_OPENERS
from viewer.core.same_happening import more_of
from viewer.core.scene_cues import scene_of
from viewer.core.statement_cues import is_statement
from viewer.core.view_cues import view, writer_view
from viewer.core.visible import one_line
from viewer.core.word_patterns import first_letters

# Below this confidence, an undated sentence with no source named is a detail of the event
# before it (an unsourced, undated sentence in the past scores 0.7; a sourced one 0.8).
DETAIL_THRESHOLD = 0.8
# How surely such a detail is a happening of its own: kept (a detail is sometimes a step of
# its own), but below every event told with a time or a source, for the window to sort last.
DETAIL_CONFIDENCE = 0.55
# How surely the writer's own judgement, told after an event of another time, is a happening:
# it is none (the table of section 1), and goes.
_GONE = 0.2
# A source speaking, though not in the words of an attribution ("X said"): a statement by
# someone, which news reports as such, not a detail of the story's own telling. So is a side
# arguing or a witness testifying ("Simpson's attorney, Warren Gotcher, argued that…"): the
# turn of another source, not more of what the one before said.
_SPEAKING = re.compile(
    r"\b(?:saying|telling|adding|describ\w*|declin\w*|(?<!-)calls?|(?<!-)called|urg\w*|warn\w*|"
    r"accus\w*|critici[sz]\w*|statement|spokes\w*|argu(?:ed|es|ing)|contend(?:ed|s|ing)|"
    r"countered|testif(?:ied|ies|ying))\b",
    re.IGNORECASE,
)
# The same for the passage lowercased, spelt by first letters (word_patterns.py). A word joined
# before by a hyphen is none of them: "After the no-call, … Echenique turned up the intensity".
_SPEAKING_LOWERED = re.compile(
    "(?:"
    + first_letters(
        r"saying telling adding describ\w* declin\w* c(?<!-c)alls? c(?<!-c)alled urg\w* warn\w* "
        r"accus\w* "
        r"critici[sz]\w* statement spokes\w* argu(?:ed|es|ing) contend(?:ed|s|ing) "
        r"countered testif(?:ied|ies|ying)".split()
    )
    + r")\b"
)
# Letters IGNORECASE takes for ASCII ones that lowering does not make ASCII (dotless i, long
# s) or lowers to two characters (dotted capital I): with none, the lowered search is the same.
_FOLDED_APART = ("ı", "ſ", "İ")


def _speaking(shown: str) -> bool:
    """Whether _SPEAKING matches: a search of the passage lowercased, when that is the same."""
    if any(c in shown for c in _FOLDED_APART):
        return _SPEAKING.search(shown) is not None
    return _SPEAKING_LOWERED.search(lowered(shown)) is not None


def reacted_to(events: list[Event], shown: str) -> Event | None:
    """The event a quoted reaction with no news of its own ("Justice has been served," his
    nephew said), a reaction in the reporter's words or a tribute reacts to: the last one
    told in a main clause, if any."""
    if not events:
        return None
    if felt(shown) or remembered(shown) or motive(shown):  # "But he said he understood why."
        return _main_clause_event(events)
    if view(shown):  # "'The man is petrified,' he said."
        return _main_clause_event(events)
    if '"' not in shown and "“" not in shown and "”" not in shown:
        return None
    return _main_clause_event(events) if reaction(lowered(one_line(shown))) else None


# The words opening a clause cut from its sentence for a time of its own: another time's
# ("since losing to Lamon Brewster in 2004") or a relative's ("which had defeated Bradley …").
_SIDE_OPENERS = TIME_CLAUSE_OPENERS | frozenset({"which", "who"})


def _main_clause_event(events: list[Event]) -> Event:
    """The last event told in a main clause, not one cut from a side clause of another time
    ("… and the second this year after it blocked Booking's bid … in September", "since
    losing to Lamon Brewster in 2004"): a reaction is to the happening the sentence told, not
    to another time it named on the way; the last event when every one is such a clause's."""
    for event in reversed(events):
        first = event.primary.text.split(None, 1)[:1]
        if not first or first[0] not in TIME_CLAUSE_OPENERS:
            return event
    return events[-1]


def detailed(
    events: list[Event], shown: str, day: DateValue, confidence: float, statement: bool
) -> Event | None:
    """The event an undated, unsourced sentence (`shown`) dated only by the story's day
    (`day`) tells more of: the one before it, when it is of that day too (one of another
    time is not), or whatever its day when the sentence's time is a half, a quarter or the
    clock of a game ("in the second half"): the game's, which the story told before, of a
    day (not a career's year told before it, "finished his career in 1978")."""
    if statement or confidence >= DETAIL_THRESHOLD or not events:
        return None
    if _speaking(shown) or told_ahead(shown):
        return None
    event = events[-1]
    if event.date.overlaps(day):
        return event
    return _game_before(events) if game_time(shown) else None


def _game_before(events: list[Event]) -> Event | None:
    """The game a line told by its clock is of: the last event of a day told in a main clause,
    not one cut from a side clause of another time on the way ("Drake, which had defeated
    Bradley in Thursday's play-in round, | closed to 47-44 … with 10:03 to play")."""
    for event in reversed(events):
        first = event.primary.text.split(None, 1)[:1]
        if not first or first[0] not in _SIDE_OPENERS:
            return event if event.date.precision is Precision.DAY else None
    return None


def _told(events: list[Event]) -> str:
    """The words of the story's lede and of the events just before: who the story is of."""
    return " ".join(p.text for e in [*events[:1], *events[-3:]] for p in e.passages)


def _scene(events: list[Event], shown: str, day: DateValue) -> Event | None:
    """The event before, of the same day, whose victim a sourced sentence (`shown`) tells
    the wounds of."""
    if not events or not events[-1].date.overlaps(day) or (who := wounded(shown)) is None:
        return None
    return events[-1] if not told_ahead(shown) and told_of(who, _told(events)) else None


def placed(
    events: list[Event],
    shown: str,
    day: DateValue,
    judged: Judgement,
    dated: bool,
    story_day: bool,
    clock: bool = False,
) -> tuple[Event | None, Judgement]:
    """The event a passage (`shown`, dated `day`) is a reaction to, if any, and how surely it
    is an event of its own: less surely when it reads as a detail of the event before it.
    `dated`: it has a time of its own; `story_day`: its day is only the story's; `clock`: its
    time is only a clock time, of the story's day."""
    if not dated and (reacted := reacted_to(events, shown)) is not None:
        return reacted, judged
    if not dated and events and writer_view(shown):
        # The writer's own judgement joins the event before, of its day; or goes, when that
        # event is of another time (a career's year told before it).
        viewed = _main_clause_event(events)
        if viewed.date.overlaps(day):
            return viewed, judged
        return None, Judgement(_GONE, judged.continues, judged.statement)
    statement = is_statement(shown) if judged.statement is None else judged.statement
    # An account of the scene, or a court report, retells the night by its clock times: no
    # time of the account's or the trial's own.
    # Not one the story dates at an earlier episode (a crime's year) to an event of another
    # time: "Lopez told police he was aiming …" after "Lopez has been linked …" (now).
    scene = scene_of(events, shown, statement) if clock or not dated else None
    if scene is not None and (story_day or dated or scene.date.overlaps(day)):
        return scene, judged
    # Not to a step of a night retold at another time than the line's, which is the hearing's
    # ("Officer Murphy testified that …" after "Hiller admitted firing …", of the night).
    trial = court_of(events, shown) if clock or not dated else None
    if trial is not None and (trial.date == day or trial.date_basis is not DateBasis.CONTEXT):
        return trial, judged
    if dated or not (story_day or part_of_play(shown)):
        return None, judged
    if (event := _scene(events, shown, day)) is not None:
        return event, judged
    # A record after the game, or the score as it ran, is told of it whatever else the
    # sentence holds.
    confidence = 0.0 if score_of_play(shown) else judged.confidence
    if (event := detailed(events, shown, day, confidence, statement)) is None:
        return None, judged
    if detail_of(shown, _told(events)):
        return event, judged
    if not story_day:
        return None, judged
    if more_of(
        shown, event.passages_text(), events[0].passages_text()
    ):  # "They contained the fire…"
        return event, judged
    return None, Judgement(DETAIL_CONFIDENCE, judged.continues, judged.statement)
