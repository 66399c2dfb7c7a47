"""States told with a copula: what a thing or a person is or was, not what happened.

Past its lede, a long story describes: who a person is, what a place was like, how a scene
looked ("It was just the third fight in a decade for the 41-year-old American", "About 100
people were at work at the plant"). A sentence whose only verb is a copula before an
adjective, a noun or a place tells a state, not an action (a copula before a participle is a
passive, "was booked into county jail", and stays an action). A source's words told in the
present with a copula ("Dr. Alsip also said Dr. Benjamin is tenacious", "Mass shootings are
rarely carried out by women, said …") are the source's description or judgement, with no
happening in them, unless they give a figure or a plan. A sentence that only names who
someone is ("She is the Founder and CEO of …, which aims to provide …") is a description too,
whatever plan is hung on its noun. So are habits told with how often ("he has rarely lost a
round"), what a thing lets the reader do, the writer addressing "you" ("Single App Mode and
Guided Access let you lock people into one app"), and a résumé line, a step of someone's past
told with an earlier-time word and no source ("Weitz previously penned ABOUT A BOY";
`resume_cues.py`). Read from a passage's lowercased words outside its quotations; the passage
has no time of its own and is not the lede.
"""

from __future__ import annotations

import re

from viewer.core.cue_words import SAYING_VERBS, runs_of
from viewer.core.habit_words import HOW_OFTEN
from viewer.core.holds import holds_digit
from viewer.core.past_tense import DESCRIBING, PAST_FORMS, past_form
from viewer.core.resume_cues import resume_line
from viewer.core.word_patterns import first_letters

_WAS = frozenset({"was", "were", "wasn't", "weren't"})
_IS = frozenset({"is", "are", "isn't", "aren't"})
# Words between a copula or "has" and what follows it: "was also the first", "wasn't even".
_BETWEEN = frozenset("also not just still even now only never already then too".split())
# A verb other than a copula that makes the sentence more than a state: an auxiliary of the
# perfect or of "did", a modal (a forecast or a plan, judged elsewhere).
_AUXILIARIES = frozenset({"had", "did", "didn't", "hadn't", "does", "do", "'d"})
_MODALS = frozenset(
    """will would could might may should must can cannot won't wouldn't couldn't can't
    shouldn't mustn't""".split()
)
# Verbs that make a sentence with a past copula more than a state.
_NOT_PAST_STATE = _IS | _AUXILIARIES | _MODALS | {"has", "have"}
# The words of an attribution: what a source's statement is told with.
_SAYING = SAYING_VERBS | {"say", "tell", "added", "adds", "according"}
# A figure told with a copula: "were $1.76 billion", "was up 5%".
_FIGURE = re.compile(r"\b(?:was|were)\s+(?:\S+\s+){0,2}?[$€£]?\d")
# What is still open, told at the end of a sentence as its main verb: "Investigations into
# what caused the fire are ongoing", "that determination awaits further investigation"; not
# "Rescue operations are under way after a 6.1 magnitude earthquake hit …", whose happening the
# sentence goes on to tell. A source who says so makes a statement of it ("Baehr said … that
# results of Jackson's blood test are pending"), which is judged as one.
_STILL_OPEN = re.compile(
    r"\b(?:(?:is|are|remains?)\s+(?:still\s+)?(?:ongoing|pending|unknown|unclear|underway|"
    r"under\s+(?:investigation|way|review))|awaits?\s+(?:\S+\s+){0,2}?\S+)\W*$"
)
# How often something happens: a habit, not a happening ("an occasional smile for his
# mother", "in his brother's corner as usual", "As has been the case many times in the past",
# "he has rarely lost a round during that impressive stretch"), and a condition held over a
# stretch ("he had suffered mental health problems for some time"); not the manner of a plan
# ("plans to purchase … from time to time on the open market").
# The plain adverbs of how often only (`habit_words.HOW_OFTEN`, a subset of a habit's words).
_FREQUENCY_PHRASES = "as usual|at times|from time to time|many times|occasional|for some time"
_FREQUENCY = re.compile(  # spelt by first letters: word_patterns.py
    "(?:" + first_letters([*sorted(HOW_OFTEN), *_FREQUENCY_PHRASES.split("|")]) + r")\b"
)
_FREQUENCY_WORDS = HOW_OFTEN | frozenset({"usual", "times", "time", "occasional"})
# A yearly rate, told on no one's authority: a standing practice, even told as a plan
# ("Summit Entertainment, LLC plans to release 10 to 12 films annually"). A source's figure a
# year is a statement of its own ("… will eliminate dividend payments of C$17.9 million
# annually, he said").
_RATE = re.compile(r"\b(?:annually|(?:per|each) year)\b")
_RATE_WORDS = frozenset({"annually", "year"})
# The reader addressed by the writer: what a product or a service lets "you" do describes it
# ("Single App Mode and Guided Access let you lock people into one app", "There's also a
# beautiful new photo mapping feature called 'Flyover' which lets you view major landmarks").
# Not a source's words ("Apple said you can buy it from Friday"), nor a quotation, nor words
# told in the first person, which are someone's account (a quotation whose marks are lost).
_YOU = frozenset("you your yours yourself you're you've you'll you'd".split())
_FIRST_PERSON = frozenset("i i'm i've i'd i'll me my we we're we've we'll our us".split())
# As much as the other habits take (event_selection._HABITUAL).
HABIT_DOUBT = 0.25
# The verbs of what is still open, one of which is among a passage's last words if it is; and
# the most characters from there to the end of its sentence: only a passage's tail is searched.
_OPEN_WORDS = frozenset({"is", "are", "remain", "remains", "await", "awaits"})
_OPEN_TAIL = 64


