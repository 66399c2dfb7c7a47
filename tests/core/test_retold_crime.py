"""A crime retold (docs/events.md section 4, item 3): in a story whose news is a later step,
the crime told again in the past, with no time of its own, is of the crime's own day where the
story gave one, not of the news day. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.test_event_rules import _events, _found
from viewer.core.model import DateValue
from viewer.core.retold_crime import violent_act

PUBLISHED = date(2018, 5, 20)  # a Sunday
MURDER = DateValue.day(date(2016, 3, 3))

VERDICT = (
    "A jury on Tuesday found a former dock worker guilty of killing a bank guard.\n\n"
    "The guard was sent to watch the harbour branch the day before his March 3, 2016 "
    "murder.\n\n"
    "That post followed the February 20, 2016 robbery of another branch.\n\n"
    "The guard walked to the door at about 4 p.m., when the worker waited outside.\n\n"
    "He fired one shot through the glass, hitting the guard in the chest.\n\n"
    "The judge will announce the sentence in June."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He fired one shot through the glass", True),
        ("Two officers fatally shot the driver, the police said", True),
        ("The manager was fired last week", False),
        ("The report found that the driver had been shot twice", False),
        ("“He shot him,” the witness said", False),
        ("He could have killed someone", False),
        ("He may have killed someone", False),
        # The month is no modal (ECB+ development, 33_5ecb).
        (
            "The 10-year-old was shot on the night of May 29th while she was playing outside "
            "her First Street home",
            True,
        ),
        ("The bank reopened its branch", False),
        # Letters the case-blind pattern reads as ASCII that lowering does not make ASCII: the
        # look for the verbs' stems in the lowercase lets them through to the pattern.
        ("Two officers fatally SHOT the driver", True),
        ("Two officers fatally KİLLED the driver", True),
        ("Two officers fatally kılled the driver", True),
        ("Two officers fatally ſhot the driver", True),
    ],
)
def test_a_violent_act_told_in_the_past(text: str, expected: bool) -> None:
    assert violent_act(text) is expected


def test_the_crime_told_again_is_of_the_day_its_noun_named() -> None:
    event = _found(_events(VERDICT, PUBLISHED), "He fired one shot through the glass")
    assert event.date == MURDER


def test_the_first_crime_the_story_dates_is_the_one_it_retells() -> None:
    event = _found(_events(VERDICT, PUBLISHED), "He fired one shot through the glass")
    assert event.date != DateValue.day(date(2016, 2, 20))


def test_a_violent_act_told_by_a_dated_sentence_sets_the_crime_s_day() -> None:
    text = (
        "Hundreds marched on Wednesday night to protest a police shooting.\n\n"
        "The police said an officer shot the driver, a 19-year-old student, late on Friday.\n\n"
        "The mayor met the student's parents on Tuesday.\n\n"
        "The officer fired four times, the police said."
    )
    event = _found(_events(text, date(2019, 10, 10)), "The officer fired four times")
    assert event.date == DateValue.day(date(2019, 10, 4))


def test_the_day_a_crime_was_spoken_of_is_not_its_day() -> None:
    text = (
        "Before he was fatally shot, the deputy was looking for a man wanted on a warrant, "
        "officials said Saturday.\n\n"
        "The deputy was shot on Friday afternoon outside a house.\n\n"
        "The gunman fired once, the police said."
    )
    event = _found(_events(text, date(2005, 6, 26)), "The gunman fired once")
    assert event.date == DateValue.day(date(2005, 6, 24))


def test_a_paragraph_at_a_day_of_its_own_keeps_it() -> None:
    text = (
        "The police said an officer shot the driver late on Friday.\n\n"
        "On Monday, a second officer was attacked at the station and fired at the attacker."
    )
    event = _found(_events(text, date(2019, 10, 10)), "a second officer was attacked")
    assert event.date == DateValue.day(date(2019, 10, 7))


@pytest.mark.parametrize(
    ("text", "statement", "expected"),
    [
        ("The officers then fired four shots, the police said.", True, True),
        ("The guard said that he fired twice into the air.", True, False),
        ("The guard fired twice into the air.", False, True),
    ],
)
def test_a_statement_retells_the_act_only_before_its_attribution(
    text: str, statement: bool, expected: bool
) -> None:
    assert violent_act(text, statement) is expected


# An ECB+ development article (19_7ecbplus), abridged and reordered: published on a Wednesday,
# of a police shooting on the Saturday before and the protests since.
EAST_FLATBUSH = (
    "The police said that two plainclothes officers fatally shot the teenager, Kimani Gray, "
    "just before 11:30 p.m. on Saturday after he brandished a revolver and pointed it at them."
    "\n\n"
    "On Wednesday night, about 200 people attended the vigil.\n\n"
    "Two years before, he said, an officer stopped him in front of the shop for sidewalk "
    "riding, and then arrested him after the officer saw a small amount of marijuana.\n\n"
    "Less than a year before, and only blocks away, a narcotics detective shot and killed an "
    "unarmed 23-year-old woman, Shantel Davis, as she tried to flee the police in a car that "
    "had been reported stolen at gunpoint, the police said at the time."
)


@pytest.mark.parametrize(
    ("words", "first", "last"),
    [
        # A violent act counted back is counted from the story's crime, not its last day.
        ("Less than a year before", date(2012, 3, 10), date(2013, 3, 8)),
        # Any other happening is counted from the story's last day (Wednesday).
        ("Two years before, he said", date(2011, 3, 13), date(2011, 3, 13)),
    ],
)
def test_a_violent_act_counted_back_counts_from_the_crime(
    words: str, first: date, last: date
) -> None:
    event = _found(_events(EAST_FLATBUSH, date(2013, 3, 13)), words)
    assert (event.date.first, event.date.last) == (first, last)


def test_what_followed_that_happening_is_of_its_time() -> None:
    # The same article: the vigils that followed "that shooting" are of the shooting's time
    # (within the year before Saturday), not of the day the story is told on.
    text = EAST_FLATBUSH + "\n\nVigils followed that shooting as well."
    event = _found(_events(text, date(2013, 3, 13)), "Vigils followed")
    assert (event.date.first, event.date.last) == (date(2012, 3, 10), date(2013, 3, 8))


# An ECB+ development article (33_3ecbplus), abridged: a trial on a Thursday, of a shooting
# of 2011; the arrests, the charge, the confession and the casings found are the crime's time.
TRIAL = (
    "Zurana Horton, 34, a mother of 12, was fatally shot in 2011 while picking up her "
    "daughter, 11, from school.\n\n"
    "Jurors on Thursday watched video capturing the moment a mother was gunned down in broad "
    "daylight outside a New York City school.\n\n"
    "Lopez, who was 18 at the time of the shooting, confessed to being the rooftop sniper "
    "according to initial reports by the New York Daily News.\n\n"
    "Lopez has been linked to a Brooklyn gang known as '8 Block,' who police say are engaged "
    "in a turf battle with the neighboring Young Guns gang.\n\n"
    "Also arrested were Lopez' half-brother, 17-year-old Kristian, and Carrasquillo.\n\n"
    "Carrasquillo was charged with murder, and Kristian Lopez was arrested for possession of "
    "a baseball bat, police said.\n\n"
    "Police recovered 12 9-mm shell casings on the roof of the Pitkin Avenue apartment and "
    "the sidewalk."
)
YEAR_2011 = (date(2011, 1, 1), date(2011, 12, 31))


@pytest.mark.parametrize(
    "words",
    [
        "Lopez, who was 18 at the time of the shooting, confessed",
        "Also arrested were",
        "Carrasquillo was charged with murder",
        "Police recovered 12 9-mm shell casings",
    ],
)
def test_the_pursuit_of_a_crime_of_an_earlier_year_is_of_its_year(words: str) -> None:
    event = _found(_events(TRIAL, date(2013, 4, 12)), words)
    assert (event.date.first, event.date.last) == YEAR_2011


def test_the_trial_told_after_the_crime_s_year_keeps_its_day() -> None:
    event = _found(_events(TRIAL, date(2013, 4, 12)), "Jurors on Thursday watched")
    assert event.date == DateValue.day(date(2013, 4, 11))


def test_what_holds_now_after_the_crime_s_year_is_not_of_it() -> None:
    text = TRIAL + "\n\nLopez is being held without bail, police said."
    event = _found(_events(text, date(2013, 4, 12)), "Lopez is being held")
    assert event.date.first.year == 2013


def test_a_pursuit_the_story_dates_itself_is_its_news() -> None:
    # A cold case: the arrest is the news, on a day of its own; the charge told after it is
    # of the news, not of the crime's year.
    text = (
        "A teenager was shot dead in 2011 outside a Brooklyn school.\n\n"
        "Police on Tuesday arrested a man who lived across the street.\n\n"
        "The man was charged with murder, police said."
    )
    event = _found(_events(text, date(2013, 4, 12)), "The man was charged with murder")
    assert event.date.first.year == 2013


# The crime of 2011 told again in the same trial story (33_3ecbplus): a violent act told in the
# past, in a paragraph at no day of its own, and the crime opening its sentence by its noun.
RETOLD_2011 = (
    TRIAL
    + "\n\nBehind her another mother was seen shot in her arm before staggering against a wall."
    + "\n\nThe shooting frenzy in which at least 12 shots were fired began just 13 minutes "
    "after school finished."
)


@pytest.mark.parametrize(
    "words",
    ["Behind her another mother was seen shot", "The shooting frenzy in which"],
)
def test_the_crime_of_an_earlier_year_told_again_is_of_its_year(words: str) -> None:
    event = _found(_events(RETOLD_2011, date(2013, 4, 12)), words)
    assert (event.date.first, event.date.last) == YEAR_2011


def test_a_later_day_telling_the_act_is_not_the_crime_s_day() -> None:
    # "Jurors on Thursday watched video capturing the moment a mother was gunned down" tells
    # the act on the trial's day: it does not make that Thursday the crime's day.
    event = _found(_events(RETOLD_2011, date(2013, 4, 12)), "The shooting frenzy")
    assert event.date != DateValue.day(date(2013, 4, 11))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Told in the present: what holds now, not the crime.
        (
            TRIAL + "\n\nCheanne McKnight, 11, is recovering from a graze wound to her cheek, "
            "while a 31-year-old Brooklyn mom was shot in the arm.",
            "Cheanne McKnight",
        ),
        # A paragraph at a day of its own keeps it.
        (
            TRIAL + "\n\nOn Thursday, a detective testified. He was shot at twice that day.",
            "He was shot at twice",
        ),
        # A pursuit the story dates itself makes the pursuit its news: the shooting told
        # again after it is not sent back to the crime's year.
        (
            "A teenager was shot dead in 2011 outside a Brooklyn school.\n\n"
            "Police on Tuesday arrested a man who lived across the street.\n\n"
            "The shooting was captured on a security camera, police said.",
            "The shooting was captured",
        ),
    ],
)
def test_the_crime_s_year_is_not_carried_where_the_story_is_elsewhere(
    text: str, words: str
) -> None:
    event = _found(_events(text, date(2013, 4, 12)), words)
    assert event.date.first.year == 2013


# What the accused told the police of the scene, after a line of now (33_3ecbplus): a step of
# the pursuit, of the crime's year, not a passage of the line of now before it.
AIMING = (
    "Lopez told police he was aiming for rival gang members when a stray bullet hit the mother "
    "of 13 who was collecting her children from school"
)
BEFORE_ARRESTS = TRIAL.split("Also arrested")[0]


def test_an_account_of_the_crime_s_year_is_no_passage_of_a_line_of_now() -> None:
    events = _events(BEFORE_ARRESTS + AIMING + ".", date(2013, 4, 12))
    event = _found(events, AIMING)
    assert (event.date.first, event.date.last) == YEAR_2011
    assert len(event.passages) == 1
    linked = _found(events, "Lopez has been linked")
    assert linked.date == DateValue.day(date(2013, 4, 12))


def test_an_account_right_after_a_step_of_the_crime_s_year_stays_its_passage() -> None:
    text = BEFORE_ARRESTS.split("Lopez has been linked")[0] + AIMING + "."
    event = _found(_events(text, date(2013, 4, 12)), "Lopez, who was 18")
    assert [p.text[:20] for p in event.passages] == ["Lopez, who was 18 at", AIMING[:20]]
