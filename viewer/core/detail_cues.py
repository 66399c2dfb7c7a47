"""A detail of the happening before it, or a step of its own: how the sentence is told.

Past the lede, news tells what it reported in detail: a fight round by round ("Klitschko
finally landed a long, straight right in the fifth"), the fighters' records after it
("Thompson … fell to 36-3"), what the victim suffered and where he was taken ("He was
transported in a helicopter to UCLA - Medical Center"), how a fire spread. Such a sentence
tells of the same actors, or of a part of the same happening (a round, an inning, a minute of
the game), and does nothing new. A step of its own is another kind of act, most often by the
authorities or an institution: an arrest, a charge, a verdict, a dispatch, an evacuation, an
appeal for help, a release, a resignation, a death. Those stay events of their own.
"""

from __future__ import annotations

import re

from viewer.core.cue_words import runs_of
from viewer.core.event_verbs import event_verbs
from viewer.core.holds import holds_any, holds_digit, opens_word_blind
from viewer.core.lowered import lowered
from viewer.core.past_tense import PAST_FORMS, past_form
from viewer.core.running_totals import RESULT_WORDS
from viewer.core.temporal.calendar_words import MONTHS, WEEKDAYS
from viewer.core.word_patterns import WordSearch, first_letters

_ORDINALS = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d{1,2}(?:st|nd|rd|th))"
)
# A half or a quarter of a game comes after "the", an ordinal or "at" ("in the second half",
# "at the half", "at half-time"); else it is a share of something: "cut half its staff", "by
# half", "raised rates by a quarter point", "Half the town was flooded". A period of a game
# comes after an ordinal ("in the third period"); else it is a span of time or of accounts:
# "Sales rose 5% in the period", "over the same period". Look-behinds after the word's first
# letter (a fixed width each).
_ORDINAL_BEFORE = ("first", "second", "third", "fourth", "final", "opening", "overtime")


def _after(words: tuple[str, ...]) -> str:
    """Look-behinds, to put after a word's first letter, for one of `words` before it."""
    return "(?:" + "|".join(f"(?<=\\b{before} \\w)" for before in words) + ")"


