"""States are not happenings: a sentence whose only verb is a copula in the past before an
adjective, a noun or a place, and a source's words in the present with a copula, with no
figure, plan or denial in them; nor are habits, and descriptions addressed to the reader.
Real sentences of the ECB+ development articles and of TempEval-3's development articles,
with those the rule must leave alone."""

from __future__ import annotations

import pytest

from viewer.core import event_selection, state_cues
from viewer.core.cue_words import outside_quotations, words_of
from viewer.core.event_selection import judge
from viewer.core.extract import UNDATED_THRESHOLD
from viewer.core.state_cues import STATE_DOUBT

STATES = [
    # A description: a copula in the past its only verb.
    "It was just the third fight in a decade for the 41-year-old American and his first in "
    "three years.",
    "However, one Mac customer from the show floor was sceptical of the claims.",
    "About 100 people were at work at the plant, which makes Nabisco cookies and crackers.",
    "She was also the first African-American woman and physician under 40 to be elected to the "
    "American Medical Association Board of Trustees.",
    # A source's description or judgement, told in the present.
    "Dr. Alsip also said Dr. Benjamin is tenacious.",
    "He is a very approachable person who doesn't rely on jargon to communicate, said Sean B. "
    "Tipton, spokesman for the American Society of Reproductive Medicine.",
    "Once that person has a gun, he said, the threat to the officers is imminent.",
    "Mass shootings are rarely carried out by women, said Dr. Park Dietz, president of Threat "
    "Assessment Group Inc., a Newport Beach, Calif. - based violence prevention firm.",
]
HAPPENINGS = [
    # A state told in the past by a source: its report, news of the day.
    "Meanwhile, the head of the Interior Ministry's Natural Disasters Headquarters, Abbas "
    "Jazayeri, said that the situation on the Qeshm island was under control.",
    # A passive is an action; a copula before a figure tells one.
    "He was booked into county jail and was released by 6 a.m., Baehr said.",
    "Sales in the latest period were $1.76 billion, a 13% increase from last year's $1.55 billion.",
    # A sentence that tells now, beside a clause with a copula.
    "While the first movie was a huge success, THR is saying that director Gary Ross is still "
    "in negotiations to direct the sequel, Catching Fire.",
    # A source's words with a plan, a demand or a denial in them.
    "Jeffs' legal team says the Utah case must be resolved before their client is moved to Texas.",
    "The sheriff says he hopes Jeffs will be out of his jail by this week's end.",
    "The board isn't aware of any attempts to take over Philip Morris, the company said.",
    # An action in the past.
    "She then opened fire on the others, Philadelphia Homicide Capt. James Clark said.",
]


@pytest.mark.parametrize("sentence", STATES)
def test_states_are_not_events(sentence: str) -> None:
    assert not judge(sentence, False).is_event
    # Even where the story's time dates it (a sourced sentence scores 0.8 there).
    assert judge(sentence, False).confidence < 0.8 - STATE_DOUBT + 0.01


@pytest.mark.parametrize("sentence", HAPPENINGS)
def test_happenings_stay_events(sentence: str) -> None:
    assert judge(sentence, False).is_event


@pytest.mark.parametrize("sentence", STATES[:2])
def test_a_dated_state_or_the_lede_is_read_as_before(sentence: str) -> None:
    assert judge(sentence, True).confidence > judge(sentence, False).confidence
    assert judge(sentence, False, lede=True).is_event


STILL_OPEN = [
    "Investigations into what caused the fire are ongoing.",
    "The autopsy report on Mr. Gray did not specify which of the seven bullets caused the death "
    "of the teenager; that determination awaits further investigation.",
]
NOT_STILL_OPEN = [
    # The sentence goes on to tell its happening.
    "Rescue operations are under way after a 6.1 magnitude earthquake hit Indonesia's Aceh "
    "province, flattening houses and causing landslides.",
    "Although results are pending for the blood-alcohol test that Williams took, he has been "
    "booked and later released on bail.",
    # A source who says so makes a statement.
    "Baehr said he was not aware of the particulars of the previous DUI charge and that results "
    "of Jackson's blood test are pending.",
]


@pytest.mark.parametrize("sentence", STILL_OPEN)
def test_what_is_still_open_is_no_happening(sentence: str) -> None:
    assert judge(sentence, False).confidence < 0.5


