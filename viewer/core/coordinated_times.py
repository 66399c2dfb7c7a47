"""Coordinated clauses told at times of their own: "He returned to action against Tampa Bay
on October 30 and scored a touchdown the following week against Atlanta" reports the return
(30 October) and the touchdown (the week after). A sentence is cut at its coordinator — "and",
", and", "but", "; ", ", then" — when the clause after it tells a happening in the past at a
time of its own, apart from the time of the clause before it, which tells one in the past too:
"On May 22, 1995, Farkas was made a brigadier general, and the following year he was
appointed military attache" is the promotion (1995) and the appointment (1996), the second
counted from the first (narrative time: the part before sets the story's time).

Nothing is cut when the clause after the coordinator has no time of its own — a plain list of
actions on one occasion ("arrested and charged on Friday"), a time shared by both ("On Friday,
police arrested X and seized Y"), an occasion told with its outcome ("arrived on Monday and
declared he was in top shape") — nor a list of times or of nouns with no verb ("on Monday and
Tuesday", "the WBC belt in 2001 and the IBF one in 2005"), nor a time of the same day ("later
that day"), nor a plan or a forecast told in the present or the future, unless after a
clause told in the past: "The findings were presented last week and will appear in the
journal next month" is the presentation (last week) and the publication (next month).

A happening and its undoing at a later time: "Roads around the area were closed for some
time, but the spokeswoman said they were all reopened by 4.30pm on Saturday", in a story of
Friday's fire ("Residents were told to stay indoors, and the order was lifted at 7am on
Saturday" too). The clause before "but" (or ", and") has no time of its own and is told in the
simple past:
it is of the story's time; the clause after, a subject and its verb in the past, names a day
after it. Cut too, each dated apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.anaphoric_dates import resolve_anaphoric
from viewer.core.cue_words import words_of
from viewer.core.model import DateValue, Precision, Span
from viewer.core.past_tense import PARTICIPLE_ENDS, PERFECT, past, past_form, present_perfect
from viewer.core.plan_cues import FORECAST
from viewer.core.temporal.governing_timex import before_a_body
from viewer.core.temporal.nearest_tense import tense_near
from viewer.core.temporal.tense_cues import Tense
from viewer.core.temporal.timex import Timex
from viewer.core.word_patterns import WORD_START

# "and", "but", "and then", a semicolon, ", then": where a clause of its own may begin.
_COORDINATOR = re.compile(r",?\s+(?:and|but)(?:\s+then)?\s+|;\s+|,\s+then\s+")
_QUOTES = re.compile(r"[“”\"]")
# Between the coordinator and the clause's time: a comma, a dash or a subordinator puts the
# time in a phrase or a clause of its own ("and stayed … until the Blazers hired him on June
# 27, 2001"; "and has served as CEO since its founding in 1990"; "and booked him …, making for
# a long night with a playoff looming on Sunday").
_NOT_THE_CLAUSE_TIME = re.compile(
    r"[,;:—–(]|\s[-_]\s|\b(?:until|till|after|before|since|when|while|because|as|who|which|"
    r"whose|where|if|though|although|following)\b"
    # "…a country still recovering from such a disaster in 2004": a participle's phrase; not
    # a gerund after a preposition ("and were suspended from trading on Wednesday morning").
    r"|(?<!\bfrom\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bby\s)(?<!\bafter\s)(?<!\bbefore\s)"
    r"\b[a-z]{3,}ing\s+(?:from|of|to|with|in|on|at|for|after)\b",
    re.IGNORECASE,
)
# The first verb of the clause after a coordinator, within its first words: told in the past
# ("and scored", "and the following year he was appointed", "; $14 million of that seeped
# out"), not a participle ("and injuring dozens"), the present or a modal ("and this week he
# faces", "but it can be argued"), nor the verb of a clause of its own ("and another on
# Wednesday night, after which, the police said, …").
_FIRST_WORDS = 8
_NOT_PAST_VERBS = frozenset(
    """is are am does do can could will would may might must should shall
    says faces remains seems after which who whom whose when while because until before since
    where if""".split()
)
# (Not the comma of a figure: "and in May a further 8,500 were called back".)
_PUNCTUATION = re.compile(r",(?!\d)|[;:—–()]|\s[-_]\s")
_MIN_WORDS = 3
# What may stand between a perfect's "have" and its participle: "they had all been allowed".
_PERFECT_BETWEEN = frozenset("been all also already just not never since first".split())
# The coordinator of an undoing told after a happening of the story's time (`undone_later`).
_BUT = re.compile(r",?\s+but\s+|,\s+and\s+")
# A quarter named with no year, after a day: a part of that day's game.
_GAME_PART = re.compile(r"^(?:the\s+)?\w+\s+quarter$", re.IGNORECASE)


def _dated(t: Timex) -> bool:
    return t.type in ("DATE", "TIME") and t.first is not None and t.last is not None


def _counted(t: Timex) -> bool:
    return "anaphoric" in t.flags


def _told_in_past(text: str, start: int, end: int) -> bool:
    low = text[start:end].lower()
    return past(words_of(low), low)


def _opens_past_clause(text: str, start: int, end: int, times: Sequence[Timex]) -> bool:
    """Whether the first verb among the first words of text[start:end], outside its `times`
    ("the following year"), is told in the past."""
    low = text[start:end].lower()
    for t in times:
        low = low[: t.start - start] + " " * (t.end - t.start) + low[t.end - start :]
    stop = _PUNCTUATION.search(low)  # "…in 2005, arrived in Germany": another clause's verb
    words = words_of(low[: stop.start()] if stop else low)[:_FIRST_WORDS]
    for i, w in enumerate(words):
        if past_form(w):
            return True
        if w in PERFECT:
            after = [a for a in words[i + 1 : i + 4] if a not in _PERFECT_BETWEEN][:1]
            return bool(after) and after[0].endswith(PARTICIPLE_ENDS) and after[0] != "being"
        if w in _NOT_PAST_VERBS or (w[-3:] == "ing" and len(w) > 5):
            return False
    return False


def _times_apart(before: Sequence[Timex], after: Sequence[Timex]) -> bool:
    """Whether the clause after names a time apart from every date of the clause before: a
    date of other days, or a time counted from the last of them to other days ("the
    following week", "two days later"; not "later that day")."""
    reference = before[-1].date_value()
    for t in after:
        if _GAME_PART.search(t.text) and all(o.precision is Precision.DAY for o in before):
            continue  # "on Dec. 27, Thomas rushed … and scored in the second quarter": the game's
        if _dated(t):
            assert t.first is not None and t.last is not None
            if all(
                o.first is not None
                and o.last is not None
                and (t.last < o.first or o.last < t.first)
                for o in before
            ):
                return True
        elif _counted(t) and reference is not None:
            value = resolve_anaphoric(t, reference)
            if value is not None and (value.last < reference.first or reference.last < value.first):
                return True
    return False


def coordinated_cuts(text: str, span: Span, timexes: Sequence[Timex]) -> list[int]:
    """Where to cut text[span] at a coordinator, each clause after it telling a happening at a
    time of its own (module docstring), in text order; [] for none."""
    inside = [t for t in timexes if span.start <= t.start and t.end <= span.end]
    if len(inside) < 2 or not any(_counted(t) or _dated(t) for t in inside[1:]):
        return []
    cuts: list[int] = []
    start = span.start
    for m in _COORDINATOR.finditer(text, span.start, span.end):
        if m.start() < start or len(_QUOTES.findall(text, span.start, m.start())) % 2:
            continue  # inside a quotation: its speaker's words
        before = [t for t in inside if start <= t.start and t.end <= m.start() and _dated(t)]
        end = _clause_end(text, m.end(), span.end)
        after = [
            t  # not a duration or a set: "had undergone an annual overhaul in April"
            for t in inside
            if m.end() <= t.start and t.end <= end and (_dated(t) or _counted(t))
        ]
        if not before or not after or not _times_apart(before, after[:1]):
            continue
        if _in_a_phrase(text, m.end(), after[0].start):
            continue
        if not _clauses(text, Span(start, m.start()), Span(m.end(), end), after):
            continue
        if _told_ahead(text, span, before[-1]):
            continue
        cuts.append(m.start())
        start = m.start()
    return cuts


def undone_later(
    text: str, span: Span, timexes: Sequence[Timex], story: DateValue | None
) -> tuple[int, int] | None:
    """Where to cut text[span] at "but" after a clause in the simple past with no time of
    its own, of the story's day `story`, when the clause after it, its subject and a verb in
    the past, names a later day (module docstring): where "but" starts and where the clause's
    words do; None for nowhere."""
    if (
        story is None
        or story.precision is not Precision.DAY
        or (
            " but " not in text[span.start : span.end]
            and ", and " not in text[span.start : span.end]
        )
    ):
        return None
    inside = [t for t in timexes if span.start <= t.start and t.end <= span.end]
    if not inside:
        return None  # no time at all (most clauses with "but"): spared the scans below
    m = _BUT.search(text, span.start, span.end)
    if m is None or len(_QUOTES.findall(text, span.start, m.start())) % 2:
        return None
    if any(t.start < m.start() and (_dated(t) or _counted(t)) for t in inside):
        return None  # the clause before has a time of its own: `coordinated_cuts`
    end = _clause_end(text, m.end(), span.end)
    after = [t for t in inside if m.end() <= t.start and t.end <= end and _dated(t)]
    if not after or after[0].first is None or after[0].first <= story.last:
        return None
    if _in_a_phrase(text, m.end(), after[0].start):
        return None
    opening = words_of(text[m.end() : end].lower())[:1]
    if not opening or past_form(opening[0]) or opening[0] in PERFECT:
        return None  # "arrested but released on Friday": one subject's list of actions
    if present_perfect(words_of(text[span.start : m.start()].lower())):
        return None  # "has been closed since": up to now, not of the story's day
    if not _clauses(text, Span(span.start, m.start()), Span(m.end(), end), after):
        return None
    return None if _told_ahead(text, span, after[0]) else (m.start(), m.end())


# "and will", "and is due" (maybe after a pronoun): a plan told after a clause of the story's
# time (`planned_after`).
_AND_PLAN = re.compile(
    r"and\s+(?=(?:(?:he|she|it|they|we)\s+)?(?:will|shall|is\s+due|are\s+due)\b)",
    re.IGNORECASE,
)


def _and_plan(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first "and" of text[start:end] a plan follows (`_AND_PLAN`): where the coordinator
    starts (at its comma or space) and where the plan's words do. Looked for at each " and "
    only: most sentences have none, and a search would try every character."""
    at = text.find(" and ", start, end)
    while at >= 0:
        m = _AND_PLAN.match(text, at + 1, end)
        if m is not None:
            return (at - 1 if text[at - 1 : at] == "," else at), m.end()
        at = text.find(" and ", at + 4, end)
    return None


def planned_after(
    text: str, span: Span, timexes: Sequence[Timex], story: DateValue | None
) -> tuple[int, int] | None:
    """Where to cut text[span] before a plan told after a clause in the past with no time of
    its own, of the story's day `story` (None in the lede: the publication day's): "The twins
    each got three A*s | and will study medicine at Sheffield in October" is the results (the
    story's day) and the plan (October), as "The findings were presented last week | and will
    appear … next month" is cut when the clause before has a time (`coordinated_cuts`). Where
    "and" starts and where the plan's words do; None for nowhere."""
    inside = [t for t in timexes if span.start <= t.start and t.end <= span.end]
    if not inside:
        return None  # no time at all: most pieces, spared the scans below
    found = _and_plan(text, span.start, span.end)
    if found is None or len(_QUOTES.findall(text, span.start, found[0])) % 2:
        return None
    cut, words = found
    if any(t.start < cut and (_dated(t) or _counted(t)) for t in inside):
        return None  # the clause before has a time of its own: `coordinated_cuts`
    end = _clause_end(text, words, span.end)
    after = [t for t in inside if words <= t.start and t.end <= end and _dated(t)]
    if not after or after[0].first is None or (story is not None and after[0].first <= story.last):
        return None
    if _in_a_phrase(text, words, after[0].start) or not _told_ahead(text, span, after[0]):
        return None
    if present_perfect(words_of(text[span.start : cut].lower())):
        return None  # "has won … and will defend it in May": up to now
    if not _clauses(text, Span(span.start, cut), Span(words, end), after):
        return None
    return cut, words


# A place's state set off by commas, as US copy writes it: "in Birmingham, Ala., for …".
_STATE = re.compile(
    r",\s+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss"
    r"|Mo|Mont|Neb|Nev|N\.[HJMYCD]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn|Tex|Va|Vt|Wash|W\.Va|Wis"
    r"|Wyo)\.,"
)


def _in_a_phrase(text: str, start: int, at: int) -> bool:
    """Whether a mark or a subordinator between a coordinator and the clause's time puts the
    time in a phrase or a clause of its own (`_NOT_THE_CLAUSE_TIME`); not "before" after a
    verb of appearing, a place ("and is due to appear before magistrates on Friday"), nor the
    commas of a place's state ("and will see Dr. James Andrews in Birmingham, Ala., for further
    evaluation Friday")."""
    states = [m.span() for m in _STATE.finditer(text, start, at)] if "," in text[start:at] else []
    return any(
        not (found[0].lower() == "before" and before_a_body(text, found.start()))
        and not any(a <= found.start() < b for a, b in states)
        for found in _NOT_THE_CLAUSE_TIME.finditer(text, start, at)
    )


def _clauses(text: str, first: Span, second: Span, times: Sequence[Timex]) -> bool:
    """Whether both parts are clauses of a few words told in the past, the second opened by
    its verb or its subject and verb."""
    if len(words_of(text[first.start : first.end].lower())) < _MIN_WORDS:
        return False
    if len(words_of(text[second.start : second.end].lower())) < _MIN_WORDS:
        return False
    return _told_in_past(text, first.start, first.end) and (
        _opens_past_clause(text, second.start, second.end, times)
        or _opens_plan(text, second.start, second.end)
        or _AGAIN.match(text, second.start, times[0].start) is not None
    )


# The same happening again at a time of its own: "The committee met on Monday | and again on
# Thursday morning".
_AGAIN = re.compile(r"\s*again\s+(?:on\s+|in\s+|at\s+|late\s+|early\s+)?$", re.IGNORECASE)


def _opens_plan(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens on a plan, "will" and its verb, "is due" ("is due to") or
    "is expected to", maybe after a pronoun: "The findings were presented last week | and will
    appear in the journal next month", "He was released on bail on Thursday | and is due back
    in court on Aug. 15"."""
    words = words_of(text[start:end].lower())[:6]
    at = 1 if words[:1] and words[0] in _PRONOUNS else 0
    if words[:1] and words[0] in _DETERMINERS:  # a subject of its own: "and the second will"
        at = next((i for i in (2, 3) if words[i : i + 1] in _PLAN_WORDS), 0)
    if words[at : at + 2] in (["is", "due"], ["are", "due"]):
        return True
    if words[at : at + 1] in (["is"], ["are"]) and words[at + 1 : at + 3] in _SET_TO:
        return True  # "and the line is expected to reopen on Friday"
    return words[at : at + 1] in (["will"], ["shall"]) and words[at + 1 : at + 2] not in FORECAST


_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
# A subject of its own after the coordinator, a determiner and a word or two before the plan:
# "and the second will land on Sunday", "and its twin Opportunity is due to land tonight".
_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "a", "an", "this", "that"})
_PLAN_WORDS = (["will"], ["shall"], ["is"], ["are"])
_SET_TO = (["expected", "to"], ["scheduled", "to"], ["set", "to"])


