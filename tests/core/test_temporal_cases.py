"""Table of news phrasings: each time expression's extent, TIMEX3 value and precision."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from viewer.core.temporal import Timex, tag

# Anchors (publication dates) of different shapes.
TUE = date(2022, 3, 8)  # a Tuesday, ISO week 10
TUE_NOV = date(2022, 11, 29)  # a Tuesday, ISO week 48
WED = date(2022, 6, 29)  # a Wednesday
LEAP = date(2024, 2, 29)  # a Thursday in a leap year
NEWYEAR = date(2023, 1, 1)  # a Sunday, still ISO week 2022-W52
EVE = date(2022, 12, 31)  # a Saturday
W53 = date(2021, 1, 4)  # a Monday after the ISO year 2020 with 53 weeks
THU53 = date(2020, 12, 31)  # a Thursday in 2020-W53
MONTHEND = date(2022, 1, 31)  # a Monday at a month's end

D, W, M, Y, R, N = "day", "week", "month", "year", "range", None

# (text, anchor, expected extent, expected value, expected precision)
CASES: list[tuple[str, date, str, str, str | None]] = [
    # Weekdays: past reporting looks back (the same day included), future looks ahead.
    ("The Pentagon announced the deployment on Monday.", TUE, "Monday", "2022-03-07", D),
    ("NATO foreign ministers met in Bucharest on Tuesday.", TUE_NOV, "Tuesday", "2022-11-29", D),
    ("The ministers will meet again on Friday.", TUE, "Friday", "2022-03-11", D),
    ("Officials said Sunday that talks had stalled.", TUE, "Sunday", "2022-03-06", D),
    # A time that opens the clause after a comma takes that clause's tense, not the one of the
    # phrase before the comma (a real sentence, Greece 2013: "would spread" is no plan).
    (
        "Fearful that the revolt would spread, on Nov. 17 the police moved in with tanks.",
        TUE,
        "Nov. 17",
        "2021-11-17",
        D,
    ),
    ("The minister said, on Friday he will announce the plan.", TUE, "Friday", "2022-03-11", D),
    ("He promised he would meet them, on Friday.", TUE, "Friday", "2022-03-11", D),
    ("The vote is due to take place on Thursday.", TUE, "Thursday", "2022-03-10", D),
    (
        "A spokesman told CNN late Tuesday that batteries would move.",
        TUE,
        "late Tuesday",
        "2022-03-08",
        D,
    ),
    ("Stoltenberg told reporters on Tuesday evening.", WED, "Tuesday evening", "2022-06-28", D),
    ("The report appeared in the Times Monday morning.", TUE, "Monday morning", "2022-03-07", D),
    ("Russia launched missile strikes on Saturday.", WED, "Saturday", "2022-06-25", D),
    ("He plans to travel to Kyiv on Wednesday.", TUE, "Wednesday", "2022-03-09", D),
    # An agreement to do something at a month: the step agreed on lies ahead (TempEval-3
    # development).
    (
        "First of America, which now has 45 banks and $12.5 billion in assets, announced an "
        "agreement to acquire the Peoria, Ill., bank holding company in January.",
        date(1989, 11, 2),
        "January",
        "1990-01",
        M,
    ),
    # A clause of time told in the past takes the tense of the clause it hangs on.
    ("She said she would resign after the board met on Friday.", TUE, "Friday", "2022-03-11", D),
    (
        "Fans were likely to queue as soon as the gates opened Monday.",
        TUE,
        "Monday",
        "2022-03-14",
        D,
    ),
    ("She resigned after the board met on Friday.", TUE, "Friday", "2022-03-04", D),
    ("The talks collapsed last Friday.", TUE, "last Friday", "2022-03-04", D),
    ("Leaders will gather next Monday in Brussels.", TUE, "next Monday", "2022-03-14", D),
    ("The ceasefire began on Wednesday.", NEWYEAR, "Wednesday", "2022-12-28", D),
    ("Parliament will vote on Monday.", NEWYEAR, "Monday", "2023-01-02", D),
    ("The minister resigned on Thursday.", LEAP, "Thursday", "2024-02-29", D),
    ("Markets fell sharply on Friday.", W53, "Friday", "2021-01-01", D),
    ("The board is meeting on Friday to decide.", TUE, "Friday", "2022-03-11", D),
    # No verb near the date: the nearest further back in its sentence decides (short web
    # news, ECB+ development articles).
    (
        "An arrest will not affect the playing status of San Diego Chargers wide receiver "
        "Vincent Jackson for Sunday's divisional playoff game at Pittsburgh.",
        date(2009, 2, 4),
        "Sunday",
        "2009-02-08",
        D,
    ),
    (
        "Escalante was shot outside his boyhood home in the 3400 block of Thorpe Street in "
        "Cypress Park while on his way to work at the Men's Central Jail early Aug. 2.",
        date(2005, 6, 26),
        "Aug. 2",
        "2004-08-02",
        D,
    ),
    (
        "T-Mobile confirmed in an email that its business customers will have the opportunity "
        "to register for the device starting next week on April 29th.",
        date(2013, 4, 24),
        "April 29th",
        "2013-04-29",
        D,
    ),
    # A date that follows "expected on" lies ahead: the filing is tomorrow's.
    (
        "A filing with the district attorney's office was expected on Monday, and officials "
        "said releasing details could put the case at risk.",
        date(2005, 6, 26),
        "Monday",
        "2005-06-27",
        D,
    ),
    ("On Monday, Stoltenberg announced a massive increase.", WED, "Monday", "2022-06-27", D),
    ("Then, on Tuesday, Turkey agreed to lift its opposition.", WED, "Tuesday", "2022-06-28", D),
    ("The bill was signed Saturday night.", TUE, "Saturday night", "2022-03-05", D),
    (
        "Biden announced on Tuesday that the US would base two destroyers.",
        WED,
        "Tuesday",
        "2022-06-28",
        D,
    ),
    ("Russian forces struck targets in Mykolaiv on Wednesday.", WED, "Wednesday", "2022-06-29", D),
    ("The general arrived in Warsaw early Sunday.", TUE, "early Sunday", "2022-03-06", D),
    (
        "Talks are scheduled for Thursday afternoon.",
        MONTHEND,
        "Thursday afternoon",
        "2022-02-03",
        D,
    ),
    ("The embassy reopened Monday.", MONTHEND, "Monday", "2022-01-31", D),
    ("The museum is closed on Mondays.", TUE, "Mondays", "XXXX-WXX-1", N),
    # Days named from the anchor.
    ("“Today I’m announcing new deployments,” the president said.", WED, "Today", "2022-06-29", D),
    ("The troops arrived yesterday.", TUE, "yesterday", "2022-03-07", D),
    # "today" with the weekday that names it: the writer's today, on or before the story's date.
    ("Residents began returning at 10am today, Saturday.", TUE, "today", "2022-03-05", D),
    ("The focus for today [Sunday] has been safety.", TUE, "today", "2022-03-06", D),
    ("Talks resume today (Tuesday) in Geneva.", TUE, "today", "2022-03-08", D),
    # Days of one month listed together: the span from the first to the last.
    (
        "The walkouts will take place on August 10, 11, 17 and 18.",
        TUE,
        "August 10, 11, 17 and 18",
        "2022-08-10/2022-08-18",
        R,
    ),
    (
        "Strikes on 10, 11, 17 and 18 August will hit flights.",
        TUE,
        "10, 11, 17 and 18 August",
        "2022-08-10/2022-08-18",
        R,
    ),
    ("It happened on March 3, and 12 people died.", TUE, "March 3", "2022-03-03", D),
    # A quotation that opens on the word is speech, not a title.
    ("“Tomorrow we will vote,” he said.", TUE, "Tomorrow", "2022-03-09", D),
    ("The troops arrived yesterday.", NEWYEAR, "yesterday", "2022-12-31", D),
    ("The vote is tomorrow.", EVE, "tomorrow", "2023-01-01", D),
    ("Officials confirmed the deal yesterday.", LEAP, "yesterday", "2024-02-28", D),
    ("Talks continue tomorrow morning.", LEAP, "tomorrow morning", "2024-03-01", D),
    (
        "The decision came the day before yesterday.",
        TUE,
        "the day before yesterday",
        "2022-03-06",
        D,
    ),
    ("My message at today's NATO meeting is simple.", TUE_NOV, "today", "2022-11-29", D),
    ("Leaders will address the nation tonight.", TUE, "tonight", "2022-03-08TNI", D),
    ("Explosions were heard in Kyiv last night.", MONTHEND, "last night", "2022-01-30TNI", D),
    ("The minister spoke this morning.", TUE, "this morning", "2022-03-08TMO", D),
    # "overnight" told as when a thing happened is last night.
    ("Two planes arrived from Italy overnight.", TUE, "overnight", "2022-03-07TNI", D),
    ("Rebels shelled the town overnight, officials said.", TUE, "overnight", "2022-03-07TNI", D),
    # References without a calendar interval.
    ("NATO is more needed now than it ever has been.", WED, "now", "PRESENT_REF", N),
    ("The alliance is currently reviewing its plans.", TUE, "currently", "PRESENT_REF", N),
    ("The company recently opened an office in Warsaw.", TUE, "recently", "PAST_REF", N),
    ("Russia was previously classified as a partner.", WED, "previously", "PAST_REF", N),
    ("Allies had worried in the past about US engagement.", TUE, "the past", "PAST_REF", N),
    ("Such attacks could become common in the future.", TUE, "the future", "FUTURE_REF", N),
    ("Officials expect a decision soon.", TUE, "soon", "FUTURE_REF", N),
    ("These days, few analysts agree.", TUE, "These days", "PRESENT_REF", N),
    ("As he said earlier, the talks failed.", TUE, "earlier", "PAST_REF", N),
    (
        "For now, the White House has resisted calls for a no-fly zone.",
        TUE,
        "now",
        "PRESENT_REF",
        N,
    ),
    ("The plan is at present under review.", TUE, "present", "PRESENT_REF", N),
    ("Lately the shelling has intensified.", TUE, "Lately", "PAST_REF", N),
    ("Talks may resume in the near future.", TUE, "the near future", "FUTURE_REF", N),
    # Weeks, months, years and weekends relative to the anchor.
    (
        "Last week, the Kremlin presented a list of hostile countries.",
        TUE,
        "Last week",
        "2022-W09",
        W,
    ),
    ("The carrier was in the Aegean Sea this week.", TUE, "this week", "2022-W10", W),
    ("Ministers will meet next week.", TUE, "next week", "2022-W11", W),
    ("Prices rose last month.", TUE, "last month", "2022-02", M),
    ("The deal will be signed this month.", TUE, "this month", "2022-03", M),
    ("Elections are planned next month.", EVE, "next month", "2023-01", M),
    ("Growth slowed last year.", NEWYEAR, "last year", "2022", Y),
    ("The army will expand next year.", TUE, "next year", "2023", Y),
    ("Inflation hit a record this year.", TUE, "this year", "2022", Y),
    ("The vaccine rollout began last week.", W53, "last week", "2020-W53", W),
    ("Cases rose this week.", THU53, "this week", "2020-W53", W),
    ("Schools reopen next week.", THU53, "next week", "2021-W01", W),
    ("Just last week, NATO allies conducted an exercise.", TUE_NOV, "last week", "2022-W47", W),
    ("Troops arrived earlier this month.", TUE, "earlier this month", "2022-03", R),
    ("The summit will be held later this year.", TUE, "later this year", "2022", R),
    ("Talks may resume early next week.", TUE, "early next week", "2022-W11", R),
    ("The plant closed late last year.", TUE, "late last year", "2021", R),
    ("Sales should recover by the end of the year.", TUE, "the end of the year", "2022", R),
    ("Profits fell last quarter.", TUE, "last quarter", "2021-Q4", R),
    ("Profits grew this quarter.", WED, "this quarter", "2022-Q2", R),
    ("Rates rise at the start of next month.", TUE, "the start of next month", "2022-04", R),
    ("The previous week had been calm.", TUE, "The previous week", "2022-W09", W),
    (
        "Over the weekend, they were joined by Senator Manchin.",
        TUE,
        "the weekend",
        "2022-W09-WE",
        R,
    ),
    ("Protests spread over the weekend.", TUE_NOV, "the weekend", "2022-W47-WE", R),
    ("The talks will continue over the weekend.", TUE, "the weekend", "2022-W10-WE", R),
    ("Fighting continued this weekend.", NEWYEAR, "this weekend", "2022-W52-WE", R),
    ("Stores were busy last weekend.", TUE, "last weekend", "2022-W09-WE", R),
    ("Riots broke out this past weekend.", TUE, "this past weekend", "2022-W09-WE", R),
    ("Over the weekend the talks broke down.", EVE, "the weekend", "2022-W52-WE", R),
    # Counted back from the anchor.
    ("The attack happened three days ago.", TUE, "three days ago", "2022-03-05", D),
    ("Two weeks ago, Russia invaded.", TUE, "Two weeks ago", "2022-W08", W),
    ("The law passed a year ago.", TUE, "a year ago", "2021", Y),
    ("Six months ago the plan was shelved.", TUE, "Six months ago", "2021-09", M),
    ("The village was destroyed years ago.", TUE, "years ago", "PAST_REF", N),
    # A count's digits are all of its number: not "000 years ago" (this year) in "86,000".
    ("A woman who lived 86,000 years ago.", TUE, "years ago", "PAST_REF", N),
    ("The temple was built 2,500 years ago.", TUE, "years ago", "PAST_REF", N),
    ("He left 10 days ago.", LEAP, "10 days ago", "2024-02-19", D),
    ("The scheme ended a decade ago.", TUE, "a decade ago", "2012", Y),
    ("A few weeks ago the front was quiet.", TUE, "A few weeks ago", "PAST_REF", N),
    # "exactly" makes it an anniversary: that very day.
    ("The rampage happened exactly two years ago.", TUE, "two years ago", "2020-03-08", D),
    ("The law passed exactly a year ago.", LEAP, "a year ago", "2023-02-28", D),
    ("The plant closed exactly three weeks ago.", TUE, "three weeks ago", "2022-02-15", D),
    # "in N units": a date when it lies ahead, a duration otherwise.
    ("The first shipments will arrive in two weeks.", TUE, "two weeks", "2022-W12", W),
    # A rank counted over a span back to now, whatever the tense around it.
    ("Cheeks will be the fifth coach in four years.", TUE, "four years", "P4Y", N),
    ("The cuts, the second round of layoffs in a year, will hit Europe.", TUE, "a year", "P1Y", N),
    ("The most expensive phone will go on sale in two weeks.", TUE, "two weeks", "2022-W12", W),
    ("The ruling will come in three days.", TUE, "three days", "2022-03-11", D),
    ("Russian forces captured the town in three days.", TUE, "three days", "P3D", N),
    ("Elections will be held in six months.", TUE, "six months", "2022-09", M),
    # Durations.
    ("The war has lasted three years.", TUE, "three years", "P3Y", N),
    ("Inflation doubled over the past week.", TUE, "the past week", "P1W", R),
    ("Prices rose in the past three years.", TUE, "the past three years", "P3Y", R),
    ("Troops will rotate over the next two weeks.", TUE, "the next two weeks", "P2W", R),
    ("Leaders attended a two-day summit.", TUE, "two-day", "P2D", N),
    ("The 24-hour ceasefire collapsed.", TUE, "24-hour", "PT24H", N),
    ("The strikes went on for weeks.", TUE, "weeks", "PXW", N),
    ("NATO has waited for months.", TUE, "months", "PXM", N),
    ("The vote took several hours.", TUE, "several hours", "PTXH", N),
    ("He served a decade in office.", TUE, "a decade", "P1DE", N),
    ("Troops must leave within 48 hours.", TUE, "48 hours", "PT48H", N),
    ("More arrivals are expected in the coming weeks.", TUE, "the coming weeks", "PXW", N),
    ("After a few days of talks, they agreed.", TUE, "a few days", "PXD", N),
    ("Shelling has intensified in the past few months.", TUE, "the past few months", "PXM", N),
    ("Russia responded with weeks of strikes on the grid.", TUE_NOV, "weeks", "PXW", N),
    ("Stockpiles could run out in weeks.", TUE, "weeks", "PXW", N),
    ("It was delivered in five days.", TUE, "five days", "P5D", N),
    ("The siege lasted 30 days.", TUE, "30 days", "P30D", N),
    ("A seven-month campaign followed.", TUE, "seven-month", "P7M", N),
    # Recurrences.
    ("Aircraft conduct daily patrols over the Baltic.", TUE, "daily", "P1D", N),
    ("NATO leaders hold their annual summit in Madrid.", WED, "annual", "P1Y", N),
    ("The council meets every week.", TUE, "every week", "P1W", N),
    ("Inspectors visit every Monday.", TUE, "every Monday", "XXXX-WXX-1", N),
    ("The index is published monthly.", TUE, "monthly", "P1M", N),
    ("The summit is held every two years.", TUE, "every two years", "P2Y", N),
    ("The board reports quarterly.", TUE, "quarterly", "P3M", N),
    # Full dates.
    ("The treaty was signed on 8 March 2022.", NEWYEAR, "8 March 2022", "2022-03-08", D),
    ("The treaty was signed on March 8, 2022.", NEWYEAR, "March 8, 2022", "2022-03-08", D),
    ("The deadline was 2022-03-08.", NEWYEAR, "2022-03-08", "2022-03-08", D),
    (
        "On Tuesday, March 8, 2022, the Pentagon spoke.",
        NEWYEAR,
        "Tuesday, March 8, 2022",
        "2022-03-08",
        D,
    ),
    ("The aid was approved Mar. 8.", WED, "Mar. 8", "2022-03-08", D),
    ("It began on the 5th of May 2021.", TUE, "5th of May 2021", "2021-05-05", D),
    ("Leaders met on June 29th.", WED, "June 29th", "2022-06-29", D),
    ("The attacks of Sept. 11, 2001 changed NATO.", TUE, "Sept. 11, 2001", "2001-09-11", D),
    ("Croatia joined the euro on 1 January 2023.", EVE, "1 January 2023", "2023-01-01", D),
    ("Filed Dec 25 2021 in Kyiv.", TUE, "Dec 25 2021", "2021-12-25", D),
    ("Updated 2022/03/08 at noon.", TUE, "2022/03/08", "2022-03-08", D),
    ("The vote took place on 29 February 2024.", TUE, "29 February 2024", "2024-02-29", D),
    ("Published Monday, 7 March 2022.", TUE, "Monday, 7 March 2022", "2022-03-07", D),
    (
        "The accord dated November 11, 1918 ended the war.",
        TUE,
        "November 11, 1918",
        "1918-11-11",
        D,
    ),
    ("Andre Damon 29 November 2022", TUE_NOV, "29 November 2022", "2022-11-29", D),
    ("date 2022-03-09 What other measures will NATO take?", TUE, "2022-03-09", "2022-03-09", D),
    # Month and day without a year: the year that keeps a past event at or before the anchor.
    ("Russia invaded Ukraine on February 24.", TUE, "February 24", "2022-02-24", D),
    ("The president approved $350 million in aid on Feb. 26.", TUE, "Feb. 26", "2022-02-26", D),
    ("NATO leaders met in Madrid for a summit (29 June).", WED, "29 June", "2022-06-29", D),
    ("The talks collapsed on December 20.", NEWYEAR, "December 20", "2022-12-20", D),
    ("The talks will resume on January 10.", EVE, "January 10", "2023-01-10", D),
    ("Polls open on March 15.", TUE, "March 15", "2022-03-15", D),
    # Told in the past but a week ahead: news gives a day almost a year back its year, so the
    # tense is misread or the day a slip; the day ahead is days off at worst, not a year.
    ("He was arrested on March 15.", TUE, "March 15", "2022-03-15", D),
    ("He was arrested on March 25.", TUE, "March 25", "2021-03-25", D),
    ("Voters will go to the polls on November 8.", TUE, "November 8", "2022-11-08", D),
    ("The ship sank on April 14.", TUE, "April 14", "2021-04-14", D),
    ("The festival starts on 2 January.", EVE, "2 January", "2023-01-02", D),
    ("The vote took place Feb. 29.", LEAP, "Feb. 29", "2024-02-29", D),
    ("The court will rule on Dec. 2.", TUE_NOV, "Dec. 2", "2022-12-02", D),
    ("The offensive began Aug. 29.", TUE_NOV, "Aug. 29", "2022-08-29", D),
    ("On Tuesday, March 8 the ministers met.", NEWYEAR, "Tuesday, March 8", "2022-03-08", D),
    # Months, month-years and parts of them.
    ("Russia invaded Ukraine in February.", WED, "February", "2022-02", M),
    (
        "Since the invasion in late February, the US has sent troops.",
        WED,
        "late February",
        "2022-02",
        R,
    ),
    ("The army withdrew in December.", TUE, "December", "2021-12", M),
    ("Elections are scheduled for October.", TUE, "October", "2022-10", M),
    ("The plan was drafted in March 2022.", NEWYEAR, "March 2022", "2022-03", M),
    ("Fighting escalated in mid-March.", WED, "mid-March", "2022-03", R),
    ("Growth slowed in early 2022.", NEWYEAR, "early 2022", "2022", R),
    ("The pipeline closed at the end of 2021.", TUE, "the end of 2021", "2021", R),
    ("The deal was struck last May.", TUE, "last May", "2021-05", M),
    # Counted from now: the one before last, a count from now, an anniversary to the day.
    ("It happened the year before last.", TUE, "the year before last", "2020", Y),
    ("The plant opens two weeks from now.", TUE, "two weeks from now", "2022-W12", W),
    ("It was a year ago today that the war began.", TUE, "a year ago today", "2021-03-08", D),
    # An anniversary to the month or the week: that month or week of the year then.
    (
        "Fifty years ago this month, workers walked out.",
        TUE,
        "Fifty years ago this month",
        "1972-03",
        M,
    ),
    ("A year ago this week, the bank failed.", TUE, "A year ago this week", "2021-W10", W),
    # A date a thing is pushed back to lies ahead, as one it is postponed to does.
    ("Production has been pushed back to the autumn.", TUE, "autumn", "2022-FA", R),
    ("The sale was pushed back to Friday.", TUE, "Friday", "2022-03-11", D),
    # Pushed to a thing, not to the date: a past push ("pushed to millions of computers").
    (
        "The update, pushed to millions of computers early on Friday, crashed them.",
        TUE,
        "Friday",
        "2022-03-04",
        D,
    ),
    ("The patch was sent to every user on Friday.", TUE, "Friday", "2022-03-04", D),
    # "plan" as a thing acted on ("unveiled plans to"): the main verb's tense dates the day.
    ("The mayor unveiled plans to build homes on Monday.", TUE, "Monday", "2022-03-07", D),
    (
        "The firm set out a plan to cut jobs at a staff meeting on Friday.",
        TUE,
        "Friday",
        "2022-03-04",
        D,
    ),
    ("The mayor plans to open the bridge on Monday.", TUE, "Monday", "2022-03-14", D),
    # "Wednesday week" (British, Irish): a week after the coming Wednesday; "Friday last",
    # "Monday next": the last Friday, the next Monday.
    ("He will appear again on Wednesday week.", TUE, "Wednesday week", "2022-03-16", D),
    ("The match was played on Friday last.", TUE, "Friday last", "2022-03-04", D),
    ("The council meets on Tuesday next.", TUE, "Tuesday next", "2022-03-15", D),
    # The anchor's day in another year: "this day last year", "on this day in 1944".
    ("This day last year, voters went to the polls.", TUE, "This day last year", "2021-03-08", D),
    ("On this day in 1944, the city was freed.", TUE, "this day in 1944", "1944-03-08", D),
    # A time in what was expected lies after the expecting: the nearest, not the last before.
    ("The chain said it expected a strong Christmas.", TUE_NOV, "Christmas", "2022-12-25", D),
    # A past form after a determiner is an adjective, no tense: "the amended bill".
    ("They would debate the amended bill on Monday.", TUE, "Monday", "2022-03-14", D),
    ("He will face the injured champion on Saturday.", TUE, "Saturday", "2022-03-12", D),
    ("Analysts had expected a loss in the first quarter.", TUE, "the first quarter", "2022-Q1", R),
    # Half a decade: "the last half of the '80s" is 1985 to 1989.
    ("The trend of the last half of the '80s went on.", TUE, "the last half of the '80s", "198", R),
    ("Prices rose in the first half of the 1990s.", TUE, "the first half of the 1990s", "199", R),
    # A fortnight is two weeks, as British, Irish and Australian outlets count.
    ("She left the party a fortnight ago.", TUE, "a fortnight ago", "2022-W08", W),
    # "on the 11th" alone: the day of the month the story is in, or the one before it in the
    # past, the one after it ahead.
    ("The mill closed on the 4th.", TUE, "the 4th", "2022-03-04", D),
    ("The vote was held on the 20th.", TUE, "the 20th", "2022-02-20", D),
    ("The vote will be held on the 2nd.", TUE, "the 2nd", "2022-04-02", D),
    # A week of a month is that week, not the whole month.
    (
        "Prices fell the first week of March.",
        TUE,
        "the first week of March",
        "2022-03-01/2022-03-07",
        R,
    ),
    ("It closes the last week of June.", TUE, "the last week of June", "2022-06-24/2022-06-30", R),
    # A weekday of a month is that day, not the next such weekday nor the whole month.
    (
        "The strike begins on the first Monday of April.",
        TUE,
        "first Monday of April",
        "2022-04-04",
        D,
    ),
    (
        "Clocks go forward on the last Sunday in March.",
        TUE,
        "last Sunday in March",
        "2022-03-27",
        D,
    ),
    (
        "Polls open on the second Saturday of May 2023.",
        TUE,
        "second Saturday of May 2023",
        "2023-05-13",
        D,
    ),
    # "the weekend of" a date is the weekend that date names, not the last one.
    ("The fair ran the weekend of March 2-3.", TUE, "March 2-3", "2022-03-02/2022-03-03", R),
    # A day after "this", "last" or "next" and its month is that day, not the whole month.
    ("The film opens this August 2nd in theaters.", TUE, "August 2nd", "2022-08-02", D),
    ("The plant reopened last June 5.", TUE, "June 5", "2021-06-05", D),
    ("Last May 5,000 troops left the base.", TUE, "Last May", "2021-05", M),
    # The month just ended is "last month": named, it is a year back (TempEval-3 development).
    (
        "In addition, 73 soldiers were killed en route to Lebanon when two military "
        "helicopters crashed last February.",
        date(1998, 3, 1),
        "last February",
        "1997-02",
        M,
    ),
    # Two months back or more, it is the one that came last (TempEval-3 development).
    (
        "Unveiled last April, the chip crams 1.2 million transistors on a sliver of silicon.",
        date(1989, 10, 27),
        "last April",
        "1989-04",
        M,
    ),
    (
        "The candy businesses had sales of about $154 million last year, according to a "
        "memorandum distributed by RJR's owner to bankers last December.",
        date(1989, 10, 30),
        "last December",
        "1988-12",
        M,
    ),
    ("The treaty takes effect next January.", TUE, "next January", "2023-01", M),
    # A month of a year named from now: "April last year", "June of last year".
    (
        "In April last year an 8.6-magnitude quake struck 431 kilometres off Banda Aceh.",
        TUE,
        "April last year",
        "2021-04",
        M,
    ),
    (
        "But in June last year, the remaining leadership had a falling out.",
        TUE,
        "June last year",
        "2021-06",
        M,
    ),
    (
        "In January this year, British police officers arrived.",
        TUE,
        "January this year",
        "2022-01",
        M,
    ),
    ("The talks resumed in March of last year.", TUE, "March of last year", "2021-03", M),
    ("Theresa May last year called an election.", TUE, "last year", "2021", Y),
    ("Prices have doubled since May.", TUE, "May", "2021-05", M),
    ("The offensive will begin in June.", TUE, "June", "2022-06", M),
    ("Results are expected in January.", EVE, "January", "2023-01", M),
    ("Sanctions were imposed in September of 2021.", TUE, "September of 2021", "2021-09", M),
    ("The rally was held in March.", TUE, "March", "2022-03", M),
    ("Production resumed in late January.", MONTHEND, "late January", "2022-01", R),
    ("The meeting was in Feb. 2022.", TUE, "Feb. 2022", "2022-02", M),
    # Ranges.
    ("The exercise ran from March 1 to 5.", TUE, "March 1 to 5", "2022-03-01/2022-03-05", R),
    (
        "The summit took place June 28-30, 2022.",
        TUE,
        "June 28-30, 2022",
        "2022-06-28/2022-06-30",
        R,
    ),
    ("Drills were held from 1 to 5 March.", TUE, "1 to 5 March", "2022-03-01/2022-03-05", R),
    (
        "Talks ran between March 1 and March 5.",
        TUE,
        "March 1 and March 5",
        "2022-03-01/2022-03-05",
        R,
    ),
    (
        "Deliveries are expected between June and August.",
        TUE,
        "June and August",
        "2022-06/2022-08",
        R,
    ),
    (
        "The strike lasted from December to February.",
        TUE,
        "December to February",
        "2021-12/2022-02",
        R,
    ),
    ("The mission runs from 2022 to 2024.", TUE, "2022 to 2024", "2022/2024", R),
    # A bare month before a month with its year takes that year.
    (
        "The talks were held in May and June of 1988.",
        date(1989, 12, 4),
        "May and June of 1988",
        "1988-05/1988-06",
        R,
    ),
    (
        "Talks ran from December to February 1990.",
        date(1989, 12, 4),
        "December to February 1990",
        "1989-12/1990-02",
        R,
    ),
    # A weekday and the week named right after it: that weekday of that week.
    ("The council met on Thursday last week.", TUE, "Thursday last week", "2022-03-03", D),
    ("They will meet on Tuesday next week.", TUE, "Tuesday next week", "2022-03-15", D),
    # Weekdays at both ends: one week's days, not a year's (the end was moved a year on).
    (
        "Flights between Tuesday and Sunday were cancelled.",
        date(2025, 12, 11),
        "Tuesday and Sunday",
        "2025-12-02/2025-12-07",
        R,
    ),
    (
        "Tickets for travel between Tuesday and Sunday can be refunded, the airline will say.",
        date(2025, 12, 11),
        "Tuesday and Sunday",
        "2025-12-16/2025-12-21",
        R,
    ),
    (
        "The strike ran from Dec. 9 to Sunday.",
        date(2025, 12, 11),
        "Dec. 9 to Sunday",
        "2025-12-09/2025-12-14",
        R,
    ),
    # Two days in a row after one "on" are the span of both; days apart are two days.
    (
        "Rail workers walked out on Thursday and Friday.",
        date(2024, 3, 10),
        "Thursday and Friday",
        "2024-03-07/2024-03-08",
        R,
    ),
    ("They met on Monday and Thursday.", date(2024, 3, 10), "Monday", "2024-03-04", D),
    (
        "The figures for November and December were revised up.",
        date(2024, 2, 2),
        "November and December",
        "2023-11/2023-12",
        R,
    ),
    ("It rained in May and July.", date(2024, 2, 2), "May", "2023-05", M),
    # A day and month with "next year", "last year" or "this year" after them: that day of
    # that year, not the day and month alone with the year named apart.
    (
        "The law takes effect April 1 next year.",
        date(2024, 4, 4),
        "April 1 next year",
        "2025-04-01",
        D,
    ),
    ("He was born on 5 June last year.", date(2024, 4, 4), "5 June last year", "2023-06-05", D),
    # Years, decades, centuries, seasons, quarters, fiscal years.
    ("Crimea was annexed in 2014.", TUE, "2014", "2014", Y),
    # A schedule word after a past verb is its object, not a plan: the date is behind.
    (
        "He met with the “House Call” host for 2 1/2 hours on Nov. 25.",
        date(2009, 7, 13),
        "Nov. 25",
        "2008-11-25",
        D,
    ),
    # "9/11" is the day of the 2001 attacks, as news names them.
    ("Security has tightened since 9/11.", TUE, "9/11", "2001-09-11", D),
    # The unit before or after the one the story is at, counted from it later.
    ("The year before, prices rose 5%.", TUE, "The year before", "XXXX", N),
    ("The week after, the talks resumed.", TUE, "The week after", "XXXX-WXX", N),
    # A comma ends a year's phrase: the noun after it is not counted by the year.
    ("In 2009, police said they had recovered 80% of the haul.", TUE, "2009", "2009", Y),
    ("In 2010, workers at the plant went on strike.", TUE, "2010", "2010", Y),
    ("In mid-2010, troops began to withdraw.", TUE, "mid-2010", "2010", R),
    ("By the end of 2011, troops had left.", TUE, "the end of 2011", "2011", R),
    ("In nineteen ninety-one, soldiers crossed the border.", TUE, "nineteen ninety-one", "1991", Y),
    ("NATO expanded eastward in the 1990s.", TUE, "the 1990s", "199", R),
    # "the 1800s" is a century, not its first decade; "the 2000s" a decade.
    ("In the late 1800s, the cables were buried.", TUE, "the late 1800s", "18", R),
    ("The mill was built in the early 1900s.", TUE, "the early 1900s", "19", R),
    ("Prices rose through the 2000s.", TUE, "the 2000s", "200", R),
    ("The base was built in the late 1990s.", TUE, "the late 1990s", "199", R),
    ("It was a hit in the '90s.", TUE, "the '90s", "199", R),
    ("Growth was strong in the 2000s.", TUE, "the 2000s", "200", R),
    ("Music of the eighties is back.", TUE, "the eighties", "198", R),
    ("Europe was reshaped in the 20th century.", TUE, "the 20th century", "19", R),
    ("The troops will stay through the summer.", TUE, "summer", "2022-SU", R),
    ("Fuel prices will peak this summer.", TUE, "this summer", "2022-SU", R),
    ("Gas reserves ran low last winter.", TUE, "last winter", "2021-WI", R),
    ("The offensive stalled in the summer of 2021.", TUE, "summer of 2021", "2021-SU", R),
    ("The plant opens in spring 2023.", TUE, "spring 2023", "2023-SP", R),
    ("The offensive will resume in the fall.", TUE, "fall", "2022-FA", R),
    ("The deal was agreed in the autumn.", TUE, "autumn", "2021-FA", R),
    ("Profits rose in the third quarter.", TUE, "the third quarter", "2021-Q3", R),
    # A relative clause after a day tells of its subject now, not of when the day is.
    (
        "The GM move follows Tuesday's declaration by Ford, which holds a 12.45% stake.",
        date(1989, 10, 27),
        "Tuesday",
        "1989-10-24",
        D,
    ),
    # A schedule verb in the plural present after its subject looks ahead; not after a
    # determiner (a noun), a negation or a past verb.
    ("Philadelphia host the Washington Wizards on Saturday.", TUE, "Saturday", "2022-03-12", D),
    ("Voters go to the polls on Sunday.", TUE, "Sunday", "2022-03-13", D),
    # What is on a weekday, in the present, is ahead; what was on one is past.
    ("The vote is on Friday.", TUE, "Friday", "2022-03-11", D),
    ("The vote was on Friday.", TUE, "Friday", "2022-03-04", D),
    ("The deadline is Friday.", TUE, "Friday", "2022-03-11", D),
    # A present of a schedule, singular or plural, before a weekday: ahead.
    ("The ban comes into force on Friday.", TUE, "Friday", "2022-03-11", D),
    ("The president heads to Paris on Sunday.", TUE, "Sunday", "2022-03-13", D),
    ("The summit gets under way on Monday.", TUE, "Monday", "2022-03-14", D),
    ("Ministers gather in Brussels on Thursday.", TUE, "Thursday", "2022-03-10", D),
    ("Hosepipe bans come into force in Kent on Monday.", TUE, "Monday", "2022-03-14", D),
    ("The new rules take effect on Monday.", TUE, "Monday", "2022-03-14", D),
    ("Prices have come down since Monday.", TUE, "Monday", "2022-03-07", D),
    # What is expected or planned on a day, in the present passive, lies ahead.
    ("A decision is expected on Friday.", TUE, "Friday", "2022-03-11", D),
    ("A memorial is planned on Saturday, a friend said.", TUE, "Saturday", "2022-03-12", D),
    ("Protests are planned in Paris on Saturday.", TUE, "Saturday", "2022-03-12", D),
    # Not "head" and "close": nouns and adjectives too ("the NBA head coach", "a close vote").
    (
        "He was the fifth NBA head coach fired after the vote on Saturday.",
        TUE,
        "Saturday",
        "2022-03-05",
        D,
    ),
    ("The strikers went back to work on Sunday.", TUE, "Sunday", "2022-03-06", D),
    (
        "He and Palestinian leader Yasser Arafat meet separately Monday with Albright.",
        date(1998, 5, 1),
        "Monday",
        "1998-05-04",
        D,
    ),
    ("The Saints face the Falcons on Sunday.", TUE, "Sunday", "2022-03-13", D),
    ("The two leaders did not meet on Monday.", TUE, "Monday", "2022-03-07", D),
    ("The team lost face on Sunday.", TUE, "Sunday", "2022-03-06", D),
    ("The host on Saturday was Boston.", TUE, "Saturday", "2022-03-05", D),
    ("They agreed to meet on Monday.", TUE, "Monday", "2022-03-07", D),
    ("Profits will rise in the third quarter.", TUE, "the third quarter", "2022-Q3", R),
    ("Sales fell in the fourth quarter of 2021.", TUE, "the fourth quarter of 2021", "2021-Q4", R),
    ("Revenue grew in Q3 2022.", TUE_NOV, "Q3 2022", "2022-Q3", R),
    ("Output fell in the first half of 2022.", TUE_NOV, "the first half of 2022", "2022-H1", R),
    ("The firm reported fourth-quarter earnings.", TUE, "fourth-quarter", "2021-Q4", R),
    # A fiscal year is the calendar year it is named by (TimeML's value), a range.
    ("Spending rises in fiscal 2023.", TUE, "fiscal 2023", "2023", R),
    ("The FY2024 budget adds ships.", TUE, "FY2024", "2024", R),
    ("Congress passed the 2023 fiscal year budget.", TUE, "the 2023 fiscal year", "2023", R),
    ("The cuts take effect next fiscal year.", TUE, "next fiscal year", "2023", R),
    ("The cuts take effect next fiscal year.", TUE_NOV, "next fiscal year", "2023", R),
    (
        "The mill earned $4 million in the current fiscal year.",
        TUE_NOV,
        "current fiscal year",
        "2022",
        R,
    ),
    ("Early 2023 will bring new deployments.", TUE, "Early 2023", "2023", R),
    ("The alliance was founded in 1949.", TUE, "1949", "1949", Y),
    # Clock times.
    ("The meeting ended at 3 p.m.", TUE, "3 p.m.", "2022-03-08T15:00", D),
    ("Sirens sounded at 10:30am.", TUE, "10:30am", "2022-03-08T10:30", D),
    ("The statement came at 14:30 GMT.", TUE, "14:30 GMT", "2022-03-08T14:30", D),
    ("The convoy left at noon.", TUE, "noon", "2022-03-08T12:00", D),
    ("The meeting ended at 9 a.m. on Monday.", TUE, "9 a.m.", "2022-03-07T09:00", D),
    ("The curfew starts at midnight.", TUE, "midnight", "2022-03-08T24:00", D),
    # Numeric dates: resolved only when a part exceeds 12 (or both readings agree).
    ("Signed 25/12/2021 in Kyiv.", TUE, "25/12/2021", "2021-12-25", D),
    ("Signed 12/25/2021 in Kyiv.", TUE, "12/25/2021", "2021-12-25", D),
    ("Signed 05/05/2022 in Kyiv.", TUE, "05/05/2022", "2022-05-05", D),
    ("Signed 08/03/2022 in Kyiv.", TUE, "08/03/2022", "2022-XX-XX", R),
    ("Posted 31.01.2022 by the ministry.", TUE, "31.01.2022", "2022-01-31", D),
    # Written with dots, a numeric date is day first: "08.03.2022" is 8 March.
    ("Posted 08.03.2022 by the ministry.", TUE, "08.03.2022", "2022-03-08", D),
    # A deadline moved to a date: ahead of the move; a schedule that had been set: either way.
    (
        "Hudson's Bay said it will redeem 9.5 million Series H preferred shares on Oct. 31.",
        date(1989, 10, 27),
        "Oct. 31",
        "1989-10-31",
        D,
    ),
    (
        "A C$30-a-share bid by Ciba-Geigy Ltd. was extended to Nov. 16.",
        date(1989, 10, 27),
        "Nov. 16",
        "1989-11-16",
        D,
    ),
    ("The offer had been set to expire Nov. 6.", date(1989, 11, 2), "Nov. 6", "1989-11-06", D),
    (
        "The offer previously had been scheduled to expire at midnight Friday.",
        date(1989, 10, 30),
        "Friday",
        "1989-10-27",
        D,
    ),
    # A plan that was, told the day after: the nearest Thursday, yesterday's.
    (
        "A second witness had expected to testify in the shooting on Thursday as well.",
        date(2013, 4, 12),
        "Thursday",
        "2013-04-11",
        D,
    ),
    # Years said in words, as broadcast transcripts write them.
    (
        "In nineteen ninety-one Charles Keating was convicted in state court.",
        date(1998, 1, 15),
        "nineteen ninety-one",
        "1991",
        Y,
    ),
    (
        "Keating's convictions were thrown out in nineteen ninety-six on a technicality.",
        date(1998, 1, 15),
        "nineteen ninety-six",
        "1996",
        Y,
    ),
    (
        "January nineteen ninety-seven. Atlanta again.",
        TUE,
        "January nineteen ninety-seven",
        "1997-01",
        M,
    ),
    ("a nineteen ninety-seven attack on a gay lounge", TUE, "nineteen ninety-seven", "1997", Y),
    ("The plant opened in nineteen oh five.", TUE, "nineteen oh five", "1905", Y),
    ("Prices doubled in the nineteen eighties.", TUE, "nineteen eighties", "198", R),
    ("The law was passed in two thousand and three.", TUE, "two thousand and three", "2003", Y),
    # A day or a month with no year, told in the past, days ahead of a month's last days: that
    # day ahead, not the same day almost a year back (TempEval-3, wsj_0586: "the first trading
    # day for November transactions", 30 October 1989). Further ahead, or mid-month, it looks
    # back as before.
    (
        "Dealers placed buy orders to start the first trading day for February transactions.",
        MONTHEND,
        "February",
        "2022-02",
        M,
    ),
    ("They did say after Feb. 4 customers could register.", MONTHEND, "Feb. 4", "2022-02-04", D),
    ("The company said it paid the dividend on Feb. 20.", MONTHEND, "Feb. 20", "2021-02-20", D),
    ("Sales fell in April.", TUE, "April", "2021-04", M),
]


def _find(timexes: list[Timex], extent: str) -> Timex:
    found = [t for t in timexes if t.text == extent]
    assert found, f"{extent!r} not tagged; got {[(t.text, t.value) for t in timexes]}"
    return found[0]


@pytest.mark.parametrize(("text", "anchor", "extent", "value", "precision"), CASES)
def test_case(text: str, anchor: date, extent: str, value: str, precision: str | None) -> None:
    timexes = tag(text, anchor)
    t = _find(timexes, extent)
    assert t.value == value
    assert (None if t.precision is None else str(t.precision)) == precision
    assert text[t.start : t.end] == t.text


def test_there_are_at_least_two_hundred_cases() -> None:
    assert len(CASES) + len(NEGATIVES) >= 200


# Not time expressions: nothing may be tagged in these (text, anchor).
NEGATIVES: list[str] = [
    "The week before last election, he quit.",  # "last" is the election's
    "Poland offered to transfer its MiG-29 fighter jets.",
    "Two additional F-35 fighter aircraft squadrons will be sent.",
    "Or even US surplus F-16s, a simple-to-learn multi-role fighter.",
    "What other measures will NATO implement to help Ukraine? 2:43",
    "The impact of NATO troops in the conflict in Ukraine 1:13",
    "An additional 500 troops will deploy.",
    "NATO's Article 5 doctrine says an attack on one is an attack on all.",
    "A permanent headquarters for the United States Fifth Army Corps in Poland.",
    "The president approved $350 million in military aid.",
    "The president approved \\$350 million in military aid.",
    "About 70 percent of it was delivered.",
    "Russia may decide to attack NATO nations.",
    "May I ask one more question?",
    "The march on Kyiv has stalled.",
    "March on Kyiv stalls as columns run out of fuel.",
    "Protesters will march to parliament.",
    "We have 130 aircraft on high alert.",
    "According to the Sun, the minister resigned.",
    "Mar a Lago was searched.",
    "It was the second time the plan was rejected.",
    "Troops total 14,500 across the region.",
    "They sent 2,000 stinger anti-aircraft missiles.",
    "The number of destroyers will go from four to six.",
    "NATO aims to have as many as 300,000 troops ready.",
    "The biggest ground war since World War II.",
    "A scale not seen since the Cold War.",
    "For details call 202-555-0143 or (212) 555-2020.",
    "The Sunday Times reported the talks.",
    "The Good Friday Agreement was signed decades earlier than that.",
    "The fall of Kabul shocked allies.",
    "The Arab Spring spread across the region.",
    "Both leaders are in their sixties.",
    "A 63-year-old man was injured.",
    "Russia canceled the talks at the last minute.",
    "The unit received 2000 troops and 1990 vehicles.",
    "Jan Egeland said aid was blocked.",
    "The Daily Mail and the Daily Telegraph reported it.",
    "Score: 2-1 after extra time.",
    "It rose to 1,500 people.",
    "He will not spring a surprise.",
    "A hot spring near the base.",
    "Nineteen twenty people were hurt.",
    "Some two thousand troops crossed the border.",
    "Two thousand people marched.",
    "40.3 million people watched, 2% higher than the year before.",
    "The year before last was worse.",
    "He birdied the 11th hole.",
    "The office moved to the 11th floor.",
    "The museum opened on the 11th floor.",
    "Shares were depressed by overnight losses in New York.",
    'She last appeared in "Edge of Tomorrow".',
    "He starred in “The Day After Tomorrow”.",
    "It was no overnight success.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_time_expression(text: str) -> None:
    assert [(t.text, t.value) for t in tag(text, TUE)] == []


def test_extents_are_true_offsets_and_ordered() -> None:
    text = "On Monday, March 7, 2022, the Pentagon said troops left last week; more go in April."
    timexes = tag(text, TUE)
    assert [t.text for t in timexes] == ["Monday, March 7, 2022", "last week", "April"]
    assert all(text[t.start : t.end] == t.text for t in timexes)
    assert all(a.end <= b.start for a, b in itertools.pairwise(timexes))


def test_empty_and_dateless_texts_give_empty_lists() -> None:
    assert tag("", TUE) == []
    assert tag("NATO is strong and united.", TUE) == []


def test_convention_resolves_ambiguous_numeric_dates() -> None:
    text = "Signed 08/03/2022 in Kyiv."
    (flagged,) = tag(text, TUE)
    assert "ambiguous-day-month" in flagged.flags
    assert (flagged.first, flagged.last) == (date(2022, 3, 8), date(2022, 8, 3))
    (dmy,) = tag(text, TUE, convention="dmy")
    assert dmy.value == "2022-03-08"
    (mdy,) = tag(text, TUE, convention="mdy")
    assert mdy.value == "2022-08-03"


def test_relative_and_explicit_expressions_are_told_apart() -> None:
    timexes = {t.text: t for t in tag("On 8 March 2022 it said Monday that Feb. 26 mattered.", TUE)}
    assert not timexes["8 March 2022"].relative
    assert timexes["Monday"].relative
    assert timexes["Feb. 26"].relative


def test_intervals_cover_the_calendar_unit() -> None:
    by_text = {t.text: t for t in tag("Troops left last week and will return in February.", TUE)}
    week = by_text["last week"].date_value()
    assert week is not None and (week.first, week.last) == (date(2022, 2, 28), date(2022, 3, 6))
    month = by_text["February"].date_value()
    assert month is not None and (month.first, month.last) == (date(2023, 2, 1), date(2023, 2, 28))


def test_late_february_covers_the_end_of_the_month() -> None:
    (t,) = tag("The invasion came in late February.", WED)
    assert t.first is not None and t.last == date(2022, 2, 28)
    assert date(2022, 2, 18) <= t.first <= date(2022, 2, 21)
    assert "mod-end" in t.flags


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # Real sentences: ECB+ development (36_8ecbplus) and TempEval-3 shapes.
        (
            "The communities have deep roots going back to the mid-19th century.",
            "1833-01-01",
            "1865-12-31",
        ),
        ("Prices rose in the late 1990s.", "1996-01-01", "1999-12-31"),
        ("Growth slowed in early 2022.", "2022-01-01", "2022-04-30"),
        ("The plant is due to open in late 2023.", "2023-09-01", "2023-12-31"),
        ("Sales peaked in mid-2021.", "2021-05-01", "2021-08-31"),
    ],
)
def test_a_part_of_whole_years_is_cut_at_months_or_years(text: str, first: str, last: str) -> None:
    (value,) = [v for t in tag(text, WED) if (v := t.date_value()) is not None]
    assert (value.first.isoformat(), value.last.isoformat()) == (first, last)


def test_references_and_durations_have_no_date_value() -> None:
    for text in ("It happened recently.", "The war has lasted three years.", "We meet daily."):
        assert all(t.date_value() is None for t in tag(text, TUE)), text


def test_days_listed_after_a_present_copula_all_lie_ahead() -> None:
    found = [(t.text, t.value) for t in tag("The hearings are on Monday and Wednesday.", TUE)]
    assert found == [("Monday", "2022-03-14"), ("Wednesday", "2022-03-09")]


def test_half_a_decade_is_its_five_years() -> None:
    (last,) = tag("the trend of the last half of the '80s", date(1989, 11, 1))
    (first,) = tag("prices rose in the first half of the 1990s", date(1999, 11, 1))
    assert (last.first, last.last) == (date(1985, 1, 1), date(1989, 12, 31))
    assert (first.first, first.last) == (date(1990, 1, 1), date(1994, 12, 31))


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("So far this year, 300 migrants have crossed.", date(2022, 1, 1), TUE),
        ("Sales are up 5% this year to date.", date(2022, 1, 1), TUE),
        ("The index has risen 12% this year so far.", date(2022, 1, 1), TUE),
        ("So far this month, 30 people have died.", date(2022, 3, 1), TUE),
        # As before: the whole unit.
        ("This year, 300 migrants have crossed.", date(2022, 1, 1), date(2022, 12, 31)),
    ],
)
def test_so_far_bounds_the_unit_at_now(text: str, first: date, last: date) -> None:
    """ "So far" or "to date" bounds the unit at the day written, as "earlier" does."""
    (t,) = tag(text, TUE)
    assert (t.first, t.last) == (first, last)
