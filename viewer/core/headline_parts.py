"""The parts of a news sentence a headline leaves out, as patterns over its text.

Closed classes of English (prepositions, sentence adverbs, verbs of saying, determiners) and
the punctuation news uses to set detail apart; nothing here is about one outlet or story.
"""

from __future__ import annotations

import re

from viewer.core.holds import spaces_before
from viewer.core.last_answer import keeps_last
from viewer.core.word_patterns import alternation

QUOTES = '"“”«»„'
PRONOUNS = frozenset("he she they it we i you who this that these those one".split())
# Words before a speaker that a headline drops.
TITLES = frozenset("a an the some several many two three other senior top".split())
# Words that say a name after them is a person's, named by surname ("President Joe Biden").
ROLES = frozenset(
    """president minister secretary secretary-general governor senator sen. rep. representative
    spokesman spokeswoman spokesperson chief director ambassador general gen. lt. col. colonel
    admiral chairman chairwoman chair leader mayor adviser advisor analyst official commander
    deputy prime chancellor king queen pope judge justice dr. mr. mrs. ms. executive ceo founder
    economist professor researcher scientist coach captain manager lawyer attorney""".split()
)
# A dateline before the story: "LONDON (Reuters) -", "Washington (CNN) —"
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .,'’-]{2,40}|[A-Z][\w .,'’-]{1,40}\([^()]{1,40}\))\s*[-—–]+\s+(?=\S)"
)
# Words that make a phrase a clause rather than who speaks ("No speech will say …").
NOT_A_SPEAKER = frozenset(
    "will would could should can may might must is are was were be been has have had do does "
    "did not never no if when while because that which than what but and or yet so".split()
)

MONTHS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)
# Prepositions that leave with a day word ("on Tuesday"), and words of how near it is ("more
# than two years ago"). A date after "since", "until" or "by" is a bound, not the happening's
# own date, and stays; so does one a figure is compared with ("lower than a year ago") and
# one that completes a phrase ("in the early hours of Sunday"), and one that is what a
# sentence says of its subject ("The vote was on Monday").
DATE_PREPOSITION = re.compile(
    r"\b(?:on|in|at|for|during|over|earlier|later|just|only|nearly|almost|about|roughly|some"
    r"|(?:more|less)\s+than)\s+$",
    re.IGNORECASE,
)
KEEPS_DATE = re.compile(
    r"\b(?:since|until|till|by|within|before|after|from|through|to|(?<!more\s)(?<!less\s)than|of"
    r"|is|was|were|are|be|been)\s+$",
    re.IGNORECASE,
)

# Sentence adverbs, and the prepositions and conjunctions that open a fronted adverbial.
_FRONT_WORDS = (
    "in on at by after before since during following amid amidst despite as with without while "
    "although though when whenever once earlier later meanwhile however also still then now "
    "today yesterday separately additionally moreover furthermore nevertheless nonetheless "
    "instead indeed last this ahead behind under over against among within throughout across "
    "even yet thus hence for from upon until unlike like besides beyond given just only through "
    "speaking asked responding citing overall altogether finally first second third because due "
    "thanks owing mainly largely partly mostly chiefly"
).split()
FRONTED = re.compile(rf"^(?:{'|'.join(_FRONT_WORDS)})\b(?!-)", re.IGNORECASE)
_CONJUNCTIONS = "and but so or yet still also then".split()
# Not "So far, …": a time, no conjunction.
_SO = r"so(?!\s+far(?![^\W\d_]))"
LEADING_CONJUNCTION = re.compile(
    rf"^(?:{'|'.join(_SO if w == 'so' else w for w in _CONJUNCTIONS)})\s+", re.IGNORECASE
)
_FRONT_SET = frozenset(_FRONT_WORDS)
_CONJUNCTION_SET = frozenset(_CONJUNCTIONS)
_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


@keeps_last  # `fronted` and `leading_conjunction` ask about the same text in turn
def _first_word(text: str) -> tuple[str, str] | None:
    """The run of ASCII letters a text opens with, lowercased, and the text after it; None
    when a character beside it is not ASCII (IGNORECASE also takes "ſ" for "s", "K" for "k")."""
    rest = text.lstrip(_ASCII_LETTERS)
    if not (text[:1].isascii() and rest[:1].isascii()):
        return None
    return text[: len(text) - len(rest)].lower(), rest