_GAME_HALF_BEFORE = _after(("the", "at", *_ORDINAL_BEFORE))
_GAME_PERIOD_BEFORE = _after(_ORDINAL_BEFORE)
# A round of a fight is not one brought in as new: "Talks began a new round.", "another round
# on Tuesday", "a fresh round" (of talks, of layoffs or of voting; "stopped in a round or two"
# is a fight's).
_NEW_ROUND = "".join(f"(?<!\\b{before} \\w)" for before in ("new", "fresh", "another"))
# A part of a game or a fight: "in the fourth round", "the remainder of the round", "in the
# sixth, and…", "to start the second but…", "the opening of the seventh.", and the game's clock:
# "the action resumed with about 20 seconds left" ("a new round of talks" is not one, nor "to
# start the first trading day").
# Spelt by first letters and asked after a non-word character (word_patterns.WordSearch): the
# case-blind alternation is tried at every character otherwise (the plain pattern is in the
# tests). "(?<!-\w)" after a first letter: no hyphen before the word ("play-off period"), and
# none after it but "half-time" ("half-brother", "quarter-final").
_ENDS_HERE = r"(?=\s*(?:[,.;]|and\b|with\b|$))"
_ENDS_OR_BUT = r"(?=\s*(?:[,.;]|and\b|but\b|$))"
_PERIOD = WordSearch(
    "(?:"
    + first_letters(
        [
            rf"r(?<!-\w){_NEW_ROUND}ound\b(?!\s+of\b|-(?!time\b)\w)",
            *(
                rf"{word[0]}(?<!-\w){word[1:]}\b(?!\s+of\b|-(?!time\b)\w)"
                for word in ("inning", "innings")
            ),
            *(
                rf"{word[0]}{before}{word[1:]}\b(?!\s+of\b|-(?!time\b)\w)"
                for word, before in (
                    ("quarter", _GAME_HALF_BEFORE),
                    ("half", _GAME_HALF_BEFORE),
                    ("period", _GAME_PERIOD_BEFORE),
                )
            ),
            rf"the\s+{_ORDINALS}{_ENDS_HERE}",
            *(
                rf"{word}\s+of\s+the\s+{_ORDINALS}\b"
                for word in ("opening", "start", "end", "close", "remainder")
            ),
            *(
                rf"{word}\s+the\s+{_ORDINALS}{_ENDS_OR_BUT}"
                for word in ("start", "open", "begin", "end", "close")
            ),
            r"with\s+(?:about\s+|just\s+|only\s+)?\d+\s+(?:seconds?|minutes?)\s+"
            r"(?:left|remaining|to\s+go)\b",
            # A football match's clock: "in the 17th minute", "on 64 minutes", "five minutes
            # before the interval", "deep into added time".
            rf"in\s+the\s+{_ORDINALS}\s+minute\b",
            r"on\s+\d{1,3}\s+minutes\b",
            *(rf"{word}\s+the\s+interval\b" for word in ("before", "after")),
            *(rf"{word}\s+(?:added|stoppage|injury)\s+time\b" for word in ("in", "into")),
            # A race's stretches: "went through halfway in 62min 2sec", "in the final two
            # kilometres", "on lap 23", "with five laps to go".
            *(rf"{word}\s+halfway\b" for word in ("through", "at", "past")),
            *(
                rf"{word}\s+(?:\w+\s+)?(?:kilometres|kilometers|km|miles|metres|meters|laps?)\b"
                for word in ("final", "last", "closing")
            ),
            r"lap\s+\d+\b",
            r"with\s+(?:\d+|\w+)\s+(?:laps|kilometres|kilometers|km|miles)\s+"
            r"(?:left|remaining|to\s+go)\b",
        ]
    )
    + ")",
    blind=True,
)
# A record or tally after the game: "fell to 36-3", "improved to 45-7", "dropped to 45-7-2".
# `\d-\d`, opened on its hyphen so that a search skips to each "-" and asks of the digits
# only there (every use asks only whether it matches): in every match of _TALLY.
_SCORE = re.compile(r"-(?<=\d-)\d")
_TALLY = re.compile(
    r"\b(?:fell|falls|dropped|drops|slipped|improved|improves|moved|moves|went|rose)\s+to\s+"
    r"\d{1,3}-\d{1,3}(?:-\d{1,3})?\b",
    re.IGNORECASE,
)
# The score within a game, told as it ran: "a 15-2 run", "a 9-2 spurt", "a 47-44 Creighton
# lead", "putting the Bluejays ahead 50-44", "closed to 47-44" (not the result, "defeated Drake
# 65-53", nor a run told beside the result: "had five points during a pivotal 15-2 run as
# top-seeded Creighton defeated Drake, 65-53", nor a record after it, `tally`).
_RUNNING_SCORE = re.compile(
    r"\b(?:\d{1,3}-\d{1,3}\s+(?:\w+\s+)?(?:run|spurt|lead)\b|"
    r"(?:ahead|closed\s+to|pulled\s+to)\s+\d{1,3}-\d{1,3}\b)",
    re.IGNORECASE,
)
# The same actors as the sentence before: a pronoun or a word pointing back opens it.
_BACK = re.compile(
    r"(?:(?:and|but|so)\s+)?(?:he|she|they|it|his|her|their|that|this|these|those)\b",
    re.IGNORECASE,
)
# A definite mention opening the sentence: "The quake was centered…", "The officers exited…".
_THE = re.compile(r"the\s+([a-z-]+)(?:\s+([a-z]+))?", re.IGNORECASE)
# Two verbs of one family share their first letters ("shot", "shots"; "fight", "fighters").
_STEM = 4
# Past forms of verbs of acting that do not end in -ed.
_PAST_ACTS = PAST_FORMS | frozenset(
    "hit struck won beat fell rose lost sold bought shot fought spent quit put cut".split()
)
_NAME = re.compile(r"\b[A-Z][a-z]+")
# Capitalised words that name no one: words opening a sentence (a pronoun among them: "We"),
# titles, and the calendar's.
_NOT_NAMES = frozenset(
    """
    The A An And But Or So In On At Of For With By From To As After Before When While Then
    He She They It His Her Their That This These Those There Here Another Other Some One Two
    We Our You Your Its Him Them Me My Us
    Mr Mrs Ms Dr Police Officials Authorities
    """.split()
) | frozenset(word.title() for word in [*WEEKDAYS, *MONTHS])
# Another kind of act: a step of its own, most often by the authorities or an institution.
# Spelt by first letters and asked after a non-word character (word_patterns.WordSearch), as
# _AHEAD below: the case-blind alternation after `\b` is tried at every character otherwise
# (the plain pattern is in the tests).
_STEP = WordSearch(
    "(?:"
    + first_letters(
        [
            *(rf"{stem}\w*" for stem in ("arrest", "charg", "indict", "convict", "sentenc")),
            *(rf"{stem}\w*" for stem in ("acquit", "plead")),
            "pled",
            r"remand\w*",
            "guilty",
            "verdict",
            *(rf"{stem}\w*" for stem in ("jail", "releas", "bail", "appeal", "urg", "dispatch")),
            r"ask(?:s|ed)\s+(?:for|the\s+public|anyone|residents|people|witnesses)",
            *(rf"{stem}\w*" for stem in ("deploy", "evacuat", "rescu")),
            "closed",
            *(rf"{stem}\w*" for stem in ("reopen", "resign", "suspend", "dismiss")),
            r"fired\s+(?:him|her|them)",
            *(rf"{stem}\w*" for stem in ("sack", "appoint", "nominat", "elect")),
            "hired",
            "sued",
            "fil(?:ed|es)",
            *(rf"{stem}\w*" for stem in ("order", "announc", "confirm", "launch", "sign", "vot")),
            r"approv\w*",
            "ban(?:s|ned)?",
            *(rf"{stem}\w*" for stem in ("recall", "investigat")),
            *("died", "dies", "dead", "killed", "kills"),
            # A trial's stage, as its verdict is: "During closing arguments, the prosecutor …".
            *(rf"{stage}\s+(?:arguments?|statements?)" for stage in ("closing", "opening")),
        ]
    )
    + r")\b",
    blind=True,
)


