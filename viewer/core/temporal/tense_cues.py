"""Which way in time a relative date points, judged from the verbs around it.

"said on Tuesday" is the most recent Tuesday; "will meet on Friday" is the next one. The verb
nearest to the expression in its own sentence decides (nearest_tense.py reads the words around
it); news reporting defaults to the past. Here: the tense each word tells, with its neighbours.
"""

from __future__ import annotations

from enum import StrEnum

from viewer.core.deadline_words import DEFERRALS
from viewer.core.past_tense import PAST_AS_BASE, TAKES_THE_BASE
from viewer.core.temporal.bidden_times import PLAN_NOUN, bidden_or_set, infinitive_after
from viewer.core.temporal.calendar_words import WEEKDAYS
from viewer.core.temporal.due_times import (
    APPEARING,
    DUE_WORDS,
    NOT_A_SUBJECT,
    PASSIVE_AUX,
    due,
    hearing,
)
from viewer.core.temporal.moved_times import moved_to_a_date


class Tense(StrEnum):
    """The direction of the verb governing a time expression."""

    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"


_FUTURE_WORDS = frozenset({"will", "shall", "won't", "won’t", "would", "upcoming", "tomorrow"})
# Rumour, forecast and what ought to come: "The Q10 has been previously rumored to be released
# sometime in May" (written in April) is of the May ahead. With "to have" and a participle after
# it, the word tells what is held to have happened, not what lies ahead: "was rumored to have
# been released in May", "is projected to have grown 3% in 2012".
_HELD_BEFORE_TO = frozenset(
    """rumored rumoured tipped predicted projected forecast anticipated supposed
    destined""".split()
)
# "plans to", "is due to", "is scheduled for": the second word closes the cue.
_FUTURE_BEFORE_TO = _HELD_BEFORE_TO | frozenset(
    {
        "due",
        "plans",
        "plan",
        "planning",
        "set",
        "expected",
        "scheduled",
        "going",
        "intends",
        "intend",
        "poised",
        "slated",
        "aims",
        "hopes",
        # A hope or an aim told in the past is ahead of its telling all the same: "said it
        # hoped to start work on site in the autumn", "aimed to finish in May".
        "hope",
        "hoped",
        "hoping",
        "aim",
        "aimed",
        "aiming",
        "intended",
        "likely",
        # "as the union prepares to strike on Friday": what is readied for is ahead.
        "prepares",
        "prepare",
        "preparing",
        # "announced an agreement to acquire the company in January": the deal's step, ahead.
        "agreement",
        # A court date set: "was remanded in custody to appear before Taunton Crown Court on
        # 19 August", "bailed to appear", "summoned to appear" (written in July: August ahead).
        "custody",
        "bail",
        "remanded",
        "bailed",
        "summoned",
    }
)
_PERFECT_AFTER_TO = frozenset({"been", "had"})
_FUTURE_BEFORE_FOR = frozenset({"scheduled", "slated", "planned", "set"})
# A forecast for a period is of the period ahead: "cut its forecast for inflation in the second
# quarter", written in February, is of the quarter to come; only for a time a few words after
# "for", not one further on ("…, up from 0.75% in November": an old figure's).
_FORECAST = frozenset({"forecast", "forecasts"})
_FORECAST_REACH = 4
# What is reported for a period once it is over: "The results for the third quarter will be
# published on Friday", written in February, are of the last third quarter.
RESULTS = frozenset("results figures earnings data numbers accounts".split())
_PROGRESSIVE_AUX = frozenset({"is", "are", "am"})
# "are expected", "be held": a present or future passive, not a past event.
_PASSIVE_AUX = PASSIVE_AUX
_PAST_WORDS = frozenset(
    """said told was were had did met went came took made gave sent began held left spoke saw
    found got struck fought won lost led paid sold bought brought thought wrote rose fell ran
    flew drew knew grew became broke chose drove forgot froze hid kept meant rode rang sang sank
    shook shot slept sought spent stood stole swore taught threw understood woke wore withdrew
    upheld overtook undertook arose died ago earlier yesterday last since""".split()
)
_NOT_PAST_ED = frozenset(
    """need needed speed indeed hundred united proceed succeed exceed feed seed bleed breed embed
    red bed shed bred deed weed greed creed tweed steed preferred related limited advanced
    detailed concerned interested armed alleged unidentified""".split()
)
# Verbs whose past is spelt as their base read as past ("Freeland, who quit on Monday", "the
# storm hit on Sunday") unless a word that takes the base stands before: past_tense.py.
_PAST_AS_BASE = PAST_AS_BASE
_TAKES_THE_BASE = TAKES_THE_BASE


