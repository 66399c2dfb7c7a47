"""news_day's quick paths find what its patterns find: an article's quotations found from mark
to mark, and a teller's verb looked for before the teller's pattern (and news_time_cues'
"also" before its perfect's). On the seed articles and their sentences, and on made-up text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import SEEDS, seed_sentences
from viewer.core import news_day, news_time_cues

_SENTENCES = seed_sentences()
_PIECES = """“ ” " \n \n\n ‘ ’ « » said says Said saying police said, he said. she says
on Friday Friday , . the opened fire returned found""".split(" ")
_TEXTS = st.lists(st.sampled_from([*_PIECES, " ", "\n", "“", "”", '"', "x"]), max_size=50).map(
    "".join
)


def _quotations_hold(text: str) -> None:
    plain = [m.span() for m in news_day._QUOTATION.finditer(text)]
    assert news_day.quotation_spans(text) == plain, text


def _tellers_hold(text: str) -> None:
    by = news_day._action_told(text, news_day._TOLD_BY.search(text))
    assert news_day.told_by(text) == by, text
    for words in ("Friday", "on Friday", text[-6:]):
        end = text.rstrip(" .")
        if end.endswith(words):
            head = end[: len(end) - len(words)]
            on = news_day._action_told(head, news_day._TOLD_ON.search(head))
        else:
            on = False
        assert news_day.told_on(text, words) == on, (text, words)


def test_the_seed_articles_give_the_same_quotations() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    assert sum(len(news_day.quotation_spans(t)) for t in texts) > 20
    for text in texts:
        _quotations_hold(text)


def test_the_seed_sentences_give_the_same_answers() -> None:
    assert len(_SENTENCES) > 100
    for sentence in _SENTENCES:
        _quotations_hold(sentence)
        _tellers_hold(sentence)
        _tellers_hold(sentence.rstrip(" .") + ", police said Friday.")


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_made_up_text_gives_the_same_answers(text: str) -> None:
    _quotations_hold(text)
    _tellers_hold(text)


def _also_holds(text: str) -> None:
    plain = news_time_cues._ALSO_PERFECT.search(text, 0, news_time_cues._SUBJECT_REACH + 40)
    if plain is None or plain.start() > news_time_cues._SUBJECT_REACH:
        expected = False
    else:
        expected = news_time_cues._BEFORE.search(text, 0, plain.start()) is None
    assert news_time_cues.adds_to_news(text) == expected, text


def test_the_also_perfect_is_looked_for_where_also_is() -> None:
    for sentence in _SENTENCES:
        _also_holds(sentence)
    for text in (
        "Apple has also introduced a separate chip that monitors the power",
        "They have also been there",
        "x" * 95 + " has also introduced",
        "The firm, long a maker of chips used in phones and in laptops, has also sold",
    ):
        _also_holds(text)
