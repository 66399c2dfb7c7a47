"""Texts made once and shared (lowered.py, visible.one_line, model.unique_ids) read as the
plain calls they stand for, whatever order the cues ask in."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from tests.core.articles import article
from viewer.core.extract import extract_events
from viewer.core.headline import headline
from viewer.core.last_answer import keeps_last
from viewer.core.lowered import lowered
from viewer.core.model import unique_ids
from viewer.core.visible import one_line

_TEXTS = [
    "The council voted on Tuesday.",
    "“We will not back down,” the Minister SAID.",
    "İstanbul’s mayor met the ΔELTA team",
    "",
    "  Two  spaces\tand a tab\n",
]


def test_lowered_is_lower_whatever_came_before() -> None:
    for first in _TEXTS:
        for second in _TEXTS:
            assert lowered(first) == first.lower()
            assert lowered(second) == second.lower()
            assert lowered(second) == second.lower()  # asked again: the kept one


def test_one_line_asked_again_gives_the_same_line() -> None:
    for text in _TEXTS:
        line = one_line(text)
        assert line == " ".join(text.split())
        assert one_line(line) == line
        assert one_line(text) == line
        assert one_line("".join(list(line))) == line  # an equal text, not the same object


def test_one_line_of_many_texts_in_turn() -> None:
    texts = [f"Line {i}\n of  a passage " * (i % 3 + 1) for i in range(1500)]
    for text in texts + texts:
        assert one_line(text) == " ".join(text.split())


@given(st.lists(st.text(alphabet=" \t\nAbc“”’İ\u00a0", max_size=12), max_size=6))
def test_lowered_one_line_in_either_order(texts: list[str]) -> None:
    for text in texts:
        assert lowered(one_line(text)) == one_line(text.lower())
        assert one_line(lowered(text)) == " ".join(text.lower().split())


def test_a_sentence_told_twice_gets_a_second_id() -> None:
    said = "The council voted on Tuesday to close the bridge for repairs."
    text = f"{said}\n\nThe mayor opposed the plan at a meeting last month.\n\n{said}\n"
    doc = article(text, date(2024, 5, 2))
    events = extract_events(doc)
    ids = [event.id for event in events]
    assert len(ids) == len(set(ids))
    # Told twice in the same words, it is one event with both passages (told_twice.py); two
    # events of one passage's words, where they stay apart, get ids of their own.
    assert len(events[0].passages) == 2
    twins = unique_ids([events[0], events[0].copy()])
    assert twins[1].id == f"{twins[0].id}-2"


def test_a_kept_answer_is_given_only_for_the_same_text() -> None:
    asked: list[str] = []

    @keeps_last
    def shout(text: str) -> str:
        asked.append(text)
        return text.upper()

    answers = [shout(t) for t in ["a", "a", "b", "a", "a"]]
    assert answers == ["A", "A", "B", "A", "A"]
    assert asked == ["a", "b", "a"]  # asked again only when the text changed


_HEADLINE_SENTENCES = [
    "On Tuesday, the council voted to close the bridge, the mayor said.",
    "The council, the city's governing body, voted to close the bridge for repairs.",
    "But the mayor opposed the plan (which would cost millions) at a meeting last month.",
    "According to officials, the bridge will reopen in the spring after the repairs.",
]


def test_headlines_do_not_depend_on_the_one_made_before() -> None:
    alone = [headline(s) for s in _HEADLINE_SENTENCES]
    for first in _HEADLINE_SENTENCES:
        for i, sentence in enumerate(_HEADLINE_SENTENCES):
            headline(first)
            assert headline(sentence) == alone[i]
            assert headline(sentence) == alone[i]