def fronted(text: str) -> bool:
    """Whether FRONTED matches: a set look-up of the first word, where the pattern would try
    its eighty words in turn, each ignoring case."""
    first = _first_word(text)
    if first is None:
        return FRONTED.match(text) is not None
    # A word of the set, then no letter, digit, "_" (the `\b`) or hyphen: a longer run is no
    # match, nor a compound ("third-quarter profit", "last-minute talks").
    word, rest = first
    return word in _FRONT_SET and not (rest[:1].isalnum() or rest[:1] in ("_", "-"))


def leading_conjunction(text: str) -> int:
    """Where the text goes on after a LEADING_CONJUNCTION match, or 0 when there is none."""
    first = _first_word(text)
    if first is None:
        found = LEADING_CONJUNCTION.match(text)
        return 0 if found is None else found.end()
    word, rest = first
    if word not in _CONJUNCTION_SET or not rest[:1].isspace():
        return 0
    after = rest.lstrip()
    if word == "so" and after[:3].lower() == "far" and not after[3:4].isalpha():
        return 0  # "So far this year, …": a time, no conjunction
    return len(text) - len(rest.lstrip())  # `\s+`: the white space after it, all of it


# Verbs that report speech or writing: the attribution, not the happening. Announcing,
# confirming or revealing are happenings and stay. Lowercase only: "the United States".
_SAYING_LIST = """said says told tells added adds stated states noted notes note explained explains
insisted insists stressed stresses wrote writes reported reports declared declares declare
continued argued argues claimed claims warned warns observed remarked commented acknowledged
acknowledges conceded recalled tweeted posted concluded concludes demanded demands blared
proclaimed quipped cautioned""".split()
# The plainest verbs of speech: a cut title does not end on one, and no subject follows a
# phrase that describes it with one after it.
SPEECH_VERBS = ("said", "says", "say", "told", "tells", "added", "adds")
# After its statement, "say" too: "She shot the other three, police say." (Before it, "say" is
# as often another verb's: "Needless to say, …", "heard someone say, …".)
_SAYING_AFTER_LIST = [*_SAYING_LIST, "say"]


def _verbs(words: list[str]) -> str:
    """A group matching any of the words, spelt as a tree of their shared prefixes: where none
    matches, the engine tries every alternative of a group, fifty for a flat list, at every
    place a verb may stand. The matches are those of the flat list (`"|".join(words)`) in
    the patterns below: a verb there has no letter after it, so of two words one of which
    begins the other, only one can be the verb of a match."""
    return "(?:" + alternation((w, "") for w in words) + ")"


_SAYING = _verbs(_SAYING_LIST)
_SAYING_AFTER = _verbs(_SAYING_AFTER_LIST)
# The verbs of saying, and a copy of a text with every character but an ASCII letter a space.
_SAYING_WORDS = frozenset(w.encode() for w in _SAYING_AFTER_LIST)
_LETTERS = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))


@keeps_last  # a headline asks it of the same text in turn: before and in `_drop_attribution`
def has_saying_verb(text: str) -> bool:
    """Whether a verb of saying stands as a whole word in a text: every attribution below
    needs one (with no letter beside it), and most texts have none. A look-up of the text's
    runs of letters costs less than a scan for the verbs."""
    runs = text.encode("ascii", "replace").translate(_LETTERS).split()
    return not _SAYING_WORDS.isdisjoint(runs)


