"""One event per happening inside a sentence: a happening named by a noun with a time of its
own, a "when" clause hung on a date, and a clause whose date has a comma in it are cut out
of their sentence, each with its own span and date; a time that is the occasion of the main
happening, a bare date phrase and a noun that names no happening are not. Real sentences of
the seeds and the development articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.model import Span
from viewer.core.sentence_pieces import split_happenings
from viewer.core.temporal import tag


def _pieces(text: str, published: date) -> list[tuple[bool, str]]:
    pieces = split_happenings(text, Span(0, len(text)), tag(text, published))
    return [(p.side, text[p.span.start : p.span.end]) for p in pieces]


CUT = [
    # A noun of happening and its time, beside a main happening of another time.
    (
        "A Philadelphia judge today found a former Kraft Foods company employee guilty of "
        "murder in a workplace rampage exactly two years ago in Northeast Philadelphia that "
        "left two women dead and a third employee wounded.",
        date(2012, 9, 10),
        "in a workplace rampage exactly two years ago",
        date(2010, 9, 10),  # "exactly": that very day
        "A Philadelphia judge today found a former Kraft Foods company employee guilty of murder",
        date(2012, 9, 10),
    ),
    (
        "Staunton police on Friday arrested a 60-year-old, terminally ill woman in the 1967 "
        "killings of two young women at a local ice cream stand, ending an agonizing 41-year "
        "odyssey for the victims' families.",
        date(2010, 9, 10),
        "in the 1967 killings of two young women at a local ice cream stand",
        date(1967, 1, 1),
        "Staunton police on Friday arrested a 60-year-old, terminally ill woman",
        date(2010, 9, 10),
    ),
    (
        "A Spiro man was found guilty of two counts of first-degree murder Thursday evening in "
        "the 2012 shooting death of a Fort Smith woman and the subsequent death of her 8-to "
        "12-week-old fetus.",
        date(2013, 9, 26),
        "in the 2012 shooting death of a Fort Smith woman",
        date(2012, 1, 1),
        "A Spiro man was found guilty of two counts of first-degree murder Thursday evening",
        date(2013, 9, 26),
    ),
    # The noun after "into", its time after "back": "an investigation into a double murder
    # back in 1967", beside a press conference this afternoon.
    (
        "The Staunton Police Department will hold a press conference this afternoon to address "
        "its investigation into a double murder back in 1967.",
        date(2010, 9, 10),
        "into a double murder back in 1967",
        date(1967, 1, 1),
        "The Staunton Police Department will hold a press conference this afternoon to address "
        "its investigation",
        date(2010, 9, 10),
    ),
    # What has gone on since a happening named by a noun: the happening is dated by it.
    (
        "Saddam has been under international quarantine since his Aug. 2 power-grab, or what "
        "he calls an “eternal merger” with Kuwait.",
        date(1990, 8, 16),
        "since his Aug. 2 power-grab",
        date(1990, 8, 2),
        None,
        None,
    ),
    # A win or a loss is a happening: "since his April 2006 victory over Byrd", beside a run
    # of wins told since another time.
    (
        "Even still, however, Klitschko has won 16 fights in a row since losing to Lamon "
        "Brewster in April 2004, and he was won 13 title fights in a row since his April 2006 "
        "victory over Byrd.",
        date(2012, 7, 8),
        "since his April 2006 victory over Byrd",
        date(2006, 4, 1),
        None,
        None,
    ),
    # A happening a thing went through, named in a passive relative clause at a year of its
    # own: a past of the thing described, though the sentence names no other time.
    (
        "The strong 6.1-magnitude quake left hundreds more injured as it rocked a region that "
        "was devastated by the quake-triggered tsunami of 2004.",
        date(2013, 7, 3),
        "that was devastated by the quake-triggered tsunami of 2004",
        date(2004, 1, 1),
        "The strong 6.1-magnitude quake left hundreds more injured as it rocked a region",
        date(2013, 7, 3),
    ),
    # A "where" clause after a comma, at a time apart from the sentence's other time.
    (
        "The Chargers leave Friday for Pittsburgh, where they will face the Steelers at 1:45 "
        "p.m. Sunday.",
        date(2009, 2, 4),
        "where they will face the Steelers at 1:45 p.m. Sunday",
        date(2009, 2, 8),
        "The Chargers leave Friday for Pittsburgh",
        date(2009, 2, 6),
    ),
    # "prior" says the noun's happening came before the main one, though the sentence names
    # no other time.
    (
        "Jackson faces the misdemeanor DUI allegation as well as charges that he was driving "
        "on probation for a prior DUI in June 2006, Baehr said.",
        date(2009, 2, 4),
        "for a prior DUI in June 2006",
        date(2006, 6, 1),
        "Jackson faces the misdemeanor DUI allegation as well as charges that he was driving "
        "on probation",
        date(2009, 2, 4),
    ),
    # A clause whose date has a comma in it ends after the date, not at its comma.
    (
        "FBI Special Agent John Broadway testified that Jeffs ordered the destruction of "
        "various discs and transcripts three days after an arrest warrant was issued for him "
        "on June 10, 2005.",
        date(2011, 8, 10),
        "after an arrest warrant was issued for him on June 10, 2005",
        date(2005, 6, 10),
        # What was done "three days after" it is counted from its date.
        "FBI Special Agent John Broadway testified that Jeffs ordered the destruction of "
        "various discs and transcripts three days",
        date(2005, 6, 13),
    ),
    # A "when" clause hung on a date that is not the main happening's.
    (
        "The Financial Times 100-share index shed 47.3 points to close at 2082.1, down 4.5% "
        "from the previous Friday and 6.8% from Oct. 13, when Wall Street's plunge helped "
        "spark the current weakness in London.",
        date(1989, 10, 30),
        "from Oct. 13, when Wall Street's plunge helped spark",
        date(1989, 10, 13),
        None,
        None,
    ),
    (
        "The price of Columbia shares has been cut nearly in half since August, when they "
        "traded at about $10, as investors apparently realized that the thrift would be forced "
        "to take a big write-down.",
        date(1989, 10, 26),
        "since August, when they traded at about $10",
        date(1989, 8, 1),
        None,
        None,
    ),
    # The main clause told in the present holds now: the noun's time is not its occasion,
    # though the sentence names no other time.
    (
        "Amir, 27, is serving a life sentence for the November 1995 assassination of Rabin at "
        "a Tel Aviv peace rally.",
        date(1998, 2, 27),
        "for the November 1995 assassination of Rabin at a Tel Aviv peace rally",
        date(1995, 11, 1),
        "Amir, 27, is serving a life sentence",
        date(1998, 2, 27),
    ),
    # A perfect participle with a time of its own tells an earlier happening; a comma between
    # digits ("274,500") ends no clause.
    (
        "Parliamentary president Rita Suessmuth said the People's Union correctly listed "
        "Jacques de Mathan as having donated about 274,500 marks in 1995, but gave a false "
        "address for him.",
        date(1998, 6, 26),
        "having donated about 274,500 marks in 1995",
        date(1995, 1, 1),
        None,
        None,
    ),
    # A concessive clause with a time of its own tells a happening of that time.
    (
        "Although the government said the economy grew an estimated 2.5% in the third "
        "quarter, in line with expectations, analysts are increasingly predicting much more "
        "sluggish growth -- and therefore more corporate earnings disappointments -- for the "
        "fourth quarter.",
        date(1989, 10, 27),
        "Although the government said the economy grew an estimated 2.5% in the third quarter",
        date(1989, 7, 1),
        None,
        None,
    ),
    (
        'Although profits were " squeezed" in 1989, mainly as a result of higher raw-material '
        "costs, the company said it is confident about future earnings and cash flow for 1990 "
        "and beyond.",
        date(1989, 10, 27),
        'Although profits were " squeezed" in 1989',
        date(1989, 1, 1),
        None,
        None,
    ),
    (
        "Israeli Prime Minister Benjamin Netanyahu says considerable gaps remain between "
        "Israeli and Palestinian positions before next week's talks in London.",
        date(1998, 5, 1),
        "before next week's talks in London",
        date(1998, 5, 4),
        "Israeli Prime Minister Benjamin Netanyahu says considerable gaps remain between "
        "Israeli and Palestinian positions",
        date(1998, 5, 1),
    ),
    # What a witness testified to, dated apart from the testimony (ECB+ development).
    (
        "He testified Tuesday that he came forward to clear his name in early June, saying he "
        "did not shoot the young girl.",
        date(2013, 4, 12),
        "that he came forward to clear his name in early June",
        date(2012, 6, 1),
        None,
        None,
    ),
    # A gerund right after a preposition of time tells a happening of its own (ECB+
    # development articles).
    (
        "Even still, however, Klitschko has won 16 fights in a row since losing to Lamon "
        "Brewster in April 2004, and he was won 13 title fights in a row.",
        date(2012, 7, 8),
        "since losing to Lamon Brewster in April 2004",
        date(2004, 4, 1),
        None,
        None,
    ),
    (
        "Police Lt. Jeffrey Silva said the landlord's son found the bodies after entering the "
        "second-floor apartment on Tuesday afternoon to investigate the odor.",
        date(2013, 6, 6),
        "after entering the second-floor apartment on Tuesday afternoon",
        date(2013, 6, 4),
        None,
        None,
    ),
    # The possessive time of a noun that names a happening dates that happening (ECB+
    # development): the violence is of this week, the killing of Sunday.
    (
        "According to the charge sheet, Mr Korkoneas killed Grigoropoulos on Sunday during a "
        "clash with around 30 youths in the central Athens district of Exarchia, an incident "
        "which sparked this week's violence.",
        date(2008, 12, 11),
        "which sparked this week's violence",
        date(2008, 12, 8),
        None,
        None,
    ),
    # A "where" clause told in the past after a plan with no time of its own: the place's
    # earlier happening, not the plan's time.
    (
        "He will be buried at St Mary's churchyard in Ledbury, where his wife was buried in 2018.",
        date(2025, 9, 10),
        "where his wife was buried in 2018",
        date(2018, 1, 1),
        "He will be buried at St Mary's churchyard in Ledbury",
        date(2025, 9, 10),
    ),
    # A relative clause opened by "that" on the sentence's subject, as one opened by "who":
    # the escape is of Monday, the finding of Wednesday.
    (
        "A red panda that slipped out of its enclosure late Monday was found safe Wednesday "
        "morning.",
        date(2026, 5, 6),
        "that slipped out of its enclosure late Monday",
        date(2026, 5, 4),
        "was found safe Wednesday morning.",
        date(2026, 5, 6),
    ),
    (
        "The man that police arrested on Monday was charged with burglary on Wednesday.",
        date(2026, 5, 6),
        "that police arrested on Monday",
        date(2026, 5, 4),
        "was charged with burglary on Wednesday.",
        date(2026, 5, 6),
    ),
]


@pytest.mark.parametrize(("text", "published", "side", "day", "main", "main_day"), CUT)
def test_a_happening_of_another_time_is_cut_out_with_its_own_date(
    text: str,
    published: date,
    side: str,
    day: date,
    main: str | None,
    main_day: date | None,
) -> None:
    events = events_in(text, published)
    (cut,) = [e for e in events if e.primary.text.startswith(side)]
    assert cut.date.first == day
    assert cut.primary.text in text  # its own span inside the sentence
    if main is not None:
        (rest,) = [e for e in events if e.primary.text == main]
        assert rest.date.first == main_day


KEPT = [
    # A noun ending like a gerund after "after" is no happening of its own: "after morning
    # prayers on Friday" is the main happening's time.
    (
        "Thousands of protesters marched through the capital after morning prayers on Friday.",
        date(2013, 6, 9),
    ),
    # "before" opens no clause of a happening of its own: its time is its preposition's, and
    # a clause it opens dates nothing apart from its sentence (ECB+ development).
    (
        "The police said that two plainclothes officers fatally shot the teenager, Kimani "
        "Gray, just before 11:30 p.m. on Saturday after he brandished a revolver and pointed "
        "it at them.",
        date(2013, 3, 13),
    ),
    (
        "When I asked Ford if he still has the game ball, he said he thought he might, but he "
        "has moved so much in recent years (he worked as an assistant coach for the Detroit "
        "Pistons and New York Knicks before joining the Charlotte Bobcats last year) that he "
        "thinks the ball may be packed away somewhere.",
        date(2013, 3, 8),
    ),
    # The noun's time is the occasion of the main happening: the sentence names no other.
    (
        "Defense Minister Yitzhak Mordechai was the first senior Israeli official to refer to "
        "U.N. resolution 425 in a speech six weeks ago, saying at the time he was willing to "
        "withdraw troops in exchange for guarantees that Israel would not be attacked.",
        date(1998, 3, 1),
    ),
    (
        "A Los Angeles County Sheriff's Department deputy — a recently married father of two "
        "sons — died after a shooting Friday afternoon in Hawaiian Gardens, according to the "
        "sheriff's department.",
        date(2005, 6, 26),
    ),
    # The noun phrase sits inside the main clause, its verb after it; a noun of happening
    # that names something else ("a 2003 murder case"); a word of grammar is no modifier.
    (
        "On Wednesday, two police officers involved in Saturday's shooting were arrested, and "
        "one was charged with murder.",
        date(2013, 3, 12),
    ),
    (
        "District Attorney Sam Sutter is expected to discuss the case at a news conference "
        "already planned Wednesday afternoon to discuss developments in a 2003 murder case.",
        date(2013, 6, 10),
    ),
    # "after" a clock time is when the main happening was; a clock time of the same day is
    # no other time.
    (
        "Jackson, 25, was driving east on state Route 52 near Interstate 805 just after 2:30 "
        "a.m. when he was pulled over for an observed traffic violation, California Highway "
        "Patrol Officer Brad Baehr said.",
        date(2009, 2, 4),
    ),
    (
        "Howell contended Simpson's whereabouts were not accounted for between 10:30 p.m. and "
        "11:21 p.m., when he made a purchase at an E-Z Mart near his cousins' home.",
        date(2013, 9, 26),
    ),
    # A victory on the main happening's night: its occasion.
    (
        "Tyler Hansbrough scored 20 points to break North Carolina's career scoring record and "
        "help the top-ranked Tar Heels remain unbeaten with a 91-73 victory over Evansville on "
        "Thursday night.",
        date(2008, 12, 19),
    ),
    # A passive relative clause at a day: the main happening's occasion. A noun of happening
    # at a year hung on the main verb: its occasion. A relative clause with no noun of
    # happening in it.
    (
        "As aid started to arrive, hundreds of aftershocks continued to rattle the coastal city "
        "which was hit by the 7.6 and 7.5 magnitude quakes early on Sunday, cutting power and "
        "prompting a brief tsunami warning.",
        date(2013, 7, 2),
    ),
    (
        "Some 168,000 people were killed in Indonesia's Aceh province and Nias island by the "
        "2004 Asian tsunami, making it the worst hit country.",
        date(2013, 7, 2),
    ),
    (
        "Dr. Collins, 59, led the Human Genome Project - - an effort to sequence and map human "
        "genes, that concluded in 2003.",
        date(2009, 7, 13),
    ),
    # A "where" clause at the sentence's only time, or at a figure's period, or with no time.
    (
        "Polygamist sect leader Warren Jeffs was quietly extradited from Utah to Texas, where he "
        "was arraigned Wednesday to face trial on bigamy and sexual assault charges.",
        date(2010, 12, 2),
    ),
    (
        "Leading the gains for Du Pont in the latest quarter was its industrial products "
        "segment, where profit soared to $155 million from $99 million a year earlier.",
        date(1989, 10, 26),
    ),
    (
        "Officials at the Mormon Hills School in Bountiful, where Blackmore is the "
        "superintendent, said he was arrested Wednesday.",
        date(2011, 8, 2),
    ),
    # A "when" clause that frames the main happening at the same time.
    (
        "We'll know more about Bush Wednesday, when the Saints practice and hopefully reveal "
        "the results of his MRI.",
        date(2011, 1, 5),
    ),
    # A bare date phrase, and a noun that names no happening ("imports"), are not cut.
    (
        "Imports of the types of watches that now will be eligible for duty-free treatment "
        "totaled about $37.3 million in 1988, a relatively small share of the $1.5 billion in "
        "U.S. watch imports that year.",
        date(1989, 11, 2),
    ),
    # A "when" clause right after its main clause, with no comma, holding the sentence's
    # only time: the main happening's occasion, one event.
    (
        "Ten people were killed and at least 50 injured when an earthquake razed mud-brick "
        "villages on the Persian Gulf island of Qeshm off Iran's southern coast Sunday, "
        "officials and state media said.",
        date(2008, 9, 11),
    ),
    ("A man died when a tree fell on his car on Monday evening.", date(2013, 3, 6)),
    # An opener written as an acronym is no opener: "The WHO declared …" is the organisation.
    (
        "The WHO declared mpox an emergency in July 2022, when cases surged in dozens of "
        "countries where the virus had not been seen before.",
        date(2023, 5, 11),
    ),
    (
        "In addition, 73 soldiers were killed en route to Lebanon when two military "
        "helicopters crashed last February.",
        date(1998, 3, 1),
    ),
    # A plain list of actions on one occasion.
    (
        "The US president said Washington is establishing a permanent headquarters in Poland, "
        "sending two additional F-35 fighter jet squadrons to the UK and will send more air "
        "defence to Germany and Italy.",
        date(2022, 6, 29),
    ),
    # A time told as the possessive of a noun that names no happening, after the clause's
    # verb, is the noun's ("next year's budget"), not the clause's: nothing is cut.
    (
        "Talks on forming a new coalition collapsed on Saturday after the two largest parties "
        "failed to agree on next year's budget.",
        date(2024, 2, 10),
    ),
    # A "when" clause on the main happening's own day, the other time a noun's (a participle
    # set off by commas): the collapse is of Thursday, when shelling resumed.
    (
        "A ceasefire, signed in Geneva on 2 May, collapsed on Thursday when shelling resumed.",
        date(2026, 5, 8),
    ),
    # "that" after a verb opens what is said or shown, no relative clause on the subject.
    ("The report shows that prices rose in 2019.", date(2026, 5, 6)),
    ("The company said that sales rose in 2019.", date(2026, 5, 6)),
]


@pytest.mark.parametrize(("text", "published"), KEPT)
def test_a_time_of_the_main_happening_cuts_nothing(text: str, published: date) -> None:
    assert _pieces(text, published) == [(False, text)]


COUNTED_NOT = [
    # The clause's date is of a happening inside it ("an injury that occurred during
    # Sunday's finale"), not of the clause's own.
    (
        "The Saints made that move only one day after placing leading rusher Chris Ivory on "
        "injured reserve because of a left foot injury that occurred during Sunday's regular "
        "season finale.",
        date(2011, 1, 6),
    ),
    # The span of time counts from a happening with no date of its own: nothing to count.
    (
        "Nearly three weeks after the Sixers ended their season, King decided to fire O'Brien, "
        "who still has two years and $8 million left on the contract he signed when he was "
        "hired by the Sixers on April 21, 2004.",
        date(2005, 5, 24),
    ),
    (
        "San Diego Chargers receiver Vincent Jackson was arrested on suspicion of drunk "
        "driving on Tuesday morning, five days before a key NFL playoff game.",
        date(2009, 2, 4),
    ),
]


@pytest.mark.parametrize(("text", "published"), COUNTED_NOT)
def test_a_span_of_time_before_an_undated_happening_counts_nothing(
    text: str, published: date
) -> None:
    pieces = split_happenings(text, Span(0, len(text)), tag(text, published))
    assert all(p.counted is None for p in pieces)


def test_a_speaker_s_when_is_a_condition_not_a_time() -> None:
    # A quotation in the present (ECB+ development): the main clause keeps no time of the
    # "when" clause.
    text = (
        "“The movie only gets released when it's finished. I'd like it to be next year, but "
        "we're not going to put out a bad movie to hit a release date.”"
    )
    assert all(
        p.counted is None
        for p in split_happenings(text, Span(0, len(text)), tag(text, date(2012, 4, 4)))
    )


def test_the_agent_of_a_passive_main_verb_is_the_main_happening() -> None:
    # ECB+ development: the quake "today" is what hit the province, not a happening beside
    # it; the earlier quakes' clause ("at the weekend when…") is still cut out.
    text = (
        "Indonesia's West Papua province was hit by a magnitude 6.1 earthquake today, the "
        "latest powerful tremor to shake the region where five people were killed and "
        "hundreds injured at the weekend when buildings were destroyed."
    )
    pieces = _pieces(text, date(2009, 1, 5))
    assert pieces[0][0] is False
    assert pieces[0][1].startswith(
        "Indonesia's West Papua province was hit by a magnitude 6.1 earthquake today"
    )
    assert (True, "at the weekend when buildings were destroyed.") in pieces
    assert all(not words.startswith("by ") for _, words in pieces)


def test_a_lede_of_a_state_after_what_was_done_is_of_that_day() -> None:
    """ "A man is in hospital after being stabbed …": the stabbing is a happening done (not a
    present passive), and the lede is of its day."""
    text = "A man is in hospital after being stabbed in a park on Saturday night."
    (event,) = events_in(text, date(2023, 5, 15))
    assert event.date.first == date(2023, 5, 13)


def test_a_quotation_comparing_with_another_day_stays_with_its_speaker() -> None:
    """ "harder even than Wednesday": a day the words compare with, not one they were said on
    or tell of; the quotation is the speaker's statement of Sunday."""
    text = (
        '"It was the hardest day of my career, harder even than Wednesday," Marek told '
        "reporters at the finish on Sunday."
    )
    assert _pieces(text, date(2012, 7, 9)) == [(False, text)]


