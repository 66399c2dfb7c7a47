"""A statement of one day reporting a happening of another: the forms `happenings` does not
cut with its "…reported on Friday that…" and "…, the government reported on Friday" rules.

- The report after the reported clause, with a comment after it: "The economy created jobs at
  a robust pace in January, the government reported on Friday, evidence that the economy has
  withstood the tumult" is the job growth (January) and the report (Friday).
- The reported clause after a colon: "The New York Times said in an editorial on Saturday,
  April 25: The Supreme Court took a detour this week…" is the editorial (Saturday) and the
  ruling (this week).
- A bare reported clause right after the statement's time: "Saints' spokesman Greg Bensel
  confirmed Wednesday owner Tom Benson underwent surgery December 10" is the confirmation
  (Wednesday) and the surgery (10 December).

Each is cut only when the reported clause names a time of its own apart from the statement's
("said on Tuesday it bought the unit on Tuesday" is one day), and not when the reported
clause is a plan or a forecast told with its statement ("said Friday it would investigate…",
"…will host next year, organizers said on Friday"): a plan is dated when it was made public
(docs/events.md §4), and such a sentence stays one announcement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.cue_words import words_of
from viewer.core.model import Span
from viewer.core.month_may import month_at
from viewer.core.past_tense import past, present_perfect
from viewer.core.temporal.timex import Timex
from viewer.core.word_patterns import first_letters

_VERBS = (
    r"(?:said|says|reported|reports|announced|told|confirmed|disclosed|revealed|added|noted|"
    r"estimated)"
)
_VERBS_FIRST = first_letters(_VERBS[3:-1].split("|"))  # `\b` and _VERBS: word_patterns.py
# ", the government reported on Friday, evidence that…": the report between two commas, at
# most a few words of speaker before its verb, a comment after it.
_REPORT_THEN_COMMENT = re.compile(
    r",\s*((?:[^,;:“\"]{1,60}?)\b" + _VERBS + r"\b[^,;:“\"]*),\s+"
    r"(?!(?:because|as|since|while|when|after|before|although|though|but|and|if|so)\b)"
    r"\S[^;“\"]*$"
)
# "…said in an editorial on Saturday, April 25: The Supreme Court took…": a colon after the
# report, a capital after the colon.
_REPORT_COLON = re.compile(rf"(?:{_VERBS_FIRST})\b[^.;:“\"]{{0,60}}?:\s+(?=[A-Z])")
# "confirmed Wednesday owner Tom Benson underwent…": the verb, its time, then the clause.
_VERB_BEFORE = re.compile(r"\b" + _VERBS + r"\s+(?:on\s+)?$")
# Words that, right after the statement's time, open no reported clause: "said Friday that"
# (the "that" rule's), "said Friday in a statement", "said Friday, because…".
_NOT_A_CLAUSE = re.compile(
    r"\s+(?!(?:that|in|at|on|of|for|to|with|from|by|during|after|before|because|as|while|"
    r"when|and|but|or|according|following|about|night|morning|afternoon|evening|how|what|why|"
    r"where|who|whether|if)\b)[A-Za-z]"
)
# A plan or a forecast told with its statement: "it would investigate", "will host next year".
_PLAN = re.compile(
    r"\b(?:will|would|'ll|’ll|shall|plans?|planned|expects?|expected|intends?|intended|"
    r"going\s+to|is\s+to|are\s+to|could|may|might)\b",
    re.IGNORECASE,
)


def said_right_before(text: str, at: int, start: int = 0) -> bool:
    """Whether a time at `at` comes right after a verb of saying ("officials said Saturday",
    "confirmed on Wednesday"): the day something was said, looked for from `start` on."""
    return _VERB_BEFORE.search(text, max(start, at - 20), at) is not None


def another_time(own: Sequence[Timex], others: Sequence[Timex]) -> bool:
    """Whether the rest of a sentence (`others`) names a time that the clause's own dates do
    not: not their value, nor a clock time of their day ("said just after midnight Tuesday"
    and "Tuesday" are one time)."""
    return any(
        not (t.value.startswith(o.value) or o.value.startswith(t.value))
        for t in own
        for o in others
    )


# What may stand around a statement's opening time: its preposition and a word of when
# ("On Tuesday,", "Earlier this month,", "Late yesterday,").
_AROUND_A_TIME = re.compile(
    r"[\s,]*(?:(?:on|in|at|during|late|early|earlier|later|and|also|then)\b[\s,]*)*",
    re.IGNORECASE,
)


def only_a_time(text: str, start: int, end: int, dated: Sequence[Timex]) -> bool:
    """Whether text[start:end] is a time and nothing else: "On Tuesday, the company said…" is
    one statement of that day, not a report of what happened on Tuesday."""
    at = start
    for t in dated:
        if start <= t.start and t.end <= end:
            if _AROUND_A_TIME.fullmatch(text, at, t.start) is None:
                return False
            at = t.end
    return at > start and _AROUND_A_TIME.fullmatch(text, at, end) is not None


def _told_in_past(text: str, start: int, end: int) -> bool:
    low = text[start:end].lower()
    return past(words_of(low), low)


def _opens_present_perfect(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is told in the present perfect ("he has sent a team"). A present
    perfect takes no past time of its own: a past time after it ("has sent a team to recover
    the remains of an expert kidnapped almost two years ago") is another verb's, and does not
    date the clause."""
    return present_perfect(words_of(text[start:end].lower())[:8])