_ADVERB_AFTER = r"(?:,\s*(?:[a-z]+\s+)?[a-z]+ly)?"  # "note, most importantly, that …"
# Between a speaker and the verb: white space, or an auxiliary ("have repeatedly stressed").
# Spelt with the white space first, not as `(?:\s+(?:has|have|had)(?:\s+[a-z]+ly)?)?\s+`:
# a speaker's next character is tried at one test where no space follows it, not at an
# optional group's and then a test. No verb of saying opens on "h", so which of the two comes
# after a speaker is told by its next word, and the matches are those of the other spelling.
_AUXILIARY = r"\s+(?:(?:has|have|had)(?:\s+[a-z]+ly)?\s+)?"
# What may stand between a verb of saying and its statement: when, where or how it was said
# ("said on Tuesday, …", "told reporters in Brussels: …"), not a clause of its own ("reported
# slower growth in another business: systems that …").
_SAID_WHEN = (
    r"(?:on|in|at|during|after|before|late|early|earlier|later|last|this|yesterday|today|"
    r"tonight|to|told|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    # An adverb, not an adjective of what was reported: "reported quarterly revenue of …"
    r"(?!(?:quarter|month|week|dai|year|hour|night|fortnight|elder|cost|dead|on)ly\b)[a-z]+ly|"
    r"reporters|journalists)\b|(?<=told\s)[A-Z]"  # to whom: "told Reuters on Tuesday:"
)
LEADING_SAYS = re.compile(
    rf"^(?P<speaker>[^;:\"“”()]{{2,70}}?){_AUXILIARY}{_SAYING}{_ADVERB_AFTER}"
    rf"(?:(?:\s+(?!that\b)[^,;:\"“”]{{1,60}}?)??\s+that\s+"  # "told detectives that …"
    rf"|(?:\s+(?:{_SAID_WHEN})[^,;:\"“”]{{0,60}}?)??\s*"
    rf"(?:,(?!\d)(?!\s*(?:and|or|but|nor)\b)\s*(?:that\s+)?|:(?!\d)\s*)"
    rf"|(?<=said|says)\s+(?:[a-z]{{4,}}ly\s+(?=(?:it|he|she|they|we|there)\s))?)"
    rf"(?P<rest>.+)$"
)
ACCORDING = re.compile(r"^[Aa]ccording\s+to\s+(?P<speaker>[^,]{2,70}),\s*(?P<rest>.+)$")
TRAILING_ACCORDING = re.compile(
    r",?\s+according\s+to\s+(?P<speaker>[^,;]{2,70})(?:[,;].*)?$", re.IGNORECASE
)


def trailing_according(text: str) -> re.Match[str] | None:
    """`TRAILING_ACCORDING.search(text)`, from the white space before the text's first "ccord"
    in any case, which every match holds: none, no search; else no match starts before, and
    the pattern, opening on white space, is not tried at every character before it. No
    character past ASCII lowers to one of its letters, nor stands for one in the ASCII copy
    (each is a "?" there), and lowering that copy costs a fraction of lowering the text."""
    at = text.encode("ascii", "replace").lower().find(b"ccord")
    if at < 0:
        return None
    return TRAILING_ACCORDING.search(text, max(0, spaces_before(text, max(0, at - 2)) - 1))


_SPEAKER_ENDS = "at|in|on|during|after|before|while|when|as|to|from|with|who|whose"
# "…," the official said / "…", he said. Each alternative opens on one character (not a set):
# the engine then skips to the next of them instead of trying the pattern everywhere.
_CLOSE = r"(?:,(?!\d)\s*[”\"]?|”\s*,?|\"\s*,?)\s*"  # not a figure's comma: "1,500 stores"
TRAILING_SAYS = re.compile(
    rf"{_CLOSE}(?:(?P<speaker>[^,;\"“”]{{2,70}}?){_AUXILIARY}{_SAYING_AFTER}|{_SAYING}\s+"
    rf"(?P<after>[^,;\"“”]{{2,70}}?)(?=\s+(?:{_SPEAKER_ENDS})\b|\s*[,;]|\s*$))"
    r"(?:\s+[^,;\"“”]{0,140})?(?:[,;].*)?$"
)
# A verb of saying with its own statement after it: "Reviewing the company's scrape with
# disaster, Mr. Price conceded it had tried to do too much": the words before the comma are a
# fronted phrase, not what was said; so does a colon after it. ("…, CNN said it was told by a
# US official" says where the words came from.)
SAYS_WHAT_AFTER = re.compile(
    rf"{_AUXILIARY}{_SAYING_AFTER}(?:\s+(?:that|he|she|it|they|we|I)\s(?!(?:was|were)\s+told\b)"
    r"|[^,;:\"“”]{0,60}:\s)"  # "…, Devonte Brown told the New York Post: 'As the cops…"
)
# A verb of saying as a whole run of letters, in the ASCII copy (`_LETTERS`) of a text with a
# space put on each side.
_SAYING_RUN = re.compile(f" {_SAYING_AFTER} ".encode())
_MARKS = ',;"“”'  # no speaker holds one
_CLOSING = ',”"'  # the marks of `_CLOSE`