def _still_open(low: str) -> bool:
    return _STILL_OPEN.search(low, max(0, len(low) - _OPEN_TAIL)) is not None


# A denial, which news reports as a claim of its own.
_DENIAL = frozenset({"not", "isn't", "aren't", "no", "never"})
# How much a state takes from a passage's score: enough that neither a sentence in the past
# (0.7) nor a sourced one (0.8) stays an event where the story's time dates it (the bar 0.5).
STATE_DOUBT = 0.35


def state_doubt(told: list[str], low: str, said: bool, future: bool) -> float:
    """How much a passage with no time of its own that is not the lede (`told`, its words
    outside quotations; `low`, it lowercased) reads as a habit or a state rather than a
    happening (`said`: it has an attribution; `future`: it tells a plan or a process)."""
    if not said and "you" in low and _addressed(told):  # most passages: no look-up
        return STATE_DOUBT  # "… which lets you view major landmarks in 3-D"
    if not said and resume_line(told, low):
        return STATE_DOUBT  # "Prior to joining the organization he had … experience"
    return _habit(told, low, said, future) + _state(told, low, said, future)


def _addressed(told: list[str]) -> bool:
    """Whether the writer addresses the reader ("you"), outside quotations and not in the
    first person: a description of what something lets one do."""
    return not _YOU.isdisjoint(told) and _FIRST_PERSON.isdisjoint(told)


def _main_rate(low: str) -> bool:
    """Whether a yearly rate is told in a sentence's main clause: not after a word that opens
    another ("build a conglomerate that has been doubling its profits annually since 1980")."""
    rate = _RATE.search(low)
    return rate is not None and _RELATIVE.isdisjoint(runs_of(low[: rate.start()]))


def _habit(told: list[str], low: str, said: bool, future: bool) -> float:
    """How often something happens, told outside a plan, or a yearly rate told on no one's
    authority: a habit."""
    if not said and not _RATE_WORDS.isdisjoint(told) and _main_rate(low):
        return HABIT_DOUBT  # "plans to release 10 to 12 films annually"
    if future or _FREQUENCY_WORDS.isdisjoint(told):
        return 0.0
    return HABIT_DOUBT if _FREQUENCY.search(low) else 0.0


def _state(told: list[str], low: str, said: bool, future: bool) -> float:
    """What is still open, a copula in the past its only verb, or a source's words in the
    present with a copula and no figure or plan."""
    if not said and not _OPEN_WORDS.isdisjoint(told[-6:]) and _still_open(low):
        return STATE_DOUBT  # "Investigations into what caused the fire are ongoing."
    if said:
        if future or _IS.isdisjoint(told) or not _DENIAL.isdisjoint(told):
            return 0.0  # a denial is a claim: "isn't aware of any attempts to take over"
        if holds_digit(low):
            return 0.0  # a figure: "officials say the toll is 12"
        return STATE_DOUBT if _present_state(told) else 0.0
    if not _IS.isdisjoint(told[:7]) and _identity(told):
        return STATE_DOUBT  # "She is the Founder and CEO of …, which aims to provide …"
    # _FIGURE needs a digit: one scan for a digit spares its scan at every word of most texts.
    if _WAS.isdisjoint(told) or (holds_digit(low) and _FIGURE.search(low)):
        return 0.0  # a figure is news: "Sales in the latest period were $1.76 billion"
    return STATE_DOUBT if _past_state(told) else 0.0


