"""Annotations follow their passage through edits of the source file, and never a lookalike."""

from __future__ import annotations

from viewer.core.anchoring import AnchorStatus, reanchor
from viewer.core.annotations import Anchor, anchor_for

ARTICLE = (
    "US to send 500 more troops to Europe\n\n"
    "WASHINGTON - The Pentagon said on Monday that it will send about 500 additional "
    "troops to Europe to bolster NATO's eastern flank. "
    "Defense Secretary Lloyd Austin approved the deployment late Sunday, officials said. "
    "The troops will go to Germany, Poland, Romania and Hungary. "
    "NATO leaders are due to meet in Brussels on Thursday to discuss the crisis.\n"
)
PASSAGE = "Defense Secretary Lloyd Austin approved the deployment late Sunday, officials said."


def anchor_of(text: str, passage: str, nth: int = 0) -> Anchor:
    start = -1
    for _ in range(nth + 1):
        start = text.index(passage, start + 1)
    return anchor_for("001.txt", text, start, start + len(passage))


def quoted(text: str, anchor: Anchor) -> str:
    return text[anchor.start : anchor.end]


def test_unchanged_text_is_exact() -> None:
    anchor = anchor_of(ARTICLE, PASSAGE)
    result = reanchor(anchor, ARTICLE)
    assert result.status is AnchorStatus.EXACT
    assert result.anchor == anchor


def test_text_added_after_the_passage_keeps_it_exact() -> None:
    anchor = anchor_of(ARTICLE, PASSAGE)
    edited = ARTICLE + "\nAdvertisement\nLatest news: more on the summit.\n"
    result = reanchor(anchor, edited)
    assert result.status is AnchorStatus.EXACT
    assert quoted(edited, result.anchor) == PASSAGE


def test_text_inserted_before_moves_the_passage_with_a_reason() -> None:
    anchor = anchor_of(ARTICLE, PASSAGE)
    insert = "By A. Reporter\n8 March 2022\n"
    edited = insert + ARTICLE
    result = reanchor(anchor, edited)
    assert result.status is AnchorStatus.MOVED
    assert result.anchor.start == anchor.start + len(insert)
    assert quoted(edited, result.anchor) == PASSAGE
    assert result.reason == (
        f"passage moved {len(insert)} characters later; quote and context match"
    )


def test_text_removed_before_moves_the_passage_earlier() -> None:
    anchor = anchor_of(ARTICLE, PASSAGE)
    edited = ARTICLE.replace("US to send 500 more troops to Europe\n\n", "")
    result = reanchor(anchor, edited)
    assert result.status is AnchorStatus.MOVED
    assert quoted(edited, result.anchor) == PASSAGE
    assert "earlier" in result.reason


def test_a_few_characters_edited_inside_the_passage_are_followed() -> None:
    anchor = anchor_of(ARTICLE, PASSAGE)
    fixed = PASSAGE.replace("late Sunday", "late on Sunday")
    edited = "Updated.\n" + ARTICLE.replace(PASSAGE, fixed)
    result = reanchor(anchor, edited)
    assert result.status is AnchorStatus.MOVED
    assert quoted(edited, result.anchor) == fixed
    assert result.anchor.quote == fixed
    assert result.reason.startswith("passage edited (")
    assert "moved 9 characters later; context matches" in result.reason


def test_an_edit_in_place_says_so() -> None:
    anchor = anchor_of(ARTICLE, PASSAGE)
    fixed = PASSAGE.replace("officials said", "officials says")
    result = reanchor(anchor, ARTICLE.replace(PASSAGE, fixed))
    assert result.status is AnchorStatus.MOVED
    assert result.anchor.start == anchor.start
    assert "in place" in result.reason


def test_a_passage_rewritten_inside_is_orphaned_not_stretched() -> None:
    anchor = anchor_of(ARTICLE, PASSAGE)
    rewritten = (
        "Defense Secretary Lloyd Austin, who met allies in Brussels last month, "
        "approved the deployment late Sunday, officials said."
    )
    result = reanchor(anchor, ARTICLE.replace(PASSAGE, rewritten))
    assert result.status is AnchorStatus.ORPHANED
    assert result.anchor == anchor
    assert "edited too much" in result.reason


def test_a_deleted_passage_is_orphaned() -> None:
    anchor = anchor_of(ARTICLE, PASSAGE)
    result = reanchor(anchor, ARTICLE.replace(PASSAGE + " ", ""))
    assert result.status is AnchorStatus.ORPHANED
    assert result.anchor == anchor
    assert result.reason == "the quoted passage is no longer in the file"


