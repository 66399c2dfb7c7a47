"""Sentence spans: true offsets, abbreviations kept whole, broken paragraphs joined."""

from viewer.core.model import Span
from viewer.core.sentences import split_sentences


def _sentences(text: str, body: list[Span] | None = None) -> list[str]:
    spans = split_sentences(text, body or [Span(0, len(text))])
    return [text[s.start : s.end] for s in spans]


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = (
        "Retired Lt. Gen. Mark Hertling spoke in the U.S. capital. "
        "Anthony H. Cordesman said so on Feb. 26 at noon. It ended."
    )
    assert _sentences(text) == [
        "Retired Lt. Gen. Mark Hertling spoke in the U.S. capital.",
        "Anthony H. Cordesman said so on Feb. 26 at noon.",
        "It ended.",
    ]


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = "“We will not back down.” Stoltenberg said it twice. Then he left."
    assert _sentences(text) == [
        "“We will not back down.”",
        "Stoltenberg said it twice.",
        "Then he left.",
    ]


def test_a_paragraph_broken_mid_sentence_is_joined() -> None:
    text = "The systems in NATO\n\nterritories adjacent to Ukraine arrived. Next one."
    body = [Span(0, 19), Span(21, len(text))]
    assert _sentences(text, body) == [
        "The systems in NATO\n\nterritories adjacent to Ukraine arrived.",
        "Next one.",
    ]


def test_offsets_point_into_the_original_text() -> None:
    text = "  First one here.   Second one there.  "
    for span in split_sentences(text, [Span(0, len(text))]):
        piece = text[span.start : span.end]
        assert piece == piece.strip()
        assert piece.endswith(".")


def test_only_body_regions_are_split() -> None:
    text = "Header line\n\nBody sentence one. Body two."
    body = [Span(13, len(text))]
    assert _sentences(text, body) == ["Body sentence one.", "Body two."]


def test_an_ellipsis_before_a_number_does_not_end_the_sentence() -> None:
    text = "He approved $350 million on Feb. 26... 70 percent of it was delivered. Then more."
    assert _sentences(text) == [
        "He approved $350 million on Feb. 26... 70 percent of it was delivered.",
        "Then more.",
    ]


def test_a_paragraph_broken_after_a_preposition_is_joined() -> None:
    text = "The pace of weapons transfers to\n\nUkraine was spelled out in a report. Next."
    body = [Span(0, 32), Span(34, len(text))]
    assert _sentences(text, body)[0] == (
        "The pace of weapons transfers to\n\nUkraine was spelled out in a report."
    )


def test_a_quotation_of_several_sentences_stays_one_passage() -> None:
    text = (
        "\"No speech will say more than action. 'Patriot,' or 'Leopard' for Ukraine,\" "
        "tweeted an adviser. He left."
    )
    assert _sentences(text) == [
        "\"No speech will say more than action. 'Patriot,' or 'Leopard' for Ukraine,\" "
        "tweeted an adviser.",
        "He left.",
    ]
