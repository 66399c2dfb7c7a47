"""The openers of a clause that reports a happening of its own time, as `happenings` finds
them in a lowercased copy of a sentence: the pattern spelt by first letters (word_patterns.py),
so that a search passes over most characters at once."""

from __future__ import annotations

from viewer.core.word_patterns import WordSearch, first_letters

_WORDS = "since after following when while as who which whose where versus despite".split()
# The same matches as `happenings._OPENER` without IGNORECASE (tests/core/test_word_patterns.py).
OPENER_LOWERED = (
    "(?:"
    + first_letters(
        [f"{w}\\b" for w in _WORDS]
        + [r"compared\s+(?:with|to)\b", r"up\s+from\b", r"down\s+from\b"]
    )
    + '|“(?=[^”"]{12,}[”"])|"(?=[^”"]{12,}[”"]))'
)
# Verbs of reporting, by first letters: `\b(?:said|says|…)` as `happenings` looks for them.
REPORTING = first_letters(
    """said says reported reports announced told confirmed disclosed revealed added noted
    estimated indicated showed""".split()
)
# Every verb of a report that `happenings` names in its patterns of a report and what it
# reports: a sentence without one is asked no more.
REPORT_VERB = WordSearch(rf"(?:{REPORTING})\b")
