"""A source's view, quoted or reported: words that only say how something is, and no act.

News quotes sources for what happened, what they will do, and how they see it. A statement
whose words hold a present copula before what something is like ("'The man is petrified,' he
said", "says the mood is angry but collegial", "'It's a time bomb just waiting to go off'")
and no act told in the past, no figure and no plan is a view: part of the coverage of the
happening told before it, not a happening of its own. A present copula before a place, a
preposition, an "-ing" or "to" tells where someone is or what goes on ("is in critical
condition", "are searching", "is to appear"); after "now", "already" or "just" a change come
about ("is now accused"); neither is a view. Nor are a court's words (its ruling), a statement
in the perfect ("has said", a position taken), an interview given ("told the Los Angeles
Times"), or words said before or after an act ("said before postponing the testimony").
"""

from __future__ import annotations

import re

from viewer.core.cue_words import words_of
from viewer.core.detail_cues import step_of_its_own, told_ahead
from viewer.core.holds import holds_digit
from viewer.core.lowered import lowered
from viewer.core.past_tense import past_form
from viewer.core.statement_cues import has_news, is_statement
from viewer.core.visible import one_line

# A present copula, alone or joined to its subject by an apostrophe.
_COPULAS = frozenset(
    """is are am it's that's this's what's he's she's we're they're you're i'm""".split()
)
# Words between a copula and what the subject is like: a negation, a degree, an article.
_BETWEEN = frozenset(
    """not so very too really pretty quite also certainly totally truly simply a an""".split()
)
# After a copula: a state of where or how things go, or a change come about, not a view.
_NOT_A_VIEW = frozenset(
    """in on at under out off into from with without near inside outside about over up down
    back away being been now already just still to due set expected scheduled going the
    there here no one two among between behind""".split()
)
# Verbs of saying: the statement's own past, no act told in it ("reported lower earnings" and
# "announced" are acts).
_SAYING = frozenset(
    """said added insisted noted stressed explained continued wrote stated declared
    warned asked""".split()
)
# A court speaking rules: "The court said the law is unconstitutional" is a ruling, no view.
_COURT_SAYS = re.compile(r"\b(?:court|tribunal)\s+(?:\w+\s+)?(?:said|says)\b")
# A statement told in the perfect: a position the source has taken, news of its own.
_PERFECT = frozenset({"has", "have"})
# Before a gerund, an act told beside the words: "the judge said before postponing …".
_BESIDE = frozenset("before after by while".split())


def view(text: str) -> bool:
    """Whether a statement (`text` as written) only says how something is: a present copula
    before what the subject is like, and no act, figure or plan told."""
    if not is_statement(text):
        return False
    low = lowered(one_line(text))
    if holds_digit(low) or has_news(low) or told_ahead(text) or step_of_its_own(low):
        return False
    if ("court" in low or "tribunal" in low) and _COURT_SAYS.search(low) is not None:
        return False  # a court's words are its ruling
    words = words_of(low)
    weighed = _weighed(words)
    if weighed < 0:
        return False
    for i, w in enumerate(words):
        if i != weighed and past_form(w) and w not in _SAYING:
            return False  # an act told: "Automatic Data redeemed the bonds"
        after = words[i + 1] if i + 1 < len(words) else ""
        if w in _BESIDE and after.endswith("ing"):
            return False  # "… the judge said before postponing the testimony"
        if w in _PERFECT and after in _SAYING:
            return False  # "Castro has said officially that …": a position taken, not a view
    return True


def _weighed(words: list[str]) -> int:
    """Where the word telling what the subject is like stands, after a present copula and
    the words between; -1 when there is none, or a present copula tells an act going on ("is
    redeeming the bonds") or where someone is ("is in custody")."""
    weighed = -1
    for i, w in enumerate(words):
        if w not in _COPULAS:
            continue
        j = i + 1
        while j < len(words) and (words[j] in _BETWEEN or words[j].endswith("ly")):
            j += 1
        if j == len(words) or words[j] in _NOT_A_VIEW or words[j].endswith("ing"):
            return -1
        weighed = j if weighed < 0 else weighed
    return weighed