@pytest.mark.python_only
@pytest.mark.parametrize("sentence", NOT_STILL_OPEN)
def test_a_happening_or_a_statement_is_not_read_as_still_open(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    judged = judge(sentence, False)
    monkeypatch.setattr(event_selection, "state_doubt", lambda *_: 0.0)
    assert judge(sentence, False) == judged


ONLY_IF = [
    "If extradited, he will join 12 other FLDS defendants charged with similar offenses.",
    "If you're more comfortable with Apple's conventional MacBook Pro design than the new "
    "variety, Apple will ask $1,099 for the base 13-inch version and $1,799 for a 15-inch "
    "version.",
    # The condition closing the sentence: "if" and a participle, no other past (ECB+
    # development, then written).
    "Timmons faces up to 15 years to life if convicted of second-degree murder.",
    "The former mayor faces up to 20 years in prison if convicted on all counts.",
]
# A step told with the penalty, in the past: the sentence tells what happened.
NOT_ONLY_IF = [
    "He pleaded not guilty and faces life in prison if convicted.",
    "Timmons, who was arrested 12 days after the shooting, faces a maximum sentence of 15 years "
    "to life in prison if convicted.",
]


@pytest.mark.parametrize("sentence", ONLY_IF)
def test_what_happens_only_if_is_no_happening(sentence: str) -> None:
    assert not judge(sentence, False).is_event


@pytest.mark.parametrize("sentence", NOT_ONLY_IF)
def test_a_step_told_with_what_happens_only_if_is_a_happening(sentence: str) -> None:
    assert judge(sentence, False).is_event


def test_a_source_telling_what_happens_if_makes_a_statement() -> None:
    told = "If convicted, he faces up to 10 years in prison"
    sourced, alone = judge(f"{told}, prosecutors said.", False), judge(f"{told}.", False)
    assert sourced.confidence - alone.confidence > 0.35  # the attribution's 0.1, and no doubt


HABITS = [
    "A rare exception for the 29-year-old Hawaiian Gardens gang member was an occasional smile "
    "for his mother when he turned in his chair to glance back at her from time to time.",
    "As has been the case many times in the past, Klitschko responded to Steward’s instructions "
    "and executed with workmanlike precision.",
    "Vitali was in his brother's corner as usual, and acted as cheerleader in the third round.",
    "Beyond that, he has rarely lost a round during that impressive stretch.",
    # A yearly rate told on no one's authority: a standing practice, even told as a plan.
    "Summit Entertainment, LLC plans to release 10 to 12 films annually.",
]
NOT_HABITS = [
    # How often a plan will be carried out is the plan's manner.
    "Separately, Cilcorp said it plans to purchase as many as 1.4 million shares, or 10% of its "
    "common stock outstanding from time to time on the open market.",
    # Once, and no frequency word.
    "She then opened fire on the others, Philadelphia Homicide Capt. James Clark said.",
    # A yearly rate in a clause hung on the main one, or given by a source.
    "He took Polly Peck, once a small fabric wholesaler, and used it at as a base to build a "
    "conglomerate that has been doubling its profits annually since 1980.",
    "Gary Lukassen, chief financial officer, said redemption of the preferred shares, "
    "originally issued at C$25 each, will eliminate dividend payments of C$17.9 million "
    "annually.",
]


@pytest.mark.parametrize("sentence", HABITS)
def test_habits_are_not_events(sentence: str) -> None:
    assert judge(sentence, False).confidence < 0.5


def test_a_condition_held_for_some_time_is_not_worth_a_guess_at_a_date() -> None:
    # On a source's authority: undated, below what an undated sentence needs (extract.py).
    told = "According to a relative, he had suffered mental health problems for some time."
    assert judge(told, False).confidence < UNDATED_THRESHOLD
    assert judge(told.replace(" for some time", ""), False).confidence >= UNDATED_THRESHOLD


@pytest.mark.python_only
@pytest.mark.parametrize("sentence", NOT_HABITS)
def test_a_plan_or_a_happening_is_no_habit(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    judged = judge(sentence, False)
    assert judged.is_event
    monkeypatch.setattr(event_selection, "state_doubt", lambda *_: 0.0)
    assert judge(sentence, False) == judged


IDENTITIES = [
    # Who someone is, a plan of what she founded hung on it.
    "She is the Founder and CEO of the Bayou La Batre Rural Health Clinic in Alabama, which aims "
    "to provide primary care to people of any age regardless of their ability to pay.",
    "He is a from-the-bottom-of-his-heart performer who seems utterly happy and at ease in front "
    "of an audience.",
]
NOT_IDENTITIES = [
    # A happening told with the copula: a count of those fired, what a person is picked to do.
    "Cheeks is the fifth coach fired this season, after PJ Carlesimo of Oklahoma City, Eddie "
    "Jordan of Washington, Sam Mitchell of Toronto and Randy Wittman of Minnesota.",
    "Jackman is the first non-comedian to single-handedly host the show in recent years.",
]


@pytest.mark.parametrize("sentence", IDENTITIES)
def test_a_sentence_that_only_names_who_someone_is_is_no_happening(sentence: str) -> None:
    assert not judge(sentence, False).is_event
    assert state_cues._identity(words_of(outside_quotations(sentence.lower())))


@pytest.mark.parametrize("sentence", NOT_IDENTITIES)
def test_a_happening_told_with_a_copula_is_no_identity(sentence: str) -> None:
    assert not state_cues._identity(words_of(outside_quotations(sentence.lower())))


ADDRESSED = [
    # What a product lets "you" do, told by the writer: its description.
    "Single App Mode and Guided Access let you lock people into one app, for parental control, "
    "education, testing, museum tours, etc.",
    'There\'s also a beautiful new photo mapping feature called "Flyover" which lets you view '
    "major landmarks in 3-D.",
    '"Do Not Disturb" - Phone won\'t bother you with calls and alerts, includes plenty of '
    "control (no calls at all or just calls from favorites, etc).",
]
NOT_ADDRESSED = [
    # A source's words, in reported speech or quoted.
    "Apple said you can buy it from Friday.",
    "Castro has said that you can be a Communist and still be a Christian.",
    "Recently, speaking of the lack of incidents involving his players, Smith said, “It's very "
    "important if you want to be a Charger you do the right things on and off the field.”",
    # The first person: someone's own account, a letter.
    "I was pleased to note that your Oct. 23 Centennial Journal item recognized the money-fund "
    "concept as one of the significant events of the past century.",
]


@pytest.mark.parametrize("sentence", ADDRESSED)
def test_a_description_addressed_to_the_reader_is_no_happening(sentence: str) -> None:
    assert judge(sentence, False).confidence < 0.8 - STATE_DOUBT + 0.01


@pytest.mark.parametrize("sentence", NOT_ADDRESSED)
def test_you_in_a_source_s_words_or_a_first_person_account_is_no_description(
    sentence: str,
) -> None:
    told = words_of(outside_quotations(sentence.lower()))
    said = judge(sentence, False).statement
    assert not (not said and state_cues._addressed(told))
