"""The extractor's cheap pre-checks change nothing: each agrees with the plain scan it skips."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import seed_sentences
from tests.core.test_temporal_governing import SENTENCES
from viewer.core import event_verbs, sentences, statement_cues
from viewer.core.cue_words import letters_of
from viewer.core.model import Span
from viewer.core.relative_main_verb import reduced_relative_end
from viewer.core.sentences import split_sentences
from viewer.core.temporal import (
    Timex,
    charged_times,
    compared_times,
    deadline_times,
    governing_timex,
    noun_participles,
    owned_times,
    relative_times,
    speaker_described,
    tag,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# Words and marks the pre-checks turn on, with the letters re.IGNORECASE matches beyond ASCII.
_WORDS = """will would shall Will WOULD SHALL ſhall wİll wıll wiLL be Be and has have had , ; .
? " “ ” ’ ' sending deploying pledging said says announced increasing boosted statement
statements station stationed reporters meeting met the US troops in Poland to will-be wills
shallow swill woulds café İ ı ſ K 2022 on Tuesday Said SAID sAiD kill Kill ill killed
agreement agreed agre Agreements \u212aill threat threatened planet plans planes reporter reported
5said said5 _said said_ x-said said’s “said” resaid unsaid Δsaid saidΔ ſaid ſtation""".split()
_TOKENS = [
    *_WORDS,
    " ",
    "\n",
    "\t",
    ", ",
    ", and ",
    " and will ",
    " and\thas ",
    " will be ",
]
_TEXTS = st.lists(st.sampled_from(_TOKENS), max_size=60).map(lambda ws: " ".join(ws))


_VERB = re.compile(
    r"\b(?:"
    + "|".join(sorted({re.escape(s) for s in event_verbs._STEMS}, key=len, reverse=True))
    + r")\w*",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+")


def _plain_reports_an_event(sentence: str) -> bool:
    """event_verbs.has_event_verb as it was: each word of ASCII letters judged alone."""
    for m in _WORD.finditer(sentence):
        lower = m.group(0).lower()
        if lower not in event_verbs._NOUN_ONLY and _VERB.fullmatch(lower) is not None:
            return True
    return False


@pytest.mark.parametrize("sentence", [*seed_sentences(), *_WORDS])
def test_event_verbs_on_the_seeds_and_single_words(sentence: str) -> None:
    assert event_verbs.has_event_verb(sentence) == _plain_reports_an_event(sentence)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TEXTS, st.text(max_size=40)))
def test_event_verbs_on_made_up_text(text: str) -> None:
    assert event_verbs.has_event_verb(text) == _plain_reports_an_event(text)


def _runs(text: str) -> list[str]:
    return letters_of(text.lower()).decode("ascii").split()


@pytest.mark.parametrize("sentence", [*seed_sentences(), *_WORDS])
def test_judged_runs_on_the_seeds_and_single_words(sentence: str) -> None:
    """The memo of runs judged answers as the scan of the runs' letters, first and again."""
    low = sentence.lower()
    if "\u0130" in sentence or "\u212a" in sentence:
        return  # the cues read such a text with has_event_verb itself
    plain = _plain_reports_an_event(" ".join(_runs(low)))
    assert event_verbs.event_verb_among(_runs(low)) == plain
    assert event_verbs.event_verb_among(_runs(low)) == plain


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TEXTS, st.text(max_size=40)))
def test_judged_runs_on_made_up_text(text: str) -> None:
    runs = _runs(text)
    assert event_verbs.event_verb_among(runs) == _plain_reports_an_event(" ".join(runs))
    assert event_verbs.event_verb_among(runs[::-1]) == _plain_reports_an_event(" ".join(runs))


