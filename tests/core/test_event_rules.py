"""The extractor's rules, each family as a table of real sentences: the seeds, the examples
of how news is written that the rules were made for, and what they must give."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.anaphoric_dates import resolve_anaphoric
from viewer.core.event_selection import judge
from viewer.core.extract import extract_events
from viewer.core.model import DateBasis, Document, Event, Span
from viewer.core.temporal import tag


def _document(text: str, published: date, title: str = "") -> Document:
    """An article of paragraphs split by blank lines, with a headline line when given."""
    head = f"{title}\n\n" if title else ""
    full = head + text
    body, position = [], len(head)
    for paragraph in text.split("\n\n"):
        body.append(Span(position, position + len(paragraph)))
        position += len(paragraph) + 2
    header = [Span(0, len(title))] if title else []
    return Document(
        id="a.txt", path="a.txt", text=full, title=title, body=body, header=header, date=published
    )


def _events(text: str, published: date = date(2022, 3, 9), title: str = "") -> list[Event]:
    return extract_events(_document(text, published, title))


def _found(events: list[Event], words: str) -> Event:
    (event,) = [e for e in events if any(words in p.text for p in e.passages)]
    return event


# 1. What is an event: reported happenings, not background, opinion, totals or questions.
NOT_EVENTS = [
    "NATO’s Article 5 doctrine says that any attack on one NATO country is an attack on all, "
    "meaning that the US would be obliged to come to the defense of any NATO member.",
    "The rapidity of the deployments makes clear that the gun-running operation was prepared "
    "well in advance of the Russian invasion.",
    "In total, the US has redeployed nearly 15,000 military personnel in reaction to Russian "
    "aggression.",
    "The signatories include Joe Manchin, a key Senate ally of President Joe Biden, and Trump "
    "ally Lindsay Graham.",
    "The Russians surround Kyiv and what are the military positions of NATO?",
    "Part of the concern among US officials is that Russian President Vladimir Putin might "
    "decide to attack NATO nations, especially if he feels cornered.",
    "The United States provides the bulk of NATO’s military power.",
    # What a thing will have, told ahead: a description, not a plan made public.
    "This quad-band GSM smartphone will not have 3G, but it will include Wi-Fi b/g and Bluetooth.",
    "It will support the carrier's HotSpot Calling service as well as unlimited messaging.",
    # What a happening means for someone: analysis (written probe sentences).
    "The failure is a setback for Europe's plans to win a larger share of the booming market "
    "for small satellites, where it faces competition from SpaceX.",
    "The ruling was a major blow to the company.",
    # What a thing has, told in the present (ECB+ development articles).
    "The new device features built-in GPS and Wi-Fi supporting voice and data in addition to "
    "the now usual smartphone lineup of a Web browser, music player and camera.",
    "In addition to the popular keyboard, the device features built-in GPS and support of "
    "location-based services.",
    "The device also comes with a 512MHz next-generation processor, although T-Mobile plans to "
    "wed the device to its 2G EDGE network.",
    "Its LED backlit display supports a 1920x1200 pixel resolution.",
    "Other features include a 60% greater color gamut, a 700:1 contrast ratio, improved "
    "viewing angles, and (thankfully) a matte screen option as well as a glossy option.",
    "The updated machine boasts Intel Ivy Bridge 2.7GHz (turbo boosted up to 3.7GHz), USB 3.0, "
    "Nvidia GeForce GT 650m graphics, and 7 hours of battery life.",
    # What did not happen (ECB+ development articles).
    "There were no immediate reports of damage, the newspaper said.",
    "No-one was injured in the fire.",
]
EVENTS = [
    "On Tuesday, the Pentagon dismissed a plan put forward by the Polish government to deploy "
    "its MiG-29 fighter jets to a US base in Germany.",
    "Last week, the Kremlin presented a list of “de facto hostile countries”, including the "
    "United States.",
    "Defense Secretary Lloyd Austin has ordered the deployment of an additional 500 troops to "
    "Eastern Europe.",
    "In addition, Washington will send 5,000 troops as part of a rotational brigade "
    "headquartered in Romania.",
    "Russian forces struck at targets in the Mykolaiv area of southern Ukraine on Wednesday.",
    # A plan made public, or one sourced, is an event though it tells what will be had.
    "The carrier said the phone will include a full keyboard.",
    "The old hospital will be replaced by a new building, the council announced.",
    # A setback suffered, a blow dealt: happenings (ECB+ development sentences, then written).
    "Coach Sean Payton said Thomas suffered a setback in practice last week.",
    "The storm dealt a blow to the harvest on Monday.",
    # A happening told beside a thing's features, or its parts (ECB+ and TempEval-3
    # development articles).
    "iMovie was refreshed with several new features including a precision editor, dynamic "
    "themes and animated travel maps.",
    "Calling them “really powerful”, Schiller demonstrated how these features help organise "
    "thousands of photos.",
    "It includes removing $242 million in good will from the books, issuing $150 million in "
    "preferred stock and commencing an exchange offer for $52 million in convertible bonds.",
]


@pytest.mark.parametrize("sentence", NOT_EVENTS)
def test_background_opinion_totals_and_questions_are_not_events(sentence: str) -> None:
    # Told past the lede, which news gives to its main happening (a lede needs no more than
    # to be an event): "The alliance met in Brussels." is one.
    events = _events(f"{LEDE}\n\n{sentence}")
    assert [e.primary.text for e in events] == [LEDE]


LEDE = "The alliance met in Brussels."


@pytest.mark.parametrize("sentence", EVENTS)
def test_reported_happenings_are_events(sentence: str) -> None:
    (event,) = _events(sentence)
    assert 0.5 <= event.event_confidence <= 1


def test_a_quote_continuation_stays_with_its_statement() -> None:
    events = _events(
        "Latvian Foreign Minister Gabrielius Landsbergis said on Monday that NATO should "
        'allow Ukraine to strike targets inside of Russia. He added that NATO "should not '
        'fear" the response from Russia.'
    )
    (event,) = events
    assert [p.text[:8] for p in event.passages] == ["Latvian ", "He added"]
    assert event.date.first == date(2022, 3, 7)


def test_a_continuation_with_news_of_its_own_is_an_event() -> None:
    events = _events(
        "Biden said on Tuesday that the alliance was strong. Biden added that Washington would "
        "collaborate with Spain to increase the number of US destroyers stationed in Rota."
    )
    assert len(events) == 2


def test_the_headline_is_one_event_with_the_lede_that_retells_it() -> None:
    events = _events(
        "Defense Secretary Lloyd Austin has ordered the deployment of an additional 500 troops "
        "to Eastern Europe.\n\nThe announcement was made public by the Pentagon on Monday.",
        date(2022, 3, 8),
        title="US sends more troops to Russia's borders, weighs sending anti-aircraft systems",
    )
    lede = _found(events, "Lloyd Austin")
    assert [p.text[:7] for p in lede.passages] == ["Defense", "US send"]
    assert lede.title.startswith("US sends more troops")


def test_a_headline_of_its_own_happening_is_an_event() -> None:
    events = _events(
        "What comes next for the retailer?",
        date(2022, 3, 8),
        title="Retailer sued by shareholders over accounts",
    )
    (event,) = events
    assert event.primary.text == "Retailer sued by shareholders over accounts"
    assert event.date.first == date(2022, 3, 8)


# 2. One event per happening: a clause with a time of its own is cut out of its sentence.
SPLITS = [
    (
        "Since Russia invaded Ukraine on February 24, the US and its allies have imposed a "
        "series of punitive financial sanctions on Russia.",
        date(2022, 3, 9),
        "Since Russia invaded Ukraine on February 24",
        date(2022, 2, 24),
    ),
    (
        "The staggering pace of US weapons transfers to Ukraine was spelled out in a report in "
        "the New York Times Monday morning, “when the president approved $350 million in "
        "military aid on Feb. 26... 70 percent of it was delivered in five days.”",
        date(2022, 3, 8),
        "“when the president approved $350 million",
        date(2022, 2, 26),
    ),
    (
        "The paper reported Monday that the minister signed the order on 12 March.",
        date(2022, 3, 16),
        "that the minister signed the order on 12 March",
        date(2022, 3, 12),
    ),
    # The same with the teller's name set off by commas before the report.
    (
        "The president, David Lappartient, said on Tuesday that the board will meet on 24 "
        "September.",
        date(2025, 9, 10),
        "that the board will meet on 24 September",
        date(2025, 9, 24),
    ),
    (
        "Employers created jobs at a robust pace in January, the government reported on Friday.",
        date(1998, 2, 6),
        "the government reported on Friday",
        date(1998, 2, 6),
    ),
    (
        "Inflation fell to 2.1 per cent in November, figures showed on Tuesday.",
        date(2025, 12, 18),
        "figures showed on Tuesday",
        date(2025, 12, 16),
    ),
    (
        "The school will close in July, the council confirmed on Thursday, ending a campaign "
        "by parents to save it.",
        date(2026, 3, 27),
        "the council confirmed on Thursday",
        date(2026, 3, 26),
    ),
    # The same with a cause or a circumstance after the report ("after …", "amid …").
    (
        "Los Angeles will limit watering starting Feb. 1, officials announced Thursday, after a "
        "dry autumn.",
        date(2026, 1, 9),
        "officials announced Thursday",
        date(2026, 1, 8),
    ),
    (
        "The city will close the bridge on Monday, officials announced Thursday, amid fears over "
        "its safety.",
        date(2026, 1, 9),
        "officials announced Thursday",
        date(2026, 1, 8),
    ),
    (
        "Acme named Jane Doe chief executive on Tuesday. She replaces John Roe, who took the "
        "job in 2009.",
        date(2022, 3, 9),
        "who took the job in 2009",
        date(2009, 1, 1),
    ),
    (
        "Acme named Jane Doe chief executive on Tuesday. She replaces John Roe, who will "
        "retire in March.",
        date(2026, 9, 9),
        "who will retire in March",
        date(2027, 3, 1),
    ),
    (
        "Since KKR bought RJR in February for $25 billion of debt, it has agreed to sell nearly "
        "$5 billion of RJR assets.",
        date(1989, 10, 30),
        "Since KKR bought RJR in February",
        date(1989, 2, 1),
    ),
    # What a source said happened at a time of its own, after ", saying" (a written probe
    # sentence); not "was quoted as saying", a report's tag.
    (
        "Tiglao confirmed the pardon yesterday, saying the President signed the document last "
        "Friday.",
        date(2001, 6, 12),
        "saying the President signed the document last Friday",
        date(2001, 6, 8),
    ),
    # What is reported with no "that", its pronoun right after the verb of reporting.
    (
        "Under cross-examination on Tuesday afternoon, Brisk admitted he had met Hale at a "
        "restaurant in June 2021.",
        date(2025, 10, 22),
        "he had met Hale at a restaurant in June 2021",
        date(2021, 6, 1),
    ),
]


@pytest.mark.parametrize(("text", "published", "clause", "day"), SPLITS)
def test_a_clause_of_its_own_time_is_its_own_event(
    text: str, published: date, clause: str, day: date
) -> None:
    events = _events(text, published)
    side = _found(events, clause)
    assert side.primary.text.startswith(clause)
    assert side.date.first == day
    rest = [e for e in events if e is not side]
    assert all(e.date.first != day for e in rest)
    for event in events:  # each passage is its own span inside the sentence
        assert event.primary.text in text


def test_what_has_gone_on_since_a_dated_happening_is_a_summary_not_an_event() -> None:
    (event,) = _events(SPLITS[0][0], SPLITS[0][1])
    assert event.primary.text == "Since Russia invaded Ukraine on February 24"


def test_the_replacement_is_not_dated_by_its_predecessors_start() -> None:
    events = _events(
        "Acme named Jane Doe chief executive on Tuesday. She replaces John Roe, "
        "who took the job in 2009."
    )
    assert _found(events, "She replaces John Roe").date.first == date(2022, 3, 8)


def test_a_plain_list_of_actions_on_one_occasion_stays_one_event() -> None:
    text = (
        "The US president said Washington is establishing a permanent headquarters in Poland, "
        "sending two additional F-35 fighter jet squadrons to the UK and will send more air "
        "defence to Germany and Italy."
    )
    (event,) = _events(text, date(2022, 6, 29))
    assert event.primary.text == text


# 3. Narrative time: no date of its own, the time of the story it continues.
def test_statements_after_a_dated_occasion_take_its_day() -> None:
    events = _events(
        "The minister spoke at a press conference on Monday. She said the government would "
        "raise the minimum wage. She also announced new funding for schools.\n\n"
        "The opposition criticised the plan.",
        date(2022, 11, 5),
    )
    wage = _found(events, "minimum wage")
    assert wage.date.first == date(2022, 10, 31)
    assert wage.date_basis is DateBasis.CONTEXT
    origin = wage.dating_of(0).origin
    assert origin is not None
    assert "press conference on Monday" in events[0].primary.text
    # A new paragraph is a new narrative; told in the past, it is still of the day the
    # story's lede tells of (test_lede_day.py).
    opposition = _found(events, "opposition")
    assert opposition.date.first == date(2022, 10, 31)
    assert opposition.dating_of(0).origin == origin


COUNTED = [
    ("A year later", date(2019, 3, 1), "month", date(2020, 3, 1)),
    ("two days later", date(2022, 6, 6), "day", date(2022, 6, 8)),
    ("the following week", date(2022, 6, 6), "day", date(2022, 6, 13)),
    ("earlier that day", date(2022, 6, 6), "day", date(2022, 6, 6)),
    ("a week earlier", date(2022, 6, 6), "day", date(2022, 5, 30)),
    ("fifteen days later", date(2022, 6, 6), "day", date(2022, 6, 21)),
    ("20 days later", date(2022, 6, 6), "day", date(2022, 6, 26)),
    ("A fortnight later", date(2022, 6, 6), "day", date(2022, 6, 20)),
]


@pytest.mark.parametrize(("words", "reference", "precision", "first"), COUNTED)
def test_dates_counted_from_another_date_resolve_against_it(
    words: str, reference: date, precision: str, first: date
) -> None:
    from viewer.core.model import DateValue, Precision

    value = (
        DateValue.day(reference)
        if precision == "day"
        else DateValue(reference, reference.replace(day=31), Precision.MONTH)
    )
    (timex,) = [t for t in tag(f"It happened {words}.", date(2022, 11, 5)) if t.text]
    assert "anaphoric" in timex.flags
    resolved = resolve_anaphoric(timex, value)
    assert resolved is not None and resolved.first == first


def test_a_story_told_in_steps_is_dated_step_by_step() -> None:
    events = _events(
        "The talks began on Monday, June 6. Two days later, the ministers signed an agreement. "
        "The following week the parliament approved it. The previous month, the government "
        "had announced a review.",
        date(2022, 11, 5),
    )
    assert [e.date.first for e in events] == [
        date(2022, 6, 6),
        date(2022, 6, 8),
        date(2022, 6, 13),
        date(2022, 5, 1),
    ]
    assert {e.date_basis for e in events[1:]} == {DateBasis.CONTEXT}


@pytest.mark.parametrize(
    "sentence",
    [
        "Apple said the phone will be cheaper when it arrives on 11 November.",
        "Samsung said its new phone goes on sale on 11 November.",
        "The company said the phone will arrive on November 11.",
    ],
)
def test_a_bare_date_of_something_scheduled_lies_ahead(sentence: str) -> None:
    (timex,) = tag(sentence, date(2022, 11, 5))
    assert timex.value == "2022-11-11"


# A modal of what may come points ahead, as "will" does; a possibility that was ("could
# have") and an ability told with a perception ("could be seen") do not.
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Forecasters said another storm could arrive on Friday.", "2024-01-05"),
        ("The storm may hit at the weekend, forecasters warned.", "2024-W01-WE"),
        ("Officials said the vote might take place on Monday.", "2024-01-08"),
        ("Police said the suspect could have fled on Friday.", "2023-12-29"),
        # "have" as a verb of its own after the modal, not a perfect: what may come.
        (
            "Leaders including President Barack Obama may have trouble reaching Krakow for "
            "Sunday's funeral of Polish President Lech Kaczynski, officials said.",
            "2024-01-07",
        ),
        ("Officials said the court could have a decision on Friday.", "2024-01-05"),
        ("He might have won on Sunday.", "2023-12-31"),
        ("Police investigators could be seen inside the store on Tuesday.", "2024-01-02"),
        ("The ruling came in May.", "2023-05"),
    ],
)
def test_a_modal_of_what_may_come_points_ahead(sentence: str, value: str) -> None:
    (timex,) = tag(sentence, date(2024, 1, 3))  # a Wednesday
    assert timex.value == value


# What is expected, told in the present, lies ahead of the telling; not what "did" expect.
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Employees have been told to expect an all-hands meeting on Monday.", "2023-11-20"),
        ("Analysts expect the central bank to cut rates on Thursday.", "2023-11-23"),
        ("The company expects a decision on Monday.", "2023-11-20"),
        ("Travellers were warned to expect disruption on Monday.", "2023-11-20"),
        ("We did not expect the vote on Monday.", "2023-11-13"),
    ],
)
def test_what_is_expected_lies_ahead(sentence: str, value: str) -> None:
    (timex,) = tag(sentence, date(2023, 11, 18))  # a Saturday
    assert timex.value == value


# A present perfect takes no day gone of its own: a day after a verb of calling or bidding in
# the perfect and the "to" or "for" of what it calls for lies ahead; told in the simple past, the
# day may be the call's, and is left so.
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The union has called for a strike on Monday.", "2023-11-20"),
        ("Workers have voted to strike on Friday.", "2023-11-17"),
        ("The government has ordered schools to close on Friday.", "2023-11-17"),
        ("Residents have been urged to stay indoors on Friday.", "2023-11-17"),
        ("Unions have called a general strike for Thursday.", "2023-11-16"),
        # A plan made public in the perfect, its day ahead too.
        ("The company has announced plans to close the plant on Friday.", "2023-11-17"),
        ("The council has scheduled a vote for Tuesday.", "2023-11-21"),
        ("The company announced plans to close the plant on Friday.", "2023-11-10"),
        ("The president called for calm on Friday.", "2023-11-10"),
        ("A man has been taken to hospital after a crash on Friday.", "2023-11-10"),
    ],
)
def test_what_a_perfect_calls_for_lies_ahead(sentence: str, value: str) -> None:
    (timex,) = tag(sentence, date(2023, 11, 15))  # a Wednesday
    assert timex.value == value


# The day a happening was set for, right after "for", in any tense: ahead.
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The judge set a hearing for Monday.", "2023-11-20"),
        ("The union called a strike for Monday.", "2023-11-20"),
        ("Organisers scheduled the vote for Tuesday.", "2023-11-21"),
        ("He was set free on Monday.", "2023-11-13"),
        ("Police called for witnesses to the crash on Friday.", "2023-11-10"),
    ],
)
def test_the_day_a_happening_is_set_for_lies_ahead(sentence: str, value: str) -> None:
    (timex,) = tag(sentence, date(2023, 11, 15))  # a Wednesday
    assert timex.value == value


# A verb whose past is spelt as its base is past unless a word that takes the base stands
# before it: "who quit on Monday" after a present main clause was the Monday ahead.
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("He replaces Chrystia Freeland, who quit on Monday.", "2024-01-01"),
        ("The minister, who cut the budget on Monday, faces questions.", "2024-01-01"),
        ("She said she plans to quit on Friday.", "2024-01-05"),
        ("Another storm could hit on Friday, forecasters said.", "2024-01-05"),
        ("The bank did not cut rates on Tuesday.", "2024-01-02"),
        ("Shares are going to start getting beat up on Friday.", "2024-01-05"),
    ],
)
def test_a_past_spelt_as_its_base_points_back(sentence: str, value: str) -> None:
    timexes = [t for t in tag(sentence, date(2024, 1, 3)) if t.type == "DATE"]  # a Wednesday
    assert [t.value for t in timexes] == [value]


# "died", a past too short for the rule of "-ed" forms: "who died on Sunday" before a plan
# ahead was the Sunday ahead.
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "The funeral of Lord Ashworth, who died on Sunday, will take place in London.",
            "2023-12-31",
        ),
        ("The singer, who died on Monday, will be buried in Memphis.", "2024-01-01"),
    ],
)
def test_died_points_back(sentence: str, value: str) -> None:
    timexes = [t for t in tag(sentence, date(2024, 1, 3)) if t.type == "DATE"]  # a Wednesday
    assert [t.value for t in timexes] == [value]


# 5. Confidence: both in 0-1, a stated date surer than a borrowed one.
def test_a_stated_date_is_surer_than_the_publication_date() -> None:
    events = _events(
        "Russian forces struck at targets in the Mykolaiv area on Wednesday.\n\n"
        "Members of the alliance have also sent billions in military aid to Ukraine.",
        date(2022, 6, 29),
    )
    stated, borrowed = events
    assert borrowed.date_basis is DateBasis.PUBLICATION
    assert 0 < borrowed.date_confidence < stated.date_confidence <= 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Morgan has always maintained his innocence.",
        "The council has always opposed the plan.",
        "The company has long denied any wrongdoing.",
    ],
)
def test_what_has_always_held_is_no_happening(sentence: str) -> None:
    """A stand kept all along ("has always", "has long") is a habit, not something done."""
    assert not judge(sentence, False).is_event


def test_a_hedged_or_generic_sentence_is_judged_less_surely_than_a_dated_action() -> None:
    action = judge("On Tuesday, the Pentagon dismissed a plan to deploy jets.", True)
    generic = judge("The alliance provides the bulk of the forces.", False)
    assert action.is_event and not generic.is_event
    assert generic.confidence < action.confidence


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Operations had a loss of $5.5 million for the quarter.", "1989-Q3"),
        ("The insurer's earnings fell 59% in the latest quarter.", "1989-Q3"),
        ("The company expects sales to rise in the current quarter.", "1989-Q4"),
        ("The company will post a loss in the quarter.", "1989-Q4"),
        # "The latest quarter" has ended, even when its results are still to come.
        (
            "He said he expects revenue in the latest quarter to total about $28 million.",
            "1989-Q3",
        ),
        # A company's quarter, named with "its" or "fiscal" before the ordinal.
        ("Sun Microsystems said it earned $5.2 million in the fiscal first quarter.", "1989-Q1"),
        ("The company reported a $20.3 million loss for its third quarter.", "1989-Q3"),
        ("Its net loss for the seasonally slow third quarter narrowed.", "1989-Q3"),
        # A quarter with its year before it: the period a result is compared with.
        ("Those results included a $415 million charge in the 1988 second quarter.", "1988-Q2"),
        ("Its 1988 third-quarter profit was restated.", "1988-Q3"),
    ],
)
def test_the_quarter_of_an_earnings_report_is_the_last_one_ended(sentence: str, value: str) -> None:
    (timex,) = tag(sentence, date(1989, 11, 2))
    assert timex.value == value


@pytest.mark.parametrize(
    "sentence",
    ["In 1988 third parties sued the company.", "In 2019 second place went to the Dutch team."],
)
def test_a_year_before_an_ordinal_that_is_no_quarter_stays_a_year(sentence: str) -> None:
    (timex,) = tag(sentence, date(2020, 11, 2))
    assert timex.value == sentence.split()[1]


# A plan told set for a time is a plan made public, as "is due to" and "will" are.
@pytest.mark.parametrize(
    "sentence",
    ["The hearing is set for May 14.", "Talks are scheduled for next week."],
)
def test_a_plan_set_for_a_time_is_an_event(sentence: str) -> None:
    (event,) = _events(sentence, date(2025, 1, 14))
    assert event.date.first > date(2025, 1, 14)


@pytest.mark.parametrize(
    "text",
    [
        "A man who has refused food since April 3 was taken to hospital on Monday.",
        "The 41-year-old Bowe was fighting for the first time since 2005 and stepped into the "
        "ring for a professional bout for only the third time since 1996.",
    ],
)
def test_a_time_right_after_since_bounds_a_state_and_dates_no_clause(text: str) -> None:
    """ "since April 3" tells from when a state holds, no happening of April 3: no clause is
    cut out and dated by it (a written probe lede, an ECB+ development sentence)."""
    events = _events(text, date(2003, 4, 29))
    assert len(events) == 1
    assert events[0].date.first != date(2003, 4, 3)
    assert events[0].date.first.year == 2003


def test_a_paper_named_daily_tells_no_habit() -> None:
    """ "told the Daily Nation": a newspaper's name, not what happens every day (a written
    probe sentence); "sails daily" is a habit still."""
    told = (
        "KAA managing director Stephen Gichuki told the Daily Nation that works were 70 per cent "
    )
    told += "complete."
    events = _events(f"{LEDE}\n\n{told}")
    assert any(told in p.text for e in events for p in e.passages)
    habit = _events(f"{LEDE}\n\nThe ferry sails daily to Calapan.")
    assert [e.primary.text for e in habit] == [LEDE]


def test_a_lede_told_in_a_perfect_with_an_adverb_is_an_event_with_its_headline() -> None:
    """ "have now been given": a perfect, the adverb between passed over; the headline joins
    it (a written probe article)."""
    text = (
        "More than 10 million doses of Covid-19 vaccine have now been given in Kenya.\n\n"
        "The milestone was reached on Tuesday afternoon."
    )
    events = _events(text, date(2021, 9, 8), title="Jab drive passes 10 million doses")
    lede = _found(events, "More than 10 million doses")
    assert any("Jab drive" in p.text for p in lede.passages)
