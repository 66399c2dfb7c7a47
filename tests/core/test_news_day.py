"""A story's news day (news_day.py): a story whose first paragraph tells of a past day
("…said Thursday", "announcement Friday") goes on telling of that occasion, and one whose lede
names no time is of the day of the week before publication it names elsewhere ("in composite
trading yesterday"); a happening it tells in the simple past without a time of its own is of
that day, not of the publication day, unless the story moves on to a later day. Real
sentences of TempEval-3's development articles and the seeds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core.test_event_rules import _events, _found
from viewer.core.extract import extract_events
from viewer.core.model import DateBasis, DateValue
from viewer.core.news_day import told_by
from viewer.core.sentence_tense import told_in_past
from viewer.corpus import read_corpus

FRIDAY = DateValue.day(date(1989, 10, 27))
MONDAY = date(1989, 10, 30)

RESULTS = (
    "Unisys Corp.'s announcement Friday of a $648.2 million loss for the third quarter showed "
    "that the company is moving even faster than expected to take write-offs on its various "
    "problems.\n\n"
    "The company also reported slower growth in another important business: systems that use "
    "the Unix operating system.\n\n"
    "Unisys is also considering the sale of its defense unit, officials say."
)


def test_a_past_happening_told_later_is_of_the_lede_s_day() -> None:
    event = _found(_events(RESULTS, MONDAY), "The company also reported slower growth")
    assert event.date == FRIDAY
    assert event.date_basis is DateBasis.CONTEXT
    assert event.dating_of(0).text == "Friday"


def test_the_lede_s_day_is_not_carried_to_what_is_told_in_the_present() -> None:
    event = _found(_events(RESULTS, MONDAY), "Unisys is also considering the sale")
    assert event.date == DateValue.day(MONDAY)


def test_a_lede_of_the_publication_day_dates_nothing_else() -> None:
    event = _found(_events(RESULTS, date(1989, 10, 27)), "The company also reported slower")
    assert event.date_basis is DateBasis.PUBLICATION


# The seed that names Tuesday in its lede and Wednesday, its publication day, further on: what
# it tells undated may be of either day, and is left on the publication day.
MOVES_ON = (
    "In response to Russia's invasion of Ukraine, the United States is considering increasing "
    "its long-term military presence in Europe, President Joe Biden said on Tuesday.\n\n"
    "A senior US official told reporters that the United States has not communicated its new "
    "deployment plans to Russia and sees no need to do so.\n\n"
    "The plans announced on Wednesday effectively extend the temporary deployment of 20,000 "
    "additional US military personnel to Europe."
)


def test_a_story_that_moves_on_to_a_later_day_keeps_its_undated_events_on_publication() -> None:
    event = _found(_events(MOVES_ON, date(2022, 6, 29)), "A senior US official told reporters")
    assert event.date == DateValue.day(date(2022, 6, 29))
    assert event.date_basis is DateBasis.PUBLICATION


# A story whose lede names no time: its news day is the day of the week before publication
# that it names further on (a morning paper's "yesterday").
UNDATED_LEDE = (
    "Intelogic Trace Inc., San Antonio, Texas, said it bought 2.7 million shares, or about 18%, "
    "of its common stock from an unaffiliated shareholder for $3.625 a share.\n\n"
    "In New York Stock Exchange composite trading yesterday, Intelogic shares rose 37.5 cents "
    "to close at $2.75.\n\n"
    "Mr. Edelman declined to specify what prompted the recent moves, saying they are meant only "
    "to benefit shareholders."
)
THURSDAY = date(1989, 11, 2)


@pytest.mark.parametrize("words", ["Intelogic Trace Inc., San Antonio", "Mr. Edelman declined"])
def test_with_no_time_in_its_lede_a_story_is_of_the_day_it_names_in_the_week(words: str) -> None:
    events = _events(UNDATED_LEDE, THURSDAY)
    event = _found(events, words)
    assert event.date == DateValue.day(date(1989, 11, 1))
    assert event.date_basis is DateBasis.CONTEXT
    origin = event.dating_of(0).origin
    assert origin is not None
    trading = _found(events, "composite trading yesterday").primary
    assert (origin.start, origin.end) == (trading.start, trading.end)


def test_a_day_more_than_a_week_back_is_a_flashback_not_the_news_day() -> None:
    text = UNDATED_LEDE.replace("composite trading yesterday", "composite trading on Oct. 13")
    event = _found(_events(text, THURSDAY), "Mr. Edelman declined")
    assert event.date == DateValue.day(THURSDAY)
    assert event.date_basis is DateBasis.PUBLICATION


@pytest.mark.parametrize(
    ("sentence", "past"),
    [
        ("Orkem S.A., a French state-controlled chemical manufacturer, is making a bid.", False),
        ("New York-based POP Radio provides a customized music service.", False),
        ("The proposed merger is subject to approval.", False),
        ("Dime Savings Bank of New York was cleared by the FDIC.", True),
        ("The board approved the proposed merger.", True),
    ],
)
def test_a_word_in_ed_that_modifies_a_noun_is_not_the_past_tense(sentence: str, past: bool) -> None:
    assert told_in_past(sentence) is past


# A speaker's own time word in a quotation is counted from when the speaker spoke, not from
# publication: it does not move the story on to a later day (a DUI story of the third ECB+
# development gold: the statement was released the day before publication).
QUOTED_MORNING = (
    "Despite his arrest on suspicion of driving under the influence early yesterday, Chargers "
    "receiver Vincent Jackson will play in Sunday's AFC divisional playoff game at Pittsburgh.\n\n"
    "Jackson proffered his innocence in a statement released yesterday afternoon.\n\n"
    "“This morning I was stopped by an officer,” Jackson said in the statement.\n\n"
    "He was booked into county jail and was released by 6 a.m., Baehr said."
)
DUI_PUBLISHED = date(2009, 2, 4)


def test_a_quotation_s_own_time_word_does_not_move_the_story_on() -> None:
    event = _found(_events(QUOTED_MORNING, DUI_PUBLISHED), "He was booked into county jail")
    assert event.date == DateValue.day(date(2009, 2, 3))
    assert event.date_basis is DateBasis.CONTEXT


def test_the_same_time_word_told_by_the_story_itself_moves_it_on() -> None:
    text = QUOTED_MORNING.replace(
        "“This morning I was stopped by an officer,” Jackson said",
        "This morning Jackson was questioned again, Baehr said",
    )
    event = _found(_events(text, DUI_PUBLISHED), "He was booked into county jail")
    assert event.date == DateValue.day(DUI_PUBLISHED)
    assert event.date_basis is DateBasis.PUBLICATION


# A lede that names only the day its teller told it ("…, police said Friday" in Friday's
# paper) names no time of its happening: the story's news day is the earlier day it names
# next, and an action told with only its teller after it ("…, Capt. James Clark said") is of
# that day until the story moves on (a workplace shooting of the third ECB+ development gold).
SAID_FRIDAY = (
    "A Kraft Foods plant worker who had been suspended for feuding with colleagues, then "
    "escorted from the building, returned minutes later with a handgun, found her foes in a "
    "break room and executed two of them with a single bullet each and critically wounded a "
    "third, police said Friday.\n\n"
    "Yvonne Hiller, 43, had gotten into an argument Thursday evening with her co-workers at "
    "the northeast Philadelphia plant, police said.\n\n"
    "She then opened fire on the others, Philadelphia Homicide Capt. James Clark said.\n\n"
    "Cpl. Janice Leader, a 911 dispatcher, told reporters Friday that Hiller called 911.\n\n"
    "Police identified the victims as Tanya Renee Wilson, 47; LaTonya Sharon Brown, 36; and "
    "Bryant A. Dalton, 39, all of Philadelphia, police said."
)
SHOOTING_PUBLISHED = date(2010, 9, 10)


@pytest.mark.parametrize("words", ["found her foes in a break room", "She then opened fire"])
def test_a_teller_s_day_in_the_lede_leaves_the_happening_to_the_news_day(words: str) -> None:
    event = _found(_events(SAID_FRIDAY, SHOOTING_PUBLISHED), words)
    assert event.date == DateValue.day(date(2010, 9, 9))
    assert event.date_basis is DateBasis.CONTEXT


def test_a_teller_s_day_opening_the_lede_leaves_its_earlier_day_the_news_day() -> None:
    """ "Police said Friday …, after three masked men held up a branch on Thursday morning":
    the teller's Friday opens the lede, the robbery's Thursday is the news day, and what the
    story goes on to tell of the robbery with no day of its own is Thursday's."""
    story = (
        "Police said Friday they believe the same gang carried out five robberies, after three "
        "masked men held up a branch of Union Savings on Thursday morning.\n\n"
        "The men entered the branch at about 9:20 a.m., minutes after it opened."
    )
    event = _found(_events(story, date(2024, 2, 2)), "entered the branch")
    assert event.date == DateValue.day(date(2024, 2, 1))


