"""The words of a habit: how often something happens, written once.

A habit is no happening (docs/events.md, section 1): "Storms hit the coast every winter",
"He usually walks to work", "Prices rise annually". Several cues read a habit's words, each
for its own purpose, and each takes the part of this one list it needs:

- `news_present` keeps a standing fact or a habit from reading as a headline's act ("Moody's
  rates most of the bonds it reviews"): all but the rates (`RATES`), as "daily" there is often
  a paper's name, lowercased ("Daily Mail", "New York Daily News"), with "most" of its own;
- `past_tense` reads a verb whose past is spelt as its base as the present beside any of them
  ("The flames spread every summer"), with the words of the present of its own;
- `state_cues` takes a habit's doubt from the plain adverbs of how often alone (`HOW_OFTEN`),
  not from a rule kept ("the normally bustling city center" describes), "never" (a denial),
  "every" or "each" (a count: "every house on the street") nor a rate (read there by a rule of
  its own, told on no one's authority).
"""

from __future__ import annotations

# The plain adverbs of how often: now and then, or as a rule ("often", "usually", "rarely").
HOW_OFTEN = frozenset("often usually sometimes frequently rarely seldom occasionally".split())
# A rule kept, or what is so as a rule: "always", "never", "normally", "typically".
AS_A_RULE = frozenset("always never normally typically generally regularly routinely".split())
# A rate by a unit of time: "annually", "daily".
RATES = frozenset("annually daily weekly yearly".split())
# Quantifiers that tell how often before a unit of time ("every winter", "each year"), and a
# count before anything else ("every house on the street").
EVERY = frozenset({"every", "each"})
# All of them: a habit's words.
HABIT_WORDS = HOW_OFTEN | AS_A_RULE | RATES | EVERY
