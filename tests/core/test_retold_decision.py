"""A decision about someone (a sentence, a verdict, a charge) told in the lede and again
further down, by the same verb and of the same person, is one event; another person's, one
told as a step of its own or at another time stays an event of its own. Excerpts of ECB+
development articles (36_2ecbplus, 33_9ecbplus, 45_1ecbplus, 36_8ecbplus, 36_4ecbplus,
45_5ecbplus, 22_7ecbplus)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in, headed_events
from viewer.core.model import Event
from viewer.core.retold_decision import decision

JEFFS = (
    "Polygamist leader Warren Jeffs sentenced to life in prison",
    "Polygamist leader Warren Jeffs was sentenced Tuesday to life in prison plus 20 years for "
    'sexually assaulting two girls he claimed were his "spiritual wives."\n\n'
    "Jeffs, 55, will have to spend at least 45 years in prison before being eligible for "
    "release, according to Jerry Strickland, spokesman for the Texas Attorney General's "
    "office.\n\n",
    date(2011, 8, 10),
)
LOPEZ = (
    "Jury finds Andrew Lopez guilty in murder of Zurana Horton",
    "A jury has handed down a guilty verdict for one of the two men accused of murdering a "
    "Brownsville mother of 12.\n\n",
    date(2013, 4, 23),
)
SIMPSON = (
    "LeFlore Jury: Simpson Guilty Of Killing Pregnant Girlfriend",
    "A Spiro man was found guilty of two counts of first-degree murder Thursday evening in the "
    "2012 shooting death of a Fort Smith woman and the subsequent death of her 8-to 12-week-old "
    "fetus.\n\n",
    date(2013, 9, 26),
)

TAPES = (
    "Texas jury hears Warren Jeffs sex tapes despite FLDS leader's objections",
    "Prosecutors Tuesday put on the most shocking evidence yet in the trial of Warren Jeffs, who "
    "is charged with sexually assaulting underage girls.\n\n",
    date(2011, 8, 2),
)
RECOMMENDS = (
    "Christopher Simpson found guilty",
    "An Oklahoma jury has found 27 year old Christopher Simpson guilty of first degree murder of "
    "his then pregnant 20 year old girlfriend Ka'loni Flynn and their 12 week unborn child.\n\n",
    date(2013, 9, 27),
)

HILLER = (
    "Woman Convicted of Double Murder In 2010 Kraft Foods Rampage In NE Philadelphia",
    "A Philadelphia judge today found a former Kraft Foods company employee guilty of murder in "
    "a workplace rampage exactly two years ago in Northeast Philadelphia that left two women "
    "dead and a third employee wounded.\n\n",
    date(2012, 9, 10),
)


def _holding(events: list[Event], words: str) -> Event:
    (event,) = [e for e in events if any(words in p.text for p in e.passages)]
    return event


@pytest.mark.parametrize(
    ("article", "lede", "again"),
    [
        (
            JEFFS,
            "was sentenced Tuesday",
            "The jury sentenced Jeffs to life in prison for aggravated sexual assault of a "
            "12-year-old girl and 20 years in prison for the sexual assault of a 15-year-old girl.",
        ),
        (
            LOPEZ,
            "handed down a guilty verdict",
            "Andrew Lopez was found guilty of second-degree murder and two counts of first-degree "
            "assault in the death of Zurana Horton.",
        ),
        (
            SIMPSON,
            "was found guilty of two counts",
            "A nine-woman, three-man LeFlore County jury deliberated almost seven hours before "
            "finding Christopher Kenyon Simpson, 27, guilty of two counts of first-degree murder.",
        ),
        (  # by the same court and verb, of someone the lede told only by what they are
            HILLER,
            "today found a former",
            "In the one-day, non-jury trial, Common Pleas Court judge Benjamin Lerner found Hiller "
            "guilty of two counts of first-degree murder and one count of attempted murder.",
        ),
    ],
)
def test_a_decision_told_again_of_the_same_person_is_one_event(
    article: tuple[str, str, date], lede: str, again: str
) -> None:
    title, body, published = article
    events = headed_events(title, body + again, published)
    assert _holding(events, lede) is _holding(events, again[:40])


@pytest.mark.parametrize(
    ("article", "lede", "other"),
    [
        (  # the second suspect's verdict: someone else
            LOPEZ,
            "handed down a guilty verdict",
            "Jonathan Carrasquillo, the second suspect, was found guilty of manslaughter.",
        ),
        (  # an earlier sentence of the same man, of another year
            JEFFS,
            "was sentenced Tuesday",
            "In 2007, Jeffs was sentenced in Utah to 10 years to life in prison as an accomplice "
            "to rape.",
        ),
        (  # another charge, told as one besides
            JEFFS,
            "was sentenced Tuesday",
            "Jeffs was also sentenced Tuesday to pay a fine of $10,000.",
        ),
        (  # the charge named in the lede only to say who the defendant is
            TAPES,
            "put on the most shocking evidence",
            "Jeffs and 11 other FLDS men were charged with crimes including sexual assault and "
            "bigamy.",
        ),
        (  # the verdict as the ground of the jury's next act
            RECOMMENDS,
            "has found 27 year old",
            "In finding Christopher Simpson guilty the jury recommended that he be sent to maximum "
            "life in prison without parole.",
        ),
    ],
)
def test_another_decision_of_the_kind_stays_an_event_of_its_own(
    article: tuple[str, str, date], lede: str, other: str
) -> None:
    title, body, published = article
    events = headed_events(title, body + other, published)
    assert _holding(events, lede) is not _holding(events, other[:40])


def test_an_earlier_charge_of_another_year_is_not_the_one_told_again() -> None:
    events = headed_events(
        "Jeffs's charges dismissed",
        "Five years ago, Warren Jeffs was charged with sex crimes resulting from the polygamous "
        "marriages he arranged for his followers.\n\n"
        "In June 2005, days after being indicted in Arizona on the charges of being an "
        "accomplice to sexual conduct with a minor, Jeffs fled the Colorado City, Arizona area.",
        date(2010, 6, 12),
    )
    assert _holding(events, "Five years ago") is not _holding(events, "In June 2005")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The jury sentenced Jeffs to life in prison", "sentence"),
        ("Andrew Lopez was found guilty of second-degree murder", "verdict"),
        ("Hiller was charged with two counts of murder", "charge"),
        ("Lopez pleaded guilty to manslaughter", None),  # a plea, not a verdict
        ("Simpson was found not guilty of murder", None),  # an acquittal
        ("Jackson arrested on DUI charge", None),  # a charge named, not brought
        ("He had been charged with arson in 2009", None),  # told as before
        # Told to say who someone is, or as the ground of the sentence's own act.
        ("the trial of Warren Jeffs, who is charged with sexually assaulting underage girls", None),
        ("In finding Christopher Simpson guilty the jury recommended that he be sent", None),
        ("Jeffs, who was convicted last week, was sentenced Tuesday to life", "sentence"),
    ],
)
def test_the_decision_a_passage_tells(text: str, kind: str | None) -> None:
    assert decision(text) == kind


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Polygamist leader Warren Jeffs was sentenced Tuesday to life in prison plus 20 "
            "years for sexually assaulting two girls.\n\n"
            "Jurors came back with the sentence after 30 minutes of deliberations Tuesday.",
            date(2011, 8, 10),
        ),
        (
            "A Texas jury convicted polygamist sect leader Warren Jeffs of child sexual assault "
            "Thursday.\n\n"
            "They had deliberated on a verdict for more than three hours.",
            date(2011, 8, 5),
        ),
        (
            "A jury in eastern Oklahoma has convicted a Spiro man of two counts of first-degree "
            "murder.\n\n"
            "The jury deliberated almost seven hours Thursday before convicting 27-year-old "
            "Christopher Kenyon Simpson in the death of 20-year-old Ka'loni Flynn.",
            date(2013, 9, 27),
        ),
    ],
)
def test_how_long_a_jury_deliberated_is_told_of_its_decision(text: str, published: date) -> None:
    """How long the jury deliberated is how the sentence or verdict before it came about, of
    its day: one event (36_2ecbplus, 36_3ecbplus, 45_10ecbplus)."""
    (event,) = events_in(text, published)
    assert len(event.passages) == 2


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # A deliberation a day apart and more from the decision.
        (
            "A Texas jury convicted Warren Jeffs of child sexual assault Thursday.\n\n"
            "Jurors deliberated for about three hours on Monday in the penalty phase.",
            date(2011, 8, 10),
        ),
        # No decision told before it: a charge is no verdict.
        (
            "Warren Jeffs was charged Tuesday with sexual assault.\n\n"
            "The grand jury deliberated for two hours Tuesday.",
            date(2011, 8, 10),
        ),
    ],
)
def test_a_deliberation_with_no_decision_of_its_day_stays_apart(text: str, published: date) -> None:
    assert len(events_in(text, published)) == 2


@pytest.mark.parametrize(
    ("title", "body", "again", "published"),
    [
        (  # 22_12ecbplus: the lede's first piece shares only "Kraft" with the headline
            "Kraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder",
            "A Kraft Foods plant worker who had been suspended for feuding with colleagues, then "
            "escorted from the building, returned minutes later with a handgun, found her foes in "
            "a break room and executed two of them with a single bullet each and critically "
            "wounded a third, police said Friday.\n\n",
            "Hiller was charged with two counts of murder, one count of attempted murder, "
            "aggravated assault and other charges.",
            date(2010, 9, 10),
        ),
        (  # 22_13ecbplus: a line under the headline shares its name
            "Krafts Food Shooter Yvonne Hiller Charged with Two Counts of Murder",
            "Hiller Feuded with Co-Workers Prior to Shooting; Risk Factors and Prevention of "
            "Workplace Violence\n\n"
            "Yvonne Hiller, a suspended Kraft Foods employee at the company's Philadelphia "
            "factory, returned Thursday evening, gunned down two women and leaving a man wounded "
            "with shots to the neck and shoulder.\n\n",
            "The SWAT team apprehended Yvonne Hiller while she hid in a second-floor office and "
            "she has been charged with two counts of murder.",
            date(2010, 9, 10),
        ),
    ],
)
def test_a_decision_in_the_headline_is_told_again_by_the_line_that_tells_it(
    title: str, body: str, again: str, published: date
) -> None:
    """A court's decision in the headline is retold by a line that tells that decision, not by
    a lede that shares a name or a word with it and tells something else: the headline and
    the charge told again are one event, the lede another."""
    events = headed_events(title, body + again, published)
    charge = _holding(events, again[:40])
    assert _holding(events, title) is charge
    assert _holding(events, body[:20]) is not charge
