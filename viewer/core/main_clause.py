"""The tense of a sentence's main clause, read from its first words.

A sentence may hold a past happening in a clause hung on a present main clause: "It is
instructive that while …", "Still, it takes a special individual to eclipse a record that
has stood …", "Pol Pot is considered responsible for the policies that led to …". What the
sentence tells is the main clause's: a judgement, a standing fact, not the past
happening it mentions (which is an event where it is told on its own). The main clause is
found without a parser, the way news opens a sentence: an opening clause ("When …, ",
"If …, ") or a short phrase with no verb ("More than anything, though, ") is passed over,
and the first verb of what follows, before any word that opens another clause, is the main
clause's. A present verb is known by its form ("is", "remains", "has" with no participle, a
modal) or by "he", "she" or "it" before it; a name before it ("Ford remembers") is not read,
since names end in "s" as often as verbs do ("GM Hughes net fell").
"""

from __future__ import annotations

from viewer.core.cue_words import SAYING_NOW, words_of
from viewer.core.month_may import month_word
from viewer.core.past_tense import PARTICIPLE_ENDS, PAST_FORMS, past_form

# Words that open a clause hung on the main one, when they open the sentence.
_OPENING_CLAUSE = frozenset(
    "when after before if although though while as because since once until unless whereas".split()
)
# Words that open another clause: the main clause's verb comes before them, or is not found.
_OTHER_CLAUSE = frozenset(
    """that who which whom whose because when if where while although though since after
    before as whether""".split()
)
# The present of being and seeming, and the modals: what is, or what may be.
_PRESENT = frozenset(
    "is are am isn't aren't does doesn't do don't remains remain seems seem".split()
)
_MODAL = frozenset(
    "would could might may should must can cannot couldn't wouldn't shouldn't can't".split()
)
_HAVE = frozenset({"has", "have"})
_PRONOUNS = frozenset({"he", "she", "it"})
_BETWEEN_HAVE = frozenset({"been", "not", "also", "already", "never", "just", "since"})
_BETWEEN_BE = frozenset({"still", "now", "also", "already", "not", "reportedly"})
# What opens a relative clause set off by commas after a subject, not a main clause.
_RELATIVE_OPENING = (["who"], ["which"], ["whose"], ["whom"])
_PHRASE_WORDS = 5  # the most words of an opening phrase with no verb, before its comma
_VERB_WORDS = 10  # how far into the main clause its verb is looked for


def tells_now(words: list[str], low: str) -> bool:
    """Whether the main clause of a passage (`words`, the words of `low`, both lowercased and
    outside quotations) is in the present simple or hedged by a modal, whatever its other
    clauses tell."""
    rest = main_clause_words(words, low)
    for k, word in enumerate(rest[:_VERB_WORDS]):
        if k and word in _OTHER_CLAUSE:
            return False
        if word in _MODAL:
            if word == "may" and month_word(rest, k, low):
                continue  # "a councillor until May 2008, ordered": the month, no modal
            return True
        if word in _PRESENT:
            after = [w for w in rest[k + 1 : k + 3] if w not in _BETWEEN_BE]
            return not (after and after[0][-3:] == "ing")  # "THR is saying": under way
        if word in _HAVE:
            after = [w for w in rest[k + 1 : k + 4] if w not in _BETWEEN_HAVE]
            if after and after[0].endswith(PARTICIPLE_ENDS):
                return False  # "has given", not "has a"
            return not any(
                w in PAST_FORMS or w[-2:] == "ed" for w in after
            )  # "has for now resisted"
        if word in SAYING_NOW:
            return False  # "the council insists any deal must…": a statement, told in the present
        if past_form(word):
            return False
        if k and rest[k - 1] in _PRONOUNS and word[-1:] == "s" and word[-2:] != "ss":
            return len(word) > 3  # "he remembers", "it takes"
    return False


def main_clause_words(words: list[str], low: str) -> list[str]:
    """The words of a passage from its main clause on: an opening clause, or up to two short
    phrases with no verb, each closed by a comma, passed over."""
    comma = low.find(",")
    if comma < 0 or not words:
        return words
    if words[0] in _OPENING_CLAUSE:
        return words_of(low[comma + 1 :])
    start = 0
    for _ in range(2):
        head = low[start:comma].split()
        if not head or len(head) > _PHRASE_WORDS or not _verbless(head):
            break
        if low[comma + 1 :].split()[:1] in _RELATIVE_OPENING:
            break  # "Vestager, who is on leave …, returned": the phrase is the subject
        start = comma + 1
        comma = low.find(",", start)
        if comma < 0:
            break
    return words_of(low[start:]) if start else words


def _verbless(head: list[str]) -> bool:
    """Whether a short opening phrase has no verb a main clause could have."""
    for k, word in enumerate(head):
        w = word.strip(".,;:!?\"'“”’")
        if w == "may" and month_word(head, k, " ".join(head)):
            continue  # "a councillor until May 2008": the month, no modal
        if w in _PRESENT or w in _MODAL or w in _HAVE or w in PAST_FORMS or w in _PRONOUNS:
            return False
        if w.endswith("ed") or w in ("will", "they", "we", "i"):
            return False
    return True
