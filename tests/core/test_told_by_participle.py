"""An action told in the simple past before its source ("…, according to Commissioner Ramsey")
is of the story's news day even when a participle phrase closes it or a term in it is set in
quotation marks: "Officers responded to 911 calls …, arriving with SWAT teams and other
personnel who were trained in an “active shooter” situation" is the shooting's night."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.news_day import told_by

_TOLD_ON = date(2010, 9, 10)  # a Friday
_STORY = (
    "Police say two people have been killed and another wounded in a shooting at the Kraft "
    "Foods plant in Northeast Philadelphia.\n\n"
    "The alleged shooter is in police custody.\n\n"
    "KYW's Pat Loeb reports that the shooting took place just after 8:30pm Thursday night "
    "inside the old Nabisco factory.\n\n"
    "Police commissioner Charles Ramsey says she was escorted out of the building and was "
    "outside for nine minutes before coming back:\n\n"
    "“She drove her car through a barrier and entered the premises.\n\n"
    "Two, she shot and killed there in the room.”\n\n"
    "He was later transferred to Jefferson and listed in stable condition.\n\n"
)
# The story moves on to its publication day after the account.
_LATER = (
    "\n\nKraft Foods issued a statement early this morning announcing that the Northeast "
    "facility is closed until further notice.\n\n"
    "The statement expresses condolences for the families of the dead and wounded employees."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers responded to 911 calls from other employees inside the building, arriving "
        "with SWAT teams and other personnel who were trained in an “active shooter” "
        "situation, according to Commissioner Ramsey.",
        "Officers responded to 911 calls from other employees inside the building, arriving "
        "with SWAT teams, according to Commissioner Ramsey.",
    ],
)
def test_an_account_before_its_source_is_of_the_news_day(sentence: str) -> None:
    events = events_in(_STORY + sentence + _LATER, _TOLD_ON)
    (event,) = [e for e in events if any(p.text == sentence for p in e.passages)]
    assert event.date.first == date(2010, 9, 9)


def test_a_speaker_s_words_in_quotation_marks_are_not_a_term() -> None:
    """More than two words quoted are the speaker's: no account told unquoted before its source."""
    assert not told_by(
        "Officers went in and “got them all out of there”, according to Commissioner Ramsey."
    )
    assert told_by("Officers went in and got them all out, according to Commissioner Ramsey.")
