"""Verbs told in the past, and which of them are actions: what a happening is told with.

News tells a happening in the past ("sent", "has deployed") and an action by a verb of its
own, whatever the verb ("the president lined up", "revenue declined"); a copula, an
auxiliary or a participle that describes ("a firm based in Lyon") is no action.
"""

from __future__ import annotations

import re

from viewer.core.cue_words import WORDS
from viewer.core.habit_words import HABIT_WORDS
from viewer.core.month_may import MONTH_BEFORE

# A happening told in the past: a past form, or a perfect ("has sent").
PAST_FORMS = frozenset(
    """said told was were had did met went came took made gave sent began held left spoke saw
    found got struck fought won lost led paid sold bought brought wrote rose fell ran flew drew
    became broke chose drove hit shot spent stood threw withdrew quit put cut beat sought
    agreed named fled built caught dealt lent sank shook froze hid rode tore swore woke stole
    sat bled fed bent swept upheld withheld dug hung swung stuck slid overcame undertook
    overthrew forgave arose drank sang rang swam blew grew ate heard kept taught wore spun
    sped shrank sprang strove knelt leapt crept awoke forbade withstood rebuilt retook
    overtook mistook underwent laid lit oversaw overran slew""".split()
)
# Verbs whose past is spelt as their base: past ("Freeland, who quit on Monday", "the storm hit
# on Sunday") unless a word that takes the base stands before ("plans to quit on Friday",
# "could hit at the weekend", "did not cut rates on Tuesday"), nor a passive of now or
# ahead ("is going to start getting beat up in the spring").
PAST_AS_BASE = frozenset(
    """quit hit cut put shut cost let spread split burst shed beat set hurt cast bet thrust
    upset""".split()
)
TAKES_THE_BASE = frozenset(
    """to will would shall should could can may might must do does did not never don't
    don’t doesn't doesn’t didn't didn’t won't won’t cannot is are am be being get gets
    getting""".split()
)
NOT_PAST = frozenset(
    """need needed speed hundred united indeed proceed succeed exceed armed advanced limited
    related interested concerned detailed red bed shed seed feed bleed breed embed""".split()
)
PASSIVE_BEFORE = frozenset({"be", "is", "are", "being", "feels", "seems", "am"})
# Adverbs that may stand between a copula and its participle: "are all collected in one app",
# "is relatively confined". Not those that tell a change just come about: "Smith is now
# accused of murdering two women", "is already charged", "is just released".
_ADVERBS = frozenset("all also still only not even both".split())
_MOST_ADVERBS = 2
_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "following"})
PERFECT = frozenset({"has", "have", "had", "'ve"})
PARTICIPLE_ENDS = ("ed", "en", "ne", "wn", "lt", "ught", "ck", "ng", "id", "ld", "de", "nt")


def past_form(word: str) -> bool:
    """Whether a word is a past form by its shape: an irregular one, or a verb in "-ed" of
    more than four letters ("declined", not "need" nor "speed")."""
    return word in PAST_FORMS or (word[-2:] == "ed" and len(word) > 4 and word not in NOT_PAST)


_LEFT = "left"
# Words after which "left" is the side, not the verb: "his left kidney", "the left wing".
_SIDE_BEFORE = frozenset("his her its their my our your the a an".split())


def _left_a_verb(words: list[str]) -> bool:
    """Whether the past forms among `words`, one of them "left", tell a past: another past
    form, or "left" after no determiner ("he left", not "his left kidney")."""
    if len(PAST_FORMS.intersection(words)) > 1:
        return True
    at = [i for i, w in enumerate(words) if w == _LEFT]
    return any(i == 0 or words[i - 1] not in _SIDE_BEFORE for i in at)


def past(words: list[str], low: str) -> bool:
    """A past form, or a perfect, among `words`, the words of `low`."""
    if not PAST_FORMS.isdisjoint(words) and (_LEFT not in words or _left_a_verb(words)):
        return True
    if "ed" not in low and PERFECT.isdisjoint(words):
        return False  # no word ends in "ed", and none is "has" or "have"
    for i, w in enumerate(words):
        if w[-2:] == "ed":
            moved = words[i + 1 : i + 2] in (["to"], ["by"])  # "advanced to $94.2 million"
            if len(w) <= 4 or (w in NOT_PAST and not moved):
                continue
            if passive(words, i):
                continue  # "are all collected in one app": the present passive, a state
            if words[i + 1 : i + 2] == ["by"] and (not i or words[i - 1] not in PAST_FORMS):
                continue  # "a member attacked by Russia": a participle, not a past verb
            return True
        if w in PERFECT and _participle_first(words[i + 1 : i + 4]):
            return True
    return False


