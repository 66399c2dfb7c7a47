"""What a verb bids or sets a happening for: the time after the "to" or "for" of what it calls
for, orders or sets is that happening's, ahead ("The union has called for a strike on Monday",
"The judge set a hearing for Monday"; tense_cues.py asks)."""

from __future__ import annotations

# "plan" told as a thing: after a determiner or a verb acting on it ("unveiled plans to").
PLAN_NOUN = frozenset({"plan", "plans"})

# A present perfect takes no day gone of its own ("has called" is never "on Monday"): a day
# after such a verb of calling or bidding and the "to" or "for" of what it calls for is that
# happening's, ahead: "The union has called for a strike on Monday", "Workers have voted to
# strike on Friday", "has ordered schools to close on Friday", "have been urged to stay
# indoors on Friday"; a plan made public so, "has announced plans to close the plant on
# Friday", "has scheduled a vote for Tuesday".
_BIDDING = frozenset(
    """called voted ordered asked urged invited told advised instructed decided agreed
    promised pledged vowed threatened announced unveiled proposed scheduled set planned
    requested""".split()
)
_PERFECT_AUX = frozenset({"has", "have", "'ve", "’ve"})
_BIDDING_REACH = 4  # words from the participle to its "to" or "for": "ordered all schools to"
# Verbs that set a happening for a day: what is set, between them and "for", is of that day.
_SETTING = frozenset("called set scheduled slated fixed booked".split())
_SETTING_REACH = 4  # "set the next hearing for": the verb and up to three words of its object


def bidden_or_set(words: list[str], i: int, far: bool) -> bool:
    """Whether the "to" or "for" at words[i] is of what a verb in the perfect bids
    (`_bidden`), or is the "for" right before a day that a verb set a happening for, with at
    most a few words of its object between, in any tense: "A board meeting has been called
    for Friday", "The judge set a hearing for Monday", "The union called a strike for
    Monday"."""
    if _bidden(words, i, far):
        return True
    setting = words[max(0, i - _SETTING_REACH) : i]
    return words[i] == "for" and i == len(words) - 1 and not _SETTING.isdisjoint(setting)


def _bidden(words: list[str], i: int, far: bool) -> bool:
    """Whether the "to" or "for" at words[i] follows a verb of calling or bidding told in the
    present perfect, active or passive ("has called for", "have been urged to"), or, for an
    expression whose past reading may lie far back (`far`), the "to" of an infinitive a past
    verb of committing governs (`_committed_to`)."""
    for j in range(i - 1, max(-1, i - 1 - _BIDDING_REACH), -1):
        if words[j] in _BIDDING:
            aux = words[j - 2] if j >= 2 and words[j - 1] == "been" else words[j - 1] if j else ""
            return aux in _PERFECT_AUX or (far and _committed_to(words, j, i, aux))
    return False


# Past verbs of committing to a happening: the time after the infinitive they govern is that
# happening's, ahead of the act, when its past reading would lie far back, as news gives such a
# time its year ("The two sides agreed to meet again in May", written in March; "He promised to
# return in June"); not a weekday, the act's own day as news tells it ("They agreed to meet on
# Monday"), nor "for" ("called for calm on Friday"). A plan told as a noun is read in
# `classify` ("announced plans to close the plant in May").
# The verbs of bidding but those that call, set or make public (`_BIDDING`, read once).
_COMMITTING = _BIDDING - frozenset(
    "called announced unveiled proposed scheduled set planned".split()
)
# Words after "to" that open no infinitive: "agreed to a ceasefire in May"; nor does a plural
# noun ("agreed to terms on Friday", "agreed to talks in May"): a verb's base ends in no lone "s".
_NO_INFINITIVE = frozenset(
    "a an the this that these those his her its their our my your some any no".split()
)
_PAST_PERFECT_AUX = frozenset({"had", "'d", "’d"})


def _committed_to(words: list[str], verb: int, i: int, aux: str) -> bool:
    """Whether words[i], "to", opens an infinitive that words[verb], a past verb of committing
    not in the past perfect ("had agreed to": a plan that was), governs."""
    if words[i] != "to" or words[verb] not in _COMMITTING or aux in _PAST_PERFECT_AUX:
        return False
    return words[i - 1] not in PLAN_NOUN and infinitive_after(words, i)


def infinitive_after(words: list[str], i: int) -> bool:
    """Whether words[i], "to", opens an infinitive whose verb stands between it and the time;
    not a deadline after "by" (its day is not read here)."""
    if i + 1 >= len(words) or words[i + 1] in _NO_INFINITIVE:
        return False
    if words[i + 1].endswith("s") and not words[i + 1].endswith(("ss", "us")):
        return False
    return words[-1] != "by"
