"""Flashbacks (docs/events.md section 4, item 3): a month, a season or a year of the past that
opens a sentence ("During the spring of 1977, ...", "Last April, ...", "In 2005, ...") sets the
time the story's undated past happenings are of, across paragraphs, until the story comes back:
a day outside that time, "now", a time reaching now, a statement in the present, a
statement a paragraph later by a speaker the flashback's sentence does not name. Within a
flashback a year the next happening names moves it ("He was released in 2006"). A year told in
passing in a career's list, "three decades ago", or a period compared ("Last year's results")
opens none.

Real sentences of the ECB+ development articles and TempEval-3 development, shortened.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.test_event_rules import _events, _found
from viewer.core.model import DateBasis, DateValue, Precision

SPRING_1977 = DateValue(date(1977, 3, 1), date(1977, 5, 31), Precision.RANGE)
APRIL_2012 = DateValue.month_of(date(2012, 4, 1))
RECORD = date(2013, 3, 8)

HANSBROUGH = (
    "During the spring of 1977, North Carolina coach Dean Smith invited his star guard Phil "
    "Ford, who had just completed his junior season, into his office.\n\n"
    "Smith told Ford that he had done some research on where Ford would be selected in the "
    "upcoming NBA draft.\n\n"
    "Ford didn't even have to think about it.\n\n"
    "He told Smith right away that he wasn't interested.\n\n"
    "\u201cAt the time, going pro wasn't something I had even considered at all,\u201d Ford "
    "says.\n\n"
    "Last April, Tyler Hansbrough faced a similar decision, but under much different "
    "circumstances.\n\n"
    "Hansbrough plays in an era when it is common for undergraduates to turn pro.\n\n"
    "When Hansbrough finally told Roy Williams he wanted to return for his senior year, he "
    "felt like the weight of the world was off his shoulders.\n\n"
    "Still, it was no small feat that Hansbrough accomplished Thursday night, when he broke "
    "Ford's school career scoring mark against Evansville.\n\n"
    "Hansbrough came back anyway, and for all the right reasons."
)


@pytest.mark.parametrize(
    ("words", "value", "reference"),
    [
        ("Smith told Ford that he had done", SPRING_1977, "spring of 1977"),
        ("He told Smith right away", SPRING_1977, "spring of 1977"),
        ("When Hansbrough finally told Roy Williams", APRIL_2012, "Last April"),
    ],
)
def test_an_undated_past_happening_is_of_the_flashback_s_time(
    words: str, value: DateValue, reference: str
) -> None:
    event = _found(_events(HANSBROUGH, RECORD), words)
    assert event.date == value
    assert event.date_basis is DateBasis.CONTEXT
    dating = event.dating_of(0)
    assert dating.text == reference
    assert dating.origin is not None  # the panel names the sentence that opened the flashback
    assert HANSBROUGH[dating.origin.start : dating.origin.end].startswith(("During", "Last"))


def test_the_story_s_own_day_ends_the_flashback() -> None:
    event = _found(_events(HANSBROUGH, RECORD), "Hansbrough came back anyway")
    assert event.date == DateValue.day(date(2013, 3, 7))


GOMES = (
    "Gomes was arrested on Tuesday after investigators said they found him barricaded in a "
    "room.\n\n"
    "In 2005, Gomes was convicted of beating Mendes, according to court records.\n\n"
    "Gomes served 9 months of a 2-1/2 year sentence.\n\n"
    "He was released in 2006 and attacked Mendes again, dragging her into the woods.\n\n"
    "Police rescued her with the aid of dogs, according to court records.\n\n"
    "In 2004, Gomes was charged with stealing a $500 guitar from his sister, Jean.\n\n"
    "Gomes ran into Jean and his mother a few days later and he attacked his sister, "
    "according to court records."
)


@pytest.mark.parametrize(
    ("words", "year"),
    [
        ("Gomes served 9 months", 2005),
        ("Police rescued her", 2006),  # a year named within the flashback moves it
        ("Gomes ran into Jean", 2004),  # "a few days later" cannot be counted from a year
    ],
)
def test_a_record_s_years_date_the_happenings_told_after_them(words: str, year: int) -> None:
    event = _found(_events(GOMES, date(2013, 6, 10)), words)
    assert event.date == DateValue.year_of(date(year, 1, 1))
    assert event.date_basis is DateBasis.CONTEXT


# Must not: an aside of another year whose next sentence names the story's day again; a year
# told in passing in a career's list; a statement in the present; "now".
KLITSCHKO = (
    "Wladimir Klitschko stopped Tony Thompson in the sixth round to keep his heavyweight titles "
    "Saturday night.\n\n"
    "In 2008, Klitschko stopped Thompson in the 11th round.\n\n"
    "After the fight, Klitschko led the crowd of 22,000 in singing to trainer Emanuel Steward, "
    "who turned 68 on Saturday."
)
BENJAMIN = (
    "The President announced his nominee for the U.S. Surgeon General, Dr. Regina Benjamin, "
    "today at the White House.\n\n"
    "She received the Nelson Mandela Award for Health and Human Rights in 1998, among other "
    "honors.\n\n"
    "The President emphasized this experience in his remarks, chronicling her dedication to "
    "providing health care for her rural community."
)
KATHINA = (
    "Last May, a stray bullet killed 10-year-old Kathina Thomas as she played on the front "
    "steps of her home.\n\n"
    "Now the case is back in the spotlight as the 16-year-old accused of firing the fatal "
    "shot goes to trial.\n\n"
    "Jury selection started slowly."
)
FORD_SAYS = (
    "During the spring of 1977, North Carolina coach Dean Smith invited his star guard Phil "
    "Ford into his office.\n\n"
    "\u201cThe opportunity wasn't worth me not getting my degree,\u201d Ford says.\n\n"
    "Hansbrough came back anyway, and for all the right reasons."
)
PARKHURST = (
    "Three prisoners escaped from Parkhurst prison on the Isle of Wight last night.\n\n"
    "Parkhurst has had a history of trouble. In 1969, a riot at the prison left several "
    "officers injured.\n\n"
    "The Prison Officers' Association said staffing cuts had left the jail dangerously exposed."
)
# The statement ends the flashback: what is told after it is not of 1969 either.
PARKHURST_ON = (
    PARKHURST + "\n\nLabour's home affairs spokesman, Jack Straw, called for Mr Howard to come "
    "to the House."
)
OSCARS = (
    "Hugh Jackman was named on Friday as host of February's Oscars.\n\n"
    "The February 2008 three-hour plus broadcast, hosted for the second time by Stewart, hit a "
    "low 32 million U.S. viewers.\n\n"
    "Mark said he and Condon planned to get the telecast under three hours."
)
INTERGROUP = (
    "National Intergroup posted net income for the fiscal second-quarter of $8.6 million. Last "
    "year's results were hurt by $41.3 million in restructuring charges.\n\n"
    "However, its equity in the net income of National Steel declined to $6.3 million."
)


@pytest.mark.parametrize(
    ("text", "published", "words"),
    [
        (KLITSCHKO, date(2012, 7, 7), "After the fight, Klitschko led the crowd"),
        (BENJAMIN, date(2009, 7, 13), "The President emphasized this experience"),
        (FORD_SAYS, RECORD, "Hansbrough came back anyway"),
        (KATHINA, date(2013, 4, 12), "Jury selection started slowly"),
        (INTERGROUP, date(1989, 10, 26), "its equity in the net income"),
        # A statement a paragraph later by a speaker the flashback does not name: today's.
        (PARKHURST, date(1995, 1, 4), "The Prison Officers' Association said"),
        (PARKHURST_ON, date(1995, 1, 4), "Labour's home affairs spokesman, Jack Straw"),
        (OSCARS, date(2008, 12, 13), "Mark said he and Condon planned"),
    ],
)
def test_what_is_not_a_flashback_s_happening(text: str, published: date, words: str) -> None:
    event = _found(_events(text, published), words)
    assert event.date.precision is not Precision.YEAR
    assert event.date.first.year == published.year


# A year of the past that closes a sentence told in the past: what its actors do next (opened by
# a pronoun) and a violent act told next are of that year (ECB+ development, 35_3ecbplus and
# 36_4ecbplus); a happening of other actors, or what holds now, is not.
CHARGERS = (
    "Sunday, for the second time in less than four weeks, a Chargers player was pulled over "
    "in the early-morning hours and arrested on suspicion of DUI.\n\n"
    "The Chargers were involved in one of the most publicized and bizarre instances of a DUI "
    "stop in 2006.\n\n"
    "Linebacker Steve Foley was shot three times by an off-duty Coronado police officer who "
    "followed Foley from downtown to the player's home in Poway."
)
ELDORADO = (
    "On Tuesday, prosecutors played a tape of Jeffs talking to the girl.\n\n"
    "Hanna read excerpts of Jeffs' journal where he described the church purchasing 1,700 "
    "acres of land outside the town for $1.2 million in 2003.\n\n"
    "He told the faithful they could build anything they wanted, thanks to Texas' lax zoning "
    "laws."
)
BENJAMIN_1998 = (
    "The President announced his nominee for the U.S. Surgeon General, Dr. Regina Benjamin, "
    "today at the White House.\n\n"
    "She received the Nelson Mandela Award for Health and Human Rights in 1998.\n\n"
    "The President emphasized this experience in his remarks."
)
RIVAL = (
    "The company said on Monday it would cut 500 jobs.\n\n"
    "It bought its main rival in 2005.\n\n"
    "It is closing two of the rival's plants, a spokesman said.\n\n"
    "The shares fell 3 percent."
)


@pytest.mark.parametrize(
    ("text", "published", "words", "year"),
    [
        (CHARGERS, date(2009, 2, 4), "Linebacker Steve Foley was shot", 2006),
        (ELDORADO, date(2011, 8, 2), "He told the faithful", 2003),
    ],
)
def test_a_year_closing_a_sentence_dates_its_actors_next_acts(
    text: str, published: date, words: str, year: int
) -> None:
    event = _found(_events(text, published), words)
    assert event.date == DateValue.year_of(date(year, 1, 1))


@pytest.mark.parametrize(
    ("text", "published", "words"),
    [
        (BENJAMIN_1998, date(2009, 7, 13), "The President emphasized"),
        (RIVAL, date(2009, 7, 14), "The shares fell"),
        (RIVAL, date(2009, 7, 14), "It is closing two"),
    ],
)
def test_a_year_closing_a_sentence_leaves_other_happenings(
    text: str, published: date, words: str
) -> None:
    event = _found(_events(text, published), words)
    assert event.date.first.year == published.year


COLECO = (
    "Coleco Industries Inc., a once high-flying toy maker, filed a Chapter 11 reorganization "
    "plan that provides just 1.125 cents a share for common stockholders.\n\n"
    "But Coleco bounced back with the introduction of the Cabbage Patch dolls, whose sales hit "
    "$600 million in 1985. But as the craze died, Coleco failed to come up with another winner "
    "and filed for bankruptcy-law protection in July 1988.\n\n"
    "The plan was filed jointly with unsecured creditors in federal bankruptcy court in New York "
    "and must be approved by the court."
)
META = (
    "The Data Protection Commission has fined Meta a record 1.2 billion euros on Monday.\n\n"
    "The fine overtakes the 746 million euro penalty that Luxembourg imposed on Amazon in "
    "2021.\n\n"
    "Meta said it would appeal against the decision.\n\n"
    "They said there would be no immediate disruption to Facebook in Europe."
)


def test_a_year_closing_a_relative_clause_opens_no_flashback() -> None:
    """A year closing a relative clause ("whose sales hit $600 million in 1985", "that
    Luxembourg imposed on Amazon in 2021") is its noun's time: the story does not go on there."""
    event = _found(_events(COLECO, date(1989, 11, 2)), "The plan was filed jointly")
    assert event.date == DateValue.day(date(1989, 11, 2))
    events = _events(META, date(2023, 5, 22))
    assert all(e.date.first.year == 2023 for e in events if "disruption" in e.primary.text)


def test_a_pronoun_before_a_verb_of_saying_names_no_speaker() -> None:
    from viewer.core.title_event import speakers_of

    assert speakers_of("He told Smith right away that he wasn't interested.") == set()
    assert speakers_of("Smith said he would stay.") == {"Smith"}


JUNTA = (
    "In November 1973, students barricaded themselves inside in rebellion against the "
    "country's military junta, which had been in power since 1967.\n\n"
    "Fearful that the revolt would spread, on Nov. 17 the national police moved in with tanks, "
    "killing a still-disputed number of protesters.\n\n"
    "The junta fell less than a year later.\n\n"
    "Greece's new Constitution gave special status to universities and other schools, forever "
    "barring the police from entering their grounds."
)


def test_a_time_counted_on_within_a_flashback_moves_it() -> None:
    """A time counted from the flashback's own ("less than a year later") moves it, as a year
    the next happening names does: what the story tells after it in the simple past is of that
    time, not of the month the flashback opened at (ECB+ development, 19_6ecb)."""
    event = _found(_events(JUNTA, date(2013, 3, 12)), "new Constitution")
    assert event.date == DateValue(date(1973, 11, 18), date(1974, 11, 16), Precision.RANGE)
    assert event.date_basis is DateBasis.CONTEXT