def _plain_governing(text: str, start: int, end: int, timexes: Sequence[Timex]) -> Timex | None:
    """governing_timex.governing as it was: every clause scan over the whole sentence."""
    candidates = [
        t
        for t in timexes
        if start <= t.start
        and t.end <= end
        and t.type in ("DATE", "TIME")
        and t.precision is not None
        and t.first is not None
    ]
    if not candidates:
        return None

    def regions(opener: re.Pattern[str]) -> list[tuple[int, int]]:
        sentence = text[start:end]
        spans = []
        for m in opener.finditer(sentence):
            stop = governing_timex._CLAUSE_END.search(sentence, m.end())
            spans.append((start + m.start(), start + (stop.start() if stop else len(sentence))))
        return spans

    def inside(t: Timex, spans: list[tuple[int, int]]) -> bool:
        return any(s <= t.start and t.end <= e for s, e in spans)

    heads = regions(governing_timex._SUBORDINATE)
    if (joined := governing_timex._JOINED_HEAD.match(text, start, end)) is not None:
        stop = governing_timex._CLAUSE_END.search(text, joined.end(), end)
        heads.insert(0, (joined.start(), stop.start() if stop else end))
    subordinate = governing_timex._clauses_only(text, heads, candidates)
    if (accused := governing_timex._accused_of(text, start, end)) is not None:
        subordinate.append(accused)
    if (charged := charged_times.charged_act(text, start, end, candidates)) is not None:
        subordinate.append(charged)
    subordinate.extend(
        compared_times.compared_clauses(text, start, end, governing_timex._CLAUSE_END)
    )
    subordinate.extend(governing_timex._appositives(text, start, end, candidates))
    subordinate.extend(relative_times.relative_clauses(text, start, end, candidates))
    if (object_phrase := noun_participles.object_participle(text, start, end)) is not None:
        subordinate.append(object_phrase)
    if (subject_phrase := noun_participles.subject_participle(text, start, end)) is not None:
        subordinate.append(subject_phrase)
    described = speaker_described.speaker_described(text, start, end, candidates)
    complement = regions(governing_timex._COMPLEMENT)
    if (reduced := reduced_relative_end(text, start, end)) is not None:
        complement.append(reduced)
    kept = [
        t
        for t in candidates
        if not inside(t, subordinate)
        and t not in described
        and not deadline_times.deadline(text, start, end, t)
        and not compared_times.compared_with(text, t)
        and not owned_times.noun_time_ahead(text, start, t)
        and not owned_times.object_year(text, start, t)
        and not owned_times.subject_time(text, start, t)
        and not owned_times.chance_of(text, start, t)
    ]
    nouns = owned_times.nouns_times(text, start, kept)
    ranked = [(1 if inside(t, complement) or nouns[i] else 0, i, t) for i, t in enumerate(kept)]
    if not ranked:
        return governing_timex._cause_day(text, start, candidates) or (  # the same, no scan
            governing_timex._framing_time(text, start, candidates)
        )
    ranked.sort(key=lambda r: (r[0], r[1]))
    best_rank, _, best = ranked[0]
    if governing_timex.ATTRIBUTIVE.search(best.text):
        alike = [t for rank, _, t in ranked if rank == best_rank]
        best = governing_timex._preposed(text, alike) or best
    for rank, _, t in ranked[1:]:
        if rank == best_rank and governing_timex._finer_within(t, best):
            best = t
    return best


def _assert_governing_agrees(text: str, anchor: date) -> None:
    timexes = tag(text, anchor)
    spans = [Span(0, len(text)), *split_sentences(text, [Span(0, len(text))])]
    for span in spans:
        for chosen in (timexes, timexes[::-1]):
            got = governing_timex.governing(text, span.start, span.end, chosen)
            assert got == _plain_governing(text, span.start, span.end, chosen)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [(text, anchor) for text, anchor, _ in SENTENCES]
    + [(p.read_text(encoding="utf-8"), date(2022, 3, 8)) for p in sorted(SEEDS.glob("*.txt"))],
)
def test_governing_reads_no_further_than_it_needs(text: str, anchor: date) -> None:
    _assert_governing_agrees(text, anchor)


_DATED_WORDS = """on Tuesday in March March 8 , 2022 since after before until by as when while
that which who said announced will meet the next day last week Feb. 26 late February ; : —
and the US troops""".split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_DATED_WORDS, ", as", ", that", "“when"]), max_size=40))
def test_governing_on_made_up_sentences(words: list[str]) -> None:
    _assert_governing_agrees(" ".join(words) + ".", date(2022, 3, 8))


_PLAIN_BOUNDARY = re.compile(r"""([.!?…]+)(["'”’)\]]*)(\s+)""")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".!?…\"'”’)] \n\tAa1é", max_size=40))
def test_sentence_boundaries_as_spelt_before(text: str) -> None:
    def spans(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], ...]]:
        return [(m.span(1), m.span(2), m.span(3)) for m in pattern.finditer(text)]

    assert spans(sentences._BOUNDARY) == spans(_PLAIN_BOUNDARY)


_NEWS_CONTENT = re.compile(r"\d|\b(?:will|would|plans?|agreed|decided|announced) \w")


@pytest.mark.parametrize("sentence", [*seed_sentences(), *_WORDS, "they plan a", "x wills y"])
def test_news_content_on_the_seeds_and_single_words(sentence: str) -> None:
    """statement_cues.has_news agrees with the one pattern it was: a digit or a plan's word."""
    for text in (sentence, sentence.lower()):
        assert statement_cues.has_news(text) == (_NEWS_CONTENT.search(text) is not None)


_NEWS_LETTERS = st.text(alphabet="will plans٣2 agreed", max_size=30)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TEXTS, st.text(max_size=40), _NEWS_LETTERS))
def test_news_content_on_made_up_text(text: str) -> None:
    assert statement_cues.has_news(text) == (_NEWS_CONTENT.search(text) is not None)
