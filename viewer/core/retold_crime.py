"""A crime retold: in a story whose news is a later step (an arrest, a charge, a verdict, a
vigil), the crime told again in the past is of the crime's own day where the story gave one
("The guard was sent to the bank the day before his March 3, 2015 murder." / "The robber fired
one shot …": March 3, 2015), not of the news day nor of the last day the story named.
A crime of an earlier year told at its year or month ("Zurana Horton was fatally shot in
2011") is the time of the steps of its pursuit the story tells undated, in the past ("Also
arrested were …", "Police recovered 12 shell casings"): not of the trial's day, unless the
story dates such a step itself (then the pursuit is its news); so is the crime itself told
again undated in the past, and a later day's sentence showing the act ("Jurors on Thursday
watched video capturing the moment a mother was gunned down") is not the crime's day.

The crime's day is the first the story gives one: a day named by its crime's noun ("his March
3, 2015 murder"), or the day of a dated sentence that tells the violent act in the past ("The
police said an officer shot the driver late on Friday")"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from viewer.core.cue_words import SAYING_VERBS, WORDS, outside_quotations
from viewer.core.holds import holds_any
from viewer.core.lowered import lowered
from viewer.core.model import DateValue, Precision
from viewer.core.reported_times import said_right_before
from viewer.core.temporal.timex import Timex

if TYPE_CHECKING:
    from viewer.core.narrative_time import Reference

# The noun a crime is named by, right after its day: "his June 24, 2005 murder".
_CRIME_NOUN = re.compile(
    r"\s*(?:murder|killing|slaying|shooting|stabbing|assault|robbery|ambush|rampage)\b",
    re.IGNORECASE,
)
# A violent act told in the past: "fatally shot", "was stabbed", "fired just one shot" (not
# "fired the coach": dismissed; nor "had been shot": a result another happening found; nor
# "a shot", "his shot": a noun). The look-ahead holds the acts' first letters, so that a search
# skips to them (the plain pattern, without it, is in tests/core/test_word_patterns.py).
_VIOLENT_ACT = re.compile(
    r"(?=[skmgoabf])\b(?<!been )(?<!\ba )(?<!the )(?<!his )(?<!her )(?:shot|stabbed|killed|"
    r"murdered|strangled|gunned\s+down|opened\s+fire|ambushed|slashed|bludgeoned|"
    r"fired\s+(?:twice|once|at|into|upon|back|(?:[\w-]+\s+){0,3}(?:shots?|rounds?|bullets?|times)))\b",
    re.IGNORECASE,
)
# "the day before his March 3, 2016 murder": the crime's day is the one after the day told.
_NEXT_TO = re.compile(r"the\s+(?:day|night)\s+(before|after)\b", re.IGNORECASE)
_ONE_DAY = timedelta(days=1)
_SIDE = {"before": 1, "after": -1}
# Told ahead or as what may be: "could have shot", "would kill", "will be shot"; "may" in
# lower case only, not the month ("was shot on the night of May 29th").
_NOT_TOLD = re.compile(r"\b(?:(?i:will|would|could|might|can|must|should)|may)\b")
# A step of the crime's pursuit: an arrest, a charge, a confession, what an accused told the
# police, evidence the police recovered ("Also arrested were …", "Carrasquillo was charged with
# murder", "Lopez told police he was aiming …", "Police recovered 12 shell casings").
_PURSUIT = re.compile(
    r"\b(?:arrested|confessed|charged\s+with|booked\s+into|told\s+(?:the\s+)?(?:police|"
    r"investigators|detectives)|(?:police|officers|investigators|detectives)\s+"
    r"(?:recovered|seized|found))\b",
    re.IGNORECASE,
)
_WHOLE_TIMES = (Precision.YEAR, Precision.MONTH)
# The crime named again by its noun as the subject that opens a sentence: "The shooting
# frenzy in which at least 12 shots were fired began …", "The murder was committed …".
_CRIME_OPENS = re.compile(r"the(?:\s+[\w-]+)?" + _CRIME_NOUN.pattern, re.IGNORECASE)


def pursuit(text: str) -> bool:
    """Whether a sentence tells, outside quotation marks, a step of a crime's pursuit in the
    simple past: an arrest, a charge, a confession, evidence recovered."""
    low = lowered(text)  # the clause's, lowered once for every cue
    # Each word asked in turn: a loop over them costs more than the finds.
    if not (
        "arrested" in low
        or "confessed" in low
        or "charged" in low
        or "booked" in low
        or "told" in low
        or "recovered" in low
        or "seized" in low
    ):
        return False  # most sentences: the pattern need not be run
    told = outside_quotations(text)
    return _PURSUIT.search(told) is not None and _NOT_TOLD.search(told) is None


def violent_act(text: str, statement: bool = False) -> bool:
    """Whether a sentence tells a violent act in the past, outside quotation marks; in a
    statement, before its attribution ("The officers then fired 11 shots, the police said"),
    not in the account a speaker is said to give ("The guard said that he fired twice")."""
    if not holds_any(lowered(text), _ACT_STEMS):
        return False  # most sentences: neither the quotations nor the pattern need be read
    told = outside_quotations(text)
    act = _VIOLENT_ACT.search(told)
    if act is None or _NOT_TOLD.search(told) is not None:
        return False
    return not statement or SAYING_VERBS.isdisjoint(WORDS.findall(told[: act.start()].lower()))


# The stems of _VIOLENT_ACT's verbs, lowercased: it matches no text whose lowercase holds
# none of them, nor a letter the case-blind pattern reads as ASCII that lowering does not
# make one ("ſ", "ı"; "İ" lowers to "i" and a combining dot).
_ACT_STEMS = (
    *("shot", "stab", "kill", "murder", "strangl", "gun", "fire", "ambush", "slash", "bludgeon"),
    *("ſ", "ı", "\u0307"),
)


def _saying_time(shown: str, words: str) -> bool:
    """Whether a sentence's time is the time its statement was made ("…, officials said
    Saturday"), not the time of the act it tells."""
    at = shown.find(words) if words else -1
    return at > 0 and said_right_before(shown, at)