# What a victim suffered, told of one already named: "Ortiz was shot in the head", "the
# second deputy was injured when he fell".
_WOUND = re.compile(
    r"(?:^|\s)(?P<who>(?:[\w'’-]+\s+){1,3})(?:was|were)\s+(?:\w+ly\s+)?"
    r"(?:shot|stabbed|wounded|injured|hurt|struck|beaten)\b",
    re.IGNORECASE,
)
_WOUND_WORDS = ("shot", "stabbed", "wounded", "injured", "hurt", "struck", "beaten")
# One already told of: a name, or a definite word or a pronoun ("the second deputy", "he").
_TOLD_OF = re.compile(r"\b(?:the|he|she|they|his|her)\b", re.IGNORECASE)
_NEW_ONE = re.compile(r"\b(?:a|an|another|one)\b", re.IGNORECASE)


# The scene among those who were there, told of some of them: "Some bowed their heads",
# "Someone hurled a chair.", "Some audience members gasped audibly": an indefinite part of the
# crowd (not "Some 168,000 people", a figure) doing what people do at a verdict or a protest.
_SOME = re.compile(r"(?:some(?:one|body)?|others)\b(?!\s+\d)", re.IGNORECASE)
_SCENE_ACTS = frozenset(
    """
    gasped bowed wept cried sobbed hugged embraced cheered applauded clapped booed jeered
    shouted chanted screamed yelled hurled threw tossed laughed smiled prayed knelt waved
    """.split()
)


def crowd_scene(text: str) -> bool:
    """Whether a sentence tells what some of those there did at the scene ("Some bowed their
    heads and rubbed their faces, while others clasped their hands")."""
    if _SOME.match(text) is None:
        return False  # most sentences: the words need not be read
    return not _SCENE_ACTS.isdisjoint(runs_of(text.lower()))


def names(text: str) -> frozenset[str]:
    """The capitalised words of a text that may name an actor or a place."""
    return frozenset(n for n in _NAME.findall(text) if n not in _NOT_NAMES)


# A half or a quarter of a game named by its ordinal, or the game's clock: "in the second half",
# "with 14:05 left in the first half". Not a half of a season ("the second half of the
# season"), a business's period ("in the latest period") nor a series' round ("lost in the
# first round").
_GAME_TIME = re.compile(
    r"\b(?:(?:first|second|third|fourth|final)\s+(?:half|quarter)\b(?!\s+of\b)|"
    r"\d{1,2}:\d\d\s+(?:left|remaining|to\s+(?:go|play))\b)",
    re.IGNORECASE,
)