_PARTICIPLES = _PAST_WORDS - {
    "was",
    "were",
    "had",
    "did",
    "ago",
    "earlier",
    "yesterday",
    "last",
    "since",
}
# A present verb after a pronoun subject ("when it arrives on 11 November", "which opens on
# Friday") tells of something scheduled: a bare date after it lies ahead. Verbs of saying and
# thinking in the present report what is said now, and point nowhere.
_SUBJECT_PRONOUNS = frozenset({"it", "he", "she", "which", "who", "that"})
_NOT_SCHEDULED = frozenset(
    """says adds tells notes writes claims argues thinks believes wants insists explains
    warns recalls reports hopes fears knows seems appears means has does is was its this
    thus plus""".split()
)
# The present of news told in its context: "The announcement follows a pledge by a rival in
# March" (what it follows came before); "The move comes as …", "comes a week after …" (no
# schedule, whatever time is named near it).
_IN_CONTEXT = frozenset("as amid after despite days weeks months just only a two three".split())
# Present verbs of a schedule: "goes on sale on 11 November", "the summit opens on Friday",
# "the festival runs from Thursday to Sunday".
_SCHEDULE_VERBS = frozenset(
    """arrives opens starts begins goes launches ends closes expires debuts premieres
    resumes returns reopens kicks takes hosts meets faces plays travels comes heads gets
    gathers convenes runs""".split()
)
# The same verbs in the plural present, after a name or a plural subject: "Philadelphia host
# the Washington Wizards on Saturday", "He and Arafat meet separately Monday", "When the Saints
# (11-5) open the playoffs in Seattle (7-9) on Saturday", "Voters go to the polls on Sunday".
# Read so only when no determiner, "to", negation or modal comes before (a noun: "the host";
# an infinitive or a verb group that another word governs: "did not meet", "agreed to meet").
_SCHEDULE_PLURAL = frozenset(
    """host meet face play travel open start begin resume return go gather convene come take
    arrive reopen end expire launch kick""".split()
)
_NOT_A_PLURAL_SUBJECT = NOT_A_SUBJECT
_COPULA_NOW = frozenset({"is", "are"})
# A modal of what may come, before its verb: "another storm could arrive on Friday", "the vote
# might be delayed until Monday". Not a possibility that was: "could have", nor "could not"
# and a perception ("could see the smoke"), which tell of ability, most often in the past;
# nor the month after a preposition or a determiner ("in May", "last May").
_POSSIBLE = frozenset({"could", "might", "may", "should"})  # "should qualify him … in August"
_NOT_AHEAD_AFTER = frozenset({"have", "not", "never", "see", "hear", "feel", "smell", "only"})
# "have" after the modal as a verb of its own, before its object or "to", not a perfect's
# auxiliary: "may have trouble reaching Krakow for Sunday's funeral", "could have a decision
# on Friday", "might have to wait until Monday" tell what may come.
_HAVE_OBJECT = frozenset(
    """a an the no some any more little few enough trouble difficulty problems time to""".split()
)
_PERCEIVED = frozenset({"seen", "heard", "felt", "spotted", "watched"})  # "could be seen"
_BEFORE_A_MONTH = frozenset(
    """in on of since until till by from early late mid last next this that every each
    the a and or between through""".split()
)
# What is expected, told in the present, lies ahead: "Employees have been told to expect an
# all-hands meeting on Monday", "Analysts expect the bank to cut rates on Thursday" (not after
# "did": "did not expect the vote on Monday" may be past).
_EXPECT = frozenset({"expect", "expects"})
_PAST_AUX = frozenset({"did", "didn't", "didn’t"})
# The base a figure is compared with was measured before: "now expects growth of 0.9% this
# year, up from 0.75% in November" is the November gone, whatever verb comes before.
_COMPARED_FROM = frozenset({"up", "down"})
# Words whose cue is their own: "next" before a noun, "effective" before a date, "forecast"
# after "is" (`_one_word_cue`).
_ONE_WORD_CUES = frozenset({"next", "effective", "forecast"})
# A word signals a tense only if it is one of these or has one of these endings: most words of
# a sentence are neither, and are passed over at one test.
_MAY_SIGNAL = (
    _FUTURE_WORDS
    | _PAST_AS_BASE
    | DEFERRALS
    | _SCHEDULE_VERBS
    | _SCHEDULE_PLURAL
    | DUE_WORDS
    | _PAST_WORDS
    | _COPULA_NOW
    | _POSSIBLE
    | _EXPECT
    | {"to", "for", "from", "appear"}
    | _ONE_WORD_CUES
)
_DUE_OR_HEARD = DUE_WORDS | APPEARING
_SIGNAL_ENDINGS = ("ll", "ing", "s", "ed")