def _next(words: list[str], i: int) -> str:
    """The word after words[i], past any adverb ("was largely out", "is also probably")."""
    for w in words[i + 1 :]:
        if w not in _BETWEEN and w[-2:] != "ly":
            return w
    return ""


def _predicate(words: list[str], i: int) -> bool:
    """Whether the copula at words[i] is followed by an adjective, a noun or a place, not by a
    participle (a passive: "was booked"), an "-ing" (a process) or "to" (a plan)."""
    after = _next(words, i)
    if not after or after == "to" or after[-3:] == "ing" or past_form(after):
        return False
    return not after.endswith(("en", "wn"))  # "was taken", "were thrown"


def _past_state(words: list[str]) -> bool:
    """A sentence whose only verbs are copulas in the past before a predicate: "It was just
    the third fight in a decade", not "There was an explosion" nor "was booked"."""
    if not _NOT_PAST_STATE.isdisjoint(words):
        return False  # "THR is saying that …": a sentence that tells now; "had been"
    found = False
    for i, w in enumerate(words):
        if w in _WAS:
            if (i and words[i - 1] == "there") or not _predicate(words, i):
                return False
            found = True
        elif past_form(w) and w not in DESCRIBING and not (i and words[i - 1] == "be"):
            return False  # a past verb, not "to be elected" nor "a firm based in"
    return found


def _present_state(words: list[str]) -> bool:
    """A statement whose words but the attribution are all in the present, with a copula before
    a predicate or a participle: "Dr. Alsip also said Dr. Benjamin is tenacious", "Mass
    shootings are rarely carried out by women, said …", not "says the talks have stalled" nor
    "said police are investigating"."""
    found = False
    for i, w in enumerate(words):
        if w in _SAYING:
            continue
        if w in _IS:
            after = _next(words, i)
            if not after or after == "to" or after[-3:] == "ing":
                return False  # "are investigating", "is to appear": under way, or a plan
            found = True
        elif w in _WAS or w in _AUXILIARIES or w in _MODALS:
            return False
        elif w in ("has", "have"):
            after = _next(words, i)
            if after == "been" or after in PAST_FORMS or past_form(after):
                return False  # a perfect: "has personally witnessed"
        elif past_form(w) and w not in DESCRIBING and not _after_copula(words, i):
            return False
    return found


def _after_copula(words: list[str], i: int) -> bool:
    """Whether words[i] follows a present copula, past any adverb: "are rarely carried out"."""
    for w in reversed(words[:i]):
        if w in _IS or w in ("be", "been"):
            return True
        if w not in _BETWEEN and w[-2:] != "ly":
            return False
    return False


# Words that open a clause hung on a noun: who someone is is told before them.
_RELATIVE = frozenset({"who", "which", "that", "where", "whose", "whom", "when", "because"})
_ARTICLES = frozenset({"the", "a", "an", "one"})
_SUBJECT_WORDS = 5  # the most words of a subject before its copula


def _identity(words: list[str]) -> bool:
    """A sentence that only names who or what someone is: a short subject, a present copula,
    a noun after an article, and no verb in the past before a clause hung on it: "She is the
    Founder and CEO of the Bayou La Batre Rural Health Clinic in Alabama, which aims to
    provide …", not "He is the first to be elected" nor "It is a decision that stunned …"."""
    head = words[: _SUBJECT_WORDS + 1]
    i = next((i for i, w in enumerate(head) if w in _IS), 0)
    if not i or _next(words, i) not in _ARTICLES:
        return False  # no subject before a present copula, or no article after it
    for w in words[:i]:
        if w in _SAYING or w in _MODALS or past_form(w):
            return False
    for w in words[i + 1 :]:
        if w in _RELATIVE:
            return True
        if w == "to" or (past_form(w) and w not in DESCRIBING):
            return False
    return True