def test_an_edited_lookalike_with_other_context_is_not_followed() -> None:
    anchor = anchor_of(ARTICLE, PASSAGE)
    lookalike = PASSAGE.replace("late Sunday", "late Monday")
    other = "Elsewhere, in an unrelated report: " + lookalike + " Nothing else."
    result = reanchor(anchor, ARTICLE.replace(PASSAGE + " ", "") + other)
    assert result.status is AnchorStatus.ORPHANED


def test_duplicated_passage_is_found_by_its_context() -> None:
    quote = "NATO announced on Tuesday"
    text = (
        "In Madrid, " + quote + " that it would raise its rapid-response force. "
        "Separately, in Brussels, " + quote + " a new package of aid for Kyiv. "
    )
    anchor = anchor_of(text, quote, nth=1)
    edited = "Summit coverage, day two.\n" + text
    result = reanchor(anchor, edited)
    assert result.status is AnchorStatus.MOVED
    assert result.anchor.start == edited.index(quote, edited.index("Brussels"))
    assert "context match" in result.reason


def test_duplicated_passage_with_edited_context_is_still_found() -> None:
    quote = "NATO announced on Tuesday"
    text = (
        "In Madrid, " + quote + " that it would raise its rapid-response force. "
        "Separately, in Brussels, " + quote + " a new package of aid for Kyiv. "
    )
    anchor = anchor_of(text, quote, nth=0)
    edited = "Intro.\n" + text.replace("In Madrid,", "In Madrid:")
    result = reanchor(anchor, edited)
    assert result.status is AnchorStatus.MOVED
    assert result.anchor.start == edited.index(quote)


def test_duplicated_passage_with_identical_context_is_orphaned() -> None:
    # Each copy has the same 32 characters of context on both sides.
    block = (
        "According to officials in Brussels, NATO announced on Tuesday "
        "that troops would stay in the Baltic states for now.\n"
    )
    text = "Live updates.\n" + block + block
    anchor = anchor_of(text, "NATO announced on Tuesday", nth=1)
    edited = "Live updates, refreshed at noon.\n" + block + block
    result = reanchor(anchor, edited)
    assert result.status is AnchorStatus.ORPHANED
    assert result.anchor == anchor
    assert result.reason == "the passage occurs 2 times and the context does not single one out"


def test_duplicated_edited_passages_with_identical_context_are_orphaned() -> None:
    block = "Officials said: NATO announced on Tuesday that troops would stay. "
    anchor = anchor_of("x" + block, "NATO announced on Tuesday")
    edited_block = block.replace("on Tuesday", "on Tuesdy")
    result = reanchor(anchor, "Intro.\n" + edited_block + "\n" + edited_block)
    assert result.status is AnchorStatus.ORPHANED


def test_a_short_quote_found_once_elsewhere_is_not_taken_for_the_passage() -> None:
    text = "The minister said on Tuesday that talks had failed."
    anchor = anchor_of(text, "on Tuesday")
    elsewhere = "Nothing was said that day. Markets rose on Tuesday as expected."
    result = reanchor(anchor, elsewhere)
    assert result.status is AnchorStatus.ORPHANED
    assert "lookalike" in result.reason


def test_a_long_quote_found_once_follows_even_with_new_context() -> None:
    anchor = anchor_of(ARTICLE, PASSAGE)
    elsewhere = "A different article entirely. " + PASSAGE + " The end."
    result = reanchor(anchor, elsewhere)
    assert result.status is AnchorStatus.MOVED
    assert quoted(elsewhere, result.anchor) == PASSAGE
    assert "context changed" in result.reason


def test_a_passage_at_the_start_of_the_file_is_followed() -> None:
    text = PASSAGE + " The rest of the story follows here."
    anchor = anchor_of(text, PASSAGE)
    fixed = PASSAGE.replace("late Sunday", "late on Sunday")
    edited = text.replace(PASSAGE, fixed)
    result = reanchor(anchor, edited)
    assert result.status is AnchorStatus.MOVED
    assert quoted(edited, result.anchor) == fixed


def test_offsets_beyond_a_shortened_file_do_not_fail() -> None:
    anchor = Anchor("001.txt", 5000, 5020, "a passage long gone", "before ", " after")
    result = reanchor(anchor, "A short file now.")
    assert result.status is AnchorStatus.ORPHANED


def test_a_long_text_is_searched_without_trouble() -> None:
    filler = "Unrelated paragraph about the economy and the weather. " * 20000
    text = filler + ARTICLE + filler
    anchor = anchor_of(text, PASSAGE)
    edited = "New headline.\n" + text.replace("late Sunday", "late on Sunday")
    result = reanchor(anchor, edited)
    assert result.status is AnchorStatus.MOVED
    assert "late on Sunday" in quoted(edited, result.anchor)
