"""A title that opens on "It" names the happening the sentence before names, where plain.

"It broke out in the roof at around 9pm" tells a reader of the timeline nothing of what broke
out; the article said it just before: "More than 50 firefighters fought the blaze which
virtually destroyed the store." The title names it: "The blaze broke out in the roof…". Only
where the reading is plain:

- the event's words open on "It", as its sentence's subject, and its verb tells something a
  happening does ("hit", "broke out", "was followed by", "took place"), not a verb that makes
  "it" stand for a clause to come ("It is not known how…", "It was discovered … that…", "It
  took the panel two hours…") or a state ("It seemed appropriate");
- one of the two sentences before names a happening that strikes or breaks out (a quake, a
  fire, a storm, a blast…) as the head of its noun phrase ("the blaze which…", not "10 fire
  engines"); the nearest such sentence counts, and its last such noun.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from viewer.core.headline import LIMIT
from viewer.core.model import Event, Span
from viewer.core.title_cut import with_subject

# Happenings that strike, break out, rage or go off: what "it" most often stands for when a
# story of one tells how it went.
_THINGS = (
    "quake earthquake temblor tremor aftershock fire blaze inferno storm hurricane typhoon "
    "cyclone tornado flood explosion blast eruption landslide avalanche tsunami"
)
# The noun as the head of its phrase: after a determiner and at most two words, before a
# mark or a word that cannot go on the phrase ("the blaze which", "a fire broke out", "the
# quake."), not "fire engines".
_NAMED = re.compile(
    r"\b(?:the|a|an|this|that|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|"
    r"Saturday's|yesterday's|today's)\s+(?:[\w.,-]+\s+){0,2}?"
    rf"(?P<noun>{'|'.join(_THINGS.split())})"
    r"(?=[,.;:!?”\"')]|\s+(?:which|that|who|was|is|has|had|in|on|at|near|of|and|as|to|from|by|"
    r"struck|hit|broke|began|started|occurred|happened|killed|destroyed|damaged|"
    r"ripped|swept|spread|measured|caused|left|forced|prompted|rocked|shook)\b|$)",
    re.IGNORECASE,
)
# What follows "It" in a sentence about a happening: a verb in the past that a happening does,
# or one of the passives a story of one uses. Not a verb that makes "it" a clause to come or
# a state ("It is…", "It seemed…", "It was discovered … that", "It took the panel…").
_DOES = re.compile(
    r"It\s+(?:(?:also|then|later|first|finally|quickly|eventually)\s+)?"
    r"(?:(?:was|had been)\s+(?:(?:quickly|first|later|also)\s+)?"
    r"(?:followed|felt|preceded|caused|sparked|triggered|recorded|centered|centred|described"
    r"|contained|extinguished|brought under control|put out|measured|registered)\b"
    r"|took place\b|broke out\b|(?:hit|struck|broke|shook|began|spread|tore|swept)\b"
    r"|(?!(?:seemed|appeared|looked|sounded|remained|proved|happened|needed|wanted|used)\b)"
    r"[a-z]+ed\b(?!\s+(?:that|to|how|whether)\b))"
)
_BEFORE = 2  # sentences read back


def name_thing_titles(text: str, sentences: Sequence[Span], events: Sequence[Event]) -> None:
    """Titles that open on "It" take the happening the sentences just before name
    (`sentences`: the article's sentences in order)."""
    starts = [sentence.start for sentence in sentences]
    for event in events:
        title = event.title
        start = event.primary.start
        if not title.startswith("It ") or _DOES.match(text, start) is None:
            continue
        at = bisect_right(starts, start) - 1
        for span in reversed(sentences[max(0, at - _BEFORE) : max(0, at)]):
            if thing := last_thing_named(text[span.start : span.end]):
                event.title = with_subject(title, "It", thing, LIMIT)
                break


def last_thing_named(words: str) -> str:
    """The last happening that strikes or breaks out that `words` name as the head of a noun
    phrase, as a title names it ("The blaze"), or ""."""
    nouns = [found["noun"].lower() for found in _NAMED.finditer(words)]
    return "The " + nouns[-1] if nouns else ""