def game_time(text: str) -> bool:
    """Whether a sentence tells its time as a half, a quarter or the clock of a game."""
    return _GAME_TIME.search(text) is not None


def part_of_play(text: str) -> bool:
    """Whether a sentence tells a part of a game or a fight, the score as the game ran, or a
    record after it."""
    return _PERIOD.found(text) or score_of_play(text)


def score_of_play(text: str) -> bool:
    """Whether a sentence tells a record after a game ("fell to 36-3") or the score as the
    game ran ("to fuel a 15-2 run"): of the game told before it, whatever else it holds."""
    if tally(text):
        return True
    return "-" in text and _SCORE.search(text) is not None and running_score(text)


def running_score(text: str) -> bool:
    """Whether a sentence tells the score within a game as it ran ("a 15-2 run"), not beside
    the game's result."""
    if _RUNNING_SCORE.search(text) is None:
        return False
    return RESULT_WORDS.isdisjoint(runs_of(text.lower()))


# A plan or an aim told ahead ("NATO aims to have 300,000 troops ready", "police expect to
# make more arrests"): news of its own, not a detail of what happened.
# Spelt by first letters and asked after a non-word character (word_patterns.WordSearch):
# `\b(?:will|shall|won['’]t|(?:aims?|plans?|intends?|expects?)\s+to|(?:is|are)\s+(?:due|set|
# expected)\s+to)\b` in any case, a case-blind alternation tried at every character, costs a
# sentence three to five times as much (the plain pattern is in the tests).
_AHEAD = WordSearch(
    "(?:"
    + first_letters(
        [
            "will",
            "shall",
            "won['’]t",
            *(rf"{verb}s?\s+to" for verb in ("aim", "plan", "intend", "expect")),
            *(rf"{be}\s+(?:due|set|expected)\s+to" for be in ("is", "are")),
        ]
    )
    + r")\b",
    blind=True,
)


def told_ahead(text: str) -> bool:
    """Whether a sentence tells a plan or an aim ahead of it."""
    return _AHEAD.found(text)


def tally(text: str) -> bool:
    """Whether a sentence gives a record after a game ("fell to 36-3")."""
    if " to " not in text or "-" not in text or _SCORE.search(text) is None:
        return False  # the pattern needs all three: most sentences are spared its scan
    return _TALLY.search(text) is not None


def step_of_its_own(text: str) -> bool:
    """Whether a sentence tells another kind of act than a detail: an arrest, a charge, a
    verdict, a dispatch, an appeal, a release, a resignation, a death."""
    return _STEP.found(text)