def _planned(text: str, start: int, end: int, own: Sequence[Timex]) -> bool:
    """Whether text[start:end] tells a plan or a forecast (`_PLAN`): a "May" that is a month,
    by the one rule of what "may" is or as a word of the clause's own times ("that the man fled
    in May", "on 14 May"), is no modal."""
    for m in _PLAN.finditer(text, start, end):
        if m.group(0).lower() != "may":
            return True
        if any(t.start <= m.start() < t.end for t in own):
            continue
        lo = max(0, m.start() - 12)  # the words a month's name is known by, around it
        near = text[lo : m.end() + 3].lower()
        if not month_at(near, m.start() - lo, m.start() - lo + 3):
            return True
    return False


def reported_apart(text: str, start: int, end: int, dated: Sequence[Timex]) -> Span | None:
    """The part of text[start:end] to cut out as a happening of its own — the report when it
    comes after what it reports, the reported clause when it comes after the report — or None.
    `dated`: the sentence's dated expressions, in text order."""
    for reported, cut in _candidates(text, start, end, dated):
        own = [t for t in dated if reported.start <= t.start and t.end <= reported.end]
        others = [t for t in dated if not reported.start <= t.start < reported.end]
        if not own or not others or not another_time(own, others):
            continue
        if past_at_own_time(text, reported.start, own, reported.end):
            return cut
    return None


def past_at_own_time(text: str, start: int, own: Sequence[Timex], end: int) -> bool:
    """Whether a reported clause, text[start:end], tells a past act at its own times (`own`):
    no plan or forecast in it, told in the past up to its time and not opening on a present
    perfect, and no verb in the past after its time."""
    if _planned(text, start, end, own):
        return False  # a modal or a plan
    # Told in the past up to its time, and no verb after the time: "a woman charged with
    # killing two women 41 years ago was released" is a release, not a killing.
    if not _told_in_past(text, start, own[-1].end):
        return False
    if _opens_present_perfect(text, start, own[0].start):
        return False  # "he has sent a team … for an expert kidnapped two years ago"
    return not _told_in_past(text, own[-1].end, end)


def _candidates(text: str, start: int, end: int, dated: Sequence[Timex]) -> list[tuple[Span, Span]]:
    """(the reported clause, the part to cut out) for each form of the module docstring."""
    found: list[tuple[Span, Span]] = []
    # Each form needs its marks: two commas, a colon. Most sentences lack one of them: a count
    # or a look for the mark spares the pattern's scan.
    twice = text.count(",", start, end) >= 2
    comment = _REPORT_THEN_COMMENT.search(text, start, end) if twice else None
    if comment is not None and not only_a_time(text, start, comment.start(), dated):
        reported = Span(start, comment.start())
        found.append((reported, Span(comment.start(1), end)))
    colon = _REPORT_COLON.search(text, start, end) if text.find(":", start, end) >= 0 else None
    if colon is not None:
        found.append((Span(colon.end(), end), Span(colon.end(), end)))
    for t in dated:
        if not said_right_before(text, t.start, start):
            continue
        opens = _NOT_A_CLAUSE.match(text, t.end, end)
        if opens is None:
            continue
        clause = Span(opens.end() - 1, end)
        found.append((clause, clause))
        break
    return found
