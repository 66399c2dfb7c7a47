"""Views are not events: what commentators and pieces of opinion say, and statements that
only judge; an official's statement with news in it stays an event. Real sentences of the
seeds and of TempEval-3's development articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import article
from viewer.core.extract import extract_events

VIEWS = [
    # A commentator's reading, whoever reports it.
    "Retired Lt. Gen. Mark Hertling, a CNN national security and military analyst, said the "
    "Biden administration’s strengthening of NATO is important both to allay fears in NATO "
    "countries and to send a clear message of deterrence to Putin.",
    '"They have to continue to tighten their belts," said Craig Kloner, an analyst at Goldman, '
    "Sachs amp Co.",
    "People who remain in junk funds now could get hit again, some analysts and fund "
    "specialists say.",
    # A piece of opinion, and what it argues.
    "“NATO Needs More Guns and Less Butter,” blared an op-ed in the Wall Street Journal, "
    "demanding that Social Security and Medicare be gutted by means-testing them.",
    'In an essay entitled "United States Aid to Ukraine: An Investment Whose Benefits Greatly '
    'Exceed its Cost," veteran US geostrategist Anthony H. Cordesman acknowledges that "the '
    'war in Ukraine has become the equivalent of a proxy war with Russia."',
    # A statement that only judges.
    "All troop movements have been long overdue, a senior defense official insisted.",
    'A senior defense official said that the move was "supportive of our efforts to be able '
    'to defend NATO airspace if needed."',
    "Biden stated, “At a moment where Putin has shattered peace in Europe the US and its "
    "allies are stepping up, proving that NATO is more needed now than it ever has been”",
    # An argument: a quotation cited in support, what a text or its authors note.
    "As the Times wrote, “The military was able to push those shipments forward quickly by "
    "tapping into pre-positioned military stockpiles ready to roll onto Air Force C-17 "
    "transport planes.”",
    "The Times notes that the US has made an effort to avoid being seen as “a ‘co-combatant’ "
    "in the war.”",
    "They note, most importantly, that armed Unmanned Aerial Systems (UAS) could find and "
    "attack Russian warships in the Black Sea.",
    # The speaker's stance, and deliberation that names nothing.
    '"I don\'t want to telegraph to Putin ahead of time what we want to do," she said.',
    "“The United States is considering a range of capabilities,” the official said.",
    # What did not happen, after the clause that sets the scene.
    "As NATO leaders met in Madrid, Russian forces did not let up as their offensive "
    "continued in Ukraine.",
]
STATEMENTS = [
    # Officials telling what was done or will be done: news, even undated.
    "A senior US official told reporters that the United States has not communicated its new "
    "deployment plans to Russia and sees no need to do so.",
    "In an interview with Bloomberg, Latvian Foreign Minister Gabrielius Landsbergis said that "
    'NATO should "allow" Ukraine to strike targets inside of Russia.',
    "Dow Jones amp Co. said it extended its $18-a-share offer for Telerate Inc. common stock "
    "until 5 p.m. EST Nov. 9.",
    # A judgement that comes with a plan of its own is news.
    "The minister said the agreement was historic and that it will take effect in May.",
    # Deliberation that names what is weighed is a plan made public.
    "Officials are considering sending troops to the border, a spokesman said.",
    "The Pentagon said it was weighing sending Patriot missile batteries to Poland.",
]


LEDE = "The Pentagon ordered 500 more troops to Europe on Monday.\n\n"


def _passages(sentence: str) -> list[str]:
    """The passages of each event found in an article of a lede and `sentence` (not its
    article's first sentence, where news puts its main happening)."""
    text = LEDE + sentence
    doc = article(text, date(2022, 3, 8))
    return [p.text for e in extract_events(doc) for p in e.passages]


@pytest.mark.parametrize("sentence", VIEWS)
def test_views_are_not_events(sentence: str) -> None:
    assert not any(sentence[:40] in passage for passage in _passages(sentence))


@pytest.mark.parametrize("sentence", STATEMENTS)
def test_statements_with_news_are_events(sentence: str) -> None:
    assert any(sentence[:40] in passage for passage in _passages(sentence))