class RetoldCrime:
    """The day of the crime a story retells, once it is given: what the story tells of the
    crime again in the past, with no time of its own, is of that day."""

    def __init__(self) -> None:
        self.named: Sequence[Timex] = ()  # the days the sentence being read names
        self.crime: Reference | None = None
        # The year or month of a crime told as a violent act of an earlier year ("Zurana
        # Horton was fatally shot in 2011"), and whether the story dates a step of its pursuit
        # itself ("Police arrested a man on Tuesday"): then the pursuit is its news.
        self.whole: Reference | None = None
        self.pursuit_dated = False

    def days(self, timexes: Sequence[Timex]) -> None:
        """The days a sentence names, one of which may be its crime's."""
        self.named = timexes

    def dated(self, reference: Reference, shown: str, today: date | None) -> None:
        """A dated happening: the crime's day, if it is the first the story gives one."""
        self._whole(reference, shown, today)
        if self.crime is not None or today is None or reference.value.last >= today:
            return
        for t in self.named:
            value = t.date_value() if t.precision is Precision.DAY else None
            at = shown.find(t.text)
            if value is not None and at >= 0 and _CRIME_NOUN.match(shown, at + len(t.text)):
                next_to = _NEXT_TO.match(t.text)
                if next_to is not None:
                    value = DateValue.day(value.first + _ONE_DAY * _SIDE[next_to.group(1)])
                if value.last < today:
                    self.crime = replace(reference, value=value, text=t.text)
                return
        if reference.value.precision is Precision.DAY and violent_act(shown):
            if _saying_time(shown, reference.text):
                return  # "Before he was fatally shot, … officials said Saturday": the saying's
            # Not a later day's telling of a crime already placed in an earlier year ("Jurors on
            # Thursday watched video capturing the moment a mother was gunned down").
            whole = self.whole
            if whole is None or reference.value.first <= whole.value.last:
                self.crime = reference

    def _whole(self, reference: Reference, shown: str, today: date | None) -> None:
        """A dated happening: the year or month of the crime, a violent act of an earlier year
        than the story's; a step of the pursuit the story dates itself."""
        if not self.pursuit_dated and pursuit(shown):  # once dated, no need to ask again
            self.pursuit_dated = True
        value = reference.value
        earlier = today is not None and value.last.year < today.year
        whole = self.whole is None and earlier and value.precision in _WHOLE_TIMES
        if whole and violent_act(shown):
            self.whole = reference

    def pursued(
        self, shown: str, paragraph: Reference | None, statement: bool = False
    ) -> Reference | None:
        """The crime's year or month for an undated step of its pursuit told in the past, in a
        paragraph at no day of its own, when the story dates no such step itself: a trial
        story retelling a crime of an earlier year ("Zurana Horton was fatally shot in 2011" /
        "Also arrested were Lopez' half-brother and Carrasquillo") tells the arrests, charges
        and confessions that followed as of the crime's time, not the trial's day; and so the
        crime itself told again, a violent act ("Behind her another mother was seen shot in
        her arm") or the crime opening its sentence by its noun ("The shooting frenzy … began
        just 13 minutes after school finished")."""
        whole = self.whole
        if whole is None or self.pursuit_dated or paragraph is not None:
            return None
        again = violent_act(shown, statement) or _CRIME_OPENS.match(shown) is not None
        return whole if again or pursuit(shown) else None

    def retold(self, shown: str, statement: bool, paragraph: Reference | None) -> Reference | None:
        """The crime's day for an undated sentence that tells a violent act in the past, in a
        paragraph at no other day of its own."""
        crime = self.crime
        if crime is None or paragraph not in (None, crime):
            return None
        return crime if violent_act(shown, statement) else None

    def counted_back(self, words: str, shown: str) -> Reference | None:
        """The crime's day for a violent act counted back from another time (`words`, lowered):
        "Less than a year before, and only blocks away, a narcotics detective shot and killed
        an unarmed 23-year-old woman", in a story of a Saturday's police shooting told on the
        Wednesday after, is counted from that Saturday, not from the story's last day."""
        crime = self.crime
        if crime is None or not words.endswith(("before", "earlier")):
            return None
        return crime if violent_act(shown) else None
