"""The time of an act someone is credited, blamed or thanked for, told as a gerund after a verb
told in the present or the perfect inside what a speaker says: "KYW's Paul Kurtz reports that
Commissioner Ramsey credits a special training program for preventing even more bloodshed last
night." The night is the prevention's; the crediting holds now, as a charge told so does ("is
now accused of murdering two women … in 1967"), and the statement is of the day it is told on.
Told on no one's word ("The mayor thanks firefighters for saving the cathedral on Friday") the
act's time stays the passage's: the statement is what keeps the passage an event."""

from __future__ import annotations

import re

from viewer.core.cue_words import SAYING_NOW, SAYING_VERBS
from viewer.core.holds import holds_any

# Stems of the verbs, for a cheap test before the scan.
_STEMS = ("credit", "blame", "thank", "prais", "fault", "commend", "applaud", "hail", "salut")
# The verb in the present or the perfect, at least one word of its object (no comma between),
# then "for" or "with" and a gerund: "credits the helmet with saving his life".
_CREDITED = re.compile(
    r"\b(?:(?:has|have)\s+(?:(?:also|now|already|since)\s+)?"
    r"(?:credited|blamed|thanked|praised|faulted|commended|applauded|hailed|saluted)"
    r"|credits?|blames?|thanks?|praises?|faults?|commends?|applauds?|hails?|salutes?)"
    r"\s+(?:[\w'’.-]+\s+){1,6}?(?P<for>for|with)\s+(?:not\s+)?[a-z]+ing\b"
)
# A word before the verb that makes it a noun or no verb told now: "the credit for", "no thanks
# for", "to thank them for", "will praise them for", "many thanks to".
_NOT_NOW = frozenset(
    "a an the no his her their its our my your full much special many any some more to will "
    "would could should might may must can shall did".split()
)
# A verb of saying in the sentence: the credit is what a speaker reports.
_REPORTED = SAYING_VERBS | SAYING_NOW | {"say", "report"}
_CLAUSE_END = re.compile(r",\s|[;:—–]|\s-\s")  # not the comma of "20,000"


def credited_act(text: str, start: int, end: int) -> tuple[int, int] | None:
    """From the "for" or "with" of what a verb of crediting, blaming, praising or thanking,
    told in the present or the perfect in what a speaker says, names as the act to the end
    of its clause: no time in it dates the verb. None where the sentence has none."""
    if text.find(" for ", start, end) < 0 and text.find(" with ", start, end) < 0:
        return None  # most sentences: no scan
    if not holds_any(text[start:end], _STEMS):
        return None
    for m in _CREDITED.finditer(text, start, end):
        before = text[start : m.start()].split()
        if not before or before[-1].lower().strip("\"'“‘(") in _NOT_NOW:
            continue  # "Thanks for joining us", "the credit for", "will thank them for"
        stop = _CLAUSE_END.search(text, m.end(), end)
        told = [*before, *text[m.end() : end].split()]  # "…, a spokesman says." too
        if _REPORTED.isdisjoint(word.lower().strip(".,;:") for word in told):
            return None  # on no one's word: the act's time stays the passage's
        return m.start("for"), stop.start() if stop else end
    return None
