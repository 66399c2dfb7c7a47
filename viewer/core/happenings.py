"""One sentence, several happenings: the clauses of a sentence that report something at a
time of their own.

"Since Russia invaded Ukraine on February 24, the US and its allies have imposed sanctions"
reports the invasion (24 February) and the sanctions (since then); "X replaces Y, who took
the job in 2009" reports an appointment now and one in 2009; "…in a report Monday, 'when the
president approved $350 million on Feb. 26'" a report on Monday and an approval on 26
February. Each such clause is cut out of its sentence as a passage of its own, dated by its
own time expression; what is left is the sentence's main happening. A clause with no time of
its own stays in its sentence: nothing says it happened at another time, unless a count ends
the main piece right before it ("did last February release Olivea just two years | after
signing him": counted back from the sentence's time, `counted_clause`), or it is what a
happening came a count after ("The raid comes little over a month | after a masked bandit
made off with …": counted back from the main happening, `come_count`). A "where" clause
after a comma is cut when the sentence names another time apart from its own ("leave Friday
for Pittsburgh, where they will face the Steelers at 1:45 p.m. Sunday"). A "when" clause hung
on a date is of that date ("6.8% from Oct. 13, when Wall Street's plunge helped spark…"), and
a happening named by a noun with a time of its own is cut out too (`happening_nouns`). Where
each clause ends, and which times inside it are its own: `clause_ends`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from viewer.core.clause_ends import ClauseEnds, own_times, verb_at
from viewer.core.clause_verb import verb_of_clause
from viewer.core.come_count import comes_after, may_come
from viewer.core.counted_clause import (
    RELATIVE_WORD,
    counted_from_main,
)
from viewer.core.cue_words import words_of
from viewer.core.detail_cues import told_ahead
from viewer.core.event_verbs import has_event_verb
from viewer.core.happening_nouns import agent_of_main, named_happenings
from viewer.core.happening_openers import (
    CLAUSE_WORDS,
    OPENER_LOWERED,
    REPORT_VERB,
    REPORTING,
    is_clause_head,
    mark_before,
    no_clause_after,
    reported_after,
)
from viewer.core.model import Span
from viewer.core.past_tense import past_form
from viewer.core.relative_main_verb import reduced_relative_end, relative_main_verb
from viewer.core.reported_times import another_time, only_a_time, reported_apart
from viewer.core.temporal.compared_times import compared_with
from viewer.core.temporal.governing_timex import governing
from viewer.core.temporal.timex import Timex
from viewer.core.told_apart import told_apart
from viewer.core.word_patterns import alternation

# Openers of a clause that reports a happening of its own time (CLAUSE_WORDS). Unlike the
# governing rules, "until" and "by" are left out: they name a deadline or a limit.
_OPENER = re.compile(
    r"\b(?:"
    + alternation((w, "") for w in CLAUSE_WORDS)
    + r"|compared\s+(?:with|to)|versus|up\s+from|down\s+from)\b"
    r"|[“\"](?=[^”\"]{12,}[”\"])",
    re.IGNORECASE,
)
_OPENER_LOWERED = re.compile(OPENER_LOWERED)  # the same, for a lowercased copy (openers_text)
# Letters IGNORECASE takes for ASCII ones that lowering does not make ASCII (dotless i, long
# s) or lowers to two characters (dotted capital I).
_FOLDED_APART = ("ı", "ſ", "İ")
# Results compared with another period's: "compared with year-earlier profit of $3.8 million",
# "up from $10 million a year ago". The figure is of its own time; no verb is needed.
_COMPARISON = re.compile(r"(?:compared|versus|up|down)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d")
_MIN_WORDS = 3
# A telling cut from what it tells may be its teller and verb alone: "Jones confessed".
_MIN_TELLING_WORDS = 2
_AUXILIARIES = frozenset({"was", "were", "had", "did"})
# A bound, no happening: "since then", "after that," (not "after that NCAA Tournament game in
# 1999": a happening named); a record's, "the hottest since records began in 1850". Matched
# at a clause's start: `match` at its position, with no "^", which holds only at the text's
# own start.
_SINCE_ONLY = re.compile(
    r"\W*(?:since|after|following)\s+(?:then\b|(?:that|this)(?=\s*(?:[,.;:—–)]|$))"
    r"|(?:records?|record-keeping)\s+(?:began|started|were\s+first\s+(?:kept|taken))\b)",
    re.IGNORECASE,
)


@dataclass(slots=True, unsafe_hash=True)  # not frozen, which is slower to make; never changed
class Piece:
    """A part of a sentence reporting one happening; `side` for a clause cut out of it."""

    span: Span
    side: bool
    opener: int  # where the clause's own words start, after its subordinator or quote mark
    # A date counted from another: "ordered the discs destroyed three days | after an arrest
    # warrant was issued for him on June 10, 2005"; a clause's, counted_clause.py.
    counted: Timex | None = None
    of_story: bool = False  # of the story's time, undone at a later one (`undone_later`)
    # A happening told again only to set another against it: "Thursday's shooting came just
    # weeks | after a driver … shot eight people" (come_count.py); no event of its own.
    frame: bool = False
    # Told as a step after the piece before it, with no time of its own: "Williams was booked
    # into county jail | and later released on bond" (coordinated_times.later_steps).
    later: bool = False
    # A telling cut from what it tells at a time of its own, with none of its own: "Hiller
    # told detectives | that he bought the gun in September" (told_apart.py).
    telling: bool = False


def _words(text: str, start: int, end: int, cap: int = _MIN_WORDS) -> int:
    """How many words (runs of characters but white space) text[start:end] has, counted no
    further than `cap`: a long sentence is asked this at every clause it might cut, and a
    split that stops at `cap` makes a few strings, not one a word."""
    return len(text[start:end].split(None, cap - 1))


# "its industrial products segment, where profit soared to $155 million from $99 million a
# year earlier": a time right after a figure is the period the figure is compared with.
_AFTER_FIGURE = re.compile(r"(?:\d[\d.,]*%?|million|billion|percent)\s+$", re.IGNORECASE)


def _where_apart(
    text: str, m: re.Match[str], own: Sequence[Timex], dated: Sequence[Timex], clause: Span
) -> bool:
    """Whether a "where" clause is at a time apart from the sentence's other time ("leave
    Friday for Pittsburgh, where they will face the Steelers at 1:45 p.m. Sunday"; not
    "extradited to Texas, where he was arraigned Wednesday"), not a figure's period; or told
    in the past after a plan in `clause` (its sentence up to the clause's end)."""
    others = [t for t in dated if t not in own]
    counted = all("anaphoric" in t.flags for t in own) and any(t.dated() for t in others)
    if (
        not others
        and told_ahead(text[clause.start : m.start()])
        and _told_in_past(text, m.end(), clause.end)
    ):
        return True  # "He will be buried in Ledbury, where his wife was buried in 2018"
    if not counted and not _apart(own, others):
        return False
    at = own[0].start
    return len(own) > 1 or _AFTER_FIGURE.search(text, max(m.end(), at - 20), at) is None


def openers_text(text: str, lower: str) -> str | None:
    """`lower`, a copy of text lowercased letter for letter, if clause openers found in it
    without IGNORECASE are the ones found in text ignoring case (a faster search)."""
    if len(lower) != len(text) or any(c in text for c in _FOLDED_APART):
        return None
    return lower


def _tells(text: str, opener: re.Match[str], end: int, comparison: bool, counted: bool) -> bool:
    """Whether a clause tells something of its own: a figure compared with another time's, a
    verb or a noun of a happening, or, after a count, any past form; after "who" or "which",
    a plan."""
    if comparison:
        return _FIGURE.search(text, opener.end(), end) is not None
    return bool(
        verb_at(text, opener.end(), end) >= 0
        or verb_of_clause(text, opener, end)
        or (counted and _told_in_past(text, opener.end(), end))
        or (opener.group(0).lower() in _WHO_WHICH and _PLAN.match(text, opener.end(), end))
    )


# A relative clause of a plan: "She replaces John Roe, who will retire in March".
_WHO_WHICH = frozenset({"who", "which"})
_PLAN = re.compile(r"\s+(?:will|would)\s+(?:not\s+)?(?:be\s+)?[a-z]{3,}\b")


def _told_in_past(text: str, start: int, end: int) -> bool:
    """Whether a clause holds a past form, not a copula or an auxiliary alone: "two days |
    after a teenager was shot dead"."""
    words = words_of(text[start:end].lower())
    return any(past_form(word) and word not in _AUXILIARIES for word in words)


def side_clauses(
    text: str, sentence: Span, timexes: Sequence[Timex], lower: str | None = None
) -> list[Span]:
    """The clauses of a sentence that report a happening at a time of their own. `lower`:
    the text lowercased, as `openers_text` gives it, to find the openers in."""
    inside = [t for t in timexes if sentence.start <= t.start and t.end <= sentence.end]
    dated = [t for t in inside if t.dated() or "anaphoric" in t.flags]
    if not dated and not may_come(text, sentence):
        return []
    ends = ClauseEnds(text, sentence.end, dated)
    found: list[Span] = []
    taken = sentence.start
    if lower is None:
        openers = _OPENER.finditer(text, sentence.start, sentence.end)
    else:
        openers = _OPENER_LOWERED.finditer(lower, sentence.start, sentence.end)
    for m in openers:
        if m.start() < taken or not is_clause_head(text, sentence.start, m, sentence.end):
            continue
        comparison = _COMPARISON.match(m.group(0)) is not None
        start, end = ends.clause(m, comparison)
        end, own = own_times(text, m, start, end, ends)
        if own and no_clause_after(text, m, own[0].start):
            continue  # "just after 2:30 a.m. when he was pulled over": a time, not a happening
        hung = None if own else _date_of_when(text, m, dated, taken, sentence)
        if hung is not None:
            start, own = hung  # "since August, when they traded at about $10"
        counted = None if own else counted_from_main(text, sentence, Span(start, end), inside)
        own = own if counted is None else [counted]  # "just two years | after signing Olivea"
        # "The raid comes little over a month | after a masked bandit made off with …", the
        # clause at a time of its own or none ("… after six IRA prisoners broke out … on
        # September 9")
        come = comes_after(text, sentence, m)
        if not (own or come) or _SINCE_ONLY.match(text, start, end):
            continue
        end = sentence.end if come else end  # what it came after runs to the sentence's end
        where = m.group(0).lower() == "where"
        if where and not _where_apart(text, m, own, dated, Span(sentence.start, end)):
            continue
        if not _tells(text, m, end, comparison, counted is not None):
            continue
        if _stays(text, sentence, m, Span(start, end), own, dated):
            continue
        if (
            counted is None
            and not come
            and hung is None  # "was the first since 1999, | when voters rejected …": of 1999
            and len(own) == len(dated)
            and (_occasion(text, m, start) or not _reports_more(text, sentence, start, end))
        ):
            # The clause holds the sentence's only happening: it is the main one; or its
            # happening is the main one's occasion: "A man died | when a tree fell on his car
            # on Monday evening" is of Monday evening, one occasion.
            continue
        found.append(Span(start, end))
        taken = end
    if not found:
        found = _reported_apart(text, sentence, dated)
    return _with_named(text, sentence, dated, ends, found)


def _stays(
    text: str,
    sentence: Span,
    m: re.Match[str],
    clause: Span,
    own: Sequence[Timex],
    dated: Sequence[Timex],
) -> bool:
    """Whether a clause stays in its sentence: too short to stand, leaving too little, or a
    quotation, which is its speaker's statement unless spoken at another time."""
    start, end = clause.start, clause.end
    rest = _words(text, sentence.start, start) + _words(text, end, sentence.end)
    if _words(text, start, end) < _MIN_WORDS or rest < _MIN_WORDS:
        return True
    if m.group(0) in '“"':  # not a time its words compare with: "harder even than Wednesday"
        # nor the day it was said on: "“Based on today's news, I quit,” Chen wrote late Friday"
        said = [t for t in own if not compared_with(text, t) and t.text.lower() not in _SAID_DAY]
        return not _another_time(said, [t for t in dated if not start <= t.start < end])
    return False


# Words in a quotation for the day it is spoken on, whatever day the article is told on.
_SAID_DAY = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening"})


def _with_named(
    text: str, sentence: Span, dated: Sequence[Timex], ends: ClauseEnds, found: list[Span]
) -> list[Span]:
    """`found` and the phrases naming a happening at a time of their own that lie outside it
    ("in a workplace rampage exactly two years ago"), in text order."""

    def other_time(start: int, end: int) -> bool:
        own = [t for t in dated if start <= t.start and t.end <= end]
        others = [t for t in dated if not start <= t.start < end]
        return bool(own) and _apart(own, others)

    def runs_on(start: int, end: int) -> bool:
        return _runs_on(text, start, end)

    free = [t for t in dated if not any(s.start <= t.start < s.end for s in found)]
    scan = named_happenings(text, sentence.start, free, ends.clause_end, other_time, runs_on)
    named = [
        Span(start, end)
        for start, end in scan
        if not any(s.start < end and start < s.end for s in found)
        and not agent_of_main(text, sentence.start, start)
        and _words(text, start, end) >= _MIN_WORDS
        and _words(text, sentence.start, start) + _words(text, end, sentence.end) >= _MIN_WORDS
    ]
    return sorted(found + named, key=lambda s: s.start) if named else found


# "6.8% from Oct. 13, when Wall Street's plunge helped spark…": a "when" clause hung on a date
# tells what happened then. The date's preposition, when it says the date is not the main
# happening's ("since", "from"), goes with it.
_WHEN_AFTER_DATE = re.compile(r"[\s,_—–-]*$")
_SINCE_OR_FROM = re.compile(r"\b(?:since|from)\s+$", re.IGNORECASE)
_ON_DATE = re.compile(r"\b(?:on|in|at)\s+$", re.IGNORECASE)


def _date_of_when(
    text: str, m: re.Match[str], dated: Sequence[Timex], taken: int, sentence: Span
) -> tuple[int, list[Timex]] | None:
    """Where a "when" clause hung on the date just before it starts, and that date, if the
    date is not the main happening's: it follows "since" or "from", or the sentence names
    another time that is not a noun's ("A ceasefire, signed in Geneva on 2 May, collapsed on
    Thursday when shelling resumed": Thursday is the collapse's)."""
    if m.group(0).lower() != "when":
        return None
    i = bisect_left([t.start for t in dated], m.start()) - 1
    if i < 0 or dated[i].start < taken or not dated[i].dated():
        return None
    t = dated[i]
    if _WHEN_AFTER_DATE.match(text, t.end, m.start()) is None:
        return None
    opener = _SINCE_OR_FROM.search(text, max(taken, t.start - 8), t.start)
    if opener is not None:
        return opener.start(), [t]
    if _apart([t], [o for o in dated if o is not t]):
        if governing(text, sentence.start, sentence.end, dated) is t:
            return None
        on = _ON_DATE.search(text, max(taken, t.start - 4), t.start)
        return (on.start() if on else t.start), [t]
    return None


def _runs_on(text: str, start: int, end: int) -> bool:
    """Whether a verb comes in start-end before any relative word: the main clause goes on."""
    verb = verb_at(text, start, end)
    if verb < 0:
        return False
    relative = RELATIVE_WORD.search(text, start, verb)
    return relative is None


def _apart(own: Sequence[Timex], others: Sequence[Timex]) -> bool:
    """Whether the rest of the sentence names a time apart from the dates `own`: a day, and
    a clock time of that day, are one time."""
    return any(
        o.first is not None
        and o.last is not None
        and all(
            t.first is not None and t.last is not None and (o.last < t.first or t.last < o.first)
            for t in own
        )
        for o in others
    )


def _occasion(text: str, opener: re.Match[str], start: int) -> bool:
    """Whether a clause is the occasion of the happening before it: "when" right after it,
    with no comma ("A man died | when a tree fell on his car"; not "from Oct. 13, | when …")."""
    return (
        opener.group(0).lower() == "when"
        and start == opener.start()
        and mark_before(text, opener.start()) not in ",;:—–_("
    )


def _reports_more(text: str, sentence: Span, start: int, end: int) -> bool:
    """Whether the sentence outside start-end reports a happening of its own."""
    rest = text[sentence.start : start] + text[end : sentence.end]
    return verb_at(rest) >= 0 or has_event_verb(rest)


# "…reported on Friday that jobs grew in January": what was reported, after its "that".
_REPORTED_THAT = re.compile(rf"(?:{REPORTING})\b[^,.;:“\"]{{0,40}}?\b(that)\b")
# What is reported with no "that", its subject a pronoun right after the verb of reporting (or
# after the report's day): "Brisk admitted he had met Hale … in June 2021".
_REPORTED_PRONOUN = re.compile(
    rf"(?:{REPORTING})\b(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s+((?:he|she|they|we)\s+[a-z]+)\b"
)


def _reported_apart(text: str, sentence: Span, dated: Sequence[Timex]) -> list[Span]:
    """A report and what it reports, dated apart: "The paper reported Monday that the
    minister signed the order on 12 March" is the report (Monday) and the signing (12 March);
    the clause that is not the sentence's head is cut out."""
    count = sum(t.dated() for t in dated)
    if not count:
        return []
    end = sentence.end
    while end > sentence.start and text[end - 1] in ".!… \n":
        end -= 1
    # Each cut of a report needs a dated time of its own and another: most sentences name one.
    # One search for the verbs instead of two slow ones: most sentences report nothing.
    if count > 1 and REPORT_VERB.found(text, sentence.start, end):
        clause = _reported_clause(text, sentence, end, dated) or reported_apart(
            text, sentence.start, end, [t for t in dated if t.dated()]
        )
        if clause is not None:
            head = _words(text, sentence.start, clause.start) + _words(text, clause.end, end)
            if head < _MIN_WORDS or _words(text, clause.start, clause.end) < _MIN_WORDS:
                return []
            return [clause]
    # "Hiller told detectives | that he bought the gun in September": a telling with no time
    # of its own, an act of the story, cut from what it tells at its own time.
    told = told_apart(text, sentence, end, dated)
    if told is None or _words(text, sentence.start, told.start) < _MIN_TELLING_WORDS:
        return []
    return [told] if _words(text, told.start, told.end) >= _MIN_WORDS else []


def _reported_clause(text: str, sentence: Span, end: int, dated: Sequence[Timex]) -> Span | None:
    """The report after what it reports, or what is reported after "that", when the two are
    dated apart."""
    after = reported_after(text, sentence.start, end)
    # Its "that" must be there: most sentences are spared the scan for the verbs.
    has_that = text.find("that", sentence.start, end) >= 0
    that = _REPORTED_THAT.search(text, sentence.start, end) if has_that else None
    if that is None and (pronoun := _REPORTED_PRONOUN.search(text, sentence.start, end)):
        that = pronoun if _told_done(pronoun.group(1), dated, pronoun.end()) else None
    if after is not None and that is not None and not any(t.end <= after.start() for t in dated):
        after = None  # "The president, David Lappartient, said on Tuesday that …": a name set off
    if after is not None and not only_a_time(text, sentence.start, after.start(), dated):
        clause = Span(after.start(1), end)
    elif that is not None:
        clause = Span(that.start(1), sentence.end)
    else:
        return None
    own = [t for t in dated if clause.start <= t.start and t.end <= clause.end and t.dated()]
    others = [t for t in dated if not clause.start <= t.start < clause.end and t.dated()]
    if after is not None and clause.start == after.start(1):
        # "A painting that was stolen in 2020 has been recovered, | police said on Monday":
        # the relative clause's time is not the recovery's; the report dates it.
        others = [t for t in others if not _in_relative(text, sentence.start, clause.start, t)]
        if governing(text, sentence.start, clause.start, others) is None:
            return None  # "has a 2% chance of striking Earth on December 22, 2032, | …"
    if not own or not others or not _another_time(own, others):
        return None
    if governing(text, clause.start, clause.end, own) is None:
        return None  # "that inflation had eased faster than the bank forecast in June"
    return clause


def _told_done(words: str, dated: Sequence[Timex], after: int) -> bool:
    """Whether what is reported after its pronoun is told in the past ("he had met", "she
    met"; not "he has sent"), up to a calendar time of its own (not a clock time alone)."""
    verb = words.split()[-1]
    if verb != "had" and not past_form(verb):
        return False
    return any(t.start >= after and t.dated() and "clock" not in t.flags for t in dated)


def _in_relative(text: str, start: int, end: int, t: Timex) -> bool:
    """Whether time t lies inside a relative clause that ends before the verb of the subject
    it hangs on, within text[start:end] ("A man who went missing in 2019 | has been found",
    "A painting stolen from a museum in 2020 | has been recovered")."""
    heads = list(RELATIVE_WORD.finditer(text, start, t.start))
    if not heads:  # "An asteroid discovered in late December | has …": no pronoun
        reduced = reduced_relative_end(text, start, end)
        return reduced is not None and reduced[0] < t.start and t.end <= reduced[1]
    main = relative_main_verb(text, heads[-1].end(), end)
    return main is not None and t.end <= main


def _another_time(own: Sequence[Timex], others: Sequence[Timex]) -> bool:
    """Whether the rest of the sentence names a dated time that the clause's own do not."""
    return another_time(own, [o for o in others if o.dated()])
