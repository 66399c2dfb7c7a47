"""A title that opens on "He" or "She" names the person, where the sentence before says who.

On a timeline card, "He retired in 1993 as the league's all-time leader in steals" tells
nothing of who. A reader of the article knows from the sentence before: "Cheeks was fired
March 2 … He had a 162-139 record in Portland". The title names them ("Cheeks had a 162-139
record…") only where the reading is plain:

- the event's words open on the pronoun, as its sentence's subject;
- the sentence before opens on a person's name as its subject, or on the same pronoun, itself
  read back the same way (a run of "He …" sentences after a name), maybe after an opening
  phrase and its comma ("After his arrest, Jeffs stood trial…"), if that phrase names no one
  else ("As Ortiz spoke to her, Orozco steadied his hand": "he" may be either);
- the name is a person's: written with a capital wherever it stands, and somewhere in the
  article after a first name or a title ("Maurice Cheeks", "Deputy Ortiz", "Mrs McMeekin"),
  not "Instead" or "Philadelphia";
- the sentence before tells no statement ("Lt. Bob Rifkin … said Ortiz became interested…":
  "he" may be either);
- the article's sentences that name them say "she" of them no more than "he" (or the other
  way, as the pronoun is), and the title does not name them again: "He was charged with assault on
  Mendes", after "Robyn Mendes was the victim", is of someone else.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from viewer.core.fronted_phrase import top_level_comma
from viewer.core.headline import LIMIT
from viewer.core.headline_parts import fronted, has_saying_verb
from viewer.core.holds import ends_word, places_of, spaces_before
from viewer.core.model import Event, Span
from viewer.core.speaker_name import described_subject
from viewer.core.title_cut import with_subject

_PRONOUNS = ("He ", "She ")
# A sentence that opens on a name, then its verb or a comma: "Cheeks was fired", "O'Brien is",
# "Ortiz, of Diamond Bar, was", "Sheriff Lee Baca praised", "DiLeo has".
_OPENS_ON_NAME = re.compile(
    r"[“\"‘']?(?:(?:[A-Z][a-z]+\.?|[A-Z]\.)\s+){0,3}"
    r"(?P<name>(?:[A-Z][’'])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-’'][A-Z][a-z]+)?)(?=,|\s+[a-z])"
)
# Capitalised words that open sentences but name no one.
_NOT_NAMES = frozenset(
    """The A An This That These Those It He She They We I His Her Its Their Our My Mr Mrs Ms
    Dr But And Or So Yet Still Then Now When While After Before Since As If Although Though
    Because Instead Meanwhile However Later Earlier Today Yesterday Last Next Police
    Officials Authorities In On At During First Second Finally Once Like Unlike""".split()
)
# Titles before a person's name: "Mrs McMeekin was brought up in Millom".
_HONORIFICS = frozenset("Mr Mrs Ms Miss Dr".split())
_RUN = 3  # sentences of a run of "He …" read back


def name_pronoun_titles(text: str, sentences: Sequence[Span], events: Sequence[Event]) -> None:
    """Titles that open on "He" or "She" take the name the sentences before give them
    (`sentences`: the article's sentences in order)."""
    starts = [sentence.start for sentence in sentences]
    for event in events:
        title = event.title
        if not title.startswith(_PRONOUNS):
            continue
        pronoun = title.split(" ", 1)[0]
        start = event.primary.start
        # "The native of Chicago, Ill., he averaged…": the pronoun after what describes them
        opens = start + described_subject(text[start : event.primary.end])
        if not text.startswith((pronoun + " ", pronoun.lower() + " "), opens):
            continue  # a cut-out clause or a retitled sentence: the pronoun is not its own
        at = bisect_right(starts, start) - 1
        before = [text[s.start : s.end] for s in sentences[max(0, at - _RUN) : max(0, at)]]
        name = _named_before(text, sentences, before, pronoun)
        if name is None or name in title:
            continue
        event.title = with_subject(title, pronoun, name, LIMIT)


def _named_before(
    text: str, sentences: Sequence[Span], before: list[str], pronoun: str
) -> str | None:
    """The person the sentences `before` name as their subject, if plain."""
    for whole in reversed(before):
        sentence = _past_opening(whole)
        if sentence.startswith((pronoun + " ", pronoun.lower() + " ")):
            continue  # "He had a record. He played…": the run goes back to its name
        found = _OPENS_ON_NAME.match(sentence)
        if found is None or _names_no_one(found[0]):
            return None  # "In that statement, he…", "When Hurricane Katrina destroyed…"
        if _NOT_A_VERB.match(sentence, found.end()) or has_saying_verb(whole):
            return None  # "First, he's…"; "Lt. Rifkin said Ortiz became…": "he" may be either
        name = found["name"]
        if sentence is not whole and _names_another(text, whole, name):
            return None  # "As Ortiz spoke to her, Orozco steadied his hand": either man
        if is_person(text, name) and _agrees(text, sentences, name, pronoun):
            return name
        return None
    return None


def _names_no_one(opening: str) -> bool:
    """Whether a sentence's opening words name no one: "In that statement", "When Hurricane
    Katrina". A title before a name is no such word: "Mrs McMeekin"."""
    words = opening.strip("“\"‘'").split()
    return any(word in _NOT_NAMES and word not in _HONORIFICS for word in words)


_CAPITALISED = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-’'][A-Z][a-z]+)?\b")


def _names_another(text: str, sentence: str, name: str) -> bool:
    """Whether a sentence names a person other than `name` ("District Judge Barbara Walther
    read Jeffs the indictment": "he" is of Jeffs, not the judge)."""
    return any(
        word != name and word not in _NOT_NAMES and is_person(text, word)
        for word in _CAPITALISED.findall(sentence)
    )


def _past_opening(sentence: str) -> str:
    """The sentence after an opening phrase and its comma: "In his first season as head
    coach, Cheeks guided…" → "Cheeks guided…"; "Instead, Ortiz had planned…"."""
    if not fronted(sentence):
        return sentence
    comma = top_level_comma(sentence)
    if comma < 0 or len(sentence[:comma].split()) > _OPENING_WORDS:
        return sentence
    return sentence[comma + 1 :].lstrip()


_OPENING_WORDS = 12


# What follows a sentence's opening word but not a name as subject: "In that statement",
# "First, he's a known quantity".
_NOT_A_VERB = re.compile(
    r",?\s+(?:the|that|a|an|this|these|those|his|her|its|their|he|she|it|they|we|i)\b",
    re.IGNORECASE,
)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)