def test_a_quotation_naming_the_day_it_is_said_on_stays_with_its_speaker() -> None:
    """ "today" in a quotation is the day it is spoken on, which its tag names: one statement
    (a written probe sentence; "The decision today made the family happy" of ECB+ 16_9)."""
    text = "“Based on today's news, I quit,” Chen wrote on X late Friday."
    assert _pieces(text, date(2023, 11, 18)) == [(False, text)]


def test_a_full_date_set_off_by_commas_before_its_noun_names_that_happening() -> None:
    """ "the Sept. 11, 2001, attacks": a full date told as a modifier, its year set off by
    commas as news copy writes it, is the attacks' time, not the sentence's: the comparison
    the sentence makes is no flashback, and the estimate after it is of the story's day (a
    written probe, Friday 16 April 2010)."""
    text = (
        "Airlines cancelled thousands of flights across northern Europe on Friday. The "
        "disruption is already the worst since the Sept. 11, 2001, attacks, when U.S. airspace "
        "was shut for three days. The International Air Transport Association estimated "
        "airlines were losing more than $200 million a day."
    )
    events = events_in(text, date(2010, 4, 16))
    (cut,) = [e for e in events if e.primary.text.startswith("since the Sept. 11, 2001, attacks")]
    assert cut.date.first == date(2001, 9, 11)
    (estimate,) = [e for e in events if e.primary.text.startswith("The International")]
    assert estimate.date.first == date(2010, 4, 16)