def test_what_is_told_after_the_story_moves_on_keeps_the_publication_day() -> None:
    event = _found(_events(SAID_FRIDAY, SHOOTING_PUBLISHED), "Police identified the victims")
    assert event.date == DateValue.day(SHOOTING_PUBLISHED)


# Not a teller's day after the lede (a court story of the first ECB+ development gold: the
# charge was today's news), nor a lede whose teller's day opens what is said (TempEval-3).
@pytest.mark.parametrize(
    ("text", "words", "published"),
    [
        (
            "A GREEK police officer has been formally charged with voluntary homicide over the "
            "killing of a teenager that sparked nationwide riots, a court source said.\n\n"
            "The officer's partner, Vassilios Saraliotis, 31, was charged with being an "
            "accomplice and will also remain in custody, the same source said today.\n\n"
            "The pair have each been held since Monday.\n\n"
            "The officer said that he took out his revolver and fired two or three times in "
            "the air out of self defence.",
            "The officer said that he took out his revolver",
            date(2013, 3, 12),
        ),
        (
            "The Pentagon said today it will re-examine the question are the remains inside the "
            "Tomb of the Unknown from the Vietnam War, in fact, known?\n\n"
            "CBS News first reported last night that the tomb may contain the remains of Air "
            "Force pilot Michael Blassie.\n\n"
            "There was a suspicion the body was Blassie because his uniform and ID card were "
            "found near the body in Vietnam.",
            "There was a suspicion the body was Blassie",
            date(1998, 1, 20),
        ),
    ],
)
def test_a_teller_s_day_elsewhere_leaves_the_story_on_the_publication_day(
    text: str, words: str, published: date
) -> None:
    event = _found(_events(text, published), words)
    assert event.date == DateValue.day(published)
    assert event.date_basis is DateBasis.PUBLICATION


