"""An act told in the news present: a headline or lede that tells its happening with a named
subject, a verb in the present and its object ("Toyota recalls 1 million cars over faulty
brakes", "Ford cuts 3,000 jobs in Europe", "Iran seizes British tanker in Gulf").

News tells its main happening so at the top of a story whatever the verb, so a verb that is
no stock verb of acting, or is also a noun ("recalls", "cuts", "bids", "grounds", "faces"), is
the happening's verb there. Not so a standing fact or a habit told in the present ("Toyota makes
cars in Kentucky", "Christine Lagarde heads the International Monetary Fund", "Moody's rates
most of the bonds it reviews"), a subject that is no name ("The recalls cost the carmaker
billions", "He recalls the night …"), a title with no verb ("Toyota recalls: what you need to
know"), nor a verb with no object right after it ("Ryanair flies to 180 airports", "Jones
recalls how the water rose": what one remembers), nor an explainer's title ("Google faces
questions: what we know").
"""

from __future__ import annotations

import re

from viewer.core.habit_words import HABIT_WORDS, RATES
from viewer.core.standing_facts import STANDING_VERBS

_SUBJECT_WORDS = 4  # the most words of a name before its verb
# Words that open a sentence but name no one: determiners, quantifiers and pronouns ("More
# protests ahead in Greece" is a noun phrase).
_NO_NAME = frozenset(
    """the a an this that these those it he she they we i you there here his her its their our
    my your one some many most all each every no more less fewer few several another other any
    such both""".split()
)
# Verbs of a state of mind or of being, in the present: no act.
_STATES = frozenset(
    """is has was does remains seems appears looks sounds feels knows believes thinks hopes
    fears wants likes loves hates means needs deserves lacks depends""".split()
)
# Verbs of an office held, a standing fact before "the" and the body held ("Lagarde heads the
# IMF"; not "Nadal leads Spain past France", an act).
_OFFICES = frozenset("heads leads chairs directs manages oversees governs coaches".split())
# Words right after the verb that are no object: a preposition, a conjunction, a comparison or
# a clause ("flies to 180 airports", "exports more cars than", "recalls how …").
_NO_OBJECT = frozenset(
    """to for of in on at by from with into as and or but than more most less much many all
    every each that how when what why where whether if about""".split()
)
# Words of a habit or of what is generally so, anywhere in the sentence: a habit's words but
# its rates ("daily" of a paper's name, `habit_words`), and "most".
_HABITS = (HABIT_WORDS - RATES) | {"most"}

# A colon before a question's word: a title of what a story explains, no happening.
_EXPLAINER = re.compile(r":\s+(?:what|how|why|who|where|when|which)\b")


def news_present_act(text: str) -> bool:
    """Whether a headline or lede tells an act in the news present: a name of at most four
    capitalised words, a verb in the present right after it, then its object."""
    words = text.split()
    for at in range(1, min(_SUBJECT_WORDS, len(words) - 2) + 1):
        verb = words[at]
        if not verb[:1].islower():
            if not verb[:1].isupper():
                return False
            continue  # still the name: "Real Madrid signs …"
        return _act_after(words[:at], verb, words[at + 1], text)
    return False


def _act_after(subject: list[str], verb: str, after: str, text: str) -> bool:
    """Whether a verb after a named subject, with the word after it, tells an act."""
    if subject[0].lower() in _NO_NAME or not verb.isalpha() or not verb.endswith("s"):
        return False
    if verb.endswith(("ss", "us", "is")) or verb in STANDING_VERBS or verb in _STATES:
        return False
    follow = after.lower().strip(",;\"'“”")
    if not follow or follow in _NO_OBJECT or (verb in _OFFICES and follow == "the"):
        return False
    low = text.lower()
    if _EXPLAINER.search(low):
        return False  # "Google faces questions: what we know": what a story explains
    return _HABITS.isdisjoint(w.strip(".,;:") for w in low.split())
