"""A passage's cues of a statement: its attribution ("X said", "according to"), a person's
statement told in the present ("officials say") rather than what a text says, a statement that
carries on the one before ("He added that…"), a speaker named before ("…," he said), and the
news a statement adds of its own (a figure, a plan, a decision). The judge of a passage
(event_selection.py) reads them."""

from __future__ import annotations

import re

from viewer.core.cue_words import outside_quotations, runs_of, words_of
from viewer.core.holds import holds_any, holds_digit
from viewer.core.last_answer import keeps_recent
from viewer.core.lowered import lowered
from viewer.core.month_may import month_at
from viewer.core.visible import one_line
from viewer.core.word_patterns import first_letters

# Attribution of a statement: "X said", "told reporters", "according to".
ATTRIBUTION_WORDS = frozenset(
    """said says told added announced stated declared tweeted wrote reported confirmed
    insisted noted warned stressed explained continued issued published released say tells
    tell""".split()
)
# A person set free: "later released on bond", "was released from prison".
_SET_FREE = re.compile(r"\breleased\s+(?:on\s+(?:bail|bond|parole|probation)|from|without)\b")
# A text that says things: what it says, in the present, is its reading.
_TEXT_NOUNS = """article essay report editorial op-ed column study paper letter doctrine book
analysis commentary times journal post newspaper magazine""".split()
_TEXT_NOUN = re.compile(  # spelt by first letters: word_patterns.py
    "(?:" + first_letters(f"{w}\\b" for w in _TEXT_NOUNS) + r"|\*)"
)


# The news present of a statement: "Ms. Atimadi says…", "…, says one official", "a source
# tells CNN", "officials say".
_SAYS_NOW = frozenset({"says", "tells"})


# Texts and works that say what they say for as long as they stand: their words are no
# statement made ("the treaty says", "the documentary says").
_DOCUMENTS = """constitution treaty agreement contract rule rules statute bill plan policy
statement document resolution charter guidelines survey poll data figures website filing
complaint indictment lawsuit suit label sign manual text film movie novel play song story series
album documentary poem""".split()
_DOCUMENT = re.compile(rf"\b(?:{'|'.join(_DOCUMENTS)})\b")
# Each word either pattern finds is a whole run of letters a-z ("op-ed" two): a passage with
# none of them among its runs (`event_selection._Read.runs`) has no match, and is spared the scan.
TEXT_RUNS = frozenset(runs_of(" ".join(_TEXT_NOUNS)))
DOCUMENT_RUNS = frozenset(_DOCUMENTS)


def names_a_text(low: str, runs: frozenset[str]) -> bool:
    """`_TEXT_NOUN.search(low)`, for a passage whose cue runs are `runs`."""
    if "*" not in low and TEXT_RUNS.isdisjoint(runs):
        return False
    return _TEXT_NOUN.search(low) is not None


def _names_a_document(low: str, runs: frozenset[str]) -> bool:
    """`_DOCUMENT.search(low)`, for a passage whose cue runs are `runs`."""
    return not DOCUMENT_RUNS.isdisjoint(runs) and _DOCUMENT.search(low) is not None


def says_now(told: list[str], low: str, runs: frozenset[str]) -> bool:
    """Whether a person's statement is told in the present, as broadcast and feature news tell
    it, rather than what a text says (`low` holds no report, essay or doctrine)."""
    if _SAYS_NOW.isdisjoint(told) and "say" not in told:
        return False
    if names_a_text(low, runs) or _names_a_document(low, runs):
        return False  # "the doctrine says", "the treaty says": its reading
    for i, w in enumerate(told):
        if w in _SAYS_NOW or (w == "say" and i and told[i - 1][-1:] == "s"):
            return True  # "officials say", not "to say" or "would say"
    return False


# A statement that carries on the one before: "He added that…", "…," he added. Two patterns,
# one at the start and one after a mark: one pattern with both, opening on "^", was tried at
# every character, where a search for the second skips from mark to mark.
_CARRY_ON_FIRST = re.compile(
    r"\W*(?:he|she|they|it|the (?:report|article|statement|official|minister|spokesman|"
    r"spokeswoman|spokesperson)) (?:added|continued|went on|also said)\b"
)
_CARRY_ON_AFTER = re.compile(
    r"[,.!?…][”\"’']? ?(?:he|she|they|the \w+|\w+) (?:added|continued)\W*$"
)
# A statement told by a pronoun or a speaker named before: "…," he said; She declared, "…".
# Two patterns, one at the start and one after a mark: a search skips from mark to mark.
_SPOKEN_VERBS = r"said|says|say|declared|stated|insisted|noted|told|wrote|argued|explained"
_SPOKEN_FIRST = re.compile(
    rf"\W*(?:he|she|they)\s+(?:{_SPOKEN_VERBS}|tells|added|adds|continued)\b"
)
_SPOKEN_AFTER = re.compile(rf"[,.!?…][”\"’']? ?(?:he|she|they) (?:{_SPOKEN_VERBS})\b")