def trailing_says(text: str) -> re.Match[str] | None:
    """`TRAILING_SAYS.search(text)`. A match opens on a comma or a closing quotation mark, and
    its verb of saying stands after it as a whole run of letters, with none of `_MARKS`
    between the verb and its opening's last mark: no match opens before the run of marks and
    white space around the last mark before the first such verb after the text's first comma
    or closing quotation mark, which the scan starts at (from each earlier comma, the pattern
    would try every speaker up to the verb). A text with no such verb has no match."""
    marks = [at for at in (text.find(","), text.find("”"), text.find('"')) if at >= 0]
    if not marks:
        return None
    letters = b" " + text.encode("ascii", "replace").translate(_LETTERS) + b" "
    verb = _SAYING_RUN.search(letters, min(marks))
    if verb is None:
        return None
    start = max(text.rfind(mark, 0, verb.start()) for mark in _MARKS)
    while start > 0 and (text[start - 1] in _CLOSING or text[start - 1].isspace()):
        start -= 1
    return TRAILING_SAYS.search(text, start)


# What is left after a comma when the words before it were the statement: its speaker and
# verb, and at most a few words of when or where ("…, the spokesman said"; "…, said Eitan,
# the science minister"; "…, police said Tuesday"). A fronted adverbial is no statement.
ATTRIBUTION_ONLY = re.compile(
    rf"^(?:(?P<speaker>[^,;\"“”]{{2,70}}?){_AUXILIARY}{_SAYING_AFTER}"
    rf"(?:\s+(?i:{_SAID_WHEN})(?:\s+[^\s,;]+){{0,2}})?"
    rf"|{_SAYING}\s+[^;\"“”]{{2,70}})\W*$"
)
_REPORTED_WHEN = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
    r"(?:last|this|earlier|late|early)\s+(?:week|month|year|night|morning|afternoon|evening))\b"
)
# Who reported, and when or where, with nothing of what: "District Attorney Steve Cooley
# announced today", "The Maariv newspaper said Sunday".
REPORT_VERBS = frozenset([*_SAYING_LIST, "announced", "announces", "confirmed", "confirms"])
_REPORTING = _verbs(sorted(REPORT_VERBS))
BARE_REPORT = re.compile(
    rf"^(?P<speaker>[^,;\"“”]{{2,80}}?){_AUXILIARY}{_REPORTING}"
    rf"(?:\s+(?:on\s+)?(?i:{_REPORTED_WHEN}))?[\s.,;:]*$"
)
MID_ATTRIBUTION = re.compile(r",\s+(?:in the words of|according to)\s[^,;]{1,60},\s*")
# "The bullet, he said, went over his left shoulder": a speaker set inside the sentence's
# commas, the sentence going on after them.
MID_SAYS = re.compile(
    rf",\s+(?P<speaker>he|she|they|we|I|it|the\s+[a-z]+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}})"
    rf"\s+{_SAYING},\s+(?=[a-z])"
)

