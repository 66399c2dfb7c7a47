"""Two windows' typing in one field, merged: what either typed stays, each change once."""

from __future__ import annotations

from viewer.core.typed_merge import merge_tags, merge_text, merge_typed


def test_a_note_typed_from_nothing_in_two_windows_keeps_both_ours_first() -> None:
    merged = merge_text("", "m", "asked the ministry", cursor=1)
    assert merged.text == "m\n\nasked the ministry"
    assert merged.cursor == 1 and merged.both_kept


def test_changes_at_different_places_are_both_taken_with_no_blank_line() -> None:
    merged = merge_text("troops arrive", "500 troops arrive", "troops arrive in Poland", 4)
    assert merged.text == "500 troops arrive in Poland"
    assert merged.cursor == 4 and not merged.both_kept


def test_a_cursor_at_the_end_of_ones_text_stays_there_when_theirs_comes_before() -> None:
    base = "asked the ministry"
    merged = merge_text(base, base, "ministry denies\n\n" + base, cursor=len(base))
    assert merged.text == "ministry denies\n\n" + base
    assert merged.cursor == len(merged.text)


def test_one_word_changed_by_both_keeps_both_words() -> None:
    merged = merge_text("asked the ministry", "asked the ministry again", "asked the Ministry")
    assert merged.text == "asked the ministry again\n\nMinistry" and merged.both_kept


def test_nothing_changed_elsewhere_is_ours_as_it_is() -> None:
    assert merge_text("a", "ab", "a", 2).text == "ab"
    assert merge_typed("note", "a", "ab", "a") == ("ab", False)


def test_tags_take_what_this_window_added_and_removed_and_keep_the_others() -> None:
    was, now = ("troops", "nato"), ("troops", "summit")
    assert merge_tags(was, now, ("troops", "nato", "madrid")) == ("troops", "madrid", "summit")
    assert merge_tags(was, now, was) == now  # no one else: as typed, in its order
    assert merge_typed("tags", was, now, ("nato",)) == (("summit",), False)  # troops: theirs


def test_a_title_is_one_value_the_last_saved() -> None:
    assert merge_typed("title", "old", "mine", "theirs") == ("mine", False)