def _participle_first(words: list[str]) -> bool:
    """Whether the first of a few words after a perfect's auxiliary, "been" passed over, is a
    participle ("has been charged", "have won")."""
    after = [a for a in words if a != "been"]
    return bool(after) and after[0].endswith(PARTICIPLE_ENDS) and after[0] != "being"


_PERFECT_ADVERBS = frozenset({"now", "also", "already", "just", "finally"})


def perfect_past_adverb(words: list[str]) -> bool:
    """A perfect with an adverb between its auxiliary and its participle: "have now been
    given", "has already sold" (`past` reads the participle right after the auxiliary)."""
    return any(
        w in PERFECT
        and words[i + 1 : i + 2]
        and words[i + 1] in _PERFECT_ADVERBS
        and _participle_first(words[i + 2 : i + 4])
        for i, w in enumerate(words)
    )


def passive(words: list[str], i: int) -> bool:
    """Whether the participle at words[i] follows a present copula, past at most two adverbs
    ("is confined", "is relatively confined", "are all collected", "are also contractually
    obligated"): a present passive, not a verb told in the past."""
    for j in range(i - 1, max(-1, i - 2 - _MOST_ADVERBS), -1):
        if words[j] in PASSIVE_BEFORE:
            # Not a gerund after a preposition of time: "is in hospital after being stabbed"
            # tells the stabbing, a happening done.
            return not (words[j] == "being" and j > 0 and words[j - 1] in _TIME_PREPOSITIONS)
        if words[j] not in _ADVERBS and words[j][-2:] != "ly":
            return False
    return False


# Past forms that carry no action of their own: a copula, an auxiliary.
NOT_ACTION = frozenset({"was", "were", "had", "did", "been"})
# Participles that describe rather than act: "a firm based in Lyon", "costs related to the
# sale", "is valued at $7 million", "sales compared with C$3.7 billion".
DESCRIBING = frozenset(
    """based headquartered located related associated compared valued priced owned
    controlled listed rated expected estimated combined unchanged unmoved mixed""".split()
)


def past_action(words: list[str]) -> bool:
    """A verb of action in the past among `words`: an irregular past form of one, or a verb
    in "-ed" read as past reads it ("revenue declined", "the president lined up")."""
    for i, w in enumerate(words):
        if w in PAST_FORMS:
            if w not in NOT_ACTION:
                return True
            continue
        if w[-2:] != "ed" or len(w) <= 4 or w in NOT_PAST or w in DESCRIBING:
            continue
        if passive(words, i):
            continue  # "the area is relatively confined": a state told in the present
        if words[i + 1 : i + 2] == ["by"] and (not i or words[i - 1] not in PAST_FORMS):
            continue
        return True
    return False


# What may stand between "had" and its participle: "had not", "had already", "had just".
_BETWEEN = frozenset({"not", "never", "already", "just", "also", "earlier", "since", "first"})
# Finite verbs other than a past form: of the present, ahead, or an auxiliary.
_FINITE = frozenset(
    "is are am was were has have had will would can could may might should must does do did".split()
)


def first_finite(words: list[str]) -> int:
    """Where the first finite verb of a clause's words is (a form of "be", "have" or "do", a
    modal, a past form), or -1."""
    for i, w in enumerate(words):
        if w == "may" and i and words[i - 1] in MONTH_BEFORE:
            continue  # "in May": the month, no modal
        if w in _FINITE or past_form(w):
            return i
    return -1


def past_perfect(words: list[str]) -> bool:
    """Whether a sentence's first finite verb is a past perfect ("McDermott had told his
    father", "the deputy had never been"): "had" before a participle, not "had a secret"."""
    i = first_finite(words)
    if i < 0 or words[i] != "had":
        return False
    after = [a for a in words[i + 1 : i + 4] if a not in _BETWEEN]
    if after[:1] == ["been"]:  # not a state up to then: "had been training", "in"
        return len(after) > 1 and _participle(after[1])
    return bool(after) and _participle(after[0])


def present_perfect(words: list[str]) -> bool:
    """Whether a clause's first finite verb is a present perfect's "has" or "have" ("he has
    sent a team"), not a modal's ("should have sent")."""
    i = first_finite(words)
    return i >= 0 and words[i] in ("has", "have")


def past_perfect_in(low: str) -> bool:
    """`past_perfect` of the words of a lowercased text (`WORDS.findall(low)`), which needs
    "had" among them: a text without it is not split into words."""
    return "had" in low and past_perfect(WORDS.findall(low))


