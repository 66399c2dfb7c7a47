"""The lead-word scan finds exactly what a full scan of every rule finds."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.test_temporal_cases import CASES, NEGATIVES
from tests.core.test_temporal_governing import SENTENCES
from viewer.core.temporal.context import Ctx, Hit, lowercase_same_length
from viewer.core.temporal.leads import _ENTRIES, _SPACES, find_leads
from viewer.core.temporal.scan import hits_at_leads, hits_everywhere
from viewer.core.temporal.tagger import _RULES
from viewer.core.word_patterns import alternation

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _both(text: str, anchor: date) -> tuple[list[Hit], list[Hit]]:
    def ctx() -> Ctx:
        return Ctx(text, anchor, None, lowercase_same_length(text))

    def key(h: Hit) -> tuple[int, int, str, str]:
        return h.start, h.end, h.resolved.value, h.resolved.type

    fast = sorted(hits_at_leads(ctx(), _RULES), key=key)
    full = sorted(hits_everywhere(ctx(), _RULES.rules), key=key)
    return fast, full


TEXTS = (
    [(text, anchor) for text, anchor, *_ in CASES]
    + [(text, date(2022, 3, 8)) for text in NEGATIVES]
    + [(text, anchor) for text, anchor, _ in SENTENCES]
    + [(p.read_text(encoding="utf-8"), date(2022, 3, 8)) for p in sorted(SEEDS.glob("*.txt"))]
)


@pytest.mark.parametrize(("text", "anchor"), TEXTS)
def test_lead_scan_equals_full_scan_on_known_texts(text: str, anchor: date) -> None:
    fast, full = _both(text, anchor)
    assert fast == full


_WORDS = """the end beginning start middle of early late mid earlier later last next this past
coming previous current January March May June Sept Sep. Feb. Tuesday Tues. Mondays Sunday
2022 2021 1990s '90s 29 8th 1st 3rd 3 10 12 500 p.m. am 10:30 14:00 GMT at by ago days weeks
day week weekend month months year years quarter half decade century 20th twenty-first Q3
FY23 FY fiscal first third final a an few couple several two twenty twenty-five in for over
within now recently previously soon future near moment present these every each daily annual
noon midnight tonight night morning evening yesterday today tomorrow before after spring fall
winter summer to and between from until troops said will said Good Friday Mail eighties
08/03/2022 2022-03-08 3/8 $350 5% F-35 MiG-29 2:43 é ’ I nowadays presently formerly lately
distant foreseeable biweekly hourly centuries minutes hours a.m. EST Wed. Thurs. sixties
nineteenth fiscal2022 FY'23 per cent Christmas Eve New Year's Day Good Black Friday Easter
Thanksgiving St. Patrick's Fourth July Victory that following same preceding later 3/8 2022-23
2014-2022""".split()
_SEPARATORS = [" ", " ", " ", "  ", "-", ", ", ". ", "\n", "/", "", "'", "–", "\u00a0"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_WORDS),
            st.sampled_from(_SEPARATORS),
            st.sampled_from([str.lower, str.capitalize, str.upper, str]),
        ),
        max_size=14,
    ),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
)
def test_lead_scan_equals_full_scan_on_any_phrase(
    parts: list[tuple[str, str, object]], anchor: date
) -> None:
    text = "".join(case(word) + sep for word, sep, case in parts)  # type: ignore[operator]
    fast, full = _both(text, anchor)
    assert fast == full


def test_leads_are_whole_words_at_true_offsets() -> None:
    text = "In late March, Mayor Smith said: “on Tuesdays the 1990s… FY23 and Q3.”"
    found = [(pos, word.decode()) for pos, word in find_leads(lowercase_same_length(text))]
    assert all(text.lower()[pos : pos + len(word)] == word for pos, word in found)
    words = [word for _, word in found]
    assert words == ["late", "march", "tuesdays", "the", "1990s", "fy23", "q3"]


# The lead words as one alternation in the order they are listed (the scan orders them by first
# letter, most frequent first): the same words at the same offsets.
_PLAIN_SCAN = re.compile((" (?:" + alternation(_ENTRIES) + r"|[0-9][a-z0-9]*\b)").encode())


@pytest.mark.parametrize(("text", "anchor"), TEXTS)
def test_ordered_lead_scan_equals_plain_alternation(text: str, anchor: date) -> None:
    lower = lowercase_same_length(text + " ſ K İ ı the 1990s FY23 new year")
    words = b" " + lower.encode("ascii", "replace").translate(_SPACES) + b" "
    assert find_leads(lower) == [(m.start(), m[0][1:]) for m in _PLAIN_SCAN.finditer(words)]
