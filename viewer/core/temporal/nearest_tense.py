"""The tense of the verb nearest to a time expression within its sentence: the words read
before it and after it, up to the sentence's bounds, and in what order (what each word tells is
tense_cues.py's)."""

from __future__ import annotations

import re

from viewer.core.sentence_tense import RELATIVE_CLAUSE
from viewer.core.sentences import TITLES
from viewer.core.temporal.calendar_words import WEEKDAYS
from viewer.core.temporal.tense_cues import REPORTING_RESULTS, Tense, classify

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
# An ASCII copy with every character but a letter a space: its runs of letters are _WORD's
# words when no apostrophe can join two of them.
_LETTERS = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))


def _words(lower: str, start: int, end: int) -> list[str]:
    """`_WORD.findall(lower, start, end)`, split from an ASCII copy where it can be."""
    piece = lower[start:end]
    if "'" in piece or "’" in piece:
        return _WORD.findall(piece)
    return piece.encode("ascii", "replace").translate(_LETTERS).decode("ascii").split()


_AFTER_STOP = r"[\"”’)]?\s+(?=[\"“‘(]?[A-Z])"
# A sentence or line ends here: context stops at it. Each alternative opens with a literal,
# so that the engine jumps from one stop or newline to the next.
_BOUNDARY = re.compile(rf"\n|\.{_AFTER_STOP}|!{_AFTER_STOP}|\?{_AFTER_STOP}")
# An abbreviation's full stop before a time: "p.m.", "U.S.", "Dec.", "Gov.".
_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]\.[A-Za-z]|\b[A-Z][a-z]{0,3})\.\s+$")
# A title's full stop before a name ("will see Dr. James Andrews … Friday"): no sentence's end.
_TITLE = re.compile(r"\b(?:" + "|".join(t.capitalize() for t in TITLES) + r")\.\s+$")
_LOOK_BEFORE = 10
_LOOK_CHARS = 120  # how far back the words near an expression are read
_LOOK_AFTER = 8


def tense_near(text: str, start: int, end: int, lower: str | None = None) -> Tense:
    """The tense of the verb nearest to text[start:end] within its sentence.

    `lower`, the text lowercased with the same length, spares lowering it again.
    """
    if lower is None:
        lower = text.lower()
        if len(lower) != len(text):  # a few letters lengthen when lowered: keep them as they are
            lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    head = max(0, start - _LOOK_CHARS)
    # Up to the expression's first letter, which a sentence's end right before it looks at
    # ("… from Lotto. Saturday's draw"): the sentence before is not read.
    cuts = _sentence_ends(text, head, start + 1)
    if cuts and cuts[-1] == start and _ABBREVIATION.search(text, max(0, start - 8), start):
        cuts.pop()  # "at 1:45 p.m. Sunday", "since Dec. Monday": no sentence's end
    cut = cuts[-1] if cuts else head
    right = text[end : end + 100]
    stop = _BOUNDARY.search(right)
    tail = end + (stop.start() if stop is not None else len(right))
    before = _words(lower, cut, start)
    if "," in lower[cut:start]:
        before = _without_set_off(lower, cut, start, before)
    if _heading_to(before, lower, end):
        return Tense.FUTURE
    if _opens_a_clause(lower, cut, start):
        after = _words(lower, end, tail)
        for i in range(min(len(after), _LOOK_AFTER)):
            found = classify(after, i, before=False)
            if found is not None:
                return found
    far = WEEKDAYS.keys().isdisjoint(_words(lower, start, end))  # a weekday is days back at worst
    for i in range(len(before) - 1, max(-1, len(before) - 1 - _LOOK_BEFORE), -1):
        found = classify(before, i, far=far)
        if found is not None:
            if found is not Tense.PAST or before[i] in REPORTING_RESULTS:
                return found  # figures reported are out, whatever clause the report hangs on
            return _of_main_clause(before, i)
    after = _words(lower, end, tail)
    for i in range(min(len(after), _LOOK_AFTER)):
        # "Tuesday's declaration by Ford, which holds a stake": a relative clause after the
        # date tells of Ford now, not of when Tuesday is.
        found = classify(after, i, before=False)
        if found is not None:
            if found is Tense.PAST and _tag_after(text, end, after, i):
                break  # "… on Friday, the Presidency said": when it was said, not when Friday is
            return found
    return _sentence_tense(text, lower, cut, start, far)


# A clause set off by commas between a subject and its verb, telling of the subject: "The
# rules, which were approved in January, | take effect on July 1", "The Lakers, who lost on
# Tuesday, | host Denver on Saturday", "The rules, approved in January, | take effect …".
# Its verb tells its own time, not the main verb's: a present of a schedule after it is ahead.
# A participle opens such a clause only with what it was done by, in or at ("approved by
# parliament", "founded in 1998"), not as a verb with its object (", announced an agreement").
_SET_OFF = re.compile(
    RELATIVE_CLAUSE.pattern
    + r"|,\s+[a-z]{3,}ed\s+(?:by|in|on|at|during|last|earlier|with)\s[^,;:()\"“”]*,"
)


