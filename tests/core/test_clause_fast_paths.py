"""Fast paths of the clause cues and headlines agree with the plain code they replace: on the
seeds' sentences and on made-up text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import seed_sentences
from viewer.core import clause_ends, fronted_phrase, happenings, headline_deletions, past_tense
from viewer.core.clause_ends import VERB, verb_at
from viewer.core.cue_words import WORDS
from viewer.core.happening_openers import REPORTED_AFTER, reported_after
from viewer.core.headline_parts import (
    DATE_PREPOSITION,
    KEEPS_DATE,
    TRAILING_SAYS,
    trailing_says,
)
from viewer.core.temporal import governing_timex

# Words the fast paths turn on, with letters a case-blind pattern matches beyond ASCII ("ſ",
# "K", "İ", "ı") and white space of several kinds.
_PIECES = """Killed WALKED kılled ſaid he She IT had hadn't had’ve shad hade had-been been told
sent on in at during over earlier
later since until till by before after from through to ſince İn ın Before THROUGH theon
thein Tuesday the week a b , . ; “ ” " ' ’ 2022 said says reported told officials police
the government noted estimated,""".split()
_TEXTS = st.lists(
    st.sampled_from([*_PIECES, " ", "  ", "\n", "\t", "\u2003", "\u00a0", "-", "’s"]),
    max_size=40,
).map("".join) | st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join)


_SENTENCES = seed_sentences()


# TRAILING_SAYS as it was spelt: its opening marks in one alternative with a set.
_PLAIN_TRAILING_SAYS = re.compile(
    TRAILING_SAYS.pattern.replace(
        r"(?:,(?!\d)\s*[”\"]?|”\s*,?|\"\s*,?)", r"(?:,(?!\d)\s*[”\"]?|[”\"]\s*,?)", 1
    )
)


def _same_trailing_says(text: str) -> None:
    fast, plain = TRAILING_SAYS.search(text), _PLAIN_TRAILING_SAYS.search(text)
    assert (fast and fast.groupdict()) == (plain and plain.groupdict())
    assert (fast and fast.span()) == (plain and plain.span())
    near = trailing_says(text)  # scanned from the marks before its first verb of saying
    assert (near and (near.span(), near.groupdict())) == (fast and (fast.span(), fast.groupdict()))


def _same_past_perfect(text: str) -> None:
    low = text.lower()
    assert past_tense.past_perfect_in(low) is past_tense.past_perfect(WORDS.findall(low))


def _same_ending(text: str) -> None:
    for pattern in (KEEPS_DATE, DATE_PREPOSITION):
        fast, plain = headline_deletions._at_end(pattern, text), pattern.search(text)
        assert (fast and fast.span()) == (plain and plain.span())
    found = headline_deletions._at_end(DATE_PREPOSITION, text)
    deleted = text[: found.start()] + text[found.end() :] if found else text
    assert deleted == DATE_PREPOSITION.sub("", text)


def _plain_report_after(text: str, start: int, end: int) -> re.Match[str] | None:
    """The report after what it reports, searched plainly; or, with a participle's comment
    after the last comma, the report before that comma."""
    found = REPORTED_AFTER.search(text, start, end)
    comma = text.rfind(",", start, end)
    if found is None and comma >= 0 and re.match(r",\s+[a-z]{2,}ing\b", text[comma:end]):
        found = REPORTED_AFTER.search(text, start, comma)
    return found


def _same_report_after(text: str) -> None:
    for start, end in ((0, len(text)), (1, len(text)), (0, max(0, len(text) - 3))):
        fast, plain = reported_after(text, start, end), _plain_report_after(text, start, end)
        assert (fast and fast.span(1)) == (plain and plain.span(1))


def _same_words(text: str) -> None:
    for cap in range(1, 18):
        assert fronted_phrase.words(text, cap) == min(len(text.split()), cap)
    for start, end in ((0, len(text)), (2, len(text) - 2), (5, 1)):
        for cap in (1, 3, 4):
            plain = len(re.findall(r"\S+", text[start:end])) if start <= end else 0
            assert happenings._words(text, start, end, cap) == min(plain, cap)


def test_fast_paths_agree_onseed_sentences() -> None:
    assert len(_SENTENCES) > 100
    assert _PLAIN_TRAILING_SAYS.pattern != TRAILING_SAYS.pattern
    for sentence in _SENTENCES:
        _same_past_perfect(sentence)
        _same_words(sentence)
        _same_report_after(sentence)
        _same_trailing_says(sentence)
        # Every cut before a word, as the day words cut a headline.
        for at in range(0, len(sentence), 7):
            _same_ending(sentence[:at])


def test_fast_paths_agree_on_made_up_text_cases() -> None:
    for text in [
        "",
        " ",
        "had",
        "he had told",
        "shad ",
        "on ",
        "on",
        " on \n",
        "on \n\n",
        "bon ",
        "so since ",
        "ſince  ",
        "came through\u2003",
        "the meeting earlier\u00a0",
        "x-over ",
        "later, ",
        "Jobs grew, the government reported",
        "Jobs grew, the government reported, on Friday",
        "Jobs grew , police said;",
        "Jobs, grew, he said\n",
        ",said",
    ]:
        _same_past_perfect(text)
        _same_ending(text)
        _same_words(text)
        _same_report_after(text)
        _same_trailing_says(text)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_fast_paths_agree_on_made_up_text(text: str) -> None:
    _same_past_perfect(text)
    _same_ending(text)
    _same_words(text)


@settings(max_examples=300, deadline=None)
@given(_TEXTS | st.sampled_from(_SENTENCES))
def test_a_verb_is_found_where_the_case_blind_search_finds_it(text: str) -> None:
    """`verb_at`, searched in the words lowercased, finds VERB's first match."""
    for start in range(0, len(text) + 1, 4):
        for end in (None, start + 10, start + 40, len(text) + 2):
            found = VERB.search(text, start, len(text) if end is None else end)
            assert verb_at(text, start, end) == (-1 if found is None else found.start())


# The clause ends as they were spelt, each alternative opening on its own character.
_PLAIN_CLAUSE_ENDS = (
    (re.compile(r"(?<!\d),|,(?!\d{3}\b)|[;:—–]|\s[-_]\s"), clause_ends._CLAUSE_END),
    (re.compile(r"[,;:—–]|\s-\s"), governing_timex._CLAUSE_END),
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab 1,;:—–-_\n\t\u00a0", max_size=30) | st.sampled_from(_SENTENCES))
def test_a_clause_ends_where_it_did(text: str) -> None:
    for plain, spelt in _PLAIN_CLAUSE_ENDS:
        for start in range(0, len(text) + 1, 3):
            for end in (start + 5, len(text)):
                found, fast = plain.search(text, start, end), spelt.search(text, start, end)
                assert (found and found.span()) == (fast and fast.span()), (text, start, end)
