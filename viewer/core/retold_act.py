"""A happening told again just after its telling, at a time of its own: one event.

News reports a happening, then tells it again in the next lines with the time it came about or
a detail of it: "Cork City Council has today taken the decision to cancel the St Patrick's
Festival", then "The decision was taken at a meeting of the Council's Major Emergency
Management team this morning"; "The Liberty Bell 7 space capsule … was hauled aboard a
recovery ship Tuesday", then "It was lifted onto the deck of the ship early Tuesday morning";
"Holden has recalled more than 41,000 Cruze small cars …", then "The recall, lodged with the
Australian Competition and Consumer Commission on Monday, covers Cruze sedans …". The time the
later line carries is the happening's, not a new one's (docs/events.md, section 3: two passages
about one happening are one event).

Told again so: opening on the noun of that event's own act ("the recall" after "has
recalled", "the decision" after "taken the decision"), made at a time the event can share: its
day, or a day of the week before it where the event has no time of its own (the lede's "has
recalled", dated then by the later line); or of the same day, in the passive of a pronoun
taking up what that event tells in the passive, telling more of it as a detail with no time
does (`same_happening.more_of`: no step, figure or source of its own). With no time of its
own, by the noun of that event's act told as made, of its day: "Summit Entertainment announced
today that …", then "The announcement was made by Erik Feig" ("announcement": "announced").
Or, with a time of its own, by a demonstrative pointing back to the thing an earlier event
of its day names, told in the passive: "Jurors on Thursday watched video capturing …", then
"This frightening surveillance video was presented at the Brooklyn Supreme Court on
Thursday …".

A passage with no time of its own whose every word of four letters or more, and every figure,
an earlier event of its day holds is that event told again in fewer words: "Police were called
to the family's terraced house … at 8.40am on Saturday and found the bodies of …", then
further down "Police were called and found the bodies." (not a piece of the same sentence). So
is one with no time of its own opening on the name and the past verb an earlier event of its
day opens on: "Bratton asked for the public's help …", then "Bratton asked anyone with
information to call …".

Kept apart: a step told as one ("then", "later", "also"), a statement (not one only by the
source tag closing it, "…, police said."), another day, a step told in the active ("They
began their work Tuesday morning" after the jurors came back), a change made to the act
afterwards with no time of its own ("The recall was extended …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from viewer.core.doers_act import doers_act
from viewer.core.happening_detail import detail_of
from viewer.core.happening_noun_retold import noun_retold
from viewer.core.kind_retold import kind_retold
from viewer.core.model import STATED_BASES, Event, Precision
from viewer.core.retold_happening import join_telling
from viewer.core.same_happening import more_of, next_step
from viewer.core.statement_cues import is_statement
from viewer.core.subject_act import lede_act_dated, same_subject_act
from viewer.core.told_twice import Tellings, closing_tag, same_words

# A word read as telling something, by its length; and how many a passage told again in fewer
# words holds at least.
_LONG = 4
_FEWEST = 3
# How far before an undated event's day its act may be told as made: the news week.
_WEEK = timedelta(days=7)
# A definite noun opening the passage, made at a time: "The recall, lodged with …", "The
# decision was taken at …", "The ban, which was announced on …".
_PARTICIPLE = r"(?:\w+ed|\w+en|made|held|set|put|sent|struck)\b"
_THE_NOUN = re.compile(
    r"(?:(?:but|however|and)\b,?\s+)?(?:the|this|that)\s+(?P<noun>[a-z]{4,})"
    r"(?:,\s+(?:which\s+|that\s+)?(?:was\s+|were\s+)?|\s+(?:was|were)\s+)(?:\w+ly\s+)?"
    rf"(?P<made>{_PARTICIPLE})",
    re.IGNORECASE,
)
# A passive told again of a pronoun: "It was lifted onto the deck …" after "… was hauled aboard
# a recovery ship Tuesday" (the thing the happening was done to, taken up); and the passive
# of the earlier telling it takes up.
_PRONOUN_PASSIVE = re.compile(
    r"(?:it|they|he|she)\s+(?:was|were)\s+(?:\w+ly\s+)?" + _PARTICIPLE, re.IGNORECASE
)
_PASSIVE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?" + _PARTICIPLE, re.IGNORECASE)
# The noun's act in the earlier telling: its verb ("has recalled"), or the noun made by a light
# verb ("has today taken the decision", "made an announcement", "reached a deal").
_LIGHT = r"(?:took|taken|take|takes|made|make|makes|reached|reach|reaches|announced|issued)"
# Told as made, by a participle of those verbs ("The announcement was made by …"): how the act
# came about, not a change made to it afterwards ("The recall was extended to hatchbacks").
_MADE = re.compile(_LIGHT, re.IGNORECASE)


def _acted(noun: str, text: str) -> bool:
    """Whether an earlier telling (`text`) tells the act a noun names: by its verb in the past
    ("recall": "recalled") or by the noun after a verb of making ("taken the decision")."""
    stem = noun[:-4] if noun.endswith("ment") else noun  # "announcement": "announced"
    verb = rf"\b{stem}e?d\b"
    made = rf"\b{_LIGHT}\s+(?:\w+\s+)?(?:the|a|an|its|their|his|her)\s+{noun}\b"
    return re.search(f"{verb}|{made}", text, re.IGNORECASE) is not None


def _dated(event: Event) -> bool:
    return event.date_basis in STATED_BASES and event.date.precision is Precision.DAY


def _same_day(event: Event, later: Event) -> bool:
    return _dated(event) and event.date.overlaps(later.date)


def _can_share(event: Event, later: Event) -> bool:
    """Whether an earlier event may be of the later telling's day: the same day, or, with no
    time of its own, a day of the week before its own."""
    if _same_day(event, later):
        return True
    if event.date_basis in STATED_BASES or later.date.last > event.date.last:
        return False
    return event.date.first - later.date.first <= _WEEK


def _passive_again(text: str, event: Event) -> bool:
    """Whether a passage tells in the passive, of a pronoun, more of what the event before
    it tells in the passive ("It was lifted onto the deck …" after "… was hauled aboard …")."""
    if _PRONOUN_PASSIVE.match(text) is None or _PASSIVE.search(event.primary.text) is None:
        return False
    return more_of(text, event.passages_text())


def _undated(event: Event, later: Event) -> bool:
    """Whether a later telling has no time of its own and is of the earlier event's day."""
    return later.date_basis not in STATED_BASES and event.date.overlaps(later.date)


