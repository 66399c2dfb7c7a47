"""A speech tag on its own: who said it and when, with nothing said in it.

News closes a quotation with its attribution ("“…,” McDermott told reporters Thursday."),
and a sentence that tells a statement at one time and what it reports at another is cut
in two ("Two possible gang members are under arrest for the murder … last summer, | police
said Saturday"). Where the tag is left as a passage of its own, it holds a speaker, a verb
of saying and the statement's occasion, and no words said: a reader learns nothing from it
as an event, and it goes on with the statement it closes (as a quote continuation does)
where that is an event told near it. A passage that quotes, or says anything after its verb
("said Tuesday that …", "told reporters he would resign", "said 46 people were arrested")
is a statement and is judged as one; so is an act of making public ("Apple announced
Tuesday"), whose verb is a happening's.
The end of a quotation cut from its opening goes on with its statement too; a credit line
("… contributed to this article") names who else reported, and is no happening.
"""

from __future__ import annotations

import re

from viewer.core.cue_words import SAYING_VERBS
from viewer.core.past_tense import past_form
from viewer.core.temporal.calendar_words import MONTHS, WEEKDAYS

# The most words before the verb (the speaker: "police", "Sgt. Mary Jones", "the police
# chief's spokesman") and after it (its hearers and its time: "reporters Thursday",
# "after court Tuesday", "in a statement Monday").
_SPEAKER_WORDS = 5
_TAIL_WORDS = 4
# Words after the verb that open what was said: then the passage holds words said.
_OPENS_WORDS = frozenset({"that", "he", "she", "they", "it", "we", "i", "there"})
_SENTENCE_END = frozenset(".!?")
_ARTICLES = frozenset({"a", "an", "the"})
_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would"})
_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been"})  # not "That being said,"
# Verbs of bearing out what was reported, a tag only where the sentence is cut before them:
# "… paid $4.2 million in bitcoin to the hackers who encrypted its systems last week, | the
# company confirmed on Monday." (not "The company confirmed on Monday …": a sentence's head).
_CONFIRMING = frozenset({"confirmed", "added", "wrote"})
# Verbs of saying that take what they tell as a noun, an act where one follows: "The governor
# declared a state of emergency", "The rebels declared independence", "The army stated its
# terms" (not "said" or "told", whose noun after them is what was said cut short or the hearers).
_ACTS_ON_A_NOUN = frozenset({"declared", "stated", "explained", "noted", "stressed"})
# Words after such a verb that open its occasion, not a noun it acts on: "declared on
# Tuesday", "stressed again", "noted in a statement Monday".
_OCCASION = """on in at to after before during from with outside through over via while when
as today yesterday tonight tomorrow last this earlier late later early again also then
afterward afterwards however"""
_OCCASION_WORDS = frozenset([*_OCCASION.split(), *WEEKDAYS, *MONTHS])


def bare_speech_tag(text: str, told: list[str], low: str, outside: str) -> bool:
    """Whether a passage (`text`; `low`, it lowercased; `outside`, it with its quotations blanked;
    `told`, the words of `outside`) is only a speech tag: a speaker, a verb of saying and its
    hearers or time, and no quotation ("police said Saturday", "” McDermott told reporters
    Thursday"), not "He said Tuesday that he had talked with …"."""
    if outside != low or len(told) > _SPEAKER_WORDS + 1 + _TAIL_WORDS:
        return False
    if text.lstrip()[:1].isupper() and text.rstrip(" \"'”’)")[-1:] not in _SENTENCE_END:
        return False  # a sentence's head, what was said cut off after it: "Maariv said Sunday"
    cut = text.lstrip()[:1].islower()  # the end of a sentence cut from what it tells
    for i, w in enumerate(told):
        if w in SAYING_VERBS or (cut and w in _CONFIRMING):
            tail = told[i + 1 :]
            return (
                0 < i <= _SPEAKER_WORDS
                and told[i - 1] not in _PASSIVE  # "after it was declared": no speaker
                and len(tail) <= _TAIL_WORDS
                and _OPENS_WORDS.isdisjoint(tail)
                and not _tells(tail)
                and not _acts_on(w, tail)
            )
    return False


def _acts_on(verb: str, tail: list[str]) -> bool:
    """Whether a verb of saying takes a noun after it, an act made public rather than words
    said ("declared a state of emergency", "declared Smith the winner"), not its occasion
    ("declared Tuesday", "stressed again", "noted in a statement", "insisted angrily")."""
    return (
        verb in _ACTS_ON_A_NOUN
        and len(tail) > 0
        and tail[0] not in _OCCASION_WORDS
        and not tail[0].endswith(("ly", "ing"))
    )


def _tells(tail: list[str]) -> bool:
    """Whether the words after a verb of saying hold a verb of their own: what was said, not
    its hearers or time ("Police said 46 people were arrested")."""
    return any(
        w in _FINITE or (past_form(w) and (i == 0 or tail[i - 1] not in _ARTICLES))
        for i, w in enumerate(tail)
    )  # not an adjective after an article: "Police said a loaded | .38-caliber …" cut short


def quotation_tail(text: str) -> bool:
    """Whether a passage is the end of a quotation cut from the sentence that opens it, at a
    time it names ("but we're not going to put out a bad movie to hit a release date.”"): it
    ends on a closing mark, with no opening one before it. The speaker's words, with no
    attribution of their own, go on with the statement, as a quotation told on its own does."""
    close = text.find("”")
    return close > 0 and "“" not in text[:close] and '"' not in text and text.rstrip()[-1:] == "”"


# A credit line closing an article: who else reported it, not a happening.
_CREDIT_WORD = "contributed"
_CREDIT = re.compile(r"\bcontributed (?:reporting )?(?:to|for) this (?:article|report|story)\b")
_CREDIT_NAMES = 80  # the most characters of names and places a credit line opens with


def credit_line(text: str) -> bool:
    """Whether a passage is a credit line: names, then "contributed to this article" (a
    passage that only ends with one, run on from the story, is judged by its story)."""
    if _CREDIT_WORD not in text:
        return False
    found = _CREDIT.search(text)
    return found is not None and found.start() <= _CREDIT_NAMES


# The words before a time that a speech tag closing a quotation tells: "“…,” he said on".
_TAG_BEFORE_TIME = re.compile(
    r"[”\"]\s+(?:[\w'’.-]+\s+){1,5}?(?:said|says|added|told\s+\w+)\s+(?:on\s+)?$"
)


def tag_time(shown: str, words: str) -> bool:
    """Whether a passage's time words (`words`) close it in the speech tag after its
    quotation, the time the words were said: "“…,” he said on Tuesday."."""
    end = shown.rstrip(" .")
    if not end.endswith(words):
        return False
    return _TAG_BEFORE_TIME.search(end, 0, len(end) - len(words)) is not None