def _told_ahead(text: str, span: Span, t: Timex) -> bool:
    """Whether a time is told of a plan or a forecast ("ballots will be mailed on January 2
    and tallied on January 23": one plan). Read in its passage: not the whole text lowered."""
    words = text[span.start : span.end]
    return tense_near(words, t.start - span.start, t.end - span.start) is Tense.FUTURE


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause opened at `start` ends: at the next coordinator, else at `end`."""
    m = _COORDINATOR.search(text, start, end)
    return m.start() if m is not None else end


# "and later", ", then later": what follows is a step of its own, told after the first.
_LATER_STEP = re.compile(r",?\s+(?:and|then|and\s+then)\s+later\s+(?P<verb>[a-z]+)\b")


# `\b(?:1[89]|20)\d\d\b`, its first `\b` asked after the first digit (WORD_START): the engine
# skips to a "1" or a "2" and tries the pattern only there, with the same matches.
_YEAR = re.compile(rf"(?:1{WORD_START}[89]|2{WORD_START}0)\d\d\b")
_RELATIVE_OPENS = re.compile(r"\s*(?:who|which|that|whose)\b", re.IGNORECASE)


def later_steps(text: str, span: Span) -> list[int]:
    """Where to cut text[span] before a step the sentence tells as coming later, with no time
    of its own: "Williams was booked into county jail | and later released on bond" is the
    booking and the release (docs/events.md, section 3: a list of actions stays one event
    unless its parts are told as separate steps). Only after a clause told in the simple past
    that names no year (a career told in passing is background), outside a relative clause
    and quotations, and before a verb in the past ("released", "pleaded")."""
    if text.find("later", span.start, span.end) < 0:
        return []  # most sentences: the pattern need not be run
    cuts = []
    for m in _LATER_STEP.finditer(text, span.start, span.end):
        if len(_QUOTES.findall(text, span.start, m.start())) % 2:
            continue
        clause = max(text.rfind(",", span.start, m.start()) + 1, span.start)
        if _RELATIVE_OPENS.match(text, clause, m.start()):
            continue  # "Williams, who was booked … and later released on bail, did give …"
        before = words_of(text[clause : m.start()].lower())
        if present_perfect(before):
            continue  # "he has been booked and later released on bail": one summary up to now
        if _YEAR.search(text, span.start, m.start()):
            continue  # "was part of a crew … in October 1984 and later served as …": a career
        if past_form(m["verb"]) and _told_in_past(text, span.start, m.start()):
            cuts.append(m.start())
    return cuts