def _retells(kept: Sequence[Event], later: Event) -> Event | None:
    """The event a passage (no step, no statement) tells again, if any: the one just before
    it; a passage with no time of its own only by the noun of that event's act, of its day."""
    text = later.primary.text
    event, dated = kept[-1], _dated(later)
    if dated and _same_day(event, later) and _passive_again(text, event):
        return event
    the = _THE_NOUN.match(text)
    if the is None or not _acted(the["noun"], event.primary.text):
        return None
    if dated:
        return event if _can_share(event, later) else None
    made = _MADE.fullmatch(the["made"]) is not None
    return event if made and _undated(event, later) else None


# The words of a passage that tell what it says: four letters or more, and every figure.
_WORD = re.compile(r"[\w$%.,-]+")


def _words(text: str) -> set[str]:
    """A passage's words of four letters or more and its figures, lowercased."""
    words: set[str] = set()
    for found in _WORD.findall(text):
        word = found.strip(".,").lower()
        # A short word of letters only holds no figure: most are, and need no look.
        if len(word) >= _LONG or (not word.isalpha() and any(c.isdigit() for c in word)):
            words.add(word)
    return words


def _known_words(event: Event, known: dict[int, tuple[int, set[str]]]) -> set[str]:
    """An event's `_words` over all its passages, made again only when it gained a passage."""
    count = len(event.passages)
    held = known.get(id(event))
    if held is None or held[0] != count:
        held = (count, _words(event.passages_text()))
        known[id(event)] = held
    return held[1]


def _said_again(
    kept: Sequence[Event], later: Event, known: dict[int, tuple[int, set[str]]]
) -> Event | None:
    """The earlier event, of its day, whose words hold every word and figure of a passage with
    no time of its own ("Police were called and found the bodies." after "Police were called
    to the family's terraced house … at 8.40am on Saturday and found the bodies of …"): told
    again in fewer words, nothing of its own."""
    text = later.primary.text
    words = _words(text)
    if len(words) < _FEWEST:
        return None
    for event in reversed(kept):
        if later.primary.start < event.primary.end:
            continue  # a piece of the same sentence
        if event.date.overlaps(later.date) and words <= _known_words(event, known):
            return event
    return None