@pytest.mark.parametrize(
    ("shown", "told"),
    [
        ("She then opened fire on the others, Philadelphia Homicide Capt. James Clark said.", True),
        ("Hiller finally went to a second-floor office and called police, authorities said.", True),
        ("The plant will remain closed indefinitely, Kraft said.", False),
        ("She had a permit to carry the gun, authorities said.", False),
        ("“This morning I was stopped by an officer,” Jackson said in the statement.", False),
        # Its source after it, as a teller: "…, according to police."
        ("Officers responded to 911 calls from other employees, according to Ramsey.", True),
        ("The plant will remain closed indefinitely, according to Kraft.", False),
        # Its teller after the verb of saying: "…, said Ed Lee, a city official."
        ("Residents were told to move to higher ground, said Ed Lee, a city official.", True),
        ("The port will stay closed until Monday, said Ed Lee.", False),
    ],
)
def test_an_action_told_with_its_teller_after_it(shown: str, told: bool) -> None:
    assert told_by(shown) is told


# "had to" is the simple past of "have to", not the past perfect (14_7ecb, a Monday article
# about a fire on Friday); "had been allowed" is.
@pytest.mark.parametrize(
    ("sentence", "past"),
    [
        ("Sixty local residents had to be evacuated from their homes.", True),
        ("They had all been allowed to return by Saturday evening.", False),
        ("Residents must leave by Friday.", False),
    ],
)
def test_had_to_is_the_simple_past(sentence: str, past: bool) -> None:
    assert told_in_past(sentence) is past


FIRE = (
    "Fire crews and police officers were called to the High Street premises shortly before "
    "9pm on Friday after a CCTV operator noticed smoke coming from the building's roof.\n\n"
    "Sixty local residents had to be evacuated from their homes, initially to a nearby church "
    "and later to a local day care centre, but they had all been allowed to return by "
    "Saturday evening."
)


