"""A standing fact told in the present past the lede: what a thing or a firm is, has or does
for as long as it stands, not a happening.

"The company, founded in 1998, employs 300 people.", "Kraft makes Ritz crackers, Lorna Doone
cookies, and other baked goods there.", "An embedded chip in the battery adjusts the power to
cells …", "Serving as host of the three-hour live show requires physical stamina". Such a
sentence often holds a past form that is no verb of its own: a participle that describes a
noun ("other baked goods", "the embedded battery"), or one in a phrase set off by commas after
the subject ("The company, founded in 1998, …"), so read by its words alone it looks told in
the past. Its main verb is read here: a verb of having, holding, making or letting in the
present ("employs", "owns", "costs", "lets", "makes", "uses" …), after a subject with no finite
verb or past act of its own, and with no past act right after it ("The company's costs rose" is
a noun and a past). A subject led by a pronoun ("he owns") is the main clause reader's
(`main_clause.tells_now`). The caller asks only of a passage with no time or source of its own
that is not the lede: a headline or lede in the news present ("Toyota recalls 1 million cars")
and a source's present ("X says") stay what they are.
"""

from __future__ import annotations

import re

from viewer.core.past_tense import DESCRIBING, PAST_AS_BASE, PAST_FORMS, past_form, plural_subject
from viewer.core.statement_cues import DOCUMENT_RUNS
from viewer.core.word_patterns import WordSearch, first_letters

# The present of verbs that tell what a thing has, holds, makes, lets or is made of: a
# standing fact or a description, not an act of one time.
STANDING_VERBS = frozenset(
    """employs owns costs lets allows permits requires forbids prohibits bars stands lies sits
    houses hosts handles carries serves holds contains includes provides produces makes
    manufactures sells supplies uses lasts adjusts corrects measures weighs covers borders links
    connects runs operates controls represents accounts generates features supports introduces
    offers needs means belongs consists administers""".split()
)
# The words a phrase set off by commas after the subject opens on when it describes the noun:
# a relative pronoun, or a participle ("The company, founded in 1998, employs …").
_SET_OFF = re.compile(r",\s*([\w'’-]+)[^,]*,")
_RELATIVES = frozenset({"who", "which", "whose", "whom"})
# Words a participle describing a noun follows: "the embedded battery", "other baked goods".
_NOUN_BEFORE = frozenset("the a an its their his her other".split())
_PUNCTUATION = ".,;:!?\"'“”’‘()[]—–"
# Finite verbs, and the words that open another clause: a subject holds none of them; after
# the main verb, a finite verb makes that verb a noun, and another clause ends the search.
FINITE = frozenset(
    """is are am was were has have had will would can could may might should must does do did
    shall said says told""".split()
)
_CLAUSE = frozenset(
    "that who which when where while if after before because although though since".split()
)
_SUBJECT_WORDS = 10  # the most words before the main verb
# Words after a past form that make it the verb of a noun before it: "The company's costs rose
# by 5%", "holdings climbed to …" (not "introduces updated transitions", a participle before
# its noun).
_AFTER_A_VERB = frozenset("to by from with in on at of and the a an its their his her".split())
# A participle describing the verb's object, its time after it: "The recall covers Corolla
# sedans built in 2012", "The museum holds paintings made in the 1890s". The object is one to
# four words with no preposition in them ("costs per car climbed in 2012" is a noun and a past).
_OBJECT_WORDS = 4
_NOT_OBJECT = _AFTER_A_VERB - frozenset("the a an its their his her".split()) | {"per", "for"}
_TIME_AFTER = frozenset("in during before since".split())
# A year, a decade or a month: the times a thing was made, sold or signed at (the months here,
# as this module comes before the time tagger's).
_MONTH_NAMES = """january february march april may june july august september october november
december""".split()
_MADE_AT = re.compile(rf"(?:1[89]|20)\d\d(?:s|'s|’s)?|{'|'.join(_MONTH_NAMES)}")
# Where such a phrase may open in a lowercased sentence: a word and its time after it, "the"
# and a part of a decade between them or not ("delivered in the late 1990s").
_TIME_WORDS = ("in", "during", "before", "since")
_AFTER_TIME_WORD = (
    r"\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?"
    rf"(?:(?:1[89]|20)\d\d(?:s\b|\b)|(?:{'|'.join(_MONTH_NAMES)})\b)"
)
_MADE_TIME = f"(?:{'|'.join(_TIME_WORDS)})" + _AFTER_TIME_WORD
_TIMED_WORD = re.compile(rf"\b([a-z]{{3,}})\s+{_MADE_TIME}")
# `\b` and _MADE_TIME, spelt by first letters and asked only where a word starts
# (word_patterns.py): whether it matches is the same.
_TIME_ALONE = WordSearch(f"(?:{first_letters(_TIME_WORDS)})" + _AFTER_TIME_WORD)


