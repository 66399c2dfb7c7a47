"""The phrase naming a happening before a date, searched in its words lowercased, is the one
the case-blind patterns find in the text as written: on the seeds' sentences and on made-up
text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import seed_sentences
from viewer.core import happening_nouns
from viewer.core.cue_words import runs_of
from viewer.core.happening_nouns import NamedHappening, named_happening
from viewer.core.temporal.timex import Timex

# Words the phrases turn on, with letters a case-blind pattern matches beyond ASCII ("ſ",
# "K", "İ", "ı") and white space of several kinds.
_PIECES = """in In IN into during Since since ſince after following amid before over by for
a an the his His their this last next workplace rampage Rampage shooting SHOOTING attack
attacks power-grab talks vote of Britoil exactly about two years ago on Thursday Friday's
week's , . ; ı İ \u212a é “ ” within x9""".split()
_TEXTS = st.lists(
    st.sampled_from([*_PIECES, " ", "  ", "\n", "\u00a0"]), min_size=1, max_size=30
).map("".join) | st.lists(st.sampled_from(_PIECES), min_size=1, max_size=20).map(" ".join)


def _plain(text: str, floor: int, t: Timex) -> NamedHappening | None:
    """`named_happening` as it was: each pattern searched case-blind in the text as written."""
    low = max(floor, t.start - happening_nouns._REACH)
    near = text[low : t.end + happening_nouns._REACH].lower()
    if happening_nouns._NOUN_RUNS.isdisjoint(runs_of(near)):
        return None
    if happening_nouns.NOUNS.isdisjoint(happening_nouns._WORD.findall(near)):
        return None
    before = happening_nouns._NOUN_THEN_TIME.search(text, low, t.start)
    if before is not None:
        return NamedHappening(before.start(), t.end, before.group(1).lower() == "since")
    opener = happening_nouns._BEFORE_TIME.search(text, low, t.start)
    after = None if opener is None else happening_nouns._TIME_THEN_NOUN.match(text, t.end)
    if opener is None or after is None:
        return None
    return NamedHappening(opener.start(), after.end(), opener.group(1).lower() == "since")


def _agree(text: str) -> None:
    for start in range(0, len(text), 5):
        for end in range(start + 1, min(len(text), start + 30) + 1, 7):
            t = Timex(start, end, text[start:end], "2022-03-08", "DATE", None, None, None, False)
            for floor in (0, start // 2, start):
                assert named_happening(text, floor, t) == _plain(text, floor, t), (text, t)


def test_the_seed_sentences_give_the_same_phrases() -> None:
    sentences = seed_sentences()
    assert len(sentences) > 100
    for sentence in sentences[:60]:
        _agree(sentence)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_made_up_text_gives_the_same_phrases(text: str) -> None:
    _agree(text)
