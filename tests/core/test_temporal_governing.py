"""Which time expression of a sentence dates its main event."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.temporal import governing, tag

TUE = date(2022, 3, 8)
WED = date(2022, 6, 29)

# (sentence, anchor, extent of the governing expression or None)
SENTENCES: list[tuple[str, date, str | None]] = [
    # A year before a noun a verb acts on, or a participle after a noun governs, is the
    # noun's time, not the verb's; the verb's occasion ("during", "at") stays its time.
    ("The minister defended the 2016 decision to close the mine.", TUE, None),
    ("Investigators examined footage recorded during the 2021 protests.", TUE, None),
    (
        "The court ruled that the trial judge had wrongly admitted emails seized during a 2019 "
        "raid on the bank.",
        TUE,
        None,
    ),
    ("He was injured during the 2019 protests.", TUE, "2019"),
    # A participle with a time of its own right after the subject's noun is a clause on it:
    # the main verb's time governs.
    ("The car stolen in January was found on Friday.", TUE, "Friday"),
    # A time of a chance of a happening is the possibility's, not the sentence's.
    ("The rock has a 2% chance of striking Earth on December 22, 2032.", TUE, None),
    ("Forecasters on Monday put the risk of flooding on Sunday at one in ten.", TUE, "Monday"),
    # A participle set off by commas with its agent before its time: the noun's time.
    (
        "The book, published by a small press in March 2019, was shortlisted on Friday.",
        TUE,
        "Friday",
    ),
    # "since" with only a time after it is a phrase, not a clause: a time after it governs.
    ("The index hit its highest level since 2020 on Monday.", TUE, "Monday"),
    ("The yen fell to its weakest since 1990 against the dollar on Friday.", TUE, "Friday"),
    ("Shares have fallen by a fifth since March.", TUE, None),
    ("A man arrested at the border in 2019 was freed on Friday.", TUE, "Friday"),
    # A clause a figure is compared with, with a subject of its own, is the forecast's time;
    # with no subject ("than expected in March") the month may be the figure's own.
    ("Inflation had eased faster than the bank forecast in June.", TUE, None),
    ("Profit was higher than analysts had expected in January.", TUE, None),
    ("Inflation rose faster than expected in March.", TUE, "March"),
    # A time a comparative is measured against is not the happening's; a count's or a limit's
    # "than" leaves it the happening's.
    ("Demand was likely to be weaker than last year.", TUE, None),
    ("Sales were higher than in 2019.", TUE, None),
    ("He left the company more than a year ago.", TUE, "a year ago"),
    # The price a bid is measured against is of its own day.
    (
        "Microsoft will pay $196 a share, a premium of 50 percent to LinkedIn's closing price "
        "on Friday.",
        TUE,
        None,
    ),
    ("Shares closed 3 percent higher on Friday.", TUE, "Friday"),
    # A time that is the subject a copula ranks is what is told of, not when: the statement's
    # day dates it. Not a happening of that time ("Tonight was a peaceful vigil").
    ("Last year was the hottest on record, the agency said on Tuesday.", TUE, "Tuesday"),
    ("July and August were the two hottest months ever recorded.", TUE, None),
    ("Tonight was a peaceful vigil that devolved into a riot.", TUE, "Tonight"),
    ("She won gold at the 2012 Olympics.", TUE, "2012"),
    # A participle set off by commas after a noun tells the noun's time, not the main verb's
    # (ECB+ development: "O'Brien, fired on June 8, is seeking up to $6 million …").
    ("The company, founded in 1998, filed for bankruptcy on Friday.", TUE, "Friday"),
    ("The company, founded in 1998, filed for bankruptcy.", TUE, None),
    ("The minister, elected in May, resigned on Tuesday.", TUE, "Tuesday"),
    ("The striker, signed from Benfica in January, scored twice.", TUE, None),
    # A day set off so, where the main clause is told in the past and names no time: the
    # same occasion ("released on Tuesday, found").
    ("The report, released on Tuesday, found that the ship had missed two checks.", TUE, "Tuesday"),
    ("The minister, elected to parliament in 2019, resigned.", TUE, None),
    # The same phrase opening the sentence, before its subject: its time is the participle's
    # when the main clause names one of its own, and the main clause's when it names none.
    (
        "Born in Lisbon in 1935, she moved to Britain in 1961 to study architecture.",
        date(2023, 6, 3),
        "1961",
    ),
    ("Founded in 1890, the firm opened its first office abroad in 1925.", TUE, "1925"),
    ("Elected in May, the mayor resigned on Tuesday.", TUE, "Tuesday"),
    ("Injured in a crash on Sunday, he was airlifted to hospital.", TUE, "Sunday"),
    # "By" and a time opening a sentence in the past perfect: when its state held, not a
    # deadline (a deadline still dates nothing).
    ("By Tuesday lunchtime the email had leaked to a radio station.", TUE, "Tuesday"),
    ("By Friday, more than 200 people had been evacuated.", TUE, "Friday"),
    # A possessive's time is its noun's, below a time of the verb.
    ("Nominations for next year's awards will open in September.", TUE, "September"),
    ("Next week's final was moved to a stadium in Leeds on Monday.", TUE, "Monday"),
    (
        "Putting the show in jeopardy was this week's announcement that ballots will be mailed "
        "on Jan. 2.",
        TUE,
        "this week",
    ),
    (
        "Wednesday's shallow quake hit at 7:48 am (2248 GMT Tuesday) just off the coast.",
        TUE,
        "Wednesday",
    ),
    # A deadline naming its hour before its day dates nothing (TempEval-3 development,
    # wsj_0542); "By" an hour or a day opening a state going on is when it held (ECB+
    # development, 33_5ecb; a written near shape).
    ("Dow Jones extended its tender offer until 5 p.m. EST, Nov. 6.", date(1989, 10, 30), None),
    ("The company extended the offer until 11:59 p.m. on Nov. 6.", date(1989, 10, 30), None),
    ("Bids must be submitted by 5 p.m. Friday.", TUE, None),
    ("Applications must be in by noon on Friday.", TUE, None),
    ("Shareholders have until midnight Friday to tender their shares.", TUE, None),
    ("By 5:00pm Monday, selection was winding down for the day.", TUE, "5:00pm"),
    ("By Friday, crews were still searching the rubble.", TUE, "Friday"),
    ("The quake struck at 5 p.m. on Friday.", TUE, "5 p.m."),
    ("He had promised to repay the loan by Friday.", TUE, None),
    ("Bids must be submitted by Friday.", TUE, None),
    # The date a deferral moves something to, its object between, is not the deferral's.
    (
        "The studio pushed back the release of the sequel by a year to February 2026, it said "
        "on Monday.",
        date(2024, 1, 15),
        "Monday",
    ),
    ("He postponed his trip to Paris in May.", TUE, "May"),
    # "pushed" alone, and a new date told "this time" after a comma (written probe sentences).
    (
        "The opening of the terminal has been delayed again, this time to June 2015, the "
        "authority said yesterday.",
        date(2013, 10, 22),
        "yesterday",
    ),
    ("The launch was pushed to March 2014, the company said on Monday.", TUE, "Monday"),
    # A state told in the present after a happening of a day: that day, however long the
    # happening's clause (a written probe sentence).
    (
        "The match is level at 4-4 after the Russian won the eighth game on Monday night.",
        date(1995, 3, 14),
        "Monday night",
    ),
    # What was done to the subject, a passive gerund after "after", dates the state it left.
    (
        "A man is in hospital after being stabbed in a park on Saturday night.",
        TUE,
        "Saturday night",
    ),
    ("Ahmed told reporters on Monday that he was innocent.", TUE, "Monday"),
    (
        "O'Brien, fired on June 8, is seeking up to $6 million in a breach-of-contract suit "
        "against Ohio State.",
        date(2005, 5, 16),
        None,
    ),
    # What holds since a time, "going back to" it as "since" it, is dated by nothing there
    # (ECB+ development).
    (
        "The FLDS communities in northern Arizona and southern Utah have strong, deep roots to "
        "the region going back to the mid-19th century.",
        date(2010, 6, 12),
        None,
    ),
    # A dividend's payment and record dates are set by the declaration, not its time; but they
    # are the time of a dividend told to be payable (TempEval-3 development articles).
    (
        "ONEIDA Ltd. declared a 10% stock dividend, payable Dec. 15 to stock of record Nov. 17.",
        date(1989, 10, 26),
        None,
    ),
    (
        "CAMBREX Corp., Bayonne, N.J., declared its initial quarterly of five cents a share, "
        "payable Dec. 1 to stock of record Nov. 10.",
        date(1989, 10, 26),
        None,
    ),
    (
        "The reduced dividend is payable Jan. 2 to stock of record Dec. 15.",
        date(1989, 11, 2),
        "Jan. 2",
    ),
    # A description of the subject set off by commas: its time is the description's.
    (
        "Mrs. Chamorro, the widow of a newspaper publisher assassinated in 1978, will take "
        "office on April 25.",
        date(1990, 2, 27),
        "April 25",
    ),
    # A participle with its agent after the verb's object: its year is the noun's past.
    (
        "The Bush administration said it would move quickly to lift the trade embargo "
        "imposed by the United States in May 1985.",
        date(1990, 2, 27),
        None,
    ),
    ("Police arrested a man wanted by the FBI on Tuesday.", date(1990, 2, 27), "Tuesday"),
    # So with a participle not made with "-ed": "set", "held", "won".
    ("He took 38 seconds off the mark set by Peter Kiprotich in 1997.", date(2009, 4, 27), None),
    ("She broke the record held by her coach since 2004.", date(2009, 4, 27), None),
    # And with the noun's figure between the noun and its participle (a probe article, a
    # marathon story of 29 September 2003).
    (
        "Korir, who was supposed to drop out at 30km, kept going and finished one second behind "
        "Tergat, also inside the old record of 2:05:38 set by Khalid Khannouchi of the United "
        "States in London in April 2002.",
        date(2003, 9, 29),
        None,
    ),
    # A month naming a contract is no time: "January contracts", "for January delivery".
    ("January contracts for heating oil fell 1.2 cents.", date(1998, 12, 11), None),
    ("Crude oil for January delivery fell 42 cents to $10.82 a barrel.", date(1998, 12, 11), None),
    # What "is due" on a date is scheduled for it; notes "due" a year mature then.
    ("The company's next earnings report is due July 29.", date(2025, 5, 21), "July 29"),
    ("The notes due 2025 were priced at par.", date(2023, 5, 21), None),
    # A date a time was moved to is the one set, not the moving's (TempEval-3 development);
    # "moved to" a place, or a date after "on", is the happening's own.
    (
        "A C$30-a-share bid by Ciba-Geigy Ltd. and Chiron Corp. was extended to Nov. 16.",
        date(1989, 10, 30),
        None,
    ),
    # The same in a headline's capitals, and with white space running to a line's end.
    (
        "A C$30-a-Share Bid by Ciba-Geigy Ltd. and Chiron Corp. Was Extended To Nov. 16",
        date(1989, 10, 30),
        None,
    ),
    (
        "CAMBREX Corp. declared its initial quarterly of five cents a share, PAYABLE\nDec. 1.",
        date(1989, 10, 26),
        None,
    ),
    (
        "Two rival bidders for Connaught BioSciences extended their offers to acquire the "
        "Toronto-based vaccine manufacturer Friday.",
        date(1989, 10, 30),
        "Friday",
    ),
    (
        "He was given two five-years-to-life terms and moved to Utah state prison in 2007.",
        TUE,
        "2007",
    ),
    (
        "Since Russia invaded Ukraine on February 24, the US and its allies have imposed a "
        "series of punitive financial sanctions on Russia.",
        TUE,
        None,
    ),
    (
        "Pentagon press secretary John Kirby said on Tuesday that the aid approved on Feb. 26 "
        "was delivered.",
        TUE,
        "Tuesday",
    ),
    (
        "The United States is considering increasing its presence in Europe, President Joe "
        "Biden said on Tuesday, before NATO leaders met in Madrid for a historic summit "
        "(29 June).",
        WED,
        "Tuesday",
    ),
    (
        "Since shortly before the Russian invasion in late February, the United States has "
        "increased its presence in Europe.",
        WED,
        None,
    ),
    (
        "The plans announced on Wednesday extend the deployment since Russia's invasion of "
        "Ukraine in February.",
        WED,
        "Wednesday",
    ),
    ("On Monday, Stoltenberg announced a massive increase.", WED, "Monday"),
    # "before"/"after" right before a time is a preposition of time (ECB+ development).
    (
        "Jose Luis Orozco was arrested just before midnight yesterday, near where the shooting "
        "ocurred in Hawaiian Gardens.",
        WED,
        "midnight",
    ),
    (
        "Half of the roof at the entrance of the store collapsed during the blaze, shortly "
        "after 06:00 BST on Sunday.",
        WED,
        "06:00 BST",
    ),
    (  # the one day named, of what the death followed: the death's too
        "A deputy died after a shooting Friday afternoon in Hawaiian Gardens, according to "
        "the sheriff's department.",
        WED,
        "Friday afternoon",
    ),
    ("The index fell 2% after Friday's plunge in New York.", WED, None),
    ("After talks on Monday, the ministers signed the accord on Tuesday.", TUE, "Tuesday"),
    ("The strikes, which began on Monday, continued on Wednesday.", WED, "Wednesday"),
    ("In March, the ministers met on March 8 in Brussels.", TUE, "March 8"),
    ("The aid must arrive by Friday.", TUE, None),
    ("The war has lasted three years.", TUE, None),
    ("NATO is more needed now than it ever has been.", WED, None),
    ("Recently, officials met in Paris.", TUE, None),
    ("Over the weekend, they were joined by Senator Joe Manchin.", TUE, "the weekend"),
    ("As NATO leaders met in Madrid on Wednesday, Russian forces pressed on.", WED, None),
    ("Russian forces struck targets in the Mykolaiv area on Wednesday.", WED, "Wednesday"),
    ("The Pentagon said troops arrived in Poland on Monday.", TUE, "Monday"),
    ("Last week, the Kremlin presented a list of hostile countries.", TUE, "Last week"),
    # A figure compared with another day's or another year's: not the event's time.
    (
        "In late New York trading the dollar was at 1.8400 marks and 142.10 yen compared with "
        "1.8353 marks and 141.52 yen Wednesday.",
        date(1989, 10, 27),
        None,
    ),
    (
        "Sales in the latest period were $1.76 billion, a 13% increase from last year's "
        "$1.55 billion.",
        date(1989, 11, 2),
        None,
    ),
    # The only day named is that of what the happening followed, told as a noun phrase: the
    # happening is of that day too. A clause with its own verb, or a second day, keeps it apart.
    (
        "A Los Angeles County sheriff's deputy died after a shooting Saturday afternoon in "
        "Hawaiian Gardens, according to the sheriff's department.",
        date(2005, 6, 26),
        "Saturday afternoon",
    ),
    ("Two men were arrested following a police chase on Monday.", TUE, "Monday"),
    ("The talks resumed on Tuesday after a break on Monday.", TUE, "Tuesday"),
    ("The minister resigned after he was questioned on Monday.", TUE, None),
    # A phrase opening the sentence, a longer noun phrase with a place in it, its time before
    # the comma: the main clause is of that day (ECB+ development, 32_3ecb). Not further in
    # the sentence, a longer phrase ("denied arson following a fire … early on Sunday": the
    # denial is not of the fire's day), nor a clause ("After the company announced …,").
    (
        "Following his arraignment in New Bedford District Court today, Mr. Gomes was ordered "
        "held without bail.",
        date(2013, 6, 10),
        "today",
    ),
    (
        "After a long meeting at the State Department on Monday, the ministers signed the accord.",
        TUE,
        "Monday",
    ),
    (
        "A man has denied arson following a fire at a Somerset supermarket early on Sunday.",
        TUE,
        None,
    ),
    ("After the company announced its results on Monday, shares fell.", TUE, None),
    ("Prices have risen since a frost in early March.", TUE, None),
    # "before" a court or a committee, after a verb of appearing, is a place, not a clause.
    (
        "Robert Pitman, 24, from the town is due to appear before Taunton Deane Magistrates' "
        "Court on Tuesday.",
        date(2013, 7, 22),
        "Tuesday",
    ),
    ("The banker testified before the Senate banking committee on Monday.", TUE, "Monday"),
    ("The minister resigned before the vote on Monday.", TUE, None),
    # A period told as a noun's modifier gives way to a time told after its preposition; alone,
    # it governs.
    (
        "The bakery said it will publish third-quarter sales in early November.",
        TUE,
        "early November",
    ),
    (
        "The bakery posted a 10% rise in third-quarter sales.",
        TUE,
        "third-quarter",
    ),
    # A bare "before" or "after", an adverb, opens no clause: the time after it governs; one
    # that opens a clause or names a time keeps it from governing.
    (
        "The club has sold its stadium only once before -- to a bank in 1975.",
        TUE,
        "1975",
    ),
    (
        "The plant had flooded once before (in March 2019) and was rebuilt.",
        TUE,
        "March 2019",
    ),
    (
        "The club sold the land before the council voted in 1975.",
        TUE,
        None,
    ),
    # A clause head after the conjunction that opens the sentence is a clause head too: the
    # main clause's own time governs (TempEval-3 development, wsj_0127).
    (
        "And while there was no profit this year from discontinued operations, last year they "
        "contributed #34 million, before tax.",
        date(1989, 11, 2),
        "last year",
    ),
    # ... and where it holds the sentence's only time, a "when" clause opening the sentence
    # sets the time of the main clause, which has none of its own.
    (
        "But when the talks resumed in March, the two sides agreed on a date.",
        TUE,
        "March",
    ),
    # A charge told in the present or the perfect holds now: the time after its gerund is the
    # act's, not the charge's (ECB+ development articles); told in the past, the charge keeps
    # the time it names, and a time of the charge's own governs.
    (
        "Sixty-year-old Sharron Diane Crawford Smith is now accused of murdering two women at a "
        "Staunton ice cream store in 1967.",
        date(2010, 9, 10),
        None,
    ),
    (
        "Lopez is accused of spraying 13 shots on a Friday afternoon, just as schools were "
        "being let out.",
        date(2013, 4, 5),
        None,
    ),
    (
        "In 2005, Gomes was convicted of beating Mendes.",
        date(2013, 6, 10),
        "2005",
    ),
    (
        "Guillermo Hernandez and Carlos Velasquez were arrested Friday, charged with killing "
        "Juan Abel Escalante last summer, said Chief of Detectives Charlie Beck.",
        date(2009, 5, 15),
        "Friday",
    ),
    # A time reaching now or ahead, told as a noun's possessive after a verb told in the past,
    # is the noun's (TempEval-3 development); after a copula the noun is the happening, and a
    # past day's possessive is the verb's occasion (ECB+ development).
    (
        "Meanwhile, as VOA West Africa Correspondent Purnell Murdock reports, General Abacha's "
        "supporters began a two day rally in the capital, Abuja, to urge him to compete in this "
        "year's election.",
        date(1998, 3, 3),
        None,
    ),
    (
        "Putting the show in jeopardy, however, was this week's announcement by SAG that strike "
        "authorization ballots will be mailed to its 120,000 members.",
        date(2013, 7, 29),
        "this week",
    ),
    (
        "Dozens of deputies-many in uniform-packed the court for Thursday's sentencing, just as "
        "they had every day of the trial.",
        date(2007, 2, 4),
        "Thursday",
    ),
    # "And" before no clause head changes nothing.
    (
        "And the board met on Friday to approve the sale.",
        TUE,
        "Friday",
    ),
    # A sentence opened by "When" or "Once" whose only time is that clause's: the main clause is
    # of that time too; not a condition ("If …") nor a concession ("While …") (ECB+
    # development articles).
    (
        "When the Saints (11-5) open the playoffs in Seattle (7-9) on Saturday, the only "
        "remaining healthy running backs from their regular season roster will be Reggie Bush "
        "and Julius Jones.",
        date(2011, 1, 6),
        "Saturday",
    ),
    (
        "When Orozco returns to court on May 3, Perlo and Yanes will argue for a mistrial.",
        date(2007, 1, 30),
        "May 3",
    ),
    (
        "If the vote passes on Friday, the company will have 5,000 employees.",
        date(2011, 1, 6),
        None,
    ),
    (
        "While no one ever wants to see a repeat of Michael Moore's rant in 2001, it's the "
        "snippy, daring jokes that are remembered.",
        date(2013, 8, 2),
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "anchor", "expected"), SENTENCES)
def test_governing(sentence: str, anchor: date, expected: str | None) -> None:
    timexes = tag(sentence, anchor)
    found = governing(sentence, 0, len(sentence), timexes)
    assert (found.text if found else None) == expected


def test_only_expressions_inside_the_sentence_count() -> None:
    text = "Troops left on Monday. NATO said it would respond. The talks resumed on Friday."
    timexes = tag(text, TUE)
    second = text.index("NATO")
    assert governing(text, second, text.index(" The talks"), timexes) is None
    third = text.index("The talks")
    found = governing(text, third, len(text), timexes)
    assert found is not None and found.value == "2022-03-04"


def test_no_timexes_means_none() -> None:
    assert governing("Nothing happened.", 0, 17, []) is None