def _agrees(text: str, sentences: Sequence[Span], name: str, pronoun: str) -> bool:
    """Whether the article's sentences that name someone speak of them no less as "he" than
    "she" (or the other way) as the pronoun does: "Gomes was convicted of beating Mendes,
    holding a knife to her throat" is no "he" for Mendes."""
    same, other = (_HE, _SHE) if pronoun == "He" else (_SHE, _HE)
    agree = disagree = 0
    for span in sentences:
        sentence = text[span.start : span.end]
        if name in sentence:
            agree += len(same.findall(sentence))
            disagree += len(other.findall(sentence))
    return agree >= disagree


def is_person(text: str, name: str) -> bool:
    """Whether the article writes a name as a person's: capitalised mid-sentence, after a
    first name or a title ("Maurice Cheeks", "Deputy Ortiz").

    The name's places are found as plain text and the words before them read back: a pattern
    made for each name would be compiled again and again, as a corpus names thousands."""
    places = list(places_of(text, name))  # `name\b`
    before = [(at, _word_before(text, at)) for at in places]
    if any(found and found[1] in _HONORIFICS for _, found in before):
        return True  # "Mrs McMeekin", "Mr. Gray"
    if not any(_after_lower(text, at) for at in places):
        return False  # capitalised only where a sentence opens: "During", "First"
    told = 0  # where the last word and name read end: as in `re.finditer`, none overlap
    for at, found in before:
        if found is None or found[0] < told:
            continue
        told = at + len(name)
        if found[1] not in _NOT_NAMES and found[1] not in _PLACE_WORDS:
            return True
    return False


_SMALL = frozenset("abcdefghijklmnopqrstuvwxyz")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _word_before(text: str, at: int) -> tuple[int, str] | None:
    """Where the word `\\b([A-Z][a-z]+)\\.?\\s+` puts before a name at `at` opens, and the word,
    if any: "Maurice", "Mr"."""
    end = spaces_before(text, at)
    if end == at:
        return None
    if end > 0 and text[end - 1] == ".":
        end -= 1  # "Mr. Gray"
    start = end
    while start > 0 and text[start - 1] in _SMALL:
        start -= 1
    if start == end or start == 0 or text[start - 1] not in _CAPITALS:
        return None
    return (start - 1, text[start - 1 : end]) if ends_word(text, start - 1) else None


def _after_lower(text: str, at: int) -> bool:
    """Whether a name at `at` stands after a small letter or comma and white space:
    `[a-z,]\\s+`."""
    end = spaces_before(text, at)
    return 0 < end < at and text[end - 1] in _SMALL_OR_COMMA


_SMALL_OR_COMMA = _SMALL | {","}


# Capitalised words before a place's name at a sentence's start: "In Philadelphia".
_PLACE_WORDS = frozenset("In At On From To For Of By With Near Outside Inside Across".split())
