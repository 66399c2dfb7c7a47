"""Where a relative clause with no comma ends when the main clause's verb follows it: "A
Brooklyn woman who was watching her clothes dry in a laundromat | was killed Thursday
evening", "A passer-by who found the wounded deputy shortly after 3 p.m. | called the
sheriff's station".

After the clause's own verb, a second finite verb with no subject of its own and nothing
joining it to the first (no comma, "and", "or", "that", "when" …) is the verb of the subject
the clause hangs on: the clause ends before it, and a time after it is the main clause's, not
the clause's. Told by shape only: an auxiliary or modal ("was killed", "will face", "could
be housed"), or a past form with its object or particle right after it ("called the …",
"tipped off"); a past form before "by" or a preposition names a thing ("bonds sold by …"), and
one right after a determiner or a pronoun is no verb of the subject ("fired the shot", "he
killed").
"""

from __future__ import annotations

import re

from viewer.core.cue_words import SAYING_VERBS
from viewer.core.past_tense import past_form
from viewer.core.temporal.calendar_words import WEEKDAYS, month_number
from viewer.core.temporal.leads import COUNT_WORDS

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+|[,;:()—–\"“”]")
_AUXILIARIES = frozenset(
    "is are was were has have had will would could can may might should must".split()
)
_CHAIN = frozenset({"been", "being", "not", "be", "also", "just", "once", "still"})
# Words after which what follows is a clause of its own, or another verb of the same subject.
_SUBORDINATE = frozenset(
    """that who whom which whose when where why how what whether while as if because
    though although unless so than""".split()
)
_COORDINATE = frozenset({"and", "or", "but", "nor", "then"})
# Prepositions of time: joining a clause ("since his trial began"), unless a time follows
# ("shortly after 3 p.m.").
_TIME_JOINS = frozenset({"after", "before", "since", "until"})
# The words that open a clause of another time than the sentence's.
TIME_CLAUSE_OPENERS = _TIME_JOINS
# Words that open a time after them, besides a month's and a weekday's name: "after noon",
# "since last week".
_TIME_WORDS = frozenset({"noon", "midnight", "dawn", "last", "yesterday"})
_NOT_BEFORE_VERB = frozenset(
    """the a an his her its their our my your this these those of to for in on at by with
    from i you he she it we they there""".split()
)
# What follows a past form told as the main clause's act: its object or its particle.
_OBJECT = frozenset(
    """the a an his her their its our my him them us me off up out down back""".split()
)
_ADVERBS = frozenset({"also", "later", "then", "now", "eventually", "still", "once"})
_CLAUSE_VERB_WITHIN = 3  # the clause's own verb comes right after its pronoun
# Verbs whose object may be a clause with no "that": what follows has a subject of its own
# ("which showed the bullet touched a hard surface", "who told police his rounds were …").
_CLAUSE_TAKING = SAYING_VERBS | frozenset(
    """showed indicated believed thought knew claimed argued concluded suggested revealed
    felt realized feared hoped admitted denied confirmed reported announced warned""".split()
)


def relative_main_verb(text: str, start: int, end: int) -> int | None:
    """Where a relative clause running from `start` (right after its pronoun) to `end` ends
    before the main clause's verb (and the adverbs before it): the end of its last word;
    None when no such verb follows the clause's own."""
    tokens = [(m.group(0), m.start()) for m in _TOKEN.finditer(text, start, end)]
    words = [w.lower() for w, _ in tokens]
    i = _clause_verb(words)
    if i is None or words[i] in _CLAUSE_TAKING:
        return None
    return _main_after(tokens, words, i + 1)


