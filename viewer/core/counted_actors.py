"""Actors a report names by how many of them there were, not by a definite noun.

A source's account of what actors did ("Police say the workers escaped", narrative_time.py)
names them by "the" and a noun most often; a report counts them as often: "most of the other
100 workers", "two of the guards", "seven employees", "both women", "other premises".
"""

from __future__ import annotations

_COUNTS = "one two three four five six seven eight nine ten eleven twelve".split()
_OF_THE = "|".join(("most", "some", "all", "many", "several", "both", "none", "each", *_COUNTS))
_BEFORE_NOUN = "|".join(
    ("other", "several", "both", *_COUNTS[1:], r"dozens\s+of", r"hundreds\s+of")
)

# Actors told by a count or a quantifier: "most of the (other 100) workers", "seven
# employees", "other premises" (a plural noun, a word before it or none).
COUNTED_ACTORS = (
    rf"(?:(?:{_OF_THE}|\d[\d,]*)\s+of\s+the|(?:{_BEFORE_NOUN}|\d[\d,]*)\s+"
    r"(?:[a-z-]+\s+)?[a-z-]{3,}s)"
)