def classify(words: list[str], i: int, before: bool = True, far: bool = True) -> Tense | None:
    """The tense lowercased word i signals, looking at its neighbours for two-word cues;
    `before`, for a word before the expression (a verb after it may be another clause's);
    `far`, for an expression whose past reading may lie far back (not a weekday's, days back
    at worst: "They agreed to meet on Monday" is the act's Monday)."""
    w = words[i]
    if w not in _MAY_SIGNAL and not w.endswith(_SIGNAL_ENDINGS):
        return None
    if w in _FUTURE_WORDS or w.endswith(("'ll", "’ll")):
        return Tense.FUTURE
    prev = words[i - 1] if i > 0 else ""
    if w in _ONE_WORD_CUES:
        return _one_word_cue(words, i, prev) if before else None
    if w in ("to", "for") and before and bidden_or_set(words, i, far):
        return Tense.FUTURE
    if w == "to" and prev in _HELD_BEFORE_TO and _held_only(words, i - 1, i + 1):
        return None
    if w == "to" and prev in PLAN_NOUN and _a_noun(words, i - 1):
        # "unveiled a plan to build homes at a news conference on Monday": the day may be the
        # unveiling's; a month or a date after the plan's infinitive is the plan's, ahead.
        return Tense.FUTURE if far and infinitive_after(words, i) else None
    if w == "for" and before and i >= len(words) - _FORECAST_REACH:
        if prev in _FORECAST:
            return Tense.FUTURE  # "its forecast for inflation in the second quarter"
        if prev in RESULTS and set(words[i + 1 :]) <= {"the"}:
            return Tense.PAST  # "Figures for January will be released next week": gone
    if (w == "to" or w == "for") and _plan_before(words, i, prev):
        # "had been scheduled to expire Friday", "had expected to testify on Thursday": a
        # plan that was, ahead or not.
        return Tense.UNKNOWN if "had" in words[max(0, i - 3) : i - 1] else Tense.FUTURE
    if w in DEFERRALS and moved_to_a_date(words, i + 1, before):
        return Tense.FUTURE
    if w.endswith("ing") and (prev in _PROGRESSIVE_AUX or (before and w in REPORTING_RESULTS)):
        return Tense.FUTURE if prev in _STILL_TO_COME else Tense.PAST  # "after reporting …"
    if w == "follows" and before:
        return Tense.PAST  # "The announcement follows a pledge by a rival in March"
    if w == "comes" and i + 1 < len(words) and words[i + 1] in _IN_CONTEXT:
        return None  # "The move comes as …", "comes a week after …": no schedule
    heard = w in _DUE_OR_HEARD and (due(words, i, prev, before) or hearing(words, i))
    if w in _SCHEDULE_VERBS or heard:
        return Tense.FUTURE  # "Smith appears in court on Friday": a court date, ahead
    if before and (w == "from" or w in _EXPECT):
        return _compared_or_expected(words, i, prev)
    if w in _POSSIBLE:
        return _possible(words, i, prev)
    if before and w in _COPULA_NOW and _on_days(words, i + 1):
        return Tense.FUTURE  # "The vote is on Monday": what is on a day named, ahead
    if w in _SCHEDULE_PLURAL:
        return _plural_schedule(words, i) if before else None
    if before and prev in _SUBJECT_PRONOUNS and _present_of_a_schedule(w):
        return Tense.FUTURE  # "when it arrives on 11 November"
    return _past_form_cue(words, i, prev, before)