def _main_after(tokens: list[tuple[str, int]], words: list[str], i: int) -> int | None:
    """The end of the word before the main clause's verb, looking on from the word at i, right
    after the relative clause's own verb."""
    while i < len(words) and (_finite(words[i]) or words[i] in _CHAIN or _adverb(words[i])):
        i += 1
    for j in range(i + 1, len(words)):
        if _joins(words, j - 1):
            return None
        if not words[j][0].isalpha() or not _may_follow(words, i, j):
            continue
        if _main_verb(words, j):
            while j > i + 1 and (words[j - 1] in _ADVERBS or _adverb(words[j - 1])):
                j -= 1
            word, at = tokens[j - 1]
            return at + len(word)
    return None


def _may_follow(words: list[str], i: int, j: int) -> bool:
    """Whether the word at j may be the main clause's verb by what comes before it (from i):
    not a subject of its own, a determiner or preposition, another verb ("to have carried"),
    nor "and" ("was signed on Tuesday but also was")."""
    k = j - 1
    while k > i and (words[k] in _ADVERBS or _adverb(words[k])):
        k -= 1
    before = words[k]
    return not (before in _COORDINATE or before in _NOT_BEFORE_VERB or _finite(before))


def _clause_verb(words: list[str]) -> int | None:
    for i, word in enumerate(words[:_CLAUSE_VERB_WITHIN]):
        if _finite(word):
            return i
    return None


def _finite(word: str) -> bool:
    return word in _AUXILIARIES or past_form(word)


def _adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly")


def _joins(words: list[str], i: int) -> bool:
    """Whether the word at i joins what follows to the clause, not to the main one."""
    word = words[i]
    if word in _SUBORDINATE or not word[0].isalnum():
        return True
    if word in _TIME_JOINS:
        follows = words[i + 1] if i + 1 < len(words) else ""
        return not (follows[:1].isdigit() or _opens_a_time(follows))
    return False


def _opens_a_time(word: str) -> bool:
    """Whether a word opens a time: "since April 3", "until Friday", "after noon"."""
    return word in _TIME_WORDS or word in WEEKDAYS or month_number(word) is not None


def _main_verb(words: list[str], j: int) -> bool:
    word = words[j]
    if word in _AUXILIARIES:
        return True
    if not past_form(word):
        return False
    return j + 1 == len(words) or words[j + 1] in _OBJECT  # "A pact signed in 2010 | collapsed"


# A subject whose noun a past participle follows with a phrase of its own: "An asteroid
# discovered in late December", "A painting by Van Gogh stolen from a museum in 2020", "A man
# convicted of arson in 2009", "Two men arrested in 2012".
_REDUCED_SUBJECT = re.compile(
    r"\s*(?:an?|the|\d[\d,]*|" + "|".join(sorted(COUNT_WORDS)) + r")\s+"
    r"(?:[A-Za-z'’-]+\s+){1,5}?(?P<verb>[a-z]+)\s+"
    r"(?:from|in|on|at|by|during|near|off|last|early|late|after|before|over|of|for|with)\b",
    re.IGNORECASE,
)


def reduced_relative_end(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a relative clause with no pronoun that opens a sentence's subject begins (at its
    past participle) and ends before the main clause's verb: "An asteroid | discovered in late
    December | has a 2% chance …"; None when the sentence from `start` does not open so."""
    subject = _REDUCED_SUBJECT.match(text, start, end)
    if subject is None:
        return None
    verb = subject.group("verb").lower()
    if not (verb in _PARTICIPLES or past_form(verb)) or verb in _AUXILIARIES:
        return None
    if any(_finite(w.lower()) for w in text[start : subject.start("verb")].split()):
        return None
    tokens = [(m.group(0), m.start()) for m in _TOKEN.finditer(text, subject.start("verb"), end)]
    main = _main_after(tokens, [w.lower() for w, _ in tokens], 1)
    return None if main is None else (subject.start("verb"), main)


# Participles spelt apart from the past ("stolen", not "stole"): a reduced relative's verb.
_PARTICIPLES = frozenset(
    """stolen taken seen known given born broken chosen driven eaten fallen forgotten frozen
    hidden ridden risen shaken shown spoken sworn thrown woken worn written""".split()
)
