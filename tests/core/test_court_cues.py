"""A court report's retelling of the case is a passage of the trial, not a happening of its
own: testimony told again, what the jury heard and weighed, the prosecution's account in a
story of a trial, an argument continued by one who has argued before. The verdict, the
sentence, a plea, a charge, a mistrial motion, a plan, testimony at a time of its own and an
attorney's first argument stay events.

Table cases from real news (short excerpts of the ECB+ development articles).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import article
from viewer.core.court_cues import court_told
from viewer.core.extract import extract_events
from viewer.core.model import Event

LEDE = (
    "A Spiro man was found guilty of two counts of first-degree murder Thursday evening in "
    "the 2012 shooting death of a Fort Smith woman.\n\n"
)
CLOSING = (
    "In his closing statement, defense attorney Warren Gotcher of McAlester argued that the "
    "two clerks stayed outside on their smoke break after hearing the gunshots.\n\n"
)

OPENING = (
    "Rossi laid out the prosecution's case earlier Tuesday in a packed courtroom before Judge "
    "Stephen Herrick."
)
TESTIFIED = "He testified Tuesday that he came forward to clear his name in early June."
FIRST_WITNESS = (
    "The prosecution's first witness was Kathina's mother, Shondell McAllister, who fought back "
    "emotions to recall the night her child died."
)

# (the sentence, the story told before it, the passage that opened the event just before)
RETOLD = [
    (
        "Howell reminded jurors that Verizon Wireless, Cricket Wireless and Federal Bureau of "
        "Investigation cellular analysis experts testified about how the calls pinged in cell "
        "towers.",
        "",
        "",
    ),
    (
        "Arkansas State Trooper Mary Minor testified she pulled Flynn over at 10:46 p.m. for "
        "speeding on Interstate 540.",
        "",
        "",
    ),
    (
        "Gotcher suggested the light could have been from a phone charger found unattached on "
        "the seat next to Flynn.",
        CLOSING,
        "",
    ),
    (
        "Evans contended Simpson destroyed or manipulated evidence throughout the investigation.",
        "Evans contended Simpson attempted character assassination of Flynn.",
        "",
    ),
    ("Flynn was heading toward Oklahoma, Minor stated.", "Trooper Mary Minor testified.", ""),
    (
        "He said area resident Erica Hawkins saw Flynn's car in the roadway at 11:41 p.m.",
        "",
        CLOSING,
    ),
    (
        "Family members listened to testimony that included the defendant's violent past and "
        "the many times he escaped prosecution.",
        "",
        "",
    ),
    (
        "According to three jurors who spoke briefly outside the courtroom, the decision was a "
        "difficult one made slightly easier by the thorough job of the prosecutors and "
        "investigators.",
        "",
        "",
    ),
    (
        "Equally as damning, jurors said, was the complete lack of remorse shown by the defendant.",
        "",
        "",
    ),
    (
        "The gang member took off running with Ortiz behind him, according to court testimony.",
        "",
        "",
    ),
    (
        "Those appetites included forcing sex on the two girls, 12 and 15, who he had taken as "
        "wives, prosecutors said.",
        "He testified during the penalty phase of his uncle's trial.",
        "",
    ),
    # What witnesses told of the defendant, told again in the present of a report.
    (
        "Witnesses say defendant Yvonne Hiller had long complained of abuse by fellow "
        "employees, claimed they were poisoning her by spraying her with chemicals.",
        "",
        "",
    ),
    # What an attorney who laid out a side's case said it showed: a passage of the opening.
    (
        "He said Timmons and the two acquaintances rode bikes to an area of West Hill known as "
        "“Little Miami.”",
        OPENING,
        OPENING,
    ),
    (
        "Rossi said Timmons and his two sidekicks were engaged in a staredown with youths at the "
        "corner.",
        OPENING,
        "",
    ),
    # The questions and answers of an examination, in a story of a trial.
    (
        "Deputy Public Defender Peter Lynch asked Coleman, who in turn said he had seen the gun "
        "before.",
        TESTIFIED,
        "",
    ),
    (
        "When asked about the friend being shot in the foot, he then answered, “I don't know.”",
        TESTIFIED,
        "",
    ),
    ("He admitted he was lying.", TESTIFIED, ""),
    ("To which she replied,", f"{TESTIFIED} {FIRST_WITNESS}", ""),
    (
        "The FBI agent also read from a priesthood record, in which Jeffs allegedly wrote: "
        "“Things are happening so quickly.”",
        "FBI Special Agent John Broadway testified that Jeffs ordered the destruction of discs.",
        "",
    ),
    # A witness's lines: one called as a witness before, or "she recalled" in a trial's story.
    (
        "McAllister said she had to force her way through the people to speak with authorities.",
        FIRST_WITNESS,
        "",
    ),
    (
        "She recalled her daughter being on the front steps with, among others, a 1-year-old baby.",
        f"{TESTIFIED} {FIRST_WITNESS}",
        "",
    ),
    # A contrast by a witness who testified before: a line of that testimony.
    (
        "But Officer Michael Murphy, from the Seventh District, testified that Hiller fired at "
        "him and two other officers from down a hallway.",
        "Officer Michael Murphy testified Tuesday at the preliminary hearing.",
        "",
    ),
]

# Happenings of a court report, testimony at a time of its own, an attorney's first argument,
# and lines that are no court report's.
NOT_RETOLD = [
    ("A DNA expert testified earlier that Simpson fathered the fetus.", "", ""),
    (CLOSING.strip(), LEDE, ""),
    (
        "Evans contended Simpson attempted character assassination of Flynn and attempted to "
        "divert blame for her murder to others.",
        "District 27 Assistant District Attorney Anthony Evans credited the verdict.",
        "",
    ),
    (
        "Jurors recommended the maximum sentence, life without the possibility of parole and a "
        "$10,000 fine on both counts.",
        "",
        "",
    ),
    (
        "The jury sentenced Jeffs to life in prison for aggravated sexual assault of a "
        "12-year-old girl.",
        "",
        "",
    ),
    ("Jurors came back with the sentence after 30 minutes of deliberations Tuesday.", "", ""),
    (
        "When Orozco returns to court on May 3, Perlo and Yanes will argue for a mistrial and, if "
        "that is rejected, will ask the judge to modify the jury's verdict.",
        "",
        "",
    ),
    (
        "The police and prosecutors said they had identified different suspects in six of the "
        "cases and had yet to find any pattern linking the killings.",
        "",
        "",
    ),
    (
        "Prosecutors said the defendant pleaded guilty to two counts of fraud.",
        "The trial opened on Monday.",
        "",
    ),
    ("Prosecutors allege Simpson shot Flynn after she told him she was pregnant.", "", ""),
    (
        "But she said it can help others escape from abuse they may have suffered.",
        "",
        "A former member of the church, Rebecca Musser, said the verdict will not bring back "
        "lost innocence.",
    ),
    ("Mr Lee said the local precinct had grown more open to the community.", "", ""),
    # A request to the court, a plea, a memory told outside a story of a trial.
    ("Prosecutors asked the judge to order a new hearing for the defendant.", TESTIFIED, ""),
    ("Jones admitted manslaughter at the crown court.", TESTIFIED, ""),
    ("Prosecutors asked jurors for the death penalty.", TESTIFIED, ""),
    ("The senator read from a letter sent by a constituent.", "The senate voted on Monday.", ""),
    (
        "She recalled seeing the suspect in the street at 3am.",
        "Police found the bodies of a mother and her daughter on Saturday.",
        "",
    ),
    ("Rossi said the gun has been found.", TESTIFIED, ""),
    ("Witnesses said police arrested two men at the scene.", "", ""),
    ("Witnesses say Horton died trying to shield several students.", "", ""),
    (
        "Officers who responded to the call found the girl on the steps.",
        TESTIFIED,
        "",
    ),
    # Laying out a plan is no case laid out in court.
    (
        "He said the company would close two plants and cut 800 jobs.",
        "The chief executive laid out the plan on Tuesday.",
        "The chief executive laid out the plan on Tuesday.",
    ),
    # Another witness gainsaying the account before: that witness's turn.
    (
        "But Officer Michael Murphy, from the Seventh District, testified that Hiller fired at "
        "him and two other officers from down a hallway.",
        "Hiller admitted firing at several other employees, but denied shooting at the first "
        "officers who responded to the scene.",
        "",
    ),
    # The one a witness spoke against is no witness.
    (
        "Timmons said he was at the corner that night.",
        "A key witness against teenage murder suspect Jermayne Timmons identified him Tuesday.",
        "",
    ),
]


@pytest.mark.parametrize(("sentence", "before", "last"), RETOLD)
def test_a_court_report_retells_the_case(sentence: str, before: str, last: str) -> None:
    assert court_told(sentence, before, last)


@pytest.mark.parametrize(("sentence", "before", "last"), NOT_RETOLD)
def test_happenings_of_a_court_report_are_not_retold(sentence: str, before: str, last: str) -> None:
    assert not court_told(sentence, before, last)


def _events(text: str) -> list[Event]:
    doc = article(text, date(2013, 9, 26))
    return extract_events(doc)


@pytest.mark.parametrize(
    "sentence",
    [
        RETOLD[1][0],
        "Gotcher suggested the light could have been from a phone charger found on the seat.",
        "He reminded jurors that Hawkins testified the driver's window was rolled down.",
    ],
)
def test_the_retelling_is_a_passage_of_the_trial(sentence: str) -> None:
    told = _events(LEDE + CLOSING)
    events = _events(LEDE + CLOSING + sentence)
    assert len(events) == len(told)
    assert any(p.text.startswith(sentence[:40]) for e in events for p in e.passages)


def test_the_verdict_and_the_first_argument_stay_events() -> None:
    events = _events(LEDE + CLOSING + RETOLD[1][0])
    firsts = [e.passages[0].text for e in events]
    assert any(text.startswith("A Spiro man was found guilty") for text in firsts)
    assert any(text.startswith("In his closing statement") for text in firsts)


def test_testimony_at_a_time_of_its_own_stays_an_event() -> None:
    sentence = "A DNA expert testified earlier that Simpson fathered the fetus."
    events = _events(LEDE + CLOSING + sentence)
    assert any(e.passages[0].text.startswith(sentence[:30]) for e in events)


def test_an_opening_statement_is_one_event_with_what_it_told() -> None:
    told = (
        "A key witness against Jermayne Timmons identified him Tuesday as the gunman.\n\n"
        + OPENING
        + "\n\nHe said Timmons and the two acquaintances rode bikes to an area of West Hill.\n\n"
        "Rossi said Timmons and his two sidekicks were engaged in a staredown with youths.\n\n"
        "He said Timmons aimed and missed his target, instead striking the girl.\n\n"
        "“As that little girl lay bleeding, this defendant pedaled off,” Rossi said."
    )
    events = _events(told)
    assert [e.passages[0].text[:20] for e in events] == [
        "A key witness agains",
        "Rossi laid out the p",
    ]
    assert len(events[1].passages) == 5


def test_another_witness_gainsaying_the_account_is_an_event_with_its_details() -> None:
    hearing = (
        "Homicide Detective Dominic Mangoni, testifying Tuesday at Hiller's preliminary hearing, "
        "said Hiller admitted killing two coworkers.\n\n"
        "Hiller admitted firing at several other employees, but denied shooting at the first "
        "officers who responded to the scene.\n\n"
    )
    murphy = (
        "But Officer Michael Murphy, from the Seventh District, testified that Hiller fired at "
        "him and two other officers from down a hallway."
    )
    bullet = "The bullet, he said, went over his left shoulder and hit the wall behind him."
    events = _events(f"{hearing}{murphy} {bullet}")
    (own,) = [e for e in events if e.passages[0].text.startswith(murphy[:40])]
    assert [p.text[:20] for p in own.passages] == [murphy[:20], bullet[:20]]