def test_a_step_told_with_had_to_and_a_deadline_is_of_the_news_day() -> None:
    # Its only time is a deadline ("by Saturday evening"): the evacuation is Friday's.
    event = _found(_events(FIRE, date(2013, 7, 22)), "Sixty local residents")
    assert event.date == DateValue.day(date(2013, 7, 19))


# A court story that closes on what comes next (33_3ecb, an article dated Friday about
# Tuesday's testimony): the closing plan is no later day the story moved on to.
TESTIMONY = (
    "A key witness against teenage murder suspect Jermayne Timmons identified him Tuesday as "
    "the gunman who killed 10-year-old Kathina Thomas in May.\n\n"
    "Lynch did not deny his client was at First and Judson with a loaded handgun.\n\n"
    "He said it was a .32-caliber revolver, not a .45-caliber handgun like the one that killed "
    "the girl."
)
TESTIMONY_PUBLISHED = date(2013, 4, 12)


@pytest.mark.parametrize(
    ("closing", "day"),
    [
        ("Testimony continues today.", date(2013, 4, 9)),
        ("The trial will resume today with testimony from a detective.", date(2013, 4, 9)),
        # Not a plan: the story moved on to today's news.
        ("The judge dismissed a juror today.", TESTIMONY_PUBLISHED),
    ],
)
def test_a_plan_the_story_closes_on_does_not_move_it_on(closing: str, day: date) -> None:
    events = _events(f"{TESTIMONY}\n\n{closing}", TESTIMONY_PUBLISHED)
    assert _found(events, "He said it was").date == DateValue.day(day)


def test_a_plan_told_before_the_close_moves_the_story_on() -> None:
    # Only the closing line is what comes next; a later day named before it moves the story.
    head, tail = TESTIMONY.rsplit("\n\n", 1)
    text = f"{head}\n\nTestimony continues today.\n\n{tail}\n\nThe girl's family attended."
    events = _events(text, TESTIMONY_PUBLISHED)
    assert _found(events, "He said it was").date == DateValue.day(TESTIMONY_PUBLISHED)


def test_a_plan_in_a_quotation_is_not_the_story_s_close() -> None:
    # A speaker's plan for the publication day, named in full: the story has moved on to it.
    closing = "“We will call a detective on April 12, 2013,” the prosecutor said."
    events = _events(f"{TESTIMONY}\n\n{closing}", TESTIMONY_PUBLISHED)
    assert _found(events, "He said it was").date == DateValue.day(TESTIMONY_PUBLISHED)


def test_a_caption_names_no_news_day(tmp_path: Path) -> None:
    """A picture's caption is not the story: the day it names ("on Thursday") is not the
    day the story's news is of, nor the sentence a passage's date is said to come from."""
    path = tmp_path / "fire.txt"
    path.write_text(
        "Fire destroys supermarket\n\n22 July 2013\n\n"
        "A large fire has destroyed a supermarket in Surrey.\n\n"
        "Image caption Crowds watched the smoke on Thursday evening\n\n"
        "Fire crews were called to the store shortly before 21:00 BST on Friday.\n\n"
        "About 60 people were evacuated from nearby homes.\n",
        encoding="utf-8",
    )
    (doc,) = read_corpus([path])[0]
    (evacuated,) = [e for e in extract_events(doc) if e.primary.text.startswith("About 60")]
    assert evacuated.date == DateValue.day(date(2013, 7, 19))
    origin = evacuated.dating_of(0).origin
    assert origin is not None and "Image caption" not in doc.text[origin.start : origin.end]


# A lede with a day of its own, its teller's later day closing its sentence: the story stays
# at the happening's day ("officials said on Sunday" does not move it on from Friday).
QUAKE = (
    "A magnitude 6.8 earthquake struck eastern Turkey on Friday evening, killing at least 30 "
    "people and injuring more than 1,600, officials said on Sunday.\n\n"
    "The quake hit at 8.55pm local time near the town of Sivrice, the disaster agency said. "
    "It was followed by more than 700 aftershocks."
)
QUAKE_PUBLISHED = date(2020, 1, 27)  # a Monday


@pytest.mark.parametrize("words", ["The quake hit at 8.55pm", "It was followed by"])
def test_a_teller_s_later_day_closing_the_lede_leaves_the_story_at_its_day(words: str) -> None:
    event = _found(_events(QUAKE, QUAKE_PUBLISHED), words)
    assert event.date == DateValue.day(date(2020, 1, 24))


