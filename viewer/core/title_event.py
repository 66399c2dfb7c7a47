"""The headline as an event: news puts its main happening in the title and retells it in the
lede, so the title is one more passage of the lede's event, or an event of its own."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from viewer.core.holds import holds_any, holds_word
from viewer.core.model import DateBasis, DateValue, Document, Event, Precision, Span
from viewer.core.temporal.calendar_words import MONTHS, WEEKDAYS, WORDLIKE_MONTHS
from viewer.core.wire_tag import wire_tag_length
from viewer.core.word_patterns import first_letters

# Words that say nothing of what a happening is about.
_STOP = frozenset(
    """
    a an the and or but of in on at to for from by with as into than that this these those it
    its is are was were be been has have had will would could should may might can not no
    more most over after before about against between he she they we you his her their our
    who what when where why how all any both each other some new says said say us u.s
    """.split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*")
# How many of the body's first events may be the lede that retells the headline.
LEDE_REACH = 3


@lru_cache(maxsize=1 << 16)  # a corpus's words recur: each stemmed once
def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=1 << 16)  # a corpus's words recur: each judged once
def _content(word: str) -> str:
    """A word's stem if it says what a text is about, else "" (a stem is never empty)."""
    return "" if len(word) <= 2 or word.lower() in _STOP else _stem(word)


@lru_cache(maxsize=64)  # a paragraph's last event is compared with each sentence after it
def content_words(text: str) -> frozenset[str]:
    """The words of a text that say what it is about, crudely stemmed."""
    words = set(map(_content, _WORD.findall(text)))
    words.discard("")
    return frozenset(words)


def title_span(doc: Document, text: str) -> Span | None:
    """Where the document's title is among its header lines, as a span of `text`, the visible
    text a reader sees (where "# " or a tag before it shows nothing), if it is one of them (a
    title made from the first sentence, for an article without one, is not)."""
    title = " ".join(doc.title.split()).rstrip("…")
    if not title:
        return None
    for header in doc.header:
        start, end = doc.visible.to_visible(header.start, header.end)
        if title not in " ".join(text[start:end].split()):
            continue
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        start += wire_tag_length(text[start:end])  # "UPDATE 2-": no part of the headline
        return Span(start, end) if end > start else None
    return None


# A lede that opens on a time more than this many days before the news day tells the story's
# past ("During the spring of 1977, …", "Two years ago, …"): a delayed lede, whose news (the
# headline's) comes later. Its time phrase stands before the first comma, in so many words.
_FLASHBACK_DAYS = 31
_OPENING_WORDS = 6
# A verb told in the past, which a time after it dates: "was shot", "were killed", "fired".
_TOLD_VERB = re.compile(r"\b(?:was|were)\s|\b[a-z]{2,}ed\b")


def lede_texts(events: Sequence[Event], today: DateValue | None) -> list[str]:
    """The texts of the body's first events, which may retell the headline (`lede_index`);
    a flashback's is "", for the headline tells the news, not the story's past."""
    return ["" if _flashback(e, today) else e.primary.text for e in events[:LEDE_REACH]]


def _flashback(event: Event, today: DateValue | None) -> bool:
    """Whether an event's passage opens on its own time phrase (a comma after it or not), and
    that time ended more than `_FLASHBACK_DAYS` before the news day."""
    dating = event.dating_of(0)
    if today is None or dating.basis not in (DateBasis.EXPLICIT, DateBasis.RELATIVE):
        return False
    if (today.first - dating.value.last).days <= _FLASHBACK_DAYS or not dating.text:
        return False
    text = event.primary.text
    if dating.basis is DateBasis.EXPLICIT and dating.value.precision is Precision.YEAR:
        # "Zurana Horton, 34, was fatally shot in 2011 while …": a past year stated in full
        # after the main verb dates the lede's happening (not "the leading rusher in 2009").
        at = text.find(dating.text)
        return at > 0 and _TOLD_VERB.search(text, 0, at) is not None
    opening = text[: max(0, text.find(","))]
    if dating.text in opening and len(opening.split()) <= _OPENING_WORDS:
        return True
    # Or opening the passage, a comma after it or not: "Twelve months ago the Comets finished
    # bottom of the league."
    at = text.find(dating.text)
    return at >= 0 and len(text[:at].split()) <= 1


