"""The checks for a mark or a word that a pattern needs change nothing: where the mark or the
word is missing, the pattern finds nothing either, on the seeds' sentences and on made-up
text. (The checks spare a pattern's scan of the sentences that lack it.)"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import SEEDS, seed_sentences
from tests.core.test_speaker_fast_path import _PLAIN as _PLAIN_SPEAKER
from viewer.core import (
    happening_nouns,
    happenings,
    reported_times,
    sentences,
    statement_cues,
    title_event,
)
from viewer.core.cue_words import runs_of
from viewer.core.holds import holds_any
from viewer.core.visible import one_line

_SENTENCES = seed_sentences()
_PIECES = """. .. ... ." .” U.S. 3.5 he she they He “Yes,” she said. Biden stated told Smith
tweeted said Carter added wrote explained
said reported announced told noted , ; : “ ” " - -- power-grab power grab grabs
that That thatch shooting Shooting shootings attack-style war-torn war wars talks talk the
on Friday Monday 2004 a an in after since The Times said: Police said Friday that""".split()
_TEXTS = st.lists(st.sampled_from([*_PIECES, " ", ", ", "-", "é", "İ"]), max_size=40).map(
    "".join
) | st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join)


# statement_cues' pronoun speaker as it was spelt: one pattern, searched at every place.
_SPOKEN_AGAIN = re.compile(
    r"^\W*(?:he|she|they)\s+(?:said|says|say|declared|stated|insisted|noted|told|tells|wrote|"
    r"argued|explained|added|adds|continued)\b"
    r"|[,.!?…][”\"’']? ?(?:he|she|they) (?:said|says|say|declared|stated|insisted|noted|told|"
    r"wrote|argued|explained)\b"
)


def _noun_near(text: str) -> bool:
    """happening_nouns' plain check: a noun of happening among the words."""
    return not happening_nouns.NOUNS.isdisjoint(happening_nouns._WORD.findall(text.lower()))


def _noun_runs_near(text: str) -> bool:
    """Its quick check: a run of a noun's letters among the runs."""
    return not happening_nouns._NOUN_RUNS.isdisjoint(runs_of(text.lower()))


def _marks_hold(text: str) -> None:
    if text.count(",") < 2:
        assert reported_times._REPORT_THEN_COMMENT.search(text) is None
    if ":" not in text:
        assert reported_times._REPORT_COLON.search(text) is None
    if "that" not in text:
        assert happenings._REPORTED_THAT.search(text) is None
    if _noun_near(text):
        assert _noun_runs_near(text)
    names = {m.group(1) or m.group(2) for m in _PLAIN_SPEAKER.finditer(text)} - {None, ""}
    if holds_any(text, title_event._SPEAKER_VERBS):  # "Zareh, the head of …, said"
        names |= set(title_event.described_speakers(text))
    assert title_event.speakers_of(text) == {
        n for n in names if n.lower() not in title_event._NOT_NAMES
    }
    if not any(stop in text for stop in "!?…"):
        stops = [m.span() for m in sentences._FULL_STOP_BOUNDARY.finditer(text)]
        assert stops == [m.span() for m in sentences._BOUNDARY.finditer(text)]
    low = text.lower()
    plain = _SPOKEN_AGAIN.search(low) is not None
    assert statement_cues.spoken_again(text) is (_SPOKEN_AGAIN.search(one_line(low)) is not None)
    assert plain is (
        statement_cues._SPOKEN_FIRST.match(low) is not None
        or statement_cues._SPOKEN_AFTER.search(low) is not None
    )


def test_a_pattern_finds_nothing_without_its_marks_in_the_seeds() -> None:
    for sentence in _SENTENCES:
        for cut in (sentence, sentence[: len(sentence) // 2], sentence[len(sentence) // 3 :]):
            _marks_hold(cut)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_a_pattern_finds_nothing_without_its_marks_in_made_up_text(text: str) -> None:
    _marks_hold(text)


def test_the_seeds_have_sentences_of_each_kind() -> None:
    """The cases above are real: sentences with and without each mark and noun."""
    assert any(
        s.count(",") >= 2 and reported_times._REPORT_THEN_COMMENT.search(s) for s in _SENTENCES
    )
    assert any("that" in s and happenings._REPORTED_THAT.search(s) for s in _SENTENCES)
    assert any(_noun_near(s) for s in _SENTENCES)
    assert any(_noun_runs_near(s) and not _noun_near(s) for s in _SENTENCES)
    assert any(_SPOKEN_AGAIN.search(s.lower()) for s in _SENTENCES)
    assert any(title_event.speakers_of(s) for s in _SENTENCES)


def test_the_full_stop_boundary_finds_the_sentences_of_the_seeds() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    full_stops = [t for t in texts if not any(stop in t for stop in "!?…")]
    assert full_stops
    for text in full_stops:
        stops = [m.span() for m in sentences._FULL_STOP_BOUNDARY.finditer(text)]
        assert stops == [m.span() for m in sentences._BOUNDARY.finditer(text)]
        assert stops