# The words of a clause set off by commas, up to its closing comma: not the comma of a
# figure ("which employs 5,000 people,"), the rest of the clause after it.
_SET_OFF_WORDS = r"[^,;]*(?:(?<=\d),(?=\d)[^,;]*)*"
PARENTHESIS = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
DASHED = re.compile(r"\s+[—–]\s+[^—–]{1,120}?\s+[—–]\s+")
# ", including X and Y," inside a sentence, which goes on after it
MID_PHRASE = re.compile(
    r",\s+(?:including|such as|along with|as well as|like|among them)\b"
    rf"{_SET_OFF_WORDS},\s+(?=[a-z])"
)
# ", made public by the Pentagon on Monday," : a participle's detail inside a sentence
MID_PARTICIPLE = re.compile(
    r",\s+(?:[a-z]+ed|made|given|taken|sent|held|led|built|known|seen|based|speaking|"
    r"headquartered)\b[^,;]{0,80},\s+(?=[a-z])"
)
# ", the Chairman of the Joint Chiefs of Staff," after a name, before the verb
APPOSITIVE = re.compile(
    r",\s+(?:the|a|an|his|her|its|their|[A-Z][\w.]*(?:’s|'s))\s"
    r"[^,;\"“”]{2,80}?,\s+(?=[a-z])"
)
# ", 61," after a name that opens the sentence, before the verb: a person's age ("Tom Bradley,
# 61, was convicted"); not before an appositive ("Cheeks, 48, a four-time all-star, …") or a
# relative clause, nor an item of a list ("Hernandez, 20, and Velasquez, 24, were …"), nor
# after a phrase with a comma of its own ("The third victim, Bryant Dalton, 39, …").
AGE = re.compile(
    r"[^,]*?[a-z](?P<age>,\s+(?:aged\s+)?\d{1,3},\s+)"
    r"(?!(?:and|or|a|an|the|who|whose|which)\b)(?=[a-z])"
)
RELATIVE = re.compile(rf",\s+(?:which|who|whose|whom|where)\b{_SET_OFF_WORDS}(?:,\s*|$)")
_DETAIL_WORDS = (
    r"(?:including|adding|saying|as|while|amid|after|before|following|"
    r"because|since|bringing|making|citing|with|despite|even|though|although|but|and|or|"
    r"in order|so that|which|who|where|when|than|if|unless|according|along with|meaning|"
    r"preferring|raising|leaving|describing|referring|warning|demanding|sending)\b.*$"
)
TRAILING_DETAIL = re.compile(rf"(?:[,;]\s+|\s+[—–]\s+){_DETAIL_WORDS}")
# Its two openings apart: a pattern that opens on a comma or semicolon is tried only where one
# stands; one that opens on white space would be tried at every character.
_AFTER_COMMA = re.compile(rf"[,;]\s+{_DETAIL_WORDS}")
_AFTER_DASH = re.compile(rf"\s+[—–]\s+{_DETAIL_WORDS}")


def trailing_detail(text: str) -> int:
    """Where TRAILING_DETAIL's first match starts, or -1 when there is none."""
    comma = _AFTER_COMMA.search(text) if "," in text or ";" in text else None
    dash = _AFTER_DASH.search(text) if "—" in text or "–" in text else None
    starts = [found.start() for found in (comma, dash) if found is not None]
    return min(starts) if starts else -1


MIN_TITLE_CHARS = 24  # a cut or deletion leaves no fewer characters of a longer sentence
# A boundary opens on one of a few characters: that character first, then which boundary it
# opens (a look behind at it), so that a scan passes over every other character at once.
# Plainly: [,;:](?=\s)|\.\.\.(?=\s)|…(?=\s)|\s[—–]|\s(?=(?:but|as|…|following)\s).
BOUNDARY_STRONG = re.compile(
    r"[,;:.…\s](?:(?<=[,;:])(?=\s)|(?<=\.)\.\.(?=\s)|(?<=…)(?=\s)|(?<=\s)[—–]|"
    r"(?<=\s)(?=(?:but|as|while|after|before|amid|including|which|who|"
    r"because|although|though|when|where|despite|following)\s))"
)
BOUNDARY_WEAK = re.compile(r"\s(?=(?:and|or|to|with|in|for|on|at|that|over|from|of|by|into)\s)")


# A time phrase, as it opens a story's sentence before a comma: words (at most three: "During
# the", "In Washington") then a time word, maybe with its figures ("Last May", "On November 12",
# "During the spring of 1977", "Two years ago", "This morning").
_TIME_WORD = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|aug|"
    r"sept?|oct|nov|dec)\.|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|"
    r"tonight|today|yesterday|weekend|(?:day|week|month|year|decade)s?|\d{4}s?)"
)
_TIME_OPENING = re.compile(
    rf"^(?:[\w’'-]+\s+){{0,3}}?{_TIME_WORD}"
    rf"(?:\s+(?:of\s+)?(?:\d{{1,4}}(?:st|nd|rd|th)?|{_TIME_WORD}))*(?:\s+ago)?$",
    re.IGNORECASE,
)
_OPENING_WORDS = 5  # the most words of a time phrase before the comma
_LEDE_MIN_WORDS = 6  # the fewest words of prose after it
_LOWER_WORDS = 3  # and of its words of four letters or more in lower case (not Title Case)
# Words that tell prose from headlinese, which leaves them out.
_PROSE_WORDS = frozenset("a an the his her its their this that".split())


