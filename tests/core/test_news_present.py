"""A headline or lede in the news present tells the story's main happening whatever its verb:
a named subject (a company, a country, a person, an institution), a verb in the present that
may also be a noun or have another sense ("recalls", "cuts", "bids", "grounds", "faces",
"rates", "stores"), and its object. "Toyota recalls 1 million cars over faulty brakes." is an
event as "Apple unveils a new iPhone." is. A standing fact, a habit, a subject that is no name,
a title with no verb or a verb with no object right after it stays off ("Toyota makes cars in
Kentucky.", "Toyota recalls: what you need to know."). Sentences written for the purpose, in the
shapes of many outlets' business, politics, courts, sport and disaster desks."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in, headed_events
from viewer.core.news_present import news_present_act

_PUBLISHED = date(2013, 11, 12)
# A body that retells no headline: a detail with no happening of its own.
_BODY = "More details are expected later."

_ACTS = [
    "Toyota recalls 1 million cars over faulty brakes.",
    "Prosecutors charge former mayor with bribery.",
    "Germany plans new tax on plastic packaging.",
    "Ford cuts 3,000 jobs in Europe.",
    "Typhoon Haiyan hits central Philippines.",
    "Moody's cuts Greece's rating to junk.",
    "Nadal leads Spain past France in Davis Cup final.",
    "Vodafone bids $10 billion for Kabel Deutschland.",
    "Real Madrid signs Gareth Bale from Tottenham.",
    "Yahoo fires chief executive Scott Thompson.",
    "Islamic State claims Kabul bombing.",
    "Supreme Court orders new trial for death row inmate.",
    "Obama calls for vote on gun control.",
    "Berlusconi faces trial over tax fraud.",
    "Apple names Tim Cook chief executive.",
    "Samsung wins patent case against Apple in Japan.",
    "France bans smoking in cars carrying children.",
    "FAA grounds Boeing 787 fleet.",
    "Shell sells Nigerian oil fields to local firms.",
    "Brazil's central bank raises interest rates to 10 percent.",
    "Pfizer buys Wyeth for $68 billion.",
    "Microsoft acquires Nokia's phone business.",
    "Greece secures second bailout.",
    "Barcelona sacks coach after cup defeat.",
    "Earthquake jolts northern Chile.",
    "BP settles Gulf oil spill claims for $4.5 billion.",
    "Russia expels two British diplomats.",
    "Judge blocks Texas abortion law.",
    "Floods kill 40 in northern India.",
    "Ireland votes to legalise same-sex marriage.",
    "Netflix raises prices in the United States.",
    "Tesla opens factory in Shanghai.",
    "Police arrest 12 after clashes in Paris.",
    "Fitch rates Italy's new bonds BBB.",
    "Sony heads off takeover bid with share buyback.",
    "Kenya stores emergency grain as drought bites.",
    "Nintendo tops sales chart with new console.",
    "Liverpool beats Everton 2-0 in Merseyside derby.",
    "Iran seizes British tanker in Gulf.",
    "Amazon shelves plans for New York headquarters.",
]

_NOT_ACTS = [
    "Toyota makes cars in Kentucky.",
    "Toyota recalls: what you need to know.",
    "Toyota recalls and the lessons for carmakers.",
    "Ryanair flies to 180 airports across Europe.",
    "Germany exports more cars than any other country.",
    "Christine Lagarde heads the International Monetary Fund.",
    "The recalls cost the carmaker billions.",
    "The river floods the valley most springs.",
    "Moody's rates most of the bonds it reviews.",
    "Kenya stores most of its grain in the north.",
    "He recalls the night the dam burst.",
    "Ikea operates 400 stores in 50 countries.",
    "Mexico borders three countries.",
    "Lufthansa serves 200 cities worldwide.",
    "Greece faces more cuts than any other country.",
    "Japan imports most of its oil.",
    "Google faces questions: what we know.",
    "More protests ahead in Greece.",
]


def _lede_days(sentence: str) -> list[date]:
    """The days the lede is dated on, one per event it is a passage of."""
    events = events_in(sentence, _PUBLISHED)
    return [e.date.first for e in events for p in e.passages if p.text == sentence]


def _headline_days(title: str) -> list[date]:
    """The days a headline over a body that does not retell it is dated on."""
    events = headed_events(title, _BODY, _PUBLISHED)
    return [e.date.first for e in events for p in e.passages if p.text == title]


@pytest.mark.parametrize("sentence", _ACTS)
def test_a_lede_in_the_news_present_is_an_event(sentence: str) -> None:
    assert _lede_days(sentence) == [_PUBLISHED]


@pytest.mark.parametrize("sentence", _ACTS)
def test_a_headline_in_the_news_present_is_an_event(sentence: str) -> None:
    assert _headline_days(sentence.rstrip(".")) == [_PUBLISHED]


@pytest.mark.parametrize("sentence", _NOT_ACTS)
def test_a_standing_fact_a_habit_or_a_title_with_no_verb_stays_off(sentence: str) -> None:
    assert _lede_days(sentence) == []
    assert _headline_days(sentence.rstrip(".")) == []


@pytest.mark.parametrize("sentence", _NOT_ACTS)
def test_the_reading_of_the_words(sentence: str) -> None:
    assert not news_present_act(sentence)