def _without_set_off(lower: str, cut: int, start: int, before: list[str]) -> list[str]:
    """The words before a time with the last clause set off by commas left out, when the time
    is in the main clause after it (`_SET_OFF`); else `before` as it is."""
    clauses = list(_SET_OFF.finditer(lower, cut, start))
    if not clauses:
        return before
    last = clauses[-1]
    return _words(lower, cut, last.start()) + _words(lower, last.end(), start)


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Where the sentences ending in text[start:end] end: not after a title's full stop."""
    return [
        c.end()
        for c in _BOUNDARY.finditer(text, start, end)
        if text[c.start()] != "." or _TITLE.search(text, max(0, c.start() - 6), c.end()) is None
    ]


# A phrase of heading towards a day's happening, told as the day's possessive: "moving the
# Bluejays along to Saturday's semifinals", "heading into Saturday's semifinals", "ahead of
# Sunday's final", "in the run-up to Friday's vote". What a team or a people head to is still
# to come, whatever the tense of the step that sent them; not in the past perfect ("had
# trained ahead of Sunday's final" is of a time told as gone).
_HEADING_TO = frozenset(
    {
        ("ahead", "of"),
        ("along", "to"),
        ("through", "to"),
        ("on", "to"),
        ("heading", "into"),
        ("head", "into"),
        ("heads", "into"),
        ("going", "into"),
        ("preparation", "for"),
        ("preparations", "for"),
    }
)


def heading_to(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], told as a possessive, closes a phrase of heading to it, in its
    sentence's words before it (`_heading_to`)."""
    head = max(0, start - _LOOK_CHARS)
    cut = max((c.end() for c in _BOUNDARY.finditer(text, head, start + 1)), default=head)
    before = _WORD.findall(text[cut:start].lower())
    return _heading_to(before, text[end : end + 2].lower(), 0)


def _heading_to(before: list[str], lower: str, end: int) -> bool:
    """Whether a time told as a possessive ("Saturday's") closes a phrase of heading to it."""
    if lower[end : end + 2] not in ("'s", "’s") or len(before) < 2 or "had" in before:
        return False
    pair = (before[-2], before[-1])
    if pair == ("up", "to"):  # "the run-up to", "the lead-up to", "the build-up to"
        return len(before) > 2 and before[-3] in ("run", "lead", "build")
    return pair in _HEADING_TO


# An attribution after a comma: "…, the Presidency said", "…, officials told reporters".
_TAG_VERBS = frozenset({"said", "told", "announced", "added", "confirmed", "stated", "reported"})
_TAG_REACH = 4  # words of the tag's subject before its verb


def _tag_after(text: str, end: int, after: list[str], i: int) -> bool:
    """Whether after[i], a past verb after the expression ending at `end`, is the verb of an
    attribution after a comma right after the expression: it tells when the words were said."""
    return after[i] in _TAG_VERBS and i <= _TAG_REACH and text[end : end + 1] == ","


# After a comma, what may come before a time that opens the clause after it ("…, on Nov. 17 the
# police moved in"; "…, early Tuesday they left").
_CLAUSE_OPENERS = frozenset({"on", "in", "at", "early", "late", "by", "then", "and", "but"})


def _opens_a_clause(lower: str, cut: int, start: int) -> bool:
    """Whether the time at `start` opens a clause after a comma, with at most two opening words
    before it: its tense is the clause's after it, not the phrase's before the comma ("Fearful
    that the revolt would spread, on Nov. 17 the national police moved in")"""
    comma = lower.rfind(",", cut, start)
    if comma < 0:
        return False
    between = _words(lower, comma + 1, start)
    return len(between) <= 2 and all(w in _CLAUSE_OPENERS for w in between)


# Words that open a clause of time: "when", "until", "as soon as".
_TIME_CLAUSE = frozenset({"when", "until", "once", "after", "before", "soon"})


def _of_main_clause(words: list[str], i: int) -> Tense:
    """The tense of past verb i, or, in a clause of time, of the clause it hangs on: in "were
    likely to buy the stock as soon as trading opened Monday", "opened" is told in the past
    of what lay ahead."""
    opener = next((j for j in range(i - 1, max(-1, i - 5), -1) if words[j] in _TIME_CLAUSE), None)
    if opener is None:
        return Tense.PAST
    for k in range(opener - 1, max(-1, opener - 1 - _LOOK_BEFORE), -1):
        found = classify(words, k)
        if found is not None:
            return Tense.FUTURE if found is Tense.FUTURE else Tense.PAST
    return Tense.PAST


_SENTENCE_REACH = 400


def _sentence_tense(text: str, lower: str, cut: int, start: int, far: bool) -> Tense:
    """No verb near the expression: the nearest that signals a tense further back in its
    sentence ("Escalante was shot outside his home … on his way to work early Aug. 2"; "…will
    not affect the playing status of San Diego Chargers wide receiver Vincent Jackson for
    Sunday's game")."""
    if cut > start - _LOOK_CHARS or start <= _LOOK_CHARS:
        first = cut  # the sentence starts within the words already read
    else:
        head = max(0, start - _SENTENCE_REACH)
        cuts = [c.end() for c in _BOUNDARY.finditer(text, head, cut)]
        first = cuts[-1] if cuts else head
    words = _words(lower, first, start)
    for i in range(len(words) - 1 - _LOOK_BEFORE, -1, -1):
        found = classify(words, i, far=far)
        if found is not None:
            return found
    return Tense.UNKNOWN
