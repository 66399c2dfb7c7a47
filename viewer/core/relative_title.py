"""A clause cut out of its sentence as an event of its own reads on its own in its title.

A relative clause opens on a pronoun that stands for a noun before it in the sentence
("Cheeks, | who was fired March 2 as head coach…"): its title names that noun ("Cheeks was
fired…"), not "Who was fired…"; a clause that defines its noun keeps its pronoun after it
("A passer-by | who found the wounded deputy … called…"). A clause opened by "that",
"where" or "when" with a subject of its own ("announced Friday | that Hugh Jackman will be
the host…") drops the word. Where what the pronoun stands for is not plain (a time, a
preposition before the pronoun: "most of which"), the title is left as the clause reads.
"""

from __future__ import annotations

import re

from viewer.core.fronted_phrase import drop_fronted, top_level_comma
from viewer.core.past_tense import NOT_PAST, PAST_FORMS
from viewer.core.temporal.calendar_words import MONTHS, WEEKDAYS
from viewer.core.title_thing import last_thing_named

_RELATIVE = re.compile(r"(?P<word>who|which|that|where|when)\s+(?P<next>\S+)", re.IGNORECASE)
# Words that open a noun phrase: the antecedent runs from the last of them.
_DETERMINERS = frozenset("the a an this these those its his her their our another".split())
# Words an antecedent never runs back over.
_BOUNDARIES = frozenset(
    """of in on at by for from with to into over under after before during about as than and
    or but said says told is are was were has have had be been""".split()
)
_TIME_WORDS = (
    frozenset(
        """year years month months week weeks day days time night today yesterday tonight
    morning evening afternoon""".split()
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)
# A subject of its own after "that", "where", "when": a pronoun, a determiner, a name.
_SUBJECT_WORDS = frozenset("he she it they we i you there this these those".split())
# After a conjunction of time, a subject told by how many, or "police": "after several
# members of the public called…" (after "who", "many" is the subject of another clause).
_COUNTED_SUBJECTS = frozenset(
    """several many some both most all two three four five six seven eight nine ten dozens
    hundreds thousands police""".split()
)
_SUBJECT_OPENERS = _SUBJECT_WORDS | _DETERMINERS
# "…, which means": the pronoun stands for the whole clause before it, not for a noun.
_CLAUSE_VERBS = frozenset("means meant showed shows suggests suggested made makes".split())
# A place a name follows ("a fire at a supermarket in Banstead, which broke out…"): the
# pronoun may stand for the thing there as well as for the place.
_PLACE_WORDS = frozenset("in at near outside from across inside".split())
_LONGEST = 6  # words of an antecedent


def titled_clause(before: str, clause: str, side: bool = False) -> str:
    """`clause` (an event's words) read on its own: see `_titled`. A quotation opening on it
    (“when the president approved…”) is read past."""
    bare = clause.lstrip("“‘\"'")
    if side and bare[:1].islower() and top_level_comma(bare) >= 0:
        # "from Oct. 13, | when Wall Street's plunge helped spark …": the clause after it
        shorter = drop_fronted(bare)
        bare = shorter if _TIME_CONJUNCTION.match(shorter) is not None else bare
    titled = _titled(before, bare, side)
    return clause if titled == bare else titled


def _titled(before: str, clause: str, side: bool) -> str:
    """`clause` (an event's words) with the pronoun that opens it replaced by what it stands
    for, read from `before` (the words of its sentence before it); a clause cut out for its
    own time (`side`) without the conjunction that opens it ("Since Russia invaded Ukraine on
    February 24" → "Russia invaded Ukraine on February 24"); else `clause` as it is."""
    opener = _RELATIVE.match(clause)
    cut = _TIME_CONJUNCTION.match(clause) if side and top_level_comma(clause) < 0 else None
    subject = cut and (
        _has_subject(cut.group("next")) or cut.group("next").lower() in _COUNTED_SUBJECTS
    )
    if cut and subject and _told_with_verb(clause[cut.start("next") :]):
        rest = clause[cut.start("next") :]
        where_or_when = clause.split(None, 1)[0].lower() in ("where", "when")
        return _they_named(before, rest) if where_or_when else rest
    if side and (named := _HAPPENING_NAMED.match(clause)) and _names_happening(named["noun"]):
        return clause[named.end() :]  # "Since shortly before the Russian invasion in late…"
    if not before.strip():
        return clause
    if clause[:6].lower() == "whose ":
        # "Ray Holt, the jazz pianist | whose 1962 album … became a touchstone": his album
        owner = _antecedent(before.rstrip(" ,“”\"'’").split())
        return f"{owner}'s {clause[6:]}" if owner else clause
    if opener is None:
        return _subject_told(before, clause)
    word, following = opener.group("word").lower(), opener.group("next")
    rest = clause[opener.start("next") :]
    own_subject = _has_subject(following)
    last = _verb_before(before)
    if word == "that" and (own_subject or last.endswith("ed") or last in _BOUNDARIES):
        return rest  # "announced Friday that Hugh Jackman will…": what was said
    if word in ("where", "when"):
        return _they_named(before, rest)  # "…, where they will face": its own subject follows
    if word == "which" and own_subject and _last_word(before) in _PLACE_OR_TIME_PREPOSITIONS:
        return rest  # "the three-week trial in | which he was convicted of …": he was convicted
    if own_subject or following.lower() in _CLAUSE_VERBS:
        return clause  # "which the two presidents signed", "which means": no plain subject
    comma = before.rstrip(" “”\"'’").endswith(",")
    phrase = _named(before, rest if comma else clause)
    if not phrase and comma and word == "which" and _THING_DOES.match(rest):
        # "the blaze at the store in High Street, Banstead, which broke out…": the blaze
        phrase = f"{thing} {rest}" if (thing := last_thing_named(before)) else ""
    return phrase or clause


# What a blaze, quake or storm does, not what is done to a place ("which was destroyed").
_THING_DOES = re.compile(
    r"(?:broke out|began|started|spread|erupted|struck|hit|occurred|happened|measured|killed)\b"
)


def _they_named(before: str, rest: str) -> str:
    """A "where" or "when" clause's words, its "they" named by the sentence's plural subject
    where the sentence opens on one: "The Chargers leave Friday for Pittsburgh, | where they
    will face the Steelers" → "The Chargers will face the Steelers"."""
    team = _PLURAL_SUBJECT.match(before) if rest.startswith("they ") else None
    return f"{team['team']} {rest[5:]}" if team else rest


# A sentence opening on a plural name, then its verb: "The Chargers leave…", "The 76ers beat…".
_PLURAL_SUBJECT = re.compile(r"(?P<team>(?:The\s+)?(?:[A-Z][\w'’-]*\s+)?[A-Z0-9][\w'’-]*s)\s+[a-z]")
# "in which", "during which": the clause after them tells its own happening in full.
_PLACE_OR_TIME_PREPOSITIONS = frozenset("in during at on after before under".split())


def _last_word(before: str) -> str:
    """The last word before a clause, lowercased."""
    words = before.rsplit(None, 1)
    return words[-1].lower() if words else ""


def _verb_before(before: str) -> str:
    """The last word before a clause, lowercased, read past the time words of a report
    ("said Wednesday | that prison officials…": "said")."""
    words = before.rsplit(None, _LONGEST_TIME)
    last = words[-1].strip(",;:“”\"'’").lower()
    while len(words) > 1 and last in _TIME_OR_PRECEDER:
        words.pop()
        last = words[-1].strip(",;:“”\"'’").lower()
    return last


# Words that go with a time word before a clause: "said last week that", "on Tuesday that".
_TIME_PRECEDERS = frozenset("last this on earlier late early".split())
_TIME_OR_PRECEDER = _TIME_WORDS | _TIME_PRECEDERS
_LONGEST_TIME = 4  # words of a report's time: "on Tuesday", "late last week"


def _has_subject(word: str) -> bool:
    """Whether a clause's next word opens a subject: a pronoun, a determiner, a name."""
    return (
        word.lower() in _SUBJECT_OPENERS
        or word[:1].isupper()
        or word.lower().endswith(("'s", "’s"))
    )


# Conjunctions that open a clause cut out for its own time; what follows is the happening.
# "as many as", "as well as", "as a result" open no clause.
_TIME_CONJUNCTION = re.compile(
    r"(?:since|after|before|until|once|when|while|where|because|although|though|"
    r"as(?!\s+(?:many|much|well|long|soon|far|of|a\s+result)\b))\s+(?P<next>\S+)",
    re.I,
)


# A happening named by a noun after a word of time or a preposition: "since his arrest on June
# 21", "shortly before the Russian invasion in late February", "charged Tuesday | in the 1967
# killings of two young women", "devastated | by the quake-triggered tsunami of 2004". Its title
# is the noun phrase.
_HAPPENING_NAMED = re.compile(
    r"(?:since|after|before|until|following|amid|in|into|during|over|by|for)\s+"
    r"(?:(?:shortly|just|long|soon|well)\s+(?:before|after)\s+)?"
    r"(?=(?:the|his|her|their|its|a|an)\s+(?P<noun>[^,;]+))",
    re.IGNORECASE,
)
# Words of a time or a stretch of one, not a happening: "since the start of the year", "after
# the past week", "over the next decade".
_NOT_HAPPENINGS = _TIME_WORDS | frozenset(
    """start beginning end middle turn weekend season quarter period past last next first same
    rest decade decades century hour hours minute minutes summer winter spring autumn fall
    meantime interim moment future""".split()
)


def _names_happening(phrase: str) -> bool:
    """Whether a noun phrase after a word of time names a happening ("the Russian invasion",
    "his April 2006 victory over Byrd"), not a time ("the start of the year", "the past week",
    "the 1990s"): its head, the last word before a preposition or a relative pronoun, is a
    word and no word of time."""
    head = ""
    for word in phrase.split()[:6]:
        if word in _PREPOSITIONS or word in _RELATIVE_WORDS:
            break
        head = word.lower().strip(".,'’")
    return head.replace("-", "").isalpha() and head not in _NOT_HAPPENINGS


_PREPOSITIONS = frozenset("of on in at for from to by with over".split())


def _told_with_verb(words: str) -> bool:
    """Whether a clause is told with a verb in its first words ("the blaze broke out"), not
    only a noun phrase ("his arrest on June 21", "October")."""
    first = words.split()[:6]
    if not first or first[0].strip(",").lower() in _TIME_WORDS:
        return False
    return any(_past_verb(w) for w in first)


# A subject, then a relative clause cut out of the sentence: "Jeffs, | who was indicted …, |
# appeared during a brief hearing": the main clause's verb opens what is left.
_SUBJECT_THEN_RELATIVE = re.compile(r"\s(?:who|whose|which)\s")
_OPENERS = frozenset(("But", "And", "Yet", "So"))
_JOINERS = frozenset(("and", "but", "then"))
_SAYING = frozenset(("said", "says", "told"))
# A verb of saying, then the subject of what it reports, to the comma of a relative clause.
_REPORTED_SUBJECT = re.compile(
    r"\b(?:said|says|say|told\s+\w+|reported|announced|added)\s+(?:that\s+)?"
    r"(?P<subject>(?:the|its|his|her|their|a|an)\s+[^,;:]{1,40})$"
)
# Prepositions after a subject's head noun: "A key witness against …".
_OF = frozenset("against of from for with in at near".split())
# Adverbs not in "-ly" before a verb: "then twice admitted he lied".
_ADVERBS = frozenset("twice once also again still never soon later".split())
_QUOTED = re.compile(r"[”\"]")
# "Bush, who returned from his broken fibula, | said …": the comma closes a relative clause.
_CLOSED_RELATIVE = re.compile(r",\s+(?:who|which|[^,]*\swhose)\s[^,]*(?:,[^,]*)?,\s*$")
_RELATIVE_WORDS = frozenset(("who", "which", "that"))
# Words that open a phrase of time or place rather than a subject ("In 1990 she founded …").
_FRONTED = frozenset("when while after before since although though if as once".split())
# Words a phrase set before the subject opens on: "Born in Memphis in 1935, Holt began …", "In
# 1950, Holt began …", "A native of Memphis, Holt joined …".
_FRONTED_PHRASE = _FRONTED | frozenset(
    "in on at during following born raised educated a an after".split()
)
# Auxiliaries and modals a verb phrase opens on besides a verb told in the past ("is also
# facing a charge", "would be"): past_tense.PAST_FORMS holds the irregular pasts.
_AUXILIARIES = frozenset("says has is are will would could can may might must should".split())


def _subject_told(before: str, clause: str) -> str:
    """A clause that goes on with its verb, with the sentence's subject: after the subject's
    relative clause ("Jeffs, who was indicted …, | appeared …") or after a first verb
    ("Benjamin attended Morehouse from 1980 to 1982 | and received a degree …")."""
    words = clause.split(maxsplit=1)
    if not words:
        return clause
    joined = False
    while len(words) == 2 and words[0] in _JOINERS:  # "and", "but then"
        joined, words = True, words[1].split(maxsplit=1)
    first, rest = words[0], " ".join(words)
    inverted = first in _SAYING and (
        _QUOTED.search(before)
        or (before.rstrip().endswith(",") and not _CLOSED_RELATIVE.search(before))
    )
    # After the subject's relative clause closed by its comma, the first word is the main
    # verb in any tense: "Smith, who was arrested in May, | appears in court on Friday".
    if (first.endswith("ly") or first in _ADVERBS) and first.islower() and len(words) == 2:
        first = words[1].split(maxsplit=1)[0]  # "and briefly ran for the Senate": its verb
    verb = _past_verb(first) or (first.islower() and _CLOSED_RELATIVE.search(before) is not None)
    if not verb or inverted:
        return clause  # "…, said sheriff's Sgt. Vanette Christiansen": who said what went before
    joined = joined or (bool(before.split()) and before.split()[-1] in _JOINERS)
    if not (joined or _SUBJECT_THEN_RELATIVE.search(before)):
        return clause
    head, _, after = before.partition(",")
    opening = head.split()  # the sentence's subject, to its first comma
    subject = _before_verb(opening)
    found = bool(subject)
    if (reported := _REPORTED_SUBJECT.search(head.rstrip())) is not None:
        # "The company said its profit, | which fell 20% last year, | would recover": its
        # subject is what was reported on, not who reported it
        first, *others = reported["subject"].split()
        subject, found = [first.capitalize(), *others], True
    if not subject and opening and opening[0].lower() in _FRONTED_PHRASE:
        # "Born in Memphis in 1935, | Holt began …": the subject after the fronted phrase
        subject = " ".join(_before_verb(after.split())).rsplit(",", 1)[-1].split()
    subject = subject or opening
    if subject and subject[0] in _OPENERS:
        subject = subject[1:]
    while len(subject) > 1 and subject[-1].endswith("ly") and subject[-1].islower():
        subject = subject[:-1]  # "She initially dismissed …": the adverb is not the subject
    if found and len(subject) > _LONGEST:  # "A key witness | against teenage …": its head
        subject = next((subject[:k] for k in range(2, len(subject)) if subject[k] in _OF), subject)
    if not subject or len(subject) > _LONGEST or subject[-1].lower() in _BOUNDARIES:
        return clause
    if not _is_name(subject[0]) or subject[0].lower() in _BOUNDARIES | _FRONTED:
        return clause
    rest = _passive_again(before, first, rest) if joined else rest
    return f"{' '.join(subject)} {rest}"


def _passive_again(before: str, verb: str, rest: str) -> str:
    """A clause going on a passive with its participle alone, with the auxiliary it leaves
    out: "… was booked into county jail | and later released on bail" goes on "was later
    released on bail", not "later released" as if its subject had released someone."""
    found = _PASSIVE.search(before, before.rfind(",") + 1)  # in the clause it goes on
    if found is None or not verb.endswith("ed") or verb in _NO_OBJECT:
        return rest  # "He was charged on Tuesday | and appeared before magistrates": his act
    if _PASSIVE.search(rest) is not None:
        return rest
    return f"{found['aux']} {rest}"


# Verbs in "-ed" that take no object, so have no passive: a clause after a passive going on
# with one tells its subject's act ("was charged on Tuesday and appeared before …").
_NO_OBJECT = frozenset(
    """appeared died arrived returned remained resigned retired collapsed escaped disappeared
    happened occurred emerged vanished stayed waited pleaded testified recovered survived
    worked lived travelled traveled walked jumped fled""".split()
)
# A verb in the passive: "was booked", "were arrested".
_PASSIVE = re.compile(
    r"\b(?P<aux>was|were)\s+(?:(?:\w+ly|first|also|later|then|never|once)\s+)?[a-z]{3,}(?:ed|en)\b"
)


def _before_verb(words: list[str]) -> list[str]:
    """The words before the first verb told in the past, or [] when none is found."""
    for at, word in enumerate(words):
        if word.lower() in _RELATIVE_WORDS:
            return words[:at]
        if _past_verb(word):
            return words[:at]
    return []


def _past_verb(word: str) -> bool:
    """Whether a word can be a verb told in the past (or an auxiliary)."""
    if not word.islower():
        return False
    return (
        word in PAST_FORMS or word in _AUXILIARIES or (word.endswith("ed") and word not in NOT_PAST)
    )


_PARENTHESES_AT_END = re.compile(r"\s*\([^()]*\)$")


def _named(before: str, rest: str) -> str:
    """`rest` after the noun phrase that ends `before`, where there is a plain one, else "".
    After a comma the pronoun gives way to the phrase ("Cheeks, who was fired" → "Cheeks was
    fired"); with none the clause stays whole ("A passer-by who found the deputy called…")."""
    # "for the Orange (15-1, 3-0 Big East), who have won": the noun before its parentheses
    words = _PARENTHESES_AT_END.sub("", before.rstrip(" ,“”\"'’")).split()
    if not words or words[-1].lower() in _BOUNDARIES:
        return ""  # "most of which", "said that": no noun stands before the pronoun
    phrase = _antecedent(words)
    return f"{phrase} {rest}" if phrase else ""


def _antecedent(words: list[str]) -> str:
    """The noun phrase `words` end on: a run of capitalized words (a name, with "the" before
    it), else the words from the last determiner or possessive; "" when it is a time, a
    participle, a place, or no plain phrase (a long run of names, a clause)."""
    last = words[-1].strip(",;:“”\"'’)")
    if last.lower() in _TIME_WORDS or last.isdigit() or last.endswith("ed") or ")" in words[-1]:
        return ""
    name = _is_name(last)
    start = len(words) - 1
    while start > 0:
        word = words[start - 1]
        if name and not _is_name(word):
            if word in _PLACE_WORDS:
                return ""
            start -= word.lower() == "the"
            break
        if name and word.endswith(",") and start > 1 and _is_name(word.rstrip(",")):
            return ""  # "in High Street, Banstead, which…": a place after a place
        if word.endswith(",") or word in _BOUNDARIES or _verb_ing(words, start - 1):
            break
        start -= 1
        if not name and (word.lower() in _DETERMINERS or word.endswith(("'s", "’s"))):
            break
    if len(words) - start > _LONGEST:
        return ""
    phrase = " ".join(words[start:]).strip(",;: ")
    return phrase[:1].upper() + phrase[1:]


def _verb_ing(words: list[str], at: int) -> bool:
    """Whether the word at `at` is a verb in -ing after its auxiliary ("are developing")."""
    return words[at].endswith("ing") and at > 0 and words[at - 1] in _BOUNDARIES


def _is_name(word: str) -> bool:
    return word[:1].isupper()