def _carried(low: str) -> bool:
    """Whether a lowercased statement is told as carrying on the one before."""
    if not holds_any(low, _CARRY_ON_VERBS):
        return False  # the pattern needs one of them
    return (_CARRY_ON_FIRST.match(low) or _CARRY_ON_AFTER.search(low)) is not None


def carries_on(low: str) -> bool:
    """Whether a lowercased statement carries on the one before, adding nothing new or only
    what may be (`guessed_on`): told as carrying on first, the word test most passages fail."""
    return _carried(low) and (not has_news(low) or guessed_on(low))


# What a carried-on statement's own clause tells as what may be, its subject and "could",
# "might" or "may" (not "could have"): "It could run into 20 years because there are both
# state and federal requirements that must be met, he added".
_MAY_BE = re.compile(
    r"\W*(?:(?:he|she|they) (?:added|continued|went on)(?: that)? )?"
    r"(?:[\w'’-]+ ){1,3}?(?:could|might|may) (?!have\b)"
)


def guessed_on(low: str) -> bool:
    """Whether a lowercased statement carried on tells only what may be, a guess whatever
    figure it holds: no happening of its own."""
    m = _MAY_BE.match(low)
    return m is not None and not (
        m.group(0)[-4:] == "may " and month_at(low, m.end() - 4, m.end() - 1)
    )  # "Sales fell in May, he added": the month, no guess


_CARRY_ON_VERBS = ("added", "continued", "went on", "also said")


def wholly_quoted(text: str) -> bool:
    """Whether a passage is all quotation, its speaker named in another sentence: "“They
    intended to rob the place. There were four or five people inside.”"."""
    if text.lstrip()[:1] not in ("“", '"'):  # no letter lowers to a quotation mark
        return False
    low = lowered(text).lstrip()
    return not any(c.isalpha() for c in outside_quotations(low))


def spoken_again(text: str) -> bool:
    """Whether a statement's speaker is one named before: a pronoun says so."""
    low = lowered(one_line(text))
    return _SPOKEN_FIRST.match(low) is not None or _SPOKEN_AFTER.search(low) is not None


# Words that make a statement news: a number, a plan or an action of its own.
# A digit (`holds_digit`); then the words, looked for only when one of them is in the text (one
# pattern for both tries each word at every place).
_NEWS_WORDS = re.compile(
    "(?:" + first_letters("will would plans? agreed decided announced".split()) + r") \w"
)
_NEWS_STEMS = ("will", "would", "plan", "agreed", "decided", "announced")


def has_news(text: str) -> bool:
    """Whether a carried-on statement adds something of its own: a figure, a plan, a decision."""
    if holds_digit(text):
        return True
    return holds_any(text, _NEWS_STEMS) and _NEWS_WORDS.search(text) is not None


def adds_news(text: str) -> bool:
    """Whether a statement tells a figure, a plan or a decision of its own."""
    return has_news(lowered(one_line(text)))


# An article's events are asked again by the steps that join them (a view, a passage told
# again, a statement repeated), each in its turn.
@keeps_recent
def is_statement(text: str) -> bool:
    """Whether a passage reports words said or written: a quotation or an attribution."""
    if holds_any(text, '“"'):
        return True
    low = lowered(text)
    return attributed(ATTRIBUTION_WORDS.intersection(words_of(low)), low)


def attributed(found: set[str] | frozenset[str], low: str) -> bool:
    """Whether attribution words found in a lowercase passage make it a statement: "released"
    a person "on bond" or "from jail" is set free, not a statement made public; "added" an
    amount gained one."""
    if "according to" in low:
        return True
    said = found & ATTRIBUTION_WORDS
    if said == {"added"} and _ADDED_AMOUNT.search(low) is not None:
        return False  # "US employers added 142,000 jobs in May": a figure gained, no statement
    return bool(said) and (said != {"released"} or _SET_FREE.search(low) is None)


# "added" and an amount after it: what was gained, not what was said ("added 142,000 jobs",
# "added $2 billion", "added another 0.4%").
_ADDED_AMOUNT = re.compile(
    r"\badded\s+(?:(?:a|an|another|some|about|around|nearly|almost|more\s+than|over|just)\s+)?"
    r"(?:[$£€¥]\s?\d|\d)"
)