# A headline tells its happening in the present ("Jet Crashes", "Singer Dies at 49", "Rebels
# Win Vote") and the lede in the past ("crashed", "died", "won"): the past forms that are not
# made with "-ed", as the present they share a stem with.
_PRESENT_OF = {
    past: present
    for pair in """
    win:won fall:fell rise:rose,risen take:took,taken sink:sank,sunk leave:left sell:sold
    buy:bought lose:lost lead:led meet:met make:made give:gave,given send:sent
    begin:began,begun hold:held flee:fled catch:caught steal:stole,stolen shoot:shot
    strike:struck fight:fought seek:sought break:broke,broken choose:chose,chosen
    drive:drove,driven fly:flew,flown freeze:froze,frozen grow:grew,grown throw:threw,thrown
    swear:swore,sworn tear:tore,torn wake:woke shake:shook speak:spoke,spoken find:found
    pay:paid say:said tell:told bring:brought build:built spend:spent stand:stood
    withdraw:withdrew,withdrawn keep:kept hang:hung feel:felt teach:taught ride:rode,ridden
    write:wrote,written become:became come:came run:ran go:went,gone eat:ate,eaten
    draw:drew,drawn
    """.split()
    for present, pasts in [pair.split(":")]
    for past in pasts.split(",")
}
# Fewest letters a word keeps when a suffix is taken off it: "crashes" -> "crash", not "ties"
# -> "ti"; a plural or present's "-s" may leave three ("wins" -> "win").
_LEAST = 4
_LEAST_BEFORE_S = 3


@lru_cache(maxsize=1 << 16)  # a corpus's words recur: each stemmed once
def _tenseless(word: str) -> str:
    """A word crudely stemmed, the same for the present and the past of a verb ("dies",
    "died"; "survive", "survived"; "wins", "won") and for a noun's singular and plural."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = _PRESENT_OF.get(word, word)
    if len(word) >= _LEAST and word.endswith(("ies", "ied")):
        return word[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s"):
        least = _LEAST_BEFORE_S if suffix == "s" else _LEAST
        if word.endswith(suffix) and len(word) - len(suffix) >= least:
            word = word[: -len(suffix)]
            break
    return word[:-1] if len(word) > _LEAST and word.endswith("e") else word


@lru_cache(maxsize=64)
def _told_words(text: str) -> frozenset[str]:
    """The words of a headline or a lede that say what it is about, each verb's present and
    past made one (`_tenseless`)."""
    words = {_tenseless(w) for w in _WORD.findall(text) if len(w) > 2 and w.lower() not in _STOP}
    return frozenset(words)


# What a headline's happening is "over" or came "after" is another happening, its cause:
# "Dozens Riot Over NYPD's Fatal Shooting Of Brooklyn Teen", "Anger … Persists Over
# Teenager's Killing". A lede that shares words only with the cause tells the cause.
_CAUSE = re.compile(r"\s(?:over|after|following|amid)\s", re.IGNORECASE)


def lede_index(title: str, ledes: Sequence[str], opens: bool = True, first: int = 1) -> int | None:
    """Which of the body's first event passages retells the headline: the first that shares
    what it is about with it (one word suffices for the `first` ones, cut from the sentence
    that `opens` the article in its first paragraph; two for any other), in the headline's
    own happening, before any cause it names (`_CAUSE`)."""
    words = _told_words(_CAUSE.split(title, 1)[0])
    if not words:
        return None
    for index, text in enumerate(ledes[:LEDE_REACH]):
        shared = words & _told_words(text)
        if len(shared) >= (1 if index < first and opens else 2):
            return index
    return None


# A sentence's end, or a paragraph's.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?:\s|$)|\n")


def first_sentence_events(text: str, events: Sequence[Event]) -> int:
    """How many of the first events are cut from one sentence, the first one's: each after
    the one before with no sentence's end between them ("Laura Nyro, … | whose songs became
    hits … in the late 1960s, | died … on Tuesday.")."""
    count = 1
    for before, event in pairwise(events[:LEDE_REACH]):
        if _SENTENCE_END.search(text, before.primary.start, event.primary.start):
            break
        count += 1
    return count


@lru_cache(maxsize=64)
def _names(text: str) -> frozenset[str]:
    """The capitalised words of a text past its first word: names of actors and places."""
    words = _WORD.findall(text)[1:]
    return frozenset(_stem(w) for w in words if w[0].isupper() and w.lower() not in _STOP)


def same_subject(text: str, before: str) -> bool:
    """Whether a sentence goes on about what the one before reported: two words of what it
    is about in common, or one name."""
    shared = content_words(text) & content_words(before)
    if not shared:
        return False  # a name in common would be one of the shared words
    return len(shared) >= 2 or bool(shared & _names(text) & _names(before))


