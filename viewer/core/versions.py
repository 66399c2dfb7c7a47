"""The versions of what makes a timeline from articles: kept results name the version they
were made with, and one made by another version is made again rather than reused.

Light on purpose (no import): the project's keys need these numbers on opening, when the
extractor and the merge themselves need not be loaded. `tests/test_golden_exports.py` fails
when the seeds' extraction or merge changes while its version here stays the same.
"""

from __future__ import annotations

# Bump when extraction changes what it finds, so cached results are not reused.
# (210: a list of more than eight dates or clock times with nothing else between them is not
# tagged, a list telling no happening.)
# (215: a statement told with a verb of saying in the past is not dated on a day ahead.)
# (216: a past form after a determiner, "the amended bill", signals no tense.)
# (217: a count's digits are all of its number: "86,000 years ago" is not this year.)
# (218: "By" and a time opening a sentence in the past perfect dates it: no deadline.)
# (219: ", figures showed on Tuesday" is a report after what it reports, as "reported" is.)
# (220: a "who"/"which" clause of a plan with a time of its own is cut: "who will retire in March".)
# (221: a participle set off by commas holds its noun's time after "from", "to", "for"… too.)
# (222: a lede opening on a time long past retells no headline, with no comma after it too.)
# (223: a report after what it reports may have a participle's comment after it.)
# (224: "has always", as "has long", tells a habit: "Morgan has always maintained his innocence".)
# (225: a participle's day set off after a noun dates a past main clause that names no time.)
# (226: a possessive's time ahead, "next year's awards", ranks below the verb's own time.)
# (227: a report cut after what it reports names no time a count goes on from.)
# (228: a teller's day opening the lede, "Police said Friday …", leaves the lede its earlier day.)
# (229: a happening undone at a later day is cut after ", and" as after "but".)
# (230: "and is due" after a clause told in the past opens a plan cut apart, as "and will".)
# (231: "before" after a verb of appearing puts no coordinated clause's time in a phrase.)
# (232: a small-hours clock time told after an evening the story is at is of the night after.)
# (233: an evening is named by its clock time too: "at 8 p.m.", then "shortly after 1 a.m.".)
# (234: a participle on the subject opening on "of", "for", "with" holds its noun's time.)
# (235: "that" opens a relative clause on the subject as "who" does: "A dog that went missing …")
# (236: "died" is told in the past for a bare date's direction: "who died on Sunday, will …".)
# (237: "is expected/planned on Friday" and plural schedules, "bans come into force", ahead.)
# (238: a plan after "and" cut from a past clause with no time: "got three A*s | and will …".)
# (239: a report may have a cause after it too: "…, officials announced Thursday, after a …".)
# (240: a teller's name set off by commas before "said … that" is no report after what it reports.)
# (241: what "is due" on a date is scheduled for it, no deadline: "The report is due July 29".)
# (242: a clock time told of a plan is of the day ahead the story named: "will begin at 11 a.m.".)
# (243: weekdays at a range's ends are one week's days: "between Tuesday and Sunday".)
# (244: a set of times, "an annual overhaul", is no time of a coordinated clause.)
# (245: "and again" and a time of its own is the happening again: "met on Monday and again on …".)
# (246: "added" and an amount is a figure gained, no statement: "employers added 142,000 jobs".)
# (247: a "when" clause on the main happening's own day, the other time a noun's, is not cut.)
# (248: a weekday and the week named after it is that week's day: "on Thursday last week".)
# (249: a plan told "set for" a time is a plan made public: "The hearing is set for May 14".)
# (250: a plan may count from a named happening ahead: "will close the day before the funeral".)
# (251: a "where" clause in the past after a plan is cut: "will be buried …, where his wife was …".)
# (252: a description of the subject set off by commas holds its own time, not the main clause's.)
# (253: a period a report tells in its "that" clause dates the undated figures after it.)
# (254: a month naming a contract is no time: "January contracts", "for January delivery".)
# (255: a bare month before a month with its year takes that year: "in May and June of 1988".)
# (256: a participle and its agent after the verb's object hold its year: "the embargo imposed …")
# (257: a headline in the present joins its lede in the past: "Dies" / "died", "Wins" / "won".)
# (258: a noun's year gives way to a finer time of a past clause: "A 1929 painting sold Tuesday".)
# (259: a year's first or last months named by count: "the first nine months of 2001".)
# (260: a change measured "on" its base time, British copy: "up 8 per cent on last year".)
# (261: a day in a bracketed conversion to universal time is no time: "(00.00 GMT on Thursday)".)
# (262: "The decision comes three weeks | after …" counts from the news day it tells again.)
# (263: a weekday opening a sentence reads no verb of the sentence before: "Lotto. Saturday's".)
# (264: a football match's clock is a part of play: "in the 17th minute", "deep into added time".)
# (265: a plan after "and" with a subject of its own is cut: "and the second will land on Sunday".)
# (266: "should" and a hope told in the past look ahead: "said it hoped to start in the autumn".)
# (267: a quotation's comparison is no time it was said at: "harder even than Wednesday,' he said".)
# (268: a day named "last week" may be a news day up to 13 days back: "on Tuesday last week".)
# (269: "we are tired", "we're devastated" tell a feeling, no act: a reaction, not news.)
# (270: an irregular participle with its agent after the object holds its year: "the mark set by".)
# (271: "that" and a month's name is that month of the story's year: "That June, it opened".)
# (272: "Since 2001, the race has raised £4m": a count after a fronted "since" is a total.)
# (273: a forecast in the present is no plan: "Fuel prices are likely to rise next month".)
# (274: a date "pushed to", or delayed "again, this time to", is the one set, not the move.)
# (275: "The Commission welcomed the ruling": approval of a happening told is a reaction.)
# (276: a plan after "and" told by "is expected to" is cut as "is due to" is.)
# (277: a state in the present after a happening of a day is of that day: "is level after … won …".)
# (278: ", saying the President signed it last Friday": a reported act of its own time is cut.)
# (279: a time right after "since" bounds a state: no clause is cut out or dated by it.)
# (280: a month or a weekday after "since" is a time, no clause: the main verb after it is found.)
# (281: "Prices have doubled since January": a trend run up since a time is a running total.)
# (282: "admitted he had met Hale … in June 2021": what is reported with no "that" is cut too.)
# (283: "told the Daily Nation": a paper named Daily tells no habit.)
# (284: "as of 9:20 a.m. in London on Tuesday": a clock time and a place before a day are of it.)
# (285: a lede "have now been given": a perfect with an adverb between, an event with its headline.)
# (286: "The men had been held for 11 days": how long a state had lasted is a total.)
# (287: a wire tag before a headline ("UPDATE 2-") is no part of the headline passage.)
# (288: "the decision was made on Monday evening" dates the undated decision of the lede.)
# (289: "Its trade commissioner said …" after "The EU responded on Tuesday": that day.)
# (290: a day after a change "on" ("fell 3% on Monday") dates the change, not its base.)
# (291: "The move came a day | after …": a main piece shorter than a passage still counts back.)
# (292: ", the Presidency said" after a day tells when it was said: a plan before it looks ahead.)
# (293: "welcomed the vote", "welcomed the forecasts": approval of a happening told, a reaction.)
# (294: a statement a paragraph after a flashback, by a speaker it does not name, is of today.)
# (295: "A board meeting has been called for Friday": a day right after "called for" is set, ahead.)
# (296: "and in May a further 8,500 were called back": a figure's comma is no phrase's mark.)
# (297: "and were suspended from trading on Wednesday": a gerund after "from" is no phrase.)
# (298: "a rise in fourth-quarter profit on Tuesday": "in" before a period modifier is no time's.)
# (299: "has fallen … over the past decade", "in the last year": a summary of the period, no event.)
# (300: "cut its forecast for inflation in the second quarter": a forecast's period lies ahead.)
# (301: "Based on today's news, I quit," Chen wrote late Friday: today is the day said.)
# (302: "By midday, security men had locked the gates": a clock time after "By", the news day.)
# (303: a forecast's "for" looks ahead only for a time a few words on, not an old figure's month.)
# (304: a pronoun before a verb of saying names no speaker ("He told Smith"), said once.)
# (305: a feeling's word quoted after the copula (was "devastated") is a felt reaction too.)
# (306: what a thing has, told in the present ("the device features GPS"), describes it.)
# (307: a source's judgement quoted as a name (was "a real coup") is a reaction.)
# (308: what a happening means for someone ("is a setback for") is analysis.)
# (309: "may have trouble … for Sunday's funeral": "have" after a modal, no perfect: ahead.)
# (310: "…, up from 4.9 percent in March": a comparison's base lies before, whatever the verb.)
# (311: "told to expect an all-hands meeting on Monday": what is expected, told now, lies ahead.)
# (312: "since the Sept. 11, 2001, attacks": a full date set off by commas names its noun's time.)
# (313: a year closing a relative clause ("that … imposed in 2021") is its noun's: no flashback.)
# (314: a new speaker's statement a paragraph on ends a flashback: "Straw called for" not 1969.)
# (315: "The union has called for a strike on Monday": a perfect's bidding "to"/"for" is ahead.)
# (316: "has announced plans to close the plant on Friday": a plan made public in the perfect.)
# (317: "The judge set a hearing for Monday": the day a happening is set for, ahead.)
# (318: "The recall, lodged … on Monday" after the recall told: one event, of Monday.)
# (319: "…, the company confirmed on Monday." cut off is a tag; "…," he said on Tuesday goes on.)
# (320: "The USGS said the quake was 35 miles southwest of …": where it was, a passage of it.)
# (321: "He was married about two weeks ago": a rough count back, the days around the day.)
# (322: "the spring of last year", "Spring this year": that season of the counted year.)
# (323: "the old record of 2:05:38 set by … in April 2002": a figure before the participle.)
# (324: ", which has committed $13 billion …, was told": told in the past, not the present.)
# (325: "The junta fell less than a year later": a time counted on in a flashback moves it.)
# (326: authorities with a word before them acting open a step of their own: "Sheriff's deputies")
# (327: closing arguments and opening statements are a trial's step of their own, not a detail)
# (328: "He had 793 yards and six touchdowns on 147 carries": a player's figures, no event.)
# (329: "Smith has served on the board since 2004": a post held up to now, a career's summary.)
# (330: "faces up to 15 years to life if convicted": a closing "if" and participle, only if.)
# (331: "in the second half", "with 14:05 left": a part of the game told before, whatever day.)
# (332: "went through halfway", "in the final two kilometres": a race's stretch, a detail.)
# (333: a line told by a game's time joins the event before only when that is of a day.)
# (334: "his half-brother", "the quarter-final": a word joined after is no part of a game.)
# (335: a step of schooling told with no time of its own, past the lede, is a résumé line.)
# (336: the score as a game ran, "ahead 50-44", "a 7-0 run": a part of play.)
# (337: "was pleased with the result", "disappointed with the ruling": a feeling, a reaction.)
# (338: a reaction joins the last main clause's event, not a side clause's "since … in 2004".)
# (339: "moving the Bluejays along to Saturday's semifinals": a day headed to is the coming one.)
# (340: "within a week of the March 2 sale": from that day to a week after it, not the day.)
# (341: "Results of ... test have not been released": what did not happen, a long subject.)
# (342: the score as a game ran joins the game however sure, "closed to 47-44" no closing.)
# (343: a speech after "… in his remarks:", line by line: passages of that event.)
# (344: "Neither RIM nor T-Mobile has announced U.S. pricing": what did not happen.)
# (345: "After the no-call, …": a word joined before by a hyphen is no verb of speaking.)
# (346: "The announcement was made by …": the act just told, by its noun, not a new one.)
# (347: "It could run into 20 years, he added": a guess carried on is no event.)
# (348: "after 30 minutes of deliberations": how long a jury took is told of its verdict.)
# (349: "Police were called and found the bodies": told again in fewer words is one event.)
# (350: "Bratton asked …" again, no time of its own: the same actor's act told again.)
# (351: "Last season, …" opening a sentence: the seasons before, not the story's day.)
# (352: "The school bus" after "a school bus" in a dated happening: of its day.)
# (353: An account before its source, closed by a participle or with a term quoted.)
# (354: A decision in the headline retold only by a lede telling that decision.)
# (355: Where a quake was centred, when it was recorded: the quake told again.)
# (356: What a happening came a count after, at a time of its own: cut out too.)
# (357: A quotation a speech tells ("Another elderly man said, "…") stays in it.)
# (358: Where a quake began, told with no verb of saying: a passage of it.)
# (359: An undated colon line giving "the following" text: a passage of the lede.)
# (360: "In the morning, …", "By evening, …" opening a sentence: the day the story is at)
# (361: a relative clause's past perfect opens no past-perfect episode)
# (362: a past month goes on into the next paragraph for its actor's action)
# (363: a title's full stop ("Dr. James Andrews") hides no verb from a bare day)
# (364: the commas of a place's state ("Birmingham, Ala.,") set off no phrase)
# (365: what came "during the arrest" is of the arrest's day where the article gives it)
# (366: "declared a state of emergency", a verb of saying acting on a noun: no bare tag)
# (367: "half"/"quarter" as a share ("cut half its staff", "by a quarter point"): no game part)
# (368: "period" a game's only after an ordinal: "in the latest period" is of accounts)
# (369: a relative clause after the subject is not the main clause: "X, who is …, returned")
# (370: a charged act's year after a noun ("trial of men accused of killing X in 2011"))
# (371: a year in a speaker's description after "said X," ("author of the 2005 book"))
# (372: "a new round", "another round", "a fresh round": a round of talks, no part of a fight)
# (373: "have been held since Monday": in custody up to now, no happening)
# (374: a time in a relative clause in commas, told now or ahead, is its noun's, not the act's)
# (375: a verdict retold by the same judge, of someone the lede named only by role)
# (376: "the strong and shallow quake": two words of the noun joined by "and")
# (377: "This … video was presented … Thursday": the thing told again, same day)
# (378: a month or date after the infinitive of a past "agreed/promised to" lies ahead)
# (379: a month or date after a plan's infinitive, "announced plans to close … in May", ahead)
# (380: a relative clause opened by "whose" is passed over when a sentence's tense is read)
# (381: "May" after a preposition of time or before a day's number is the month, not a modal)
# (382: a report of three words cut from what it reports, "He testified Tuesday | that …")
# (383: "May" is the month or the modal by one rule wherever "may" is tested: "The mayor, a
# councillor until May 2008, ordered an evacuation" is an act, not what may be)
# (384: a past spelt as its base after a plural subject, in a story told in the past, is the
# past: "But at night the flames spread to two more buildings")
# (385: a participle's phrase on a noun, closing the sentence or with no comma, holds its year)
# (386: a telling with no time of its own cut from a reported past act of its own time, "Hiller
# told detectives | that he bought the gun in September")
# (387: a telling printed twice in the same words, a lede again as a summary, is one event)
# (388: "The men … were arrested, police said." after "Two men were arrested": one event)
# (389: a source tag closing a passage keeps it from no retelling of the act told before)
# (390: a name described in commas before the verb of saying is the speaker: "Mehdi Zareh, the
# head of Iran's Seismic Research Center, said …" ends a flashback a paragraph on)
# (391: a company's period named by the month that closes it, "the quarter ended in March
# 2013", "the six months to September", is the months up to that month, not the month alone)
# (392: a happening introduced by its toll, "two people were killed in a shooting", told again
# by its noun or a report of it, "… reports that the shooting took place …": one event)
# (393: a report of it with no "that", "Police said the blaze broke out …", and its measure told
# actively, "the quake measured magnitude-5.9", tell the happening again)
# (394: the toll or ruin that introduces a happening after "by" too: "gutted by a fire")
# (395: a standing fact told in the present past the lede, "The company, founded in 1998,
# employs 300 people.", is no event: its participles describe, its main verb holds.)
# (396: a past spelt as its base after a singular subject is the past: "The river burst its
# banks" after a lede told in the past)
# (397: "there was no", "no one was", "did not" … after a verb of saying is what a speaker
# told, a statement: "Mehdi Zareh said there was no tsunami risk")
# (398: a person named as the hearer of "told", by title and name or two names, is no outlet:
# "Hiller told Judge Ito | that he bought the gun in September" is cut as "told detectives")
# (399: a headline or lede in the news present with a named subject, a verb that may also be
# a noun and its object tells an act: "Toyota recalls 1 million cars over faulty brakes")
# (400: a statement told with its speaker's name and the day it was made joins the same
# speaker's statement of that day further up: "Mr. Kelly … said Tuesday that …".)
# (401: a time after the act a verb of crediting, blaming or thanking names, told in the present in
# what a speaker says, "credits the program for preventing … last night", dates not the statement.)
# (402: a participle with its year, decade or month after a standing fact's object describes
# the thing and dates nothing: "The recall covers Corolla sedans built in 2012" is no event)
# (403: a statement told again by "he" or "she" and its day joins the statement of that day of
# the person last named as a speaker, no one else named between: "He said Tuesday that …")
# (404: a robbery, a shooting or a bombing told again further down by its doers doing it, on its
# day, joins the event naming it: "the thieves rammed an SUV into the store" after a heist)
# (405: an account told after its teller, "Police say most of the other 80 workers were able to
# leave safely", is an action of the story's news day; its actors may be told by a count.)
# (406: a source's view with no time of its own, a present copula before what something is like
# and no act, figure or plan, joins the event before it: "'The man is petrified,' he said")
# (407: a source's judgement or chance, "said his client stands little chance at winning an
# appeal", "remained optimistic that …", with no act, figure or plan, joins the event before it)
# (408: a happening of the headline or the lede named again further down by its definite noun,
# the line telling of it, joins its event: "The quake cut telephone links …" after the quake)
# (409: a sentence referring back to a happening the sentence before told with a time of its
# own, "There,", "In that speech,", "the raid", takes that happening's time, not the news day.)
# (410: the headline's or the lede's act told again further down by another verb of its kind,
# "Deputy's Alleged Killer Held", then "Orozco was arrested around midnight Friday", joins it)
# (411: a day named as the limit a state was reached by, "had all been allowed to return by
# Saturday evening", moves the story on to no later day: an account after it keeps the news day.)
# (412: the writer's own judgement, no source, time, figure or plan, a present copula, a modal or
# "deserves" its main verb, joins the event of its day before it, or goes: "Wynn can do the job")
# (413: how a happening already told was felt, heard, how long it lasted or what it measured,
# "Residents … told Lake County News that they felt the quake", "It was described as having a
# rolling-type movement", with no time of its own, joins that happening's event.)
# (414: a deadline that names its hour before its day, "extended its tender offer until 5 p.m.
# EST, Nov. 6", dates nothing; no deadline or date moved to is the day a story tells of.)
# (415: a time of the story's own month, "IMA early this month lowered its offer", brings the
# story back from a flashback: "American Medical accepted the offer" is no longer of April.)
# (416: a report of results naming their period as its figures' modifier, "reported a
# third-quarter net loss of $5.1 million", is of the day the story tells of, not of the quarter;
# the quarter stays the period of the figures that follow.)
# (417: a period that does not date its event stays in its title: "Savin Corp. reported a
# third-quarter net loss of $35.2 million", dated by the report's day, keeps "third-quarter".)
# (418: a time that needs no preposition governs before a period told as a modifier: "reported
# third-quarter earnings yesterday" is of yesterday, "will report third-quarter results next
# month" of next month; the quarter stays the period of the figures that follow.)
# (419: a quarter named by its closing day is of that day, whether or not the day falls in the
# calendar's last quarter ended: "the quarter ended Oct. 31, 1988" is no longer July to
# September 1989.)
# (420: a clause set off by commas between a subject and its verb tells its own time: "The
# rules, which were approved in January, take effect on July 1" is the July ahead, "The Lakers,
# who lost on Tuesday, host Denver on Saturday" the Saturday ahead; "appears in court on
# Friday" is a hearing ahead.)
# (421: a plan's time set off after its noun dates no main clause told in the past: "The
# match, originally scheduled for Saturday, was postponed" is not of Saturday; a title leaves
# such a phrase out with its day: "The match was postponed".)
# (422: a report of figures told by its gerund is of a period begun or ended: "said it would
# cut jobs after reporting a drop in fourth-quarter sales", in March, is last year's quarter,
# not the one ahead; a title leaving such a period out keeps "in": "a drop in sales".)
# (423: a time counted from another in a sentence told as done counts from the story's own
# day, not a plan's day ahead: "Two days earlier, the prime minister had told colleagues …"
# after "announced on Thursday that an election will be held on July 4" is the Tuesday
# before; a title takes no opening time for what a speaker said ("A week later, the coach
# told players …" was "Coach: A week later").)
# (424: a main clause after its subject's relative clause is titled with the subject in any
# tense: "Smith, who was arrested in May, appears in court on Friday" is titled "Smith appears
# in court", no longer "Appears in court".)
# (425: a speaker set off after a clause told in the past says the clause and what follows:
# "Producer prices rose 0.6% in February, the Labor Department said, double the 0.3% …" was
# titled "Double the 0.3% economists had expected".)
# (426: a coordinator a title's cut leaves last goes: "Perlo and Yanes will argue for a
# mistrial and".)
# (427: a winter named by the two years it spans is that winter: "the winter of 2013-14" is
# December 2013 to February 2014, not the whole of both years.)
# (428: a time moved names the days set, not the move's: "The meeting was moved to Thursday",
# "rescheduled for Saturday", "brought forward to Friday" are of the story's day, and
# "postponed from Monday to next Wednesday" is two days, not the days between; a day told
# after its hour by a present copula lies ahead: "The deadline is 5pm on Friday".)
# (429: a figure's comma is no clause's comma in a title: "The company, which employs 5,000
# people, filed …" was titled "The company 000 people, filed …", and "1,500 stores in 30 states"
# was read as a speaker who "states".)
# (430: a verb of reporting after a subject and the clause set off after it is the subject's
# own, not an attribution turned round: "The company, which runs 40 hotels, reported a loss"
# was titled "Loss: The company, which runs 40 hotels".)
# (431: what "runs" from, through or until a day is scheduled: "The festival runs from
# Thursday to Sunday", written on a Wednesday, is the days ahead, not the days gone.)
# (432: a verb of saying after a relative pronoun is the relative clause's, no attribution:
# "The vote, 31 to 18, followed months of protests by residents who say the project will …"
# was titled "The vote, 31 to 18".)
# (433: the present of news told in its context points to no schedule: "The vote comes a week
# after the bank raised rates in March", written in May, was March of the next year; what
# "follows" came before it; what a subject "prepares to" do is ahead.)
# (434: titles: "quarterly", "monthly", "daily" are no adverbs of saying ("Nexa reported
# quarterly revenue of $4.1 billion last month, down 12%" was titled "Nexa: Down 12% …"); a
# person's age after the name a long title opens on goes: "Tom Bradley was convicted …".)
# (435: a side clause's time counted from its own sentence's main clause is no time the story
# moves to: "fell … on 14 March 2021, three days after being admitted" / "She died … the
# following day" was 12 March, counted from the admission; it is 15 March.)
# (436: "due" right before a day is scheduled for it ("the results, due on Thursday, would
# show a loss"), a plan set off after its noun ("The report, due out on Monday, was leaked")
# dates no main clause in the past, and "due to" after a past verb is a cause: "The match
# was abandoned due to rain on Saturday" was the Saturday ahead.)
# (437: a participle opening the sentence with a place keeps its time past the place's commas:
# "Born in Memphis, Tennessee, in 1935, Holt joined the Army in 1953" was 1935; a title leaves
# the whole phrase out, and a clause cut after "and" takes the subject after such a phrase:
# "Born in Memphis in 1935 moved to New York in 1955" is "Holt moved to New York in 1955".)
# (438: a title leaves out what is due with its day: "The report, due out on Monday, was
# leaked" was titled "The report, due out, was leaked".)
# (439: a "whose" clause's title names its owner: "whose 1962 album became a touchstone" is
# "Ray Holt's 1962 album became a touchstone"; the main clause after a subject and its "whose"
# clause takes the subject: "Died at his home" is "Ray Holt died at his home".)
# (440: a clause cut after "and" keeps the subject before an adverb of its verb: "and briefly
# ran for the Senate in 2020" is "Reyes briefly ran for the Senate in 2020".)
# (441: a plan's time set off after its noun dates no main clause in the present perfect
# either: "The launch, planned for January, has been delayed until the summer", written in
# February, was January of the next year.)
# (442: results told for a period are of a period over: "Figures for January will be released
# next week", written in February, was January of the next year; a sentence not told in the
# past that names a time of its own is dated by it: "The results for the third quarter will be
# published on Friday" is the Friday, not the quarter.)
# 443: a time told as a possessive after the verb is its noun's where the sentence names a
# time as fine or finer of its own: "Police named the victims of Tuesday's shooting on
# Wednesday" is the Wednesday, "will publish last year's accounts in June" this June; "last"
# before a possessive tells no tense ("will hear the appeal against last month's ruling on
# Thursday" is the Thursday ahead).
# 444: "by" a time after a clause in the past perfect is when it held, not a deadline: "The
# death toll had risen to 40 by Sunday" is the Sunday (not "had promised to repay the loan by
# Friday", nor "had said it would finish by Friday").
# 445: "next" before a noun tells that the time after it lies ahead ("expect a cut at the next
# meeting on April 3", written in March, is this April), unless a verb in the simple past tells
# of a next one gone; a past form after a determiner is a noun ("expect a cut in April").
# 446: a day "effective" from is the nearer of its two readings, whatever the verb's tense:
# "said it named John Smith president, effective Jan. 1", written on 30 October, is the
# January 1 to come, not the one ten months back.
# 447: a sentence opening on its subject's birth year and naming an age is of the years that
# age was reached: "Born in Memphis in 1935, he began playing piano at the age of four" is
# 1939-1940, not 1935 (temporal/aged_years.py).
# 448: a weekday of a month is that day: "the first Monday of April" was the next Monday,
# "the last Sunday in March" the Sunday gone (rules_dates.weekday_of_month).
# 449: "ahead of schedule" (of time, of forecasts) is early, no other happening: "The project
# was completed ahead of schedule in January" is January, not the publication day.
# 450: what "is forecast" on a day lies ahead, as what "is expected" does: "Snow is forecast
# on Monday", written on a Wednesday, was the Monday gone.
# 451: "so far" or "to date" bounds a unit told as this one at now, as "earlier" does: "So far
# this year, 300 migrants have crossed" is 1 January to the day written, not the whole year.
# 452: a sentence with no time of its own naming an age, after one telling of a birth, is of
# the years that age was reached: "Holt was born in Memphis in 1935. He began playing the piano
# at the age of four." is 1939-1940, not 1935.
# 453: a title leaving out a day word leaves out "its" or "their" before it, as it does "the":
# "… reported a sharp decline in net income for its third quarter" was titled "… for its".
# 454: a lede telling its act in the present perfect passive with no time of its own, taken up
# further down by a pronoun or the same noun and participle at a day of the news week, is one
# event of that day ("A man has been charged with murder …" / "He was charged on Tuesday").
# 455: the same in the active voice, taken up by a pronoun or the same name: "The chief
# executive of Vodafone has resigned …" / "He resigned on Monday" is one event of the Monday.
# 456: a title leaving out a day word leaves out "late" or "early" before it: "… brought the
# blaze under control within the store late last night" was titled "… within the store late".
# 457: titles. A participle opening on its time alone is a fronted phrase ("Unveiled last
# April, the chip crams …" was "Unveiled last April more than four times as many…"); a sentence
# adverb before the subject and its verb opens no adverbial ("Yesterday it closed at $4.375 a
# share, up $1.125, …" was "Up $1.125, …"); an adverb after "said" goes with the verb ("has
# said categorically it would not tolerate …" was "Categorically it would not …").
# 458: titles. A clause going on a passive with its participle alone keeps the auxiliary
# ("Williams was later released on bail", not "Williams later released on bail"); an adverb
# before the verb and a long subject's head ("A key witness twice admitted he lied"); a time
# the subject is told by stays ("The last five days have been …"); "Last year he helmed …" is
# no adverbial; a short participle opens a fronted phrase ("cited by police …, Farkas was
# ordered home"); no full stop before a closing parenthesis.
# 459: a clause cut out for its own time after a phrase of time loses both: "from Oct. 13,
# when Wall Street's plunge helped spark …" was titled "When Wall Street's plunge …".
# 460: titles. "So far" leaves with its day word and opens no conjunction ("So far this year,
# the council has cut 300 jobs" was "Far, the council …"); a verb taking no object after a
# passive is its subject's act ("He was charged … and appeared before magistrates").
# 461: a title: a time counted from a happening named by its noun, opening the sentence, is
# not what was said ("The day before the fall, forecasters had warned of ice" was titled
# "Forecasters: The day before the fall").
# 462: a title of a main clause cut before "after" or "before" leaves out the count it ends on
# ("The minister resigned a day | after …" was "The minister resigned a day").
# 463: a title: the passive a clause goes on may hold an adverb such as "first" ("He was first
# elected in 2010 and re-elected in 2015" is "He was re-elected in 2015", not "He re-elected").
# 464: a title: a clause going on after a relative clause that a verb of saying's object opens
# takes that object as its subject ("The company said its profit, which fell 20% last year,
# would recover in 2026" was "The company would recover in 2026").
EXTRACTOR_VERSION = "464"

