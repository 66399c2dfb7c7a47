"""Narrative time across paragraphs (docs/events.md section 4, item 3): a happening told in the
simple past with no time of its own, in a run of past happenings, is of the day the run is
at, not of the publication day; a statement, or a sentence told in the present or the
perfect, ends the run and stays on the publication day. The story's news day dates an action
told before the story moves on to a later day, wherever it moves on later; a story that names
the publication day before an earlier one tells that earlier day as a flashback.

Real sentences of the ECB+ development articles and the seeds, shortened.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from tests.core.test_event_rules import _events, _found
from viewer.core.model import DateBasis, DateValue
from viewer.core.narrative_time import reports_actors
from viewer.core.sentence_tense import told_in_past, told_in_present

VERDICT = date(2012, 9, 10)
RAMPAGE = DateValue.day(date(2010, 9, 10))

KRAFT = (
    "A Philadelphia judge today found a former Kraft Foods company employee guilty of murder in "
    "a workplace rampage exactly two years ago in Northeast Philadelphia that left two women "
    "dead and a third employee wounded.\n\n"
    "Then, on September 10, 2010, according to a surviving victim, Hiller went berserk again, "
    "cursing and making accusations and threats.\n\n"
    "She was suspended on the spot and escorted from the building.\n\n"
    "Dalton says the bullet went through his neck and lodged in his shoulder, and is still "
    "there.\n\n"
    "In the one-day, non-jury trial, Common Pleas Court judge Benjamin Lerner found Hiller "
    "guilty of two counts of first-degree murder and one count of attempted murder."
)


def test_a_past_action_in_the_next_paragraph_is_of_the_run_s_day() -> None:
    event = _found(_events(KRAFT, VERDICT), "She was suspended on the spot")
    assert event.date == RAMPAGE
    assert event.date_basis is DateBasis.CONTEXT
    assert event.dating_of(0).text == "September 10, 2010"


def test_a_sentence_in_the_present_ends_the_run() -> None:
    event = _found(_events(KRAFT, VERDICT), "In the one-day, non-jury trial")
    assert event.date == DateValue.day(VERDICT)


# A flashback's day, then a source's account: the account ends the run, and the appeal after
# it is not of the flashback's day.
ESCALANTE = (
    "Guillermo Hernandez, 20, and Carlos Velasquez, 24, were arrested Friday and were being "
    "held without bail, said Chief of Detectives Charlie Beck.\n\n"
    "Escalante was shot outside his boyhood home in the 3400 block of Thorpe Street while on "
    "his way to work at the Men's Central Jail early Aug. 2.\n\n"
    "Bratton said Escalante was loading a car seat into the family's car when his wife heard "
    "gun shots.\n\n"
    "Bratton asked for the public's help in providing additional information now that the "
    "suspects' names were made public."
)


def test_a_statement_ends_the_run() -> None:
    event = _found(_events(ESCALANTE, date(2005, 6, 26)), "Bratton asked for the public's help")
    assert event.date != DateValue.day(date(2004, 8, 2))


# The lede's Friday; the story moves on to the publication day only in its update.
DEPUTY = (
    "A Los Angeles County Sheriff's Department deputy died after a shooting Friday afternoon "
    "in Hawaiian Gardens, according to the sheriff's department.\n\n"
    "The location is about 10 blocks east of the 605 Freeway.\n\n"
    "A SWAT unit was dispatched to the area near Carson Street and Norwalk Boulevard.\n\n"
    "UPDATE:\n\n"
    "A suspect has been arrested in connection with the killing of a Los Angeles County "
    "sheriff's deputy, authorities said today."
)
FIRE = (
    "Residents evacuated from their homes after a huge fire at a Waitrose store in Banstead on "
    "Friday night have been allowed to return to their homes.\n\n"
    "Around 60 people spent the evening at a local day care centre after being evacuated from "
    "their homes near the supermarket in the High Street.\n\n"
    "The fire was still burning on Saturday morning."
)


@pytest.mark.parametrize(
    ("text", "published", "words", "day"),
    [
        (DEPUTY, date(2005, 6, 26), "A SWAT unit was dispatched", date(2005, 6, 24)),
        (FIRE, date(2013, 7, 22), "Around 60 people spent the evening", date(2013, 7, 19)),
    ],
)
def test_an_action_told_before_the_story_moves_on_is_of_its_news_day(
    text: str, published: date, words: str, day: date
) -> None:
    event = _found(_events(text, published), words)
    assert event.date == DateValue.day(day)
    assert event.date_basis is DateBasis.CONTEXT


# Of the publication day first ("said today", "on Wednesday"), then an earlier day: what the
# story tells undated is not of that earlier day.
GREEK = (
    "A GREEK police officer has been formally charged with voluntary homicide over the killing "
    "of a teenager that sparked nationwide riots, a court source said.\n\n"
    "The officer's partner, Vassilios Saraliotis, 31, was charged with being an accomplice and "
    "will also remain in custody, the same source said today.\n\n"
    "The pair have each been held since Monday.\n\n"
    "According to the charge sheet, Mr Korkoneas killed Grigoropoulos on Sunday during a clash "
    "with around 30 youths in the central Athens district of Exarchia.\n\n"
    "The officer said that he took out his revolver and fired two or three times in the air out "
    "of self defence."
)
SUMMIT = (
    '"NATO is strong and united," Biden said at a meeting on Wednesday with NATO '
    "Secretary-General Jens Stoltenberg in the Spanish capital.\n\n"
    "Biden announced on Tuesday that the US would base its two additional destroyers at its "
    "naval base at Rota in Spain. The United States provides the bulk of NATO's military "
    "power.\n\n"
    "The president lined up alongside Stoltenberg and 29 other national leaders for a photo at "
    "the highly anticipated summit of the military alliance."
)


@pytest.mark.parametrize(
    ("text", "published", "words"),
    [
        (GREEK, date(2013, 3, 12), "The officer said that he took out"),
        (SUMMIT, date(2022, 6, 29), "The president lined up alongside"),
    ],
)
def test_an_earlier_day_after_the_publication_day_is_a_flashback(
    text: str, published: date, words: str
) -> None:
    event = _found(_events(text, published), words)
    assert event.date == DateValue.day(published)
    assert event.date_basis is DateBasis.PUBLICATION


# A contraction is read as its verb ("It's" is "it is", "isn't" is "is not"); a possessive is
# not a verb. Sentences of TempEval-3's development articles and the ECB+ development articles.
@pytest.mark.parametrize(
    ("sentence", "past", "present"),
    [
        ("It's followed by Stroh Brewery Co., which has agreed to sell its assets.", False, True),
        ("The board isn't aware of any attempts to take over Philip Morris.", False, True),
        ("Thompson's trainer filed a protest with the federation on Monday.", True, False),
        ("The executives didn't disclose the size of the expected gain.", True, False),
    ],
)
def test_a_contraction_is_read_as_its_verb(sentence: str, past: bool, present: bool) -> None:
    assert told_in_past(sentence) is past
    assert told_in_present(sentence) is present


def test_a_present_statement_in_a_contraction_is_not_of_the_lede_s_day() -> None:
    text = (
        "Philip Morris Cos., New York, adopted a defense measure designed to make a hostile "
        "takeover prohibitively expensive, the company said yesterday.\n\n"
        "The board isn't aware of any attempts to take over Philip Morris, the company said."
    )
    event = _found(_events(text, date(1989, 10, 26)), "The board isn't aware")
    assert event.date == DateValue.day(date(1989, 10, 26))


# The period a results story's figures are of is one that is over: a forecast's period ("will
# report actual losses through the third quarter of 1990", "continue into the fourth quarter")
# is not what "the year-ago period" counts from. TempEval-3 development, wsj_1003.
STEEL = (
    "Bethlehem Steel Corp., hammered by higher costs and lower shipments to key automotive and "
    "service-center customers, posted a 54% drop in third-quarter profit.\n\n"
    "Wall Street analysts expect the disappointing trend to continue into the fourth quarter.\n\n"
    '"It doesn\'t bode well for coming quarters," said John Jacobson, who follows the steel '
    "industry for AUS Consultants. In fact, he thinks several steelmakers will report actual "
    "losses through the third quarter of 1990.\n\n"
    "In the year-ago period, Bethlehem earned $101.4 million, or $1.27 a share."
)


def test_a_period_not_over_is_not_the_period_of_the_story_s_figures() -> None:
    event = _found(_events(STEEL, date(1989, 10, 26)), "In the year-ago period")
    assert (event.date.first, event.date.last) == (date(1988, 7, 1), date(1988, 9, 30))


def test_the_period_of_the_figures_is_still_the_one_reported() -> None:
    text = STEEL.replace("In the year-ago period", "In the latest period")
    event = _found(_events(text, date(1989, 10, 26)), "In the latest period")
    assert (event.date.first, event.date.last) == (date(1989, 7, 1), date(1989, 9, 30))


# The run carries on its actors (a pronoun opening the sentence), not a new subject's
# happening: the undercard is of the fight's night, not of the challenger's arrival.
FIGHT = (
    "Wladimir Klitschko defended his IBF heavyweight crown by stopping Hasim Rahman in the "
    "seventh round at SAP Arena on Saturday.\n\n"
    "Rahman, who won the WBC and IBF belts from Lennox Lewis in 2001, arrived in Germany on "
    "Monday and declared he was in top shape.\n\n"
    "On the undercard, former heavyweight champion Riddick Bowe made a modest comeback with an "
    "eighth-round decision over Germany's Gene Pukall."
)


def test_the_run_does_not_carry_another_subject_s_happening() -> None:
    event = _found(_events(FIGHT, date(2012, 7, 7)), "On the undercard")
    assert event.date != DateValue.day(date(2012, 7, 2))


# "later" on its own, in the simple past, after a year or a month of the past the story has
# just named: of that time (a DUI story of the third ECB+ development gold).
ALLEN = (
    "Jared Allen, then with Kansas City, was suspended for the first four games of the 2007 "
    "season after being charged with DUI twice in one year.\n\n"
)
LATER_PUBLISHED = date(2009, 2, 4)


@pytest.mark.parametrize(
    ("text", "words", "first", "last"),
    [
        (
            ALLEN + "The NFL later reduced his suspension to two games.",
            "The NFL later reduced",
            date(2007, 1, 1),
            date(2007, 12, 31),
        ),
    ],
)
def test_later_after_a_past_year_or_month_is_of_that_time(
    text: str, words: str, first: date, last: date
) -> None:
    event = _found(_events(text, LATER_PUBLISHED), words)
    assert (event.date.first, event.date.last) == (first, last)
    assert event.date_basis is DateBasis.CONTEXT


@pytest.mark.parametrize(
    "text",
    [
        # A day named in between: the story is back at its news.
        ALLEN + "Chargers players had the day off yesterday.\n\n"
        "The NFL later reduced his suspension to two games.",
        # Two paragraphs on: too far to hang on that year.
        ALLEN + "The arrest will not affect Jackson's status.\n\n"
        "A suspension certainly is possible.\n\n"
        "The NFL later reduced his suspension to two games.",
    ],
)
def test_later_far_from_a_past_year_is_not_of_it(text: str) -> None:
    event = _found(_events(text, LATER_PUBLISHED), "The NFL later reduced")
    assert event.date.first.year == 2009


# A report of what actors named before did, opened by its attribution: it carries the run on
# across paragraphs ("According to reports, the robbers escaped …" after Sunday night's
# robbery), where the present, or a report of what holds now, does not.
RAM_RAID = (
    "Four men rammed their car into an upmarket jewellery store in central Paris on Monday, "
    "smashing the shop window and making off with a €2 million booty, a police source said.\n\n"
    "Paris also witnessed another dramatic robbery on Sunday night when thieves armed with "
    "Kalashnikovs stormed a subsidiary of the France's rail operator SNCF in the capital's "
    "15th arrondissement.\n\n"
)
RAID_PUBLISHED = date(2013, 9, 9)
SUNDAY = DateValue.day(date(2013, 9, 8))


@pytest.mark.parametrize(
    ("follows", "words", "day"),
    [
        (
            "According to reports, the robbers escaped with around €60,000 from the company.",
            "the robbers escaped",
            SUNDAY,
        ),
        (
            "Police said the thieves fled in a second car.",
            "the thieves fled",
            SUNDAY,
        ),
        # What holds now, on the same authority: not of that night.
        (
            "According to reports, the thieves are being sought by a special unit of the police.",
            "the thieves are being sought",
            DateValue.day(RAID_PUBLISHED),
        ),
        # The account told in the present, as wire and broadcast copy tell it: of that night.
        (
            "Police say the thieves took around €60,000 in cash.",
            "the thieves took",
            SUNDAY,
        ),
        # After a clause of its time.
        (
            "Police said that after forcing the door, the thieves took around €60,000 in cash.",
            "the thieves took",
            SUNDAY,
        ),
        # The teller's own statement, by a pronoun: the publication day's.
        (
            "A guard said that he raised the alarm at once.",
            "he raised the alarm",
            DateValue.day(RAID_PUBLISHED),
        ),
    ],
)
def test_a_report_of_the_run_s_actors_carries_the_run_on(
    follows: str, words: str, day: DateValue
) -> None:
    event = _found(_events(RAM_RAID + follows, RAID_PUBLISHED), words)
    assert event.date == day


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        ("According to reports, the robbers escaped with around €60,000.", True),
        ("The police source, who wished to remain anonymous, said the men drove a car.", True),
        ("Police said the suspects fled on foot.", True),
        ("According to reports, the company is in charge of the restaurant cars.", False),
        ("Police said the suspects have fled.", False),  # the perfect: up to now
        ("Dalton says the bullet went through his neck.", True),  # told in the present
        ("Authorities say the incident began after she was suspended.", True),
        ("Officers say the 16-year old began to adjust his waistband.", True),
        ("The son entered the apartment and found the bodies, police say.", True),
        ("The officer said that he took out his revolver.", False),  # his own statement
        ("Authorities say the suspect is in custody.", False),  # what holds now
        ("Bratton said Escalante was loading a car seat into the family's car.", False),
        ("The robbers escaped with around €60,000.", False),  # no report: a pronoun's rule
        # The account first, its speaker after it.
        ("He shot Ortiz once in the head and fled, Peavy said.", True),
        ("The officers fired 11 shots, the police said.", True),
        ("He is being held without bail, Peavy said.", False),  # what holds now
        ("A handgun was recovered during the arrest, Peavy said.", False),  # no actors named
    ],
)
def test_reports_actors(text: str, reports: bool) -> None:
    assert reports_actors(text) is reports


def test_a_flashback_day_after_a_fronted_reason_is_of_the_flashback_year() -> None:
    """ "would spread" before the comma is the police's fear, not a plan: the day is in the past,
    in the year the story went back to, and "a year later" counts from it (19_6ecb)."""
    events = _events(
        "In November 1973, students barricaded themselves inside in rebellion against the "
        "country's military junta. Fearful that the revolt would spread, on Nov. 17 the "
        "national police moved in with tanks, killing a still-disputed number of protesters. "
        "The junta fell less than a year later.",
        date(2013, 3, 12),
    )
    assert _found(events, "national police moved in").date == DateValue.day(date(1973, 11, 17))
    assert _found(events, "The junta fell").date.first.year == 1973


# A vigil's Monday, then the shooting of the Saturday before told again; the next paragraph
# opens on the actors that sentence named, by a definite noun (ECB+ development, 19_9).
VIGIL = (
    "A candle light vigil turned violent Monday night in East Flatbush, Brooklyn.\n\n"
    "According to police, Kimani Gray had a revolver and he allegedly pointed it at the plain "
    "clothes officers Saturday night when they approached a group on East 52nd street.\n\n"
    "The officers fired their weapons and the teenager was pronounced dead at Kings County "
    "Hospital.\n\n"
    "The protesters threw bottles at police."
)


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("The officers fired their weapons", date(2013, 3, 9)),  # named again: the run's day
        ("The protesters threw bottles", date(2013, 3, 11)),  # not named there: the story's
    ],
)
def test_actors_named_again_by_a_definite_noun_carry_the_run_on(words: str, day: date) -> None:
    event = _found(_events(VIGIL, date(2013, 3, 12)), words)
    assert event.date == DateValue.day(day)


# An action opened by a participle phrase before its pronoun carries the run on, and a person
# "released on bond" is set free, which is no statement that would end the run.
ARREST = (
    "Williams, a three-time Pro Bowl nose tackle, was stopped for speeding westbound on state "
    "route 94 at approximately 1:30 a.m Sunday.\n\n"
    "Arrested by the CHP on suspicion of drunken driving, he was booked into county jail and "
    "later released on bond."
)


def test_a_participle_opener_before_the_pronoun_carries_the_run_on() -> None:
    event = _found(_events(ARREST, date(2009, 2, 4)), "he was booked into county jail")
    assert event.date == DateValue.day(date(2009, 2, 1))
    assert event.date_basis is DateBasis.CONTEXT


# A deputy's killing of a Friday, told on the Sunday after by officials who spoke on the
# Saturday; the encounter told on after the sentence that gives its time (ECB+ development,
# 16_7ecbplus, shortened).
DEPUTY = (
    "Before he was fatally shot, Deputy Jerry Ortiz was looking for a man considered to be a "
    "career criminal, officials said Saturday.\n\n"
    "Ortiz, 35, was on his own about 3 p.m. Friday when he went to a house in Hawaiian "
    "Gardens.\n\n"
    "Ortiz asked the man for some identification and was checking it when Orozco appeared "
    "from inside the house.\n\n"
    "He shot Ortiz once in the head and fled, Peavy said.\n\n"
    "Orozco worked at a car wash in Bellflower."
)


@pytest.mark.parametrize(
    ("words", "day"),
    [
        # Named again by name, in the simple past: the run's day.
        ("Ortiz asked the man", date(2005, 6, 24)),
        # The account first, its speaker after it: the run's day, not the officials' Saturday.
        ("He shot Ortiz once", date(2005, 6, 24)),
    ],
)
def test_actors_named_again_by_name_carry_the_run_on(words: str, day: date) -> None:
    event = _found(_events(DEPUTY, date(2005, 6, 26)), words)
    assert event.date == DateValue.day(day)


def test_another_name_does_not_carry_the_run_on() -> None:
    event = _found(_events(DEPUTY, date(2005, 6, 26)), "Orozco worked at a car wash")
    assert event.date != DateValue.day(date(2005, 6, 24))


# A happening scheduled on a day ahead, told in the present, is a plan made public; the run of
# past happenings goes on past it (ECB+ development, 35_1ecbplus, shortened; TempEval-3
# development, wsj_0798: a date named as what a date is, no happening).
SCHEDULED = (
    "Williams was pulled over for speeding early Sunday on a freeway outside downtown, the "
    "California Highway Patrol said.\n\n"
    "Chargers receiver Vincent Jackson was arrested for investigation of DUI on Jan. 6, five "
    "days before San Diego's playoff loss at Pittsburgh.\n\n"
    "Jackson is due in court Feb. 17.\n\n"
    "He was on probation for a previous DUI arrest, the CHP said.\n\n"
    "The record date is Feb. 20."
)


def test_a_happening_scheduled_ahead_is_an_event_and_the_run_goes_on_past_it() -> None:
    events = _events(SCHEDULED, date(2009, 2, 3))
    assert _found(events, "Jackson is due in court").date == DateValue.day(date(2009, 2, 17))
    assert _found(events, "He was on probation").date == DateValue.day(date(2009, 1, 6))
    assert not any(e.primary.text.startswith("The record date") for e in events)


def test_a_speaker_of_the_actor_s_own_goes_on_with_its_day() -> None:
    """ "Its trade commissioner said …", a paragraph after "The EU responded on Tuesday.": the
    actor's own speaker, on the actor's day, not the publication's (a written probe story)."""
    text = (
        "The US will put a 25% tariff on all steel imports from 12 March.\n\n"
        "The EU responded on Tuesday.\n\n"
        'Its trade commissioner said the bloc would respond "firmly and proportionately".'
    )
    events = events_in(text, date(2025, 2, 12))
    said = next(e for e in events if e.primary.text.startswith("Its trade commissioner"))
    assert said.date.first == date(2025, 2, 11)