def reads_as_lede(line: str) -> bool:
    """Whether a line with no full stop is a story's first sentence rather than its headline:
    it opens on a time phrase and a comma ("Last May, a stray bullet killed …", "On Monday,
    the council …"), and goes on in prose: in sentence case, with an article. Headlines put
    their time at the end if anywhere ("… begin trial Monday"), leave articles out, and set a
    label apart with a colon ("Monday, March 4: the day …")."""
    comma = line.find(", ")
    if comma <= 0 or ": " in line or len(line[:comma].split()) > _OPENING_WORDS:
        return False
    rest = line[comma + 1 :].split()
    if len(rest) < _LEDE_MIN_WORDS or _PROSE_WORDS.isdisjoint(rest):
        return False
    if sum(len(w) > 3 and w.islower() for w in rest) < _LOWER_WORDS:
        return False  # Title Case: a headline's
    return _TIME_OPENING.match(line[:comma].strip()) is not None


def short_title(sentence: str, limit: int = 90) -> str:
    """A short title from a sentence: whole when short, else cut at a word with an ellipsis;
    without the quotation marks around it, to be quoted in a line of its own."""
    clean = sentence.strip().strip("\"'“”‘’").strip()
    if len(clean) <= limit:
        return clean.rstrip(".")
    cut = clean[:limit].rsplit(" ", 1)[0].rstrip(",;:—–- ")
    return cut + "…"


# Where or on what occasion something was said, after "said", before what was said: "in a
# statement", "during a news conference", "in an interview with The Associated Press at his
# hilltop headquarters that".
_WHERE_SAID = re.compile(r"(?:in|at|during)\s+(?:an?|the|his|her|their|its)\s")
_OCCASION = re.compile(
    r"(?:in|at|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|interview|release|(?:news|press)\s+conference|conference|briefing|speech"
    r"|letter|e-?mail|post|tweet|message|update)\b,?\s+(?:that\s+)?(?=\S)"
)
_PLACE_AFTER = re.compile(r"(?:in|at|on|with|to|from|during|before)\s")
_THAT = re.compile(r"\sthat\s")
_THAT_REACH = 150  # how far a "that" after where it was said is looked for


def said_what(rest: str) -> str:
    """What was said, in the words after a verb of saying: past the occasion it was said on
    ("in a statement it appeared the group was…" → "it appeared the group was…"), or past the
    "that" after a longer phrase of where ("in an interview with … at his hilltop
    headquarters that he hopes…" → "he hopes…"). A phrase of place set off by a comma stays,
    to go as a fronted phrase does ("at the local hospital, “I saw…”"); with neither, nothing
    was said there ("said during a news conference in his hometown of Cardenas.")."""
    if not _WHERE_SAID.match(rest):
        return rest
    occasion = _OCCASION.match(rest)
    if occasion is not None:
        rest = rest[occasion.end() :]
        if not _PLACE_AFTER.match(rest):  # "in a statement it appeared…"
            return rest
    that = _THAT.search(rest, 0, _THAT_REACH)
    if that is not None:
        return rest[that.end() :]
    # "…,” Gonzalez said during a news conference in his hometown of Cardenas.": only where
    return rest if "," in rest else ""


# Between a leading speaker's verb of saying and what LEADING_SAYS took as the statement, the
# statement itself: its own subject before a "that" that opens a relative clause ("Nichols told
# Walther they would do so at the end of a court session that stretched late into Tuesday
# night"), or a finite verb before the comma ("Agus Rianto told The Jakarta Post the quakes had
# damaged 18 houses, injuring…").
_VERB_AFTER_SPEAKER = re.compile(rf"{_AUXILIARY}\S+")
_SUBJECT_PRONOUN = re.compile(r"\s(?:he|she|they|we|it|I)\s")
_PAST_VERB = re.compile(r"[a-z]+ed\s")
_FINITE = re.compile(r"\s(?:had|has|have|was|were|is|are|will|would|could|did)\s")


def statement_between(text: str, speaker_end: int, rest: int) -> bool:
    """Whether the words between a leading speaker's verb of saying (after `speaker_end`, past
    its auxiliary: "had argued") and `rest` are the statement itself."""
    found = _VERB_AFTER_SPEAKER.match(text, speaker_end)
    verb = found.end() if found else speaker_end
    if text.endswith("that ", 0, rest):
        return (
            _PAST_VERB.match(text, rest) is not None
            and _SUBJECT_PRONOUN.search(text, verb, rest) is not None
        )
    return text[verb:rest].rstrip().endswith(",") and _FINITE.search(text, verb, rest) is not None