def _participle(word: str) -> bool:
    """A past participle by its shape: in "-ed" or "-en", or an irregular past form."""
    if word in PAST_FORMS:
        return True
    return word.endswith(PARTICIPLE_ENDS) and word[-3:] != "ing" and word not in NOT_PAST


# Words of a sentence that tell it in the present or as a habit: a past spelt as its base
# beside them is the present ("The flames spread every summer", "Prices hit records every
# year", "Officials say the rebels cut the road").
_NOW_OR_HABIT = HABIT_WORDS | frozenset(
    "is are am has have does do says say will shall can must 's now today".split()
)
# Words ending in "s" that are no plural noun before a verb.
_NOT_PLURAL = frozenset(
    """its his hers theirs ours yours this thus us was has does is as less unless always
    perhaps whereas news series species means""".split()
)
_PLURAL_PRONOUNS = frozenset({"they", "we"})


def past_as_base(words: list[str], low: str) -> bool:
    """Whether a sentence's words tell a past spelt as its base right after a plural subject
    ("But at night the flames spread to two more buildings", "Rebels cut the road to the
    airport") or a singular one (`singular_base`: "The river burst its banks"), with no word
    of the present or of a habit in it: read as past where the story around it is told in the
    past (the caller's to know). `low` is the sentence lowercased, `words` its words."""
    if PAST_AS_BASE.isdisjoint(words) or not _NOW_OR_HABIT.isdisjoint(words):
        return False
    if any(w in PAST_AS_BASE and i and plural_subject(words[i - 1]) for i, w in enumerate(words)):
        return True
    return any(singular_base(low, m.start(), m.end()) for m in _BASE_WORD.finditer(low))


_BASE_WORD = re.compile(r"\b(?:" + "|".join(sorted(PAST_AS_BASE)) + r")\b")
# A singular subject right before a verb: a pronoun of the third person ("she quit"), or a
# noun after a determiner and at most one word ("the river burst", "a second dam burst", "the
# central bank set"); no comma between ("The plan, set to start in May, …" is a participle).
_SINGULAR_SUBJECT = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|this|that)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)"
    r"|\b(?:he|she|it))\s+\Z"
)
_SUBJECT_REACH = 40  # characters before the verb the subject is looked for in
# Words that stand between a determiner and a noun, no noun themselves: "the new set", "a
# huge bet", "the total cost".
_BEFORE_A_NOUN = frozenset(
    """new first last final next whole full total big biggest best major huge safe deep sharp
    latest recent same other only such own""".split()
)
# A word after a base that makes it a noun or a plan's participle: "a set of rules", "the
# best bet for savers", "set to start" ("The fire spread to the roof" is a place reached).
_NOUN_AFTER = frozenset(
    [(after, verb) for after in ("of", "for") for verb in PAST_AS_BASE] + [("to", "set")]
)


def singular_base(low: str, start: int, end: int) -> bool:
    """Whether the past spelt as its base at low[start:end] follows a singular subject, with
    no word that takes the base before it in the sentence ("plans to let the river spread",
    "did not say whether the fire spread"): in the present it would take an "-s" ("the river
    bursts"), so it is the past ("The river burst its banks", "A fire spread to the roof",
    "She quit the party"). Not a noun ("the cost of the plan", "a set of rules", "a safe bet
    for savers") nor a plan's "set to"."""
    m = _SINGULAR_SUBJECT.search(low[max(0, start - _SUBJECT_REACH) : start])
    if m is None:
        return False
    noun = m.group("noun")
    if noun is not None and (
        noun in _BEFORE_A_NOUN or noun in TAKES_THE_BASE or noun.endswith(("ed", "ly"))
    ):
        return False
    after = WORDS.match(low, end + 1) if low[end : end + 1] == " " else None
    if after is not None and (after.group(0), low[start:end]) in _NOUN_AFTER:
        return False
    return TAKES_THE_BASE.isdisjoint(WORDS.findall(low[:start]))


def plural_subject(prev: str) -> bool:
    """Whether the word before a verb is a plural subject: "they", "we", or a noun in "-s"."""
    if prev in _PLURAL_PRONOUNS:
        return True
    plural = len(prev) > 3 and prev[-1] == "s" and prev[-2:] not in ("ss", "us", "is")
    return plural and prev not in _NOT_PLURAL and prev not in TAKES_THE_BASE


def now_or_habit(words: list[str]) -> bool:
    """Whether a sentence's words hold a word of the present or of a habit (`_NOW_OR_HABIT`)."""
    return not _NOW_OR_HABIT.isdisjoint(words)