def _past_form_cue(words: list[str], i: int, prev: str, before: bool) -> Tense | None:
    """What a past form or a word of the past tells (`classify`'s last cues): the past, but
    not as an adjective or a noun after a determiner, nor in a passive of now or ahead."""
    w = words[i]
    if prev in _DETERMINERS and (w in _PAST_WORDS or w in _PAST_AS_BASE or w.endswith("ed")):
        return None  # "would debate the amended bill on Monday", "expect a cut": no verb
    if w in _PAST_AS_BASE:
        return None if prev in _TAKES_THE_BASE else Tense.PAST
    if w in _PAST_WORDS:
        if w == "last" and words[i + 1 : i + 2] and words[i + 1].endswith(("'s", "’s")):
            return None  # "will hear the appeal against last month's ruling on Thursday"
        if w in _PARTICIPLES and prev in _PASSIVE_AUX:
            return None  # "will be held", "is set": not a past event
        return Tense.PAST
    if w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST_ED:
        return None if prev in _PASSIVE_AUX else _in_ed(words, i, before)
    return None


def _one_word_cue(words: list[str], i: int, prev: str) -> Tense | None:
    """What one of `_ONE_WORD_CUES` before a time tells of it."""
    w = words[i]
    if w == "next":
        return _next_noun(words, i)
    if w == "forecast":  # "Snow is forecast on Monday", as "is expected" is
        return Tense.FUTURE if prev in _PROGRESSIVE_AUX else None
    if set(words[i + 1 :]) <= {"on", "from", "as", "of"}:  # "effective"
        return Tense.UNKNOWN  # "named him president, effective Jan. 1": whichever is nearer
    return None


def _next_noun(words: list[str], i: int) -> Tense | None:
    """What "next" before a noun tells of a time after it: ahead ("expect a cut at the next
    meeting on April 3", "had priced in a cut at the bank's next meeting in April"), unless a
    verb in the simple past before tells of a next one gone ("held rates at its next meeting in
    February"); "next to" is a place."""
    if words[i + 1 : i + 2] in ([], ["to"]):
        return None
    for j in range(i):
        if "had" not in words[max(0, j - 1) : j + 1] and classify(words, j) is Tense.PAST:
            return None
    return Tense.FUTURE


def _plan_before(words: list[str], i: int, prev: str) -> bool:
    """Whether words[i] closes a cue of a plan: "plans to", "is due to", "is scheduled for";
    not the "due to" of a cause after a verb in the past ("was cancelled due to snow")."""
    if words[i] == "for":
        return prev in _FUTURE_BEFORE_FOR
    if words[i] != "to" or prev not in _FUTURE_BEFORE_TO:
        return False
    verb = words[i - 2] if i >= 2 else ""
    return prev != "due" or not (verb in _PARTICIPLES or verb.endswith("ed"))


def _present_of_a_schedule(w: str) -> bool:
    """Whether a word after a pronoun subject is a present verb of a schedule, not of saying
    or thinking (`_SUBJECT_PRONOUNS`)."""
    return len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in _NOT_SCHEDULED


def _compared_or_expected(words: list[str], i: int, prev: str) -> Tense | None:
    """The base of a comparison ("up from 0.75% in November"), gone; what is expected, told
    in the present ("told to expect an all-hands meeting on Monday"), ahead, but not after
    "did"; None for another "from"."""
    if words[i] == "from":
        return Tense.PAST if prev in _COMPARED_FROM else None
    return None if _PAST_AUX.intersection(words[max(0, i - 2) : i]) else Tense.FUTURE


def _in_ed(words: list[str], i: int, before: bool) -> Tense | None:
    """The tense a verb in "-ed" signals, not after a passive's auxiliary: past, but for a
    participle that opens a future cue ("is expected to", "plans to") or that a date follows
    ("A filing was expected on Monday", written on a Sunday); None for what was only held
    ("rumored to have been released")."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in ("to", "for") and (w in _FUTURE_BEFORE_TO or w in _FUTURE_BEFORE_FOR):
        held = nxt == "to" and w in _HELD_BEFORE_TO and _held_only(words, i, i + 2)
        return None if held else Tense.FUTURE
    if nxt == "on" and w in _FUTURE_BEFORE_FOR | {"expected"}:
        return Tense.FUTURE
    if before and w in _EXPECTING:
        return Tense.UNKNOWN  # "said it expected a strong Christmas", written in November
    return Tense.PAST


def _possible(words: list[str], i: int, prev: str) -> Tense | None:
    """A modal of what may come ("could arrive", "may have trouble"), ahead; None for "could
    have" and a participle, "could not", a perception ("could be seen"), or "May" the
    month."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt == "have" and words[i + 2 : i + 3] and words[i + 2] in _HAVE_OBJECT:
        return Tense.FUTURE
    if not nxt or nxt in _NOT_AHEAD_AFTER or (words[i] == "may" and prev in _BEFORE_A_MONTH):
        return None
    if nxt == "be" and words[i + 2 : i + 3] and words[i + 2] in _PERCEIVED:
        return None
    return Tense.FUTURE