# A name and a past verb opening a passage: "Bratton asked …".
_NAME_ACTED = re.compile(r"([A-Z][a-z]+)\s+([a-z]{3,}ed)\b")


def _opening(event: Event, opened: dict[int, str]) -> str:
    """The name and past verb an event's first passage opens on ("Bratton asked"), or "";
    read once an event."""
    held = opened.get(id(event))
    if held is None:
        m = _NAME_ACTED.match(event.primary.text)
        held = opened[id(event)] = "" if m is None else f"{m[1]} {m[2]}"
    return held


def _acted_again(kept: Sequence[Event], later: Event, opened: dict[int, str]) -> Event | None:
    """The earlier event of its day that opens on the same name and past verb as a passage
    with no time of its own: the same act of the same actor told again ("Bratton asked
    anyone with information to call …" after "Bratton asked for the public's help …")."""
    opening = _opening(later, opened)
    if not opening:
        return None
    for event in reversed(kept):
        if _opening(event, opened) == opening and event.date.overlaps(later.date):
            return event
    return None


# A demonstrative noun opening the passage, what it names done in the passive: "This
# frightening surveillance video was presented at the Brooklyn Supreme Court on Thursday …".
_THIS_THING = re.compile(
    r"(?:this|that|these|those)\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>[a-z]{4,})\s+(?:was|were)\s+"
    rf"(?:\w+ly\s+)?{_PARTICIPLE}",
    re.IGNORECASE,
)


def _this_thing_again(kept: Sequence[Event], later: Event) -> Event | None:
    """The nearest earlier event of its day naming the thing a passage with a time of its own
    points back to by a demonstrative, told in the passive: "This frightening surveillance
    video was presented at the Brooklyn Supreme Court on Thursday …" after "Jurors on
    Thursday watched video capturing the horrific moment …": the same act, told of its
    object."""
    if not _dated(later):
        return None
    this = _THIS_THING.match(later.primary.text)
    if this is None:
        return None
    named = re.compile(rf"\b{this['noun']}\b", re.IGNORECASE)
    for event in reversed(kept):
        if _same_day(event, later) and named.search(event.primary.text):
            return event
    return None


def _tag_alone(text: str) -> bool:
    """Whether a passage is a statement only by the source tag closing it ("The men were
    arrested in Leeds, | police said.")."""
    tag = closing_tag(text)
    return tag > 0 and not is_statement(text[:tag])


def join_retold_acts(events: Sequence[Event]) -> list[Event]:
    """Each happening told again just after its telling, in fewer words, or by its actor's
    name and verb, joined to it."""
    kept: list[Event] = []
    known: dict[int, tuple[int, set[str]]] = {}  # the words of each event kept, by its id
    opened: dict[int, str] = {}  # the name and verb each event opens on, by its id
    tellings = Tellings()  # the events kept, by the words of their passages
    last: Event | None = None  # the event of the passage just before
    for event in events:
        text = event.primary.text
        # The same words told again (a lede repeated as a summary): one telling, whatever it is.
        words = same_words(text)
        earlier = tellings.told_before(event, words)
        # A step told as one ("then", "later") or a statement tells something of its own; a
        # source tag closing a passage ("…, police said.") tells whose account it is.
        told = not is_statement(text) or _tag_alone(text)
        if earlier is None and kept:  # how the happening was felt, heard, or what it measured
            earlier = detail_of(kept, event, last)
        if earlier is None and kept and told and not next_step(text):
            earlier = _retells(kept, event) or _this_thing_again(kept, event)
            if earlier is None and event.date_basis not in STATED_BASES:  # no time of its own
                earlier = _said_again(kept, event, known) or _acted_again(kept, event, opened)
            earlier = (
                earlier
                or same_subject_act(kept, event)
                or lede_act_dated(kept, event)
                or doers_act(kept, event)
                or noun_retold(kept, event)
                or kind_retold(kept, event, _can_share)
            )
        if earlier is None:
            kept.append(event)
            tellings.add(event, words)
        else:
            tellings.add(event, words, joined_to=earlier)
            join_telling(earlier, event)
        last = earlier or event
    return kept
