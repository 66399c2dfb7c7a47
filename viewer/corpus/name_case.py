"""A person's name written in capitals ("BY JANE DOE", a print page's "LENA PARK") as the
name is written elsewhere: "Jane Doe"."""

from __future__ import annotations

import re

# The words of a name that keep their own case in it: particles in small letters after the
# first word, a generation's numerals in capitals.
_PARTICLES = frozenset(
    {"de", "da", "del", "der", "den", "van", "von", "la", "le", "al", "bin", "ibn", "du", "dos"}
    | {"ter", "and"}
)
_NUMERALS = frozenset({"II", "III", "IV"})
_LETTERS = re.compile(r"[^\W\d_]+")
_VOWELS = frozenset("AEIOUYÀÁÂÄÅÆÈÉÊËÌÍÎÏÒÓÔÖØÙÚÛÜ")


def in_capitals(name: str) -> bool:
    """Whether a name is written all in capitals, in two words or more that read as a
    person's: initials, or words with a vowel (not an outlet's letters, "BBC NEWS")."""
    words = [word for word in name.split() if word not in ("and", "&")]  # "JANE DOE and …"
    if len(words) < 2 or not all(word.isupper() for word in words):
        return False
    runs = [max((len(run) for run in _LETTERS.findall(word)), default=0) for word in words]
    spelt = [word for word, run in zip(words, runs, strict=True) if run >= 3]
    return bool(spelt) and all(_VOWELS & set(word) for word in spelt)


def cased_name(name: str) -> str:
    """`name` as it is written in small letters when it is written in capitals (a particle
    and "and" in small letters, "Mc" and "O'" as names write them); any other name as it
    is."""
    if not in_capitals(name):
        return name
    words = []
    for index, word in enumerate(name.split()):
        if word in _NUMERALS:
            words.append(word)
        elif index and word.lower() in _PARTICLES:
            words.append(word.lower())
        else:
            words.append(_LETTERS.sub(_cased_part, word))
    return " ".join(words)


def _cased_part(match: re.Match[str]) -> str:
    """One run of letters of a word ("O", "BRIEN" of "O'BRIEN"; "JEAN", "LUC")."""
    part = match.group().capitalize()
    if part.startswith("Mc") and len(part) > 3:
        return "Mc" + part[2:].capitalize()
    return part