_DETERMINERS = frozenset("a an the its his her their our this new".split())
_PAST_NOT_VERB = frozenset({"had", "was", "were", "did"})  # "had plans to": a plan that was


def _a_noun(words: list[str], i: int) -> bool:
    """Whether words[i] ("plan", "plans") is a noun: after a determiner or a past form."""
    before = words[i - 1] if i > 0 else ""
    return before in _DETERMINERS or (before not in _PAST_NOT_VERB and _past(before))


# A time in what was expected lies after the expecting, not before the telling: the nearest
# ("expected a strong Christmas", said in November; "had expected a loss in the first quarter",
# in a results story of April).
_EXPECTING = frozenset({"expected", "predicted", "anticipated", "projected"})


def _on_days(words: list[str], i: int) -> bool:
    """Whether words[i:] are days named before the expression, maybe after "on" ("", "on",
    "on Tuesday and"), or after the hour of that day ("at 5pm on", "midnight"): what a present
    copula puts on them ("The deadline is Friday", "Kickoff is at 3pm on Saturday")."""
    days = words[i:]
    while days and days[0] in _HOUR_WORDS:
        days = days[1:]
    return all(w in _DAY_LIST for w in (days[1:] if days[:1] == ["on"] else days))


_DAY_LIST = frozenset({*WEEKDAYS, "and", "or"})
# The hour of a day told before it, as its letters: "at 5pm", "8 p.m. local time", "noon".
_HOUR_WORDS = frozenset("at am pm a p m noon midnight local time".split())


def _held_only(words: list[str], held: int, after: int) -> bool:
    """Whether a word of rumour or forecast (words[held], "to" after it) tells only what was
    held, pointing nowhere: a perfect infinitive after it ("rumored to have been released"),
    or what ought to have come, told in the past ("during what was supposed to be a
    Christmas celebration": the celebration was, not will be)."""
    if _perfect_after(words, after):
        return True
    before = words[held - 1] if held > 0 else ""
    if before.endswith("ly") and held > 1:
        before = words[held - 2]
    return words[held] in _OUGHT and before in ("was", "were")


_OUGHT = frozenset({"supposed", "destined"})


def _perfect_after(words: list[str], i: int) -> bool:
    """Whether words[i:] open a perfect infinitive's verb: "have been", "have left"."""
    if i + 1 >= len(words) or words[i] != "have":
        return False
    nxt = words[i + 1]
    return nxt in _PERFECT_AFTER_TO or nxt in _PARTICIPLES or _past(nxt)


def _plural_schedule(words: list[str], i: int) -> Tense | None:
    """A bare schedule verb ("host", "meet") before a date: ahead when it is the plural present
    of a subject, not a noun, an infinitive or a verb after a past verb ("lost face"), nor the
    object of one a few words before ("met with the House Call host on Nov. 25")."""
    prev = words[i - 1] if i > 0 else ""
    if not prev or prev in _NOT_A_PLURAL_SUBJECT or any(_past(w) for w in words[max(0, i - 5) : i]):
        return None
    return Tense.FUTURE


# A report of figures told by its gerund is of a period already begun or ended: "said it would
# cut jobs after reporting a 30% drop in fourth-quarter sales" (in March) is last year's
# quarter, whatever verb of the reported clause comes before; not "will be reporting".
REPORTING_RESULTS = frozenset({"reporting", "posting"})
_STILL_TO_COME = frozenset({"be", "been", "is", "are", "am"})


def _past(word: str) -> bool:
    """Whether a word is a verb told in the past."""
    return word in _PAST_WORDS or (word.endswith("ed") and word not in _NOT_PAST_ED)
