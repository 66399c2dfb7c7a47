"""A clause cut out of its sentence is titled so that it reads on its own: the noun its
relative pronoun stands for, or the clause less its "that"/"when"/"where". Real sentences of
ECB+ and TempEval-3 development articles, cut where the extractor cuts them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.relative_title import titled_clause


@pytest.mark.parametrize(
    ("before", "clause", "expected"),
    [
        # After a comma the pronoun gives way to the noun it stands for.
        (
            "Cheeks, ",
            "who was fired March 2 as head coach",
            "Cheeks was fired March 2 as head coach",
        ),
        (
            "Athletic director Gene Smith, ",
            "who replaced Andy Geiger a month ago",
            "Gene Smith replaced Andy Geiger a month ago",
        ),
        (
            "Rahman, a former heavyweight champion, ",
            "who shocked the world",
            "A former heavyweight champion shocked the world",
        ),
        ("Payton said the Saints, ", "who were eliminated", "The Saints were eliminated"),
        (
            "Weitz previously penned ABOUT A BOY, ",
            "which led to an Academy Award nomination",
            "ABOUT A BOY led to an Academy Award nomination",
        ),
        (
            "Travelers's employee benefits group, ",
            "which includes its group health insurance operations",
            "Travelers's employee benefits group includes its group health insurance operations",
        ),
        # A clause that defines its noun keeps its pronoun after the noun.
        (
            "A passer-by ",
            "who found the wounded deputy called the sheriff's station",
            "A passer-by who found the wounded deputy called the sheriff's station",
        ),
        # A subject of its own: the opening word goes.
        (
            "The Academy announced Friday ",
            "that Hugh Jackman will be the host",
            "Hugh Jackman will be the host",
        ),
        (  # "they" named by the sentence's plural subject
            "The Chargers leave Friday for Pittsburgh, ",
            "where they will face the Steelers",
            "The Chargers will face the Steelers",
        ),
        (
            "Police said the men went to a bar, ",
            "where they were arrested",
            "they were arrested",
        ),
        (
            "73 soldiers were killed en route to Lebanon ",
            "when two military helicopters crashed last February",
            "two military helicopters crashed last February",
        ),
        # Nothing plain to stand for: the clause as it reads.
        (
            "was spelled out in a report Monday morning, ",
            "“when the president approved $350 million in military aid on Feb. 26",
            "the president approved $350 million in military aid on Feb. 26",
        ),
        ("Those withdrawals, most of ", "which were transferred", "which were transferred"),
        (
            "The candy businesses had sales of about $154 million last year, ",
            "which was roughly 12% of revenue",
            "which was roughly 12% of revenue",
        ),
        (
            "The bullet was a bit deformed, ",
            "which showed it hit a wall",
            "which showed it hit a wall",
        ),
        (
            "A fire broke out at a supermarket in Banstead, ",
            "which was destroyed",
            "which was destroyed",
        ),
        (
            "a treaty calling for border demarcation, ",
            "which the two presidents signed last May",
            "which the two presidents signed last May",
        ),
        # "in which", "during which" and a subject: the clause tells its happening in full.
        (
            "Orozco showed almost no emotion throughout the three-week trial in ",
            "which he was convicted of the 2005 murder of Deputy Jerry Ortiz.",
            "he was convicted of the 2005 murder of Deputy Jerry Ortiz.",
        ),
        ("That basket broke the mark.", "", ""),
        # What goes on after a subject's relative clause: told with its subject.
        (
            "Jeffs, who was indicted more than two years ago, ",
            "appeared during a brief hearing in San Angelo",
            "Jeffs appeared during a brief hearing in San Angelo",
        ),
        (
            "But Smith Barney's Mr. Doyle, who yesterday trimmed his projection, ",
            "called the market's reaction justified",
            "Smith Barney's Mr. Doyle called the market's reaction justified",
        ),
        (
            "Warren Jeffs, 55, leader of a polygamist sect, who has been silent, ",
            "spoke for the first time",
            "Warren Jeffs spoke for the first time",
        ),
        (
            "The company said net was $7.4 million, or 22 cents a share, ",
            "down from $32.3 million",
            "down from $32.3 million",
        ),
        # A second verb of the sentence's subject, joined by "and": told with that subject.
        (
            "Benjamin attended Morehouse School of Medicine from 1980 to 1982 ",
            "and received a doctor of medicine degree",
            "Benjamin received a doctor of medicine degree",
        ),
        (
            "He returned to action on October 30 ",
            "and scored a touchdown the following week",
            "He scored a touchdown the following week",
        ),
        (
            "In 1990 she founded a clinic ",
            "and ran it for a decade",
            "and ran it for a decade",
        ),
        (
            "A Kraft Foods plant worker who had been suspended for feuding with colleagues, "
            "returned minutes later with a handgun, ",
            "found her foes in a break room",
            "A Kraft Foods plant worker found her foes in a break room",
        ),
        (
            "She initially dismissed a neighbor's report that Hiller might be involved, but then ",
            "heard her named on the news Friday",
            "She heard her named on the news Friday",
        ),
        (  # the noun before its parentheses
            "Arinze Onuaku totaled 14 points and 12 rebounds for the Orange (15-1, 3-0 Big East), ",
            "who have won six in a row since falling to Cleveland State",
            "The Orange have won six in a row since falling to Cleveland State",
        ),
        # A speaker named after what was said is no subject of the sentence.
        (
            "A passer-by who found the wounded deputy called the sheriff's station, ",
            "said sheriff's Sgt. Vanette Christiansen",
            "said sheriff's Sgt. Vanette Christiansen",
        ),
        (  # "that" after a verb of saying and its day: what was said
            "Utah Department of Corrections spokesman Steve Gehrke said Wednesday ",
            "that prison officials transported Jeffs to the Salt Lake City airport Tuesday",
            "prison officials transported Jeffs to the Salt Lake City airport Tuesday",
        ),
        (  # an opening adverb and its comma are no place
            "Meanwhile, Ogden Corp., ",
            "which also has interests in building maintenance and management",
            "Ogden Corp. also has interests in building maintenance and management",
        ),
        (  # a place after a place is no antecedent; the blaze named before it is
            "More than 50 firefighters tackled the blaze at the store in High Street, Banstead, ",
            "which broke out on the roof at about 2045 GMT on Friday.",
            "The blaze broke out on the roof at about 2045 GMT on Friday.",
        ),
    ],
)
def test_a_cut_clause_names_what_its_pronoun_stands_for(
    before: str, clause: str, expected: str
) -> None:
    assert titled_clause(before, clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Since Russia invaded Ukraine on February 24", "Russia invaded Ukraine on February 24"),
        ("After the blaze broke out about 8.40pm", "the blaze broke out about 8.40pm"),
        ("Since KKR bought RJR in February", "KKR bought RJR in February"),
        ("After he underwent knee surgery in October", "he underwent knee surgery in October"),
        (
            "When Hurricane George destroyed the clinic in 1998",
            "Hurricane George destroyed the clinic in 1998",
        ),
        ("As the 76ers went on a 19-7 run", "the 76ers went on a 19-7 run"),
        # the comma of a date is no clause's
        (
            "since King took over as the team's president on May 26, 2003",
            "King took over as the team's president on May 26, 2003",
        ),
        # a subject told by how many
        (
            "after several members of the public called emergency services at 6am",
            "several members of the public called emergency services at 6am",
        ),
        # "as many as" opens no clause
        ("As many as 80 people were also wounded", "As many as 80 people were also wounded"),
        # a phrase of time before the clause goes with the conjunction (TempEval-3 development,
        # wsj_0586)
        (
            "from Oct. 13, when Wall Street's plunge helped spark the current weakness in London.",
            "Wall Street's plunge helped spark the current weakness in London.",
        ),
        # A happening named by a noun loses the word of time; a time keeps it.
        ("Since his arrest on June 21", "his arrest on June 21"),
        (
            "Since shortly before the Russian invasion in late February",
            "the Russian invasion in late February",
        ),
        ("Since the start of the year", "Since the start of the year"),
        # after a preposition too: what the sentence's happening was for, by, in
        (
            "in the 1967 killings of two young women at a local ice cream stand.",
            "the 1967 killings of two young women at a local ice cream stand.",
        ),
        ("by the quake-triggered tsunami of 2004.", "the quake-triggered tsunami of 2004."),
        ("for a prior DUI in June 2006", "a prior DUI in June 2006"),
        ("since his April 2006 victory over Byrd.", "his April 2006 victory over Byrd."),
        ("since his Aug. 2 power-grab", "his Aug. 2 power-grab"),
        ("over the next decade", "over the next decade"),
        ("in the 1990s", "in the 1990s"),
        (
            "following the trend that has characterized the last half of the '80s",
            "the trend that has characterized the last half of the '80s",
        ),
        (
            "Since October and had previously been charged",
            "Since October and had previously been charged",
        ),
        (
            "After a year of talks, the deal was signed",
            "After a year of talks, the deal was signed",
        ),
    ],
)
def test_a_clause_cut_for_its_own_time_loses_its_conjunction(clause: str, expected: str) -> None:
    assert titled_clause("", clause, side=True) == expected
    assert titled_clause("", clause, side=False) == clause


def test_the_title_of_a_relative_clause_event_names_its_noun() -> None:
    text = (
        "The Sixers fired Maurice Cheeks on Saturday.\n\n"
        "Cheeks, who was fired March 2 as head coach of the Portland Trail Blazers, had two "
        "years left on his contract."
    )
    titles = [e.title for e in events_in(text, date(2008, 12, 15))]
    assert "Cheeks was fired March 2 as head coach of the Portland Trail Blazers" in titles, titles
    assert "Cheeks had two years left on his contract" in titles, titles


@pytest.mark.parametrize(
    ("before", "clause", "expected"),
    [
        (
            "Smith, who was arrested in May, ",
            "appears in court on Friday.",
            "Smith appears in court on Friday.",
        ),
        (
            "The rules, which were approved by parliament in January, ",
            "take effect on July 1.",
            "The rules take effect on July 1.",
        ),
        (
            "Arsenal, who beat City in October, ",
            "host Liverpool next weekend.",
            "Arsenal host Liverpool next weekend.",
        ),
        # A verb in the past, as before; a statement's speaker after it stays as told.
        ("Jeffs, who was indicted, ", "appeared in court.", "Jeffs appeared in court."),
        ("The roof caved in, ", "said witnesses at the scene.", "said witnesses at the scene."),
    ],
)
def test_a_main_clause_after_the_subject_s_relative_clause_takes_the_subject(
    before: str, clause: str, expected: str
) -> None:
    """The main verb after a relative clause closed by its comma, in any tense."""
    assert titled_clause(before, clause) == expected


@pytest.mark.parametrize(
    ("before", "clause", "expected"),
    [
        # "whose" gives way to the noun it stands for, owning what follows.
        (
            "Ray Holt, ",
            'whose 1962 album "Blue Hours" became a touchstone',
            'Ray Holt\'s 1962 album "Blue Hours" became a touchstone',
        ),
        (
            "Ray Holt, the jazz pianist ",
            'whose 1962 album "Blue Hours" became a touchstone',
            'The jazz pianist\'s 1962 album "Blue Hours" became a touchstone',
        ),
        (
            "Coleco Industries Inc., a once high-flying toy maker ",
            "whose stock peaked at $65 a share in the early 1980s",
            "A once high-flying toy maker's stock peaked at $65 a share in the early 1980s",
        ),
        # The main clause after a subject and its "whose" clause takes the subject.
        (
            'Ray Holt, the jazz pianist whose 1962 album "Blue Hours" became a touchstone for a '
            "generation of musicians, ",
            "died at his home in New Orleans.",
            "Ray Holt died at his home in New Orleans.",
        ),
    ],
)
def test_a_whose_clause_names_its_owner(before: str, clause: str, expected: str) -> None:
    assert titled_clause(before, clause) == expected


@pytest.mark.parametrize(
    ("before", "clause", "expected"),
    [
        (
            "Reyes served two terms as governor, from 2011 to 2019, ",
            "and briefly ran for the Senate in 2020.",
            "Reyes briefly ran for the Senate in 2020.",
        ),
        (
            "Smith joined the firm in 1990 ",
            "and quickly became a partner in 1992.",
            "Smith quickly became a partner in 1992.",
        ),
        # As before: no adverb, the verb after "and".
        (
            "Smith joined the firm in 1990 ",
            "and became a partner in 1992.",
            "Smith became a partner in 1992.",
        ),
    ],
)
def test_an_adverb_before_the_verb_after_and_keeps_the_subject(
    before: str, clause: str, expected: str
) -> None:
    assert titled_clause(before, clause) == expected


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # A passive going on with its participle alone keeps its auxiliary (ECB+ development,
        # 35_1ecbplus): not "Williams later released on bail", as if Williams had released someone.
        (
            "Williams was booked into county jail and later released on bail.",
            "Williams was later released on bail",
        ),
        # An adverb before the verb, and the head of a long subject (ECB+ development, 33_3ecb).
        (
            "A key witness against teenage murder suspect Jermayne Timmons identified him Tuesday "
            "as the gunman who killed 10-year-old Kathina Thomas in May, then twice admitted he "
            "lied in his testimony.",
            "A key witness twice admitted he lied in his testimony",
        ),
        # An adverb between the auxiliary and its participle, as "first".
        (
            "He was first elected in 2010 and re-elected in 2015 and 2020.",
            "He was re-elected in 2015 and 2020",
        ),
        # After a verb of saying, the subject is what was reported on, not its teller.
        (
            "The company said its profit, which fell 20% last year, would recover in 2026.",
            "Its profit would recover in 2026",
        ),
        (
            "Officials said the death toll, which stood at 12 on Monday, had risen to 30 by "
            "Tuesday.",
            "The death toll had risen to 30 by Tuesday",
        ),
        # A verb that takes no object has no passive: the subject's own act.
        (
            "He was charged on Tuesday and appeared before magistrates the following day.",
            "He appeared before magistrates the following day",
        ),
        # In the active voice, as before.
        (
            "Police arrested the man on Monday and later charged him with murder.",
            "Police later charged him with murder",
        ),
        # A subject after a fronted participle's phrase is not the phrase: as it was told.
        (
            "Arrested by the CHP on suspicion of drunken driving, he was booked into county jail "
            "and later released on bond.",
            "Later released on bond",
        ),
    ],
)
def test_a_clause_going_on_takes_the_subject_as_its_verb_needs(sentence: str, title: str) -> None:
    titles = [e.title for e in events_in(sentence, date(2009, 1, 14))]
    assert title in titles, titles
