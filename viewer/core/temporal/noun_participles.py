"""A past participle's phrase describing a noun, and its year: the noun's own past, not the
sentence's main act's. After a noun the verb acts on, with its agent ("to lift the trade
embargo | imposed by the United States in May 1985") or with no "by" phrase ("Rescuers evacuated
a hospital | opened in 2004"); in the sentence's subject, up to its verb ("The widow of a
publisher | killed in 1978 | opened the new museum"). `governing_timex` sets these phrases
aside when it looks for the time that governs a clause."""

from __future__ import annotations

import re

from viewer.core.cue_words import SAYING_VERBS, WORDS
from viewer.core.lowered import lowered
from viewer.core.past_tense import NOT_ACTION, past_action
from viewer.core.relative_main_verb import reduced_relative_end
from viewer.core.standing_facts import STANDING_VERBS, described_object_at, may_describe_made
from viewer.core.temporal.charged_times import A_YEAR as _A_YEAR
from viewer.core.word_patterns import WORD_START

# A participle after a noun the verb acts on, with its agent: "to lift the trade embargo |
# imposed by the United States in May 1985", "said the prayer | delivered by a rabbi … in June
# 1989 amounted to …". Its time is the noun's past, not the sentence's.
# Participles not made with "-ed", "-en" or "-wn": "the mark set by Peter Kiprotich in 1997".
_IRREGULAR_PARTICIPLES = (
    "set|made|held|won|built|led|paid|sold|bought|brought|caught|found|kept|struck|shot|"
    "sent|spent|left|lost|laid|read|run|hit|cut|put|dug|sought|fought|taught|told"
)
_OBJECT_PARTICIPLE = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:[a-z-]+\s+){0,3}?[a-z]{3,}\s+"
    r"(?:of\s+\$?\d[\d:.,]*\s+)?"  # "the old record of 2:05:38 set by …": the noun's figure
    r"((?:[a-z]{3,}(?:ed|en|wn)|" + _IRREGULAR_PARTICIPLES + r")\s+by\s+[^,;:()“”\"]{3,80})"
)


# The same with no "by" phrase, its time right after it, after a noun the main verb acts on or
# governs through a preposition: "Rescuers evacuated a hospital | opened in 2004", "Villagers
# fled to a dam | built in the 1960s". Its year is the noun's past.
_NOUN_PARTICIPLE = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+((?:[a-z-]+\s+){0,3}?[a-z]{3,})\s+"
    r"((?:(?:first|originally)\s+)?(?!ended\s)(?:[a-z]{3,}(?:ed|en|wn)|born|"
    + _IRREGULAR_PARTICIPLES
    + r")\s+(?:(?:up|out|off|down)\s+)?(?:in|during)\s+[^,;:()“”\"]{3,40})"
)
# A year, or a decade ("in the 1960s"): `\b(?:1[89]|20)\d\d(?:s\b|\b)`, its `\b` asked after
# the first digit (WORD_START), so that the engine skips to a "1" or a "2" and tries the pattern
# only there: the same matches.
_A_YEARS = re.compile(rf"(?:1{WORD_START}[89]|2{WORD_START}0)\d\d(?:s\b|\b)")
# Words before the noun that open a clause of its own, where the noun may be its subject.
_CLAUSE_WORDS = frozenset(
    "that and but or because when while if as who which whose where after before since".split()
)
# Words that make the noun's phrase a clause with a verb of its own ("the bridge was built").
_NOT_NOUN = frozenset(
    "was were is are be been being has have had got get gets first later also then".split()
)


def object_participle(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a participle phrase with its agent after a noun after the sentence's verb
    stands (`_OBJECT_PARTICIPLE`), to its clause's end, when it names a year; or one with no
    "by" phrase after an object the past verb acts on (`_NOUN_PARTICIPLE`); None where there is
    none."""
    if text.find(" by ", start, end) < 0:
        return _noun_participle(text, start, end)
    m = _OBJECT_PARTICIPLE.search(text, start, end)
    if m is None or _SENTENCE_OPENS.match(text, start, m.start()):
        return None
    if _FRONTED_PHRASE.match(text, start, m.start()):
        return None  # "Under a program approved by the company in 1987, …": no object
    if _A_YEAR.search(m.group(1)) is None:
        return None  # "arrested a man wanted by the FBI on Tuesday": the day may be the arrest's
    return m.start(1), m.end(1)


def subject_participle(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a participle phrase with no pronoun in the sentence's subject stands, up to the
    main clause's verb, when it names a year: "The widow of a publisher | killed in 1978 |
    opened the new museum" (`reduced_relative_end`); None where there is none."""
    if _A_YEARS.search(text, start, end) is None:
        return None  # the cheap test first: most sentences name no year
    reduced = reduced_relative_end(text, start, end)
    if reduced is None or _A_YEARS.search(text, reduced[0], reduced[1]) is None:
        return None
    return reduced


def _noun_participle(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a participle phrase naming a year stands after a noun that a past verb before it
    acts on, to its clause's end (`_NOUN_PARTICIPLE`); not where the noun is a reported
    clause's subject ("said the plant closed in 1998") or opens the sentence."""
    if _A_YEARS.search(text, start, end) is None:
        return None
    for m in _NOUN_PARTICIPLE.finditer(text, start, end):
        if _A_YEARS.search(m.group(2)) is None or not _NOT_NOUN.isdisjoint(m.group(1).split()):
            continue
        before = WORDS.findall(lowered(text[start : m.start()]))
        told_apart = not SAYING_VERBS.isdisjoint(before) or not _CLAUSE_WORDS.isdisjoint(before)
        if not told_apart and acted_on(text, start, m.start()):
            return m.start(2), m.end(2)
    return None


# A phrase opening the sentence before the noun: no object of the main verb.
_FRONTED_PHRASE = re.compile(
    r"[\W_]*(?:Under|In|After|Before|With|Without|For|From|Since|During|Despite|As|Amid)\b"
    r"[^,]*$"
)


# Nothing but the sentence's opening before the noun: the subject's phrase (reduced_relative).
_SENTENCE_OPENS = re.compile(r"[\W_]*$")


# Verbs that link a subject to what it is, not acts: "She became known for her clinic,
# destroyed in 2005", "The recordings were part of the documents seized in 2008".
_LINKING = NOT_ACTION | {"became", "remained", "seemed", "stayed"}


def acted_on(text: str, start: int, at: int) -> bool:
    """Whether text[start:at], before a noun's participle phrase, tells a past act and no
    link of a subject to a state: the noun is what the act was done to, its year its own."""
    words = WORDS.findall(lowered(text[start:at]))
    return past_action(words[1:]) and _LINKING.isdisjoint(words)


def standing_participle(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a participle phrase with its time describes the object of a standing fact's
    verb, to its clause's end: "The recall covers Corolla sedans | built in 2012", "The museum
    holds paintings | made in the 1890s". The time is when the thing was made, not a time of
    anything the story tells (`standing_facts.described_object_at`); None where there is
    none."""
    low = lowered(text[start:end])
    if len(low) != end - start or not may_describe_made(low):
        return None  # the cheap test first: most sentences hold no time after "in" or "since"
    if STANDING_VERBS.isdisjoint(WORDS.findall(low)):
        return None
    found = described_object_at(low)
    return None if found is None else (start + found[0], start + found[1])