# Bump when the corpus reader changes what it reads of an article (its text apart from the
# page around it, its headline, author or date), so that events found in an article read
# otherwise are found again. (2: the text above a page's headline is the page's, not the
# article's; 3: a page showing no date is dated by the day its address names; 4: a short
# block holding a time element is the date line; 5: a block showing only an element named a
# caption is a caption; 6: a row of short links and an "in your inbox" prompt are furniture,
# a clock time after a mark is a stamp, not a video caption; 7 to 11: bylines and meta lines
# of many shapes, a footer's day of publication, subtitles and section names over the
# headline; 12: a date line of any year from 1000 to 2999 dates its article, not only of 1900
# to 2099; 13: text saved from more places: a numeric date either way round read only as the
# article says, a time ago never today, mail headers, press release marks, menus one link a
# line, transcripts, reader views, printed pages' running heads, tables of details, colon
# datelines, bylines with a role, a link or "For"; 14: a place in capitals before a date that
# ends its line, a wire story's dateline on a line of its own; 15: press release datelines
# with a dash before the date, or a place not in capitals before a full date; 16: a year glued
# by a copied page to the next stamp, a label, a clock time or the same date again; 17: a
# byline glued to its date, a time zone glued to the next label; 18: a page copied whole, one
# element a line: its masthead, menus and glued links above the headline, sections one in
# another, a byline and a date on lines of their own under a summary, dates glued to a role, a
# byline, a label or themselves, a numeric date read by its time zone, photo captions with
# their credit and page buttons as furniture, a browser's printed page head and foot; 19:
# pasted pages of more shapes: a masthead, slogan and sections above the headline found from
# the byline or date under it, a summary told in sentences over the byline, a role glued to
# the name, a dateline of place, date and time between dashes, dates, labels and bylines in
# other languages, a note on the author and a press release's "About" section at the end; 20:
# more pasted pages: furniture and list labels in other languages, a live page's key points,
# a contributor's note over the date, a role in capitals after the name, wire terminal dates
# ("04-Mar-2024", "07:00 15Feb2024") and tags, a weekly's edition line, a name glued to its
# date, two names or a desk as the byline, a date that ends the article marking no header;
# 21: a line longer than a header's is not searched as a glued label, a dated byline or a
# meta line; 22: the paper's notes on the article at its end, a correction, a clarification,
# an editor's note, "This article was updated …", are no article text; 23: a line longer
# than a meta line's is not split into a meta line's parts; 24: more kinds of copied pages,
# a desk's byline, a match report's scoreboard, a teaser under "Stand:", a newsletter's
# greeting, a live page's pinned post, an explainer's list of questions, a press release's
# notes to editors, more labels of a date and more furniture; 25: a line of a plain-text or
# Markdown article showing no letter or digit (".", "—", "|") is read as one showing nothing;
# 26: a header line of short pieces set apart by bars, slashes, dots, bullets or dashes, one a
# date, in any order and format, dates the article and names only a person as its author; a
# path of sections over a short headline; the header element of an HTML page's article;
# 27: a desk's name after "By" ("By Regional Times Staff") names no one on any byline line;
# 28: a wire service or an outlet after "By" or "From", or typed an organisation in linked
# data, names no one; a numeric date either way round is read only as the page says; a
# two-word headline over its summary; a summary over a date alone; a feed's item saved as
# .html; a PDF's running head under a page's number; a clock time with seconds and a
# numeric zone; 29: a year-less day with its weekday takes a year it falls on; credit lines;
# a live page's first entry time; a printed page's running head; an HTML page's summary above
# its headline and its byline with a date; a read-later export's fields and saving date; a
# cached or archived copy's banner; links of an article split over pages; 30: a byline in
# capitals names the author in small letters; a year-less date takes the year of the page's
# address, update or copyright; a byline's weekday date; a press release's issuer; a lone
# carriage return ends a line; "+++" front matter and lists of authors; a standfirst in an
# article's header; a stamp in another zone; a syndicated copy's note; a forum's post line;
# 31: a plain-text file that gives each paragraph one line, no blank line between, is read
# paragraph by line; 32: Spanish agency copy's dateline, "Seville, Nov 12 (EFE).-"; 33: marks
# of writing direction around lines (text and HTML); a mail saved whole, its route and MIME
# fields; a dateline in small capitals; a page's age before the time a saving tool noted; a
# paywall's box; the outlet after a date line; a running head printed again, its number moved.)
# 34: a wire's bracketed note of what a new version changed ("(Updates with bond yields in
# eighth paragraph …)") is no article text.
# 35: a mail saved whole (.eml) read, decoded; a word hyphenated at a line end; a lede's wire tag.
# 36: dates, bylines and stamps in more languages; blogs', Joomla's, Drupal's, Word's layouts.
# 37: a header line of the place filed from and its date ("NAIROBI, Feb 19, 2008 (AFP)").
READER_VERSION = "37"

# Bump when merging changes, so that plans kept in a project are not reused. (4: passages are
# compared by the words a reader sees, no longer by their markup; 5: with the visible text,
# dates and numbers are not shared words, two shared words needed, every passage kept;
# 6: a shared name needed, figures that differ and chains of dates that do not meet kept apart;
# 7: names repeated by many articles count again; 8: kinds of act as one word, headline
# capitals no names, different people's similar deeds apart, two passages of one article
# joined through another; 9: passages that each tell of a place the other does not name
# kept apart; 10: a hiring and a dismissal kept apart; 11: sources a day apart join, two days
# apart no longer; 12: the merged events in the order a chronology reads, of one first day
# the longer span first; 13: groups that state a figure in common join, whatever their other
# figures; 14: a passage that names no one, its doer told by a role, joins one that names
# him without a name in common, where they share the kind of act and score surely; 15: a
# deadline's day, "until Nov. 6", is a figure: one offer extended twice is two happenings.)
MERGE_VERSION = "15"