# A name right before or after a verb of saying: the speaker of a statement. A name after
# "told" is who was told ("told Reuters"), not who spoke; one after "said" that a verb follows
# is who the words are about ("the court source said Mr Korkoneas indicated …"): the speaker's
# name after the verb ends the clause, or a time, a place or a description follows it.
# Its two alternatives, searched apart: the first opens on a capital, the second, spelt by
# first letters, on a verb's first letter, so that each search skips to where it may match;
# one pattern with both was tried at every character.
_NAME_THEN_VERB = re.compile(
    r"([A-Z][a-z]+)\s+(?:said|says|stated|declared|added|told|wrote|insisted|noted|tweeted)\b"
)
_VERB_THEN_NAME = re.compile(
    "(?:"
    + first_letters("said stated declared added wrote insisted noted tweeted".split())
    + r")\s+(?:[A-Z][\w.-]*\s+)*"
    r"([A-Z][a-z]+)(?=\s*(?:[,.;:!?\"”’)]|$)|\s+(?:on|in|at|of|who|after|during|to|from|and|"
    r"when|while|as|for|with|that|last|this|earlier)\b)"
)
# A day or month next to the verb is when it was said ("said Tuesday"), not who said it; a
# month that is also a name ("May said") may be either, and stays a name.
# Capitalised words before or after a verb of saying that name no speaker: a time, or a
# pronoun opening the sentence ("He told Smith …" names Smith as no speaker either).
_NOT_NAMES = (
    frozenset({*WEEKDAYS, *MONTHS, "today", "tonight", "yesterday", "he", "she", "they", "it"})
    | {"we", "i"}
) - WORDLIKE_MONTHS


# The verbs _SPEAKER needs one of: a statement without them names no speaker by them.
_SPEAKER_VERBS = "said says stated declared added told wrote insisted noted tweeted".split()


# A name, then who they are set off by commas, then the verb of saying: "Mehdi Zareh, the head
# of Iran's Seismic Research Center, said …", "John Smith, 54, who runs the shop, said …", "Dr
# Ahmed, head of the clinic, told reporters …". A description opens in lower case, on a figure
# (an age) or on a possessive ("Iran's top seismologist"), not on a name ("Obama, Hollande,
# said"); one or two of them, with no quotation, bracket or sentence's end in them.
_DESCRIPTION = r"(?:[a-z0-9]|[A-Z][\w.]*['’]s\s)(?:[^,;:\"“”()!?.]|\.(?!\s+[A-Z]))" + "{0,80}?"
_NAME_DESCRIBED_THEN_VERB = re.compile(
    rf"([A-Z][a-z]+),\s+({_DESCRIPTION}),\s+(?:({_DESCRIPTION}),\s+)?"
    rf"(?:{'|'.join(_SPEAKER_VERBS)})\b"
)
# A description that says it was so at the time told ("Ali Reza, then the governor, said"): the
# statement is of that time too, a speaker of the past the story tells.
_THEN = re.compile(r"\b(?:then|at\s+the\s+time|at\s+that\s+time)\b")


def described_speakers(text: str) -> Iterator[str]:
    """The name of each speaker a statement describes between the name and the verb of saying
    (`_NAME_DESCRIBED_THEN_VERB`), not one described as of the time told (`_THEN`)."""
    if ", " not in text:
        return
    for m in _NAME_DESCRIBED_THEN_VERB.finditer(text):
        if not any(d and _THEN.search(d) for d in m.group(2, 3)):
            yield m.group(1)


def speakers_of(text: str) -> set[str]:
    """The names a statement gives its speaker ("Biden stated", "said Biden", "Zareh, the head
    of the center, said"), if any."""
    if not holds_any(text, _SPEAKER_VERBS):
        return set()  # most statements here are quotations: the scan is spared
    names = {*_speaker_names(text), *described_speakers(text)}
    return {name for name in names if name and name.lower() not in _NOT_NAMES}


def _speaker_names(text: str) -> Iterator[str]:
    """The name of each match of the two speaker patterns, in the order one pattern with both
    as alternatives (the first where both match at one place) finds them in turn."""
    at = 0
    while True:
        first = _NAME_THEN_VERB.search(text, at)
        second = _VERB_THEN_NAME.search(text, at)
        if second is not None and (first is None or second.start() < first.start()):
            first = second
        if first is None:
            return
        yield first.group(1)
        at = first.end()


def speaker_named_in(names: set[str], before: str) -> bool:
    """Whether the speaker of a statement, by the names it gives (`speakers_of`), is named in
    an earlier passage ("Biden stated, …" after a passage where Biden spoke)."""
    return any(holds_word(before, name) for name in names)


_TELLER_PRONOUN = re.compile(r"\b(he|she)\s+(?:said|says|added|adds|told|tells)\b")


def other_teller(shown: str, before: str) -> bool:
    """Whether a statement's pronoun tag ("she said") differs from every pronoun tag of the
    statement before it ("he said"): another speaker."""
    own = {m.group(1) for m in _TELLER_PRONOUN.finditer(shown.lower())}
    told = {m.group(1) for m in _TELLER_PRONOUN.finditer(before.lower())}
    return bool(own) and bool(told) and own.isdisjoint(told)