def test_a_teller_s_day_after_in_a_statement_leaves_the_action_to_the_news_day() -> None:
    """ "…, police said in a statement on Wednesday": the saying's day, as "police said
    Wednesday" is; the boy was taken to hospital on the stabbing's day."""
    text = (
        "A man has been charged after a boy was stabbed outside a school on Tuesday afternoon, "
        "police said.\n\n"
        "The boy was taken to hospital with serious injuries, West Yorkshire Police said in a "
        "statement on Wednesday."
    )
    event = _found(_events(text, date(2024, 2, 7)), "The boy was taken to hospital")
    assert event.date == DateValue.day(date(2024, 2, 6))


def test_a_teller_s_later_day_anywhere_does_not_move_the_story_on() -> None:
    """What the story tells after "…, police said in a statement on Wednesday." is still of the
    stabbing's day: the saying's day is no move of the narrative."""
    text = (
        "A man has been charged after a boy was stabbed outside a school on Tuesday afternoon, "
        "police said.\n\n"
        "The boy was taken to hospital with serious injuries, West Yorkshire Police said in a "
        "statement on Wednesday.\n\n"
        "Officers were called to Park Lane at about 3.20pm after reports of a fight."
    )
    event = _found(_events(text, date(2024, 2, 7)), "Officers were called to Park Lane")
    assert event.date == DateValue.day(date(2024, 2, 6))


def test_an_action_told_on_a_day_happened_by_then_not_on_a_later_news_day() -> None:
    """What a teller told on Saturday happened by Saturday: the story's news day, Tuesday,
    comes after it and does not date it."""
    text = (
        "A climber missing for a week was rescued on Tuesday, mountain rescue teams said.\n\n"
        "A second climber was found dead in the same valley, police said Saturday."
    )
    event = _found(_events(text, date(2024, 3, 20)), "A second climber was found dead")
    assert event.date == DateValue.day(date(2024, 3, 16))


def test_a_present_main_clause_with_a_past_in_its_side_clause_is_not_of_the_news_day() -> None:
    # The past is the storm's; what the sentence tells (homes without power) holds now.
    text = (
        "About 180,000 homes remain without electricity, three days after Storm Fionn brought "
        "record winds to the west.\n\n"
        "At the height of the storm on Friday morning, a gust of 183km/h was recorded."
    )
    event = _found(_events(text, date(2025, 1, 27)), "About 180,000 homes remain")
    assert event.date == DateValue.day(date(2025, 1, 27))


def test_a_day_of_last_week_is_the_news_day_of_a_lede_with_no_time() -> None:
    """ "on Tuesday last week", eight days before a Wednesday's story, is its news day: what
    the story tells in the simple past after it is of that Tuesday, not of a later Friday a
    speaker told something on."""
    story = (
        "Plans for 120 new homes on farmland on the edge of Elgin have been approved by "
        "councillors, despite more than 200 objections.\n\n"
        "The planning committee voted 7-4 in favour of the application at a virtual meeting on "
        "Tuesday last week.\n\n"
        "Objectors, led by the residents' association, raised fears over traffic on the "
        "Pluscarden Road and the loss of a well-used path.\n\n"
        "The association's chairman told the Courier on Friday that the group was considering "
        "asking the government to call in the application."
    )
    event = _found(_events(story, date(2021, 3, 3)), "raised fears over traffic")
    assert event.date == DateValue.day(date(2021, 2, 23))


# A deadline is no day a story tells of, its hour named or not (TempEval-3 development,
# wsj_0542: "until 5 p.m. EST, Nov. 6"); a day the story tells of still is.
@pytest.mark.parametrize(
    ("second", "day"),
    [
        ("Shareholders had until midnight Friday to tender their shares.", MONDAY),
        ("Bids were due by 5 p.m. Friday.", MONDAY),
        ("The offer had been extended to Friday.", MONDAY),
        ("Telerate shares fell 50 cents on Friday to close at $20.", date(1989, 10, 27)),
    ],
)
def test_a_deadline_is_no_day_the_story_tells_of(second: str, day: date) -> None:
    text = "Dow Jones amp Co. extended its tender offer for Telerate Inc.\n\n" + second
    event = _found(_events(text, MONDAY), "extended its tender offer")
    assert event.date == DateValue.day(day)