def may_describe_made(low: str) -> bool:
    """The cheap test before `described_object_at`: whether a lowercased sentence holds a year,
    a decade or a month after "in", "during", "before" or "since" at all."""
    return _TIME_ALONE.found(low)


_CLAUSE_STOP = re.compile(r"[,;:()“”\"]")


def _described(match: re.Match[str]) -> str:
    """A phrase set off by commas, passed over when it describes the noun before it."""
    head = match.group(1)
    return " " if head in _RELATIVES or past_form(head) or head in DESCRIBING else match.group(0)


def standing_now(outside: str) -> bool:
    """Whether a passage (`outside`: lowercased, its quotations blanked) tells a standing fact:
    its main verb one of `STANDING_VERBS`, after a subject with no finite verb nor past act of
    its own, past any phrase set off by commas that describes the subject, and with no finite
    verb or past act after it that would make it a noun ("Previous hosts … all followed")."""
    if "," in outside:
        outside = _SET_OFF.sub(_described, outside, count=1)
    words = [w for w in (t.strip(_PUNCTUATION) for t in outside.split()) if w]
    for i, word in enumerate(words[: _SUBJECT_WORDS + 1]):
        if word in STANDING_VERBS:
            if not i or words[i - 1] in _NOUN_BEFORE:
                return False  # "the costs", "its holds": a noun
            return not _verb_after(words, i + 1)
        if word in FINITE or word in _CLAUSE or word in PAST_FORMS or (word == "as" and not i):
            return False
        if i and past_form(word) and words[i - 1] not in _NOUN_BEFORE:
            return False  # a past act: "Officials closed the plant that makes …"
    return False


def _verb_after(words: list[str], start: int) -> bool:
    """Whether the words from `start` on hold a finite verb or a past act, which makes the
    verb before them a noun ("production costs … were boosted", "costs rose", "Those
    included costs associated with …"): a finite verb or an irregular past form, or a past in
    "-ed" closing the passage or before a preposition, a determiner or a figure. A participle
    before its noun ("introduces updated transitions", "other baked goods") is none, nor is a
    verb of another clause ("…, which offers finer control")."""
    for k in range(start, len(words)):
        word = words[k]
        if word in _CLAUSE:
            return False  # "…, which offers finer control": another clause's verbs
        if word in FINITE:
            return True
        if past_form(word):
            if object_described(words, start, k):
                continue  # "covers Corolla sedans built in 2012": the sedans' time
            if word in PAST_FORMS:
                return True
            after = words[k + 1 : k + 2]
            if not after or after[0] in _AFTER_A_VERB or after[0][:1].isdigit():
                return True
    return False


def object_described(words: list[str], start: int, at: int) -> bool:
    """Whether the past form `words[at]` opens a participle phrase describing the object of the
    verb before `start`: one to four words after the verb, none a preposition, and a year, a
    decade or a month within three words after "in", "during", "before" or "since" ("covers
    Corolla sedans built in 2012", "holds paintings made in the 1890s", "contracts signed
    before March", "operates jets delivered in the late 1990s")."""
    if not 0 < at - start <= _OBJECT_WORDS or not _NOT_OBJECT.isdisjoint(words[start:at]):
        return False
    if at + 1 >= len(words) or words[at + 1] not in _TIME_AFTER:
        return False
    return any(_MADE_AT.fullmatch(w) for w in words[at + 2 : at + 5])


def described_object_at(low: str) -> tuple[int, int] | None:
    """Where, in a lowercased sentence, a participle phrase describing the object of a standing
    fact's main verb (`object_described`) stands, to its clause's end, the clause read up to
    there telling a standing fact (`standing_now`): "The recall covers Corolla sedans | built in
    2012 |, the company said on Tuesday"; None where there is none."""
    for m in _TIMED_WORD.finditer(low):
        if not past_form(m.group(1)):
            continue
        before = [w for w in (t.strip(_PUNCTUATION) for t in low[: m.start()].split()) if w]
        verb = next(
            (i for i in range(len(before) - 1, -1, -1) if before[i] in STANDING_VERBS), None
        )
        words = [*before, *(t.strip(_PUNCTUATION) for t in low[m.start() : m.end()].split())]
        if verb is not None and object_described(words, verb + 1, len(before)):
            stop = _CLAUSE_STOP.search(low, m.end())
            end = stop.start() if stop else len(low)
            return (m.start(), end) if standing_now(low[:end]) else None
    return None


def text_lets(told: list[str]) -> bool:
    """Whether a past spelt as its base after a plural subject (`past_tense.past_as_base`)
    follows a text's name, a standing reading of what it lets or sets, not a past act: "The
    rules let companies set their own prices" (`statement_cues.DOCUMENT_RUNS`)."""
    for i in range(1, len(told)):
        if told[i] in PAST_AS_BASE and plural_subject(told[i - 1]):
            subject = told[i - 1]
            return subject in DOCUMENT_RUNS or subject[:-1] in DOCUMENT_RUNS
    return False