# Steps told in other words than _STEP's, and a source speaking without "said": "was named
# interim coach", "asked the media to keep the identities …", "residents … complained that",
# "estimated that between 50 and 70 percent", "Police identified the victims as …".
_OTHER_STEP = WordSearch(
    "(?:"
    + first_letters(r"named asked testif\w* complain\w* estimat\w* indicat\w* identifi\w*".split())
    + r")\b",
    blind=True,
)
# The authorities as the subject opening a sentence, and the verb after them; named with a word
# or two before them as well ("Armed officers", "Police officers", "Sheriff's deputies", "The
# two detectives").
_AUTHORITIES = re.compile(
    r"(?:(?:but|and|then|yet)\s+)?(?:[\w'’-]+\s+){0,2}(?:police|authorities|investigators|"
    r"detectives|officers|agents|troopers|officials|prosecutors|deputies|firefighters|rescuers|"
    r"soldiers|troops)\s+(?:(?:\w+ly|then|also|later)\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)


def plain_detail(text: str) -> bool:
    """Whether a sentence tells no step of its own and no figure ("They contained the fire to
    one corner of the roof"; not "Hiller was charged with two counts of murder" nor "As many
    as 80 people were also wounded")."""
    if holds_digit(text) or _STEP.found(text):
        return False
    return not _OTHER_STEP.found(text)


def detail_of(text: str, before: str) -> bool:
    """Whether a sentence with no time or source of its own (`text`) tells more of the
    happening before it (`before`, that event's words) rather than a step of its own."""
    if score_of_play(text):  # "closed to 47-44 on a basket": not a store closed
        return True
    if _STEP.found(text) or authorities_act(text) or another_scene(text, before):
        return False
    if part_of_play(text) or crowd_scene(text):
        return True
    # Of the same actors, it tells no new kind of act: none whose verb the story has not
    # told before ("knocked down" after "stopped" is; "hit" after "hit" is not).
    acts = _acts(text)
    if acts:  # the verbs the story told before are read only for a sentence that acts
        told = {word[:_STEM] for word in event_verbs(before)}
        if any(word[:_STEM] not in told for word in acts):
            return False
    return (
        _BACK.match(text) is not None
        or _mentioned_before(text, before)
        or bool(names(text) & names(before))
    )


# A new place or a new actor brought in with an indefinite article, which news uses for what
# it has not told yet (not "In a fight that was one-sided from the start, …", the happening
# itself): "At a Rite Aid drug store on Church Ave., … a rioter assaulted a
# customer"; "Thieves also targeted the annual Cannes film festival" after one heist.
_NEW_PLACE = re.compile(
    r"(?:at|inside|outside|near)\s+(?:a|an|another)\s+[^,;]{3,80},", re.IGNORECASE
)
_NEW_ALSO = re.compile(r"(?:a|an|another)\s+(?:[\w'’-]+\s+){1,6}?also\b", re.IGNORECASE)
_PLURAL_ALSO = re.compile(r"(?P<noun>[A-Z][a-z]+s)\s+also\s")


def another_scene(text: str, before: str) -> bool:
    """Whether a sentence opens on a place or an actor new to the story, not one told of
    (`before`: the story's words so far): another happening, not a detail of the last one.
    Another actor is told with "also", of another act of the same kind; a bare plural is
    one only when the story spells that word in lowercase (a noun, not a name)."""
    if _NEW_PLACE.match(text) is not None:
        return True
    if " also " not in text:
        return False  # the actors' patterns need it: most sentences are spared their scan
    if _NEW_ALSO.match(text) is not None:
        return True
    plural = _PLURAL_ALSO.match(text)
    return plural is not None and plural["noun"].lower() in before


def authorities_act(text: str) -> bool:
    """Whether a sentence opens on the authorities doing something, in the past ("But police
    saw underage girls who were clearly pregnant and found Jeffs' journals"): a step of its
    own, whoever it is done to."""
    acting = _AUTHORITIES.match(text)
    return acting is not None and past_form(acting["verb"].lower())


def _acts(text: str) -> list[str]:
    """The verbs of acting a text tells in the past ("stopped", "hit"; not "shots", "fight")."""
    return [w for w in event_verbs(text) if w.endswith("ed") or w in _PAST_ACTS]


def _mentioned_before(text: str, before: str) -> bool:
    """Whether a sentence opens on a definite mention ("The quake", "The main building") of
    something the words before it name."""
    the = _THE.match(text)
    if the is None:
        return False
    nouns = [word.rstrip("s") for word in the.groups() if word and len(word) >= 4]
    return any(opens_word_blind(before, noun) for noun in nouns)


def wound_told(text: str, before: str) -> bool:
    """Whether a sentence, on anyone's authority, tells what a victim named before suffered
    ("Ortiz was shot in the head, said a sheriff's spokesman") and no step of its own."""
    who = wounded(text)
    return who is not None and told_of(who, before)


def wounded(text: str) -> str | None:
    """Who a sentence tells was hurt, when it tells that and no step of its own, and not of
    one new to the story ("a second deputy was shot"): the words before "was shot"."""
    low = lowered(text)
    if not holds_any(low, _WOUND_WORDS):
        return None  # the pattern needs one: most sentences are spared its scan
    wound = _WOUND.search(text)
    if wound is None or _STEP.found(text):
        return None
    who: str = wound["who"]
    return None if _NEW_ONE.search(who) else who


def told_of(who: str, before: str) -> bool:
    """Whether the one `wounded` found is one told of before: a definite word, a pronoun, or
    a name in the words before (`before`)."""
    return _TOLD_OF.search(who) is not None or bool(names(who) & names(before))
