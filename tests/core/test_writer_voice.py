"""The writer's own voice is no happening: an evaluative opener, what the writer sees as
plain, an aside, a trend with no one acting. A happening told beside such words by a
source, or in a relative clause, stays an event. Real sentences of the development
articles (short excerpts)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import article
from viewer.core.extract import extract_events

WRITER = [
    # An evaluative opener, whatever its clause names.
    "In the final analysis, McDermott's heart won out over the cash.",
    "In the end, those factors appealed more to McDermott than money.",
    "No matter what the stats say, Philly looks and plays slower this season.",
    "With any luck, a host plucked from within the movie industry's own ranks-and less emphasis "
    "on stand-up comedy-will also play well inside the Kodak Theater.",
    "Let the record show their memories were wrong, but it won't diminish the telling.",
    "History will remember this night and the warmth of the celebratory laughter.",
    "Needless to say, the developers applauded profusely.",
    "But last we checked, Cleveland was 20-3, owner of an 11-game win streak.",
    "Then there were the photographers, on hand to document each move.",
    # What the writer sees as plain, told by the main clause.
    "They were particularly evident on his next touch after the record-breaking points, when "
    "Hansbrough stole an inbounds pass.",
    "He clearly was undecided.",
    "The fighters started out fast, but it soon became apparent that Rahman was struggling.",
    # The writer's aside.
    "His mind, of course, focused on the financial benefits that might be his.",
    # What kept on, told as all the main clause says.
    "But in the locker room, business remained.",
    # A trend as the subject.
    "A trend toward honoring small, independent movies that most people have not seen has "
    "dented viewership.",
]
EVENTS = [
    # "clearly" in a relative clause: the main clause tells what the police did.
    "But police saw underage girls who were clearly pregnant and found Jeffs' journals in a vault.",
    # What kept on, with what came of it.
    "As the riots have continued, more and more people have been calling for the Greek Prime "
    "Minister Costas Karamanlis and his government to quit.",
    # The writer's aside beside a happening of its own time.
    "Of course, football is the ultimate team game and fellow Charger Vincent Jackson was "
    "arrested last month for DUI as well.",
]


LEDE = "The Pentagon ordered 500 more troops to Europe on Monday.\n\n"


def _passages(sentence: str) -> list[str]:
    """The passages of each event found in an article of a lede and `sentence`."""
    doc = article(LEDE + sentence, date(2013, 4, 25))
    return [p.text for e in extract_events(doc) for p in e.passages]


@pytest.mark.parametrize("sentence", WRITER)
def test_writer_voice_is_no_event(sentence: str) -> None:
    assert not any(sentence[:40] in passage for passage in _passages(sentence))


@pytest.mark.parametrize("sentence", EVENTS)
def test_happenings_beside_such_words_stay_events(sentence: str) -> None:
    assert any(sentence[:40] in passage for passage in _passages(sentence))
