"""Titles, bylines and datelines as news articles write them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.wire_tag import lede_tag_length
from viewer.corpus.dates import MONTH_NAMES, date_line

_PARTICLE = r"(?:de|da|del|der|den|van|von|la|le|al|bin|ibn|du|dos|ter)"
# A name's word holds no digit and is no month before a day: a byline's date may follow the
# name with one space or none between them ("JEFFREY GETTLEMAN JAN. 13", "Lucas Nolan22 Dec");
# nor is it "For", which names the outlet after the name ("Jane Smith For Mailonline"), nor a
# date's label ("By Jane Doe<br>Published: 27 February 2024", on one line as a block reads).
# A copied page may glue the date to the name's last word ("By Jane DoeOct. 12, 2023"): a
# capital opening a month before a day ends the word, as does a date's label ("By JOHN
# HARTLEYUpdated 4:12 PM EDT, April 12, 2024").
# A weekday before a date ends the name too: "Jane DoeTuesday 5 Mar 2024", "The Harbour Gazette
# Thursday, October 12, 2023".
# Or its short form in small letters after its capital: "Dan HughesSat 6 Apr 2024"; not the
# end of a name in capitals before its date ("STEVEN DAVIDOFF SOLOMON JULY 29").
_DAY_NAME = (
    r"(?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?)"
    rf",?[^\S\n]+(?:\d|(?i:{MONTH_NAMES})\b)"
)
_GLUED_DATE = (
    rf"(?=(?-i:[A-Z]))(?i:{MONTH_NAMES})\.?[^\S\n]+\d|(?:Updated|Published|Posted)\b"
    rf"|(?=(?-i:[A-Z])){_DAY_NAME}"
)
_NAME_WORD = (
    rf"(?:(?!(?i:{MONTH_NAMES})\.?[^\S\n]+\d|For\b|{_DAY_NAME}|(?:Updated|Published|Posted)\b)"
    rf"[A-Z](?:(?!{_GLUED_DATE})(?:[^\W\d_]|['’.-]))*)"
)
_NAME = rf"{_NAME_WORD}(?:[^\S\n]+(?:{_NAME_WORD}|{_PARTICLE}))*"
_FULL_NAME = rf"{_NAME_WORD}(?:[^\S\n]+(?:{_NAME_WORD}|{_PARTICLE}))+"
# After a comma only a full name continues the list: "Jane Smith, Reuters" names one author.
_NAMES = rf"{_NAME}(?:[^\S\n]+(?:and|&)[^\S\n]+{_NAME}|[^\S\n]*,[^\S\n]*{_FULL_NAME})*"

# "By" as pages in other languages write it: "Par Claire Dubois", "Por Ana Pérez", "Von Anna
# Clauß", "door …", "av …", "di Marco Bianchi" (these three in small letters only: "Di Maio" is a
# name, "Door Prizes Awarded" a headline; "Door" and "Av" opening a line under the headline
# are read by `_BY_CAPITAL`); "An analysis by …", Drupal's "Submitted by …".
_BY_WORD = (
    r"(?i:(?:(?:written|words|posted|post|submitted)\s+|an?\s+(?:analysis|commentary|essay|column|review)\s+)?by"
    r"|par|por|von)|door|av|di"
)
# A role in small letters between "By" and the name: "By business reporter Jack Fisher".
_ROLE_NAMES = "writer|editor|correspondent|reporter|columnist|contributor|staff"
_ROLE_BEFORE = rf"(?:(?:[a-z]+[^\S\n]+){{0,3}}?(?:{_ROLE_NAMES})[^\S\n]+)?"
_BY = re.compile(rf"(?:{_BY_WORD})[^\S\n]*:?[^\S\n]+{_ROLE_BEFORE}(?P<name>{_NAMES})")
_LABELLED = re.compile(
    # The author's label in other languages too: "Autor:", "Auteur :", "Autore:", "Penulis:".
    r"(?P<key>title|headline|author|authors|byline|writer|autor|autorin|auteur|autore|"
    r"penulis|yazar|forfatter|författare|kirjoittaja)[^\S\n]*:[^\S\n]*(?P<value>\S.*)",
    re.IGNORECASE,
)
_BARE_NAME = re.compile(rf"(?P<name>{_NAME})")
# A Dutch or Nordic "By" opening a line, in a capital, where a name alone may be a byline (under
# the headline): "Door Jan de Vries", "Av Anna Berg".
_BY_CAPITAL = re.compile(rf"(?:Door|Av)[^\S\n]+(?P<name>{_NAMES})")
# Two names alone on their line: "Jane Doe and John Roe".
_TWO_NAMES = re.compile(rf"(?P<name>{_FULL_NAME}[^\S\n]+(?:and|&)[^\S\n]+{_FULL_NAME})[^\S\n]*$")

# A dateline opens the first paragraph: "WASHINGTON (Reuters) - ", "Washington (CNN) — ", or
# with the day the story was filed, as wire copy and press releases write it:
# "JOHANNESBURG, August 7 (Xinhua) --", "NEW YORK, March 3, 2021 /PRNewswire/ --", or with
# no place, "Oct. 12 (UPI) --". It may stand on a line of its own above the first paragraph.
# Wire copy of the typewriter age writes its dash as an underscore: "WASHINGTON _ The economy…";
# Spanish agency copy a full stop and a dash: "Seville, Nov 12 (EFE).- A team of …".
_PLACE_WORD = r"[A-Z][\w.'’-]+"
_CAPS_WORD = r"[A-Z][A-Z.'’-]+"
_REGION = rf"(?:,[^\S\n]*{_PLACE_WORD}(?:[^\S\n]+{_PLACE_WORD}){{0,2}})?"
_MONTH_WORD = rf"(?i:{MONTH_NAMES})\b\.?"
_DAY_NUMBER = r"[0-3]?\d(?:st|nd|rd|th)?\b"
_FILED_WORDS = (
    rf"{_MONTH_WORD}[^\S\n]+{_DAY_NUMBER}(?:,?[^\S\n]+(?:1\d|2\d)\d\d\b)?"
    rf"|{_DAY_NUMBER}[^\S\n]+{_MONTH_WORD}(?:,?[^\S\n]+(?:1\d|2\d)\d\d\b)?"
)


def _filed(group: str) -> str:
    # After a comma, a space, or a dash as press releases write it: "HOUSTON, Texas – October
    # 3, 2023 – …" (the dash after the date is still required).
    return rf"(?:(?:,[^\S\n]*|[^\S\n]*[—–][^\S\n]*|[^\S\n]+)(?P<{group}>{_FILED_WORDS}))?"


# A day with its year written out: a place in any case may go before it with no agency after
# ("Houston, Texas, October 3, 2023 — …"), as a press release opens.
_FULL_DAY = rf"{_MONTH_WORD}[^\S\n]+{_DAY_NUMBER},?[^\S\n]+(?:1\d|2\d)\d\d\b"


_AGENCY = r"[^\S\n]*(?:\([^()\n]{1,30}\)|/[^/\n]{1,30}/)"
_NOT_PLACE = "(?:On|In|At|By|From|Since|Until|Before|After|Through|The|As|For)"
_DATELINE = re.compile(
    rf"(?:[A-Z][A-Z.'’-]{{2,}}(?:[^\S\n]+{_CAPS_WORD}){{0,3}}{_REGION}{_filed('when')}(?:{_AGENCY})?"
    rf"|{_PLACE_WORD}(?:[^\S\n]+{_PLACE_WORD}){{0,3}}{_REGION}{_filed('named_when')}{_AGENCY}"
    rf"|{_PLACE_WORD}(?:[^\S\n]+{_PLACE_WORD}){{0,3}}{_REGION},[^\S\n]*(?P<dated_when>{_FULL_DAY})"
    # A place as small capitals show it, written in small letters but its first ("Porto, April
    # 25 — …"), with a day and a long dash; not a sentence's "On Tuesday, March 5 — …".
    rf"|(?!{_NOT_PLACE}\b){_PLACE_WORD}(?:[^\S\n]+{_PLACE_WORD}){{0,3}}{_REGION},[^\S\n]*"
    rf"(?P<cased_when>{_FILED_WORDS})(?=[^\S\n]*[—–])"
    rf"|(?P<only_when>{_FILED_WORDS}){_AGENCY})"
    r"[^\S\n]*(?:—|–|--?|_|\.[—–-])(?:[^\S\n]+|$)"
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Pres|Prof|No|vs|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|Jr|Sr))\.$"
)
_TITLE_LIMIT = 90
_MAX_NAME_WORDS = 4


@dataclass(frozen=True, slots=True)
class Byline:
    """An author name found on a line: the name, where it is, and where the line goes on."""

    author: str
    start: int
    end: int
    rest: int  # offset just after the name, where a date may follow


def capital_by(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` opens with a Dutch or Nordic "By" in a capital and a name
    ("Door Jan de Vries"): a byline under a headline, a headline above one ("Door Prizes …")."""
    return _BY_CAPITAL.match(text, start, end) is not None


def byline(text: str, start: int, end: int, bare: bool) -> Byline | None:
    """A byline filling `text[start:end]`: "By Jane Smith", or with `bare`, just a name.

    A "By" line may go on with an agency or a date; a bare name may be followed only by what
    the caller checks (a date), since a short capitalised line could be anything.
    """
    desk = _DESK.match(text, start, end)
    if desk is not None:  # "From staff reports", "Staff and wire reports": no one named
        return Byline("", start, desk.end(), desk.end())
    match = _BY.match(text, start, end)
    if match is None:
        outlet = _FROM_OUTLET.match(text, start, end)
        if outlet is not None and organisation_name(outlet.group("name")):
            return Byline("", start, outlet.end("name"), outlet.end("name"))  # "From Reuters"
    if match is None and bare:
        match = _two_names(text, start, end)
        if match is None:
            match = _BY_CAPITAL.match(text, start, end) or _BARE_NAME.match(text, start, end)
            words = len(_capital_role(match.group("name")).split()) if match else 0
            if match is None or not 2 <= words <= _MAX_NAME_WORDS:
                return None
    if match is None:
        return None
    staff = _STAFF.match(text, match.end("name"), end)
    if staff is not None:  # "By Wire staff", "By Times staff": a desk's, no one named
        return Byline("", match.start("name"), staff.end(), staff.end())
    name = _in_capitals(_without_role(match.group("name").rstrip(" \t\u00a0,.")))
    name_start = match.start("name")
    stop = name_start + len(name)
    rest = stop
    role = _ROLE_TAIL.match(text, stop, end)
    if (
        role is not None
        and len(name.split()) >= 3
        and (role.end() == end or date_line(text, role.end(), end, either=True) is not None)
    ):
        # "Peter Walker Political correspondent": the role's first word was read as a name's;
        # a copied page may glue the date to it ("… Environment reporterWed 27 Mar 2024").
        name = name[: name.rstrip().rfind(" ")].rstrip()
        stop, rest = name_start + len(name), role.end()
    glued = _glued_role(text, name_start, stop, end)
    if glued is not None:
        name, rest = name[:glued], end
        stop = name_start + len(name)
    if rest == stop and (named := _capital_role(name)) != name:
        name, stop = named, name_start + len(named)  # "Jane Doe Ottawa Bureau Chief"
    if _NO_PERSON.fullmatch(name):
        name = ""  # a byline of no one named: "Our Correspondent", "Web Desk"
    elif match.re is _BY:
        name = _people(name)  # "By Reuters", "By Jane Doe, Associated Press"
    # Shown with plain spaces: a page's "Jane\u00a0Doe" is the author "Jane Doe".
    return Byline(" ".join(name.split()), name_start, stop, rest)


# A byline of the paper's own or the wire services' reports, no one named: "From staff
# reports", "Staff and wire reports", "From wire services", "From news services"; a date, a
# mark or the line's end after it (not "From staff reports it appears …").
_DESK_WORD = r"(?:staff|wire|news|agency)"
_DESK = re.compile(
    rf"(?:(?i:from)[^\S\n]+)?(?i:{_DESK_WORD}(?:[^\S\n]+(?:and|&)[^\S\n]+{_DESK_WORD})?"
    r"[^\S\n]+(?:reports|services|dispatches))(?=[^\S\n]*$|[^\S\n]*[|,•·–—-]|(?-i:[A-Z0-9]))"
)


def desk_byline(line: str) -> bool:
    """Whether a line is a desk's byline alone ("From staff reports"), as a live page sets one
    under each entry's heading."""
    match = _DESK.match(line.strip())
    return match is not None and match.end() == len(line.strip())


# "staff" in small letters after an outlet's name: "By Wire staff", "By Times staff"; not a
# role after a person's name ("Jane Doe staff writer").
_STAFF = re.compile(r"[^\S\n]+staff\b(?![^\S\n]+(?:writer|reporter|correspondent|photographer))")


# The last word of a desk's name after "By": "By Regional Times Staff", "By the Metro Desk".
_DESK_ENDINGS = frozenset({"staff", "desk", "team", "newsroom", "bureau"})
# A word that makes a name an organisation's wherever it stands in it, a kind of outlet no
# person's name holds: "Bloomberg News", "The Associated Press", "CNN Wire", "Agence
# France-Presse", "Press Trust".
_OUTLET_KINDS = frozenset(
    "news press presse wire wires newswire agency agence agencia agenzia service services "
    "media network reports dispatches syndicate gazette bulletin herald tribune chronicle "
    "courier newsletter magazine".split()
)


def desk_name(name: str) -> bool:
    """Whether a name after "By" is a desk's, no one's: "Regional Times Staff", "Metro Desk"."""
    words = name.split()
    return bool(words) and words[-1].lower() in _DESK_ENDINGS


def organisation_name(name: str) -> bool:
    """Whether a name after "By" or "From" is an organisation's, no one's: a desk's; one that
    opens with "the" ("The Associated Press"; no person's name does); a single word
    ("Reuters", "AFP", "Xinhua": a byline names a person by two words at least); one holding a
    kind of outlet ("Bloomberg News", "CNN Wire")."""
    words = name.split()
    if not words:
        return False
    lowered = {word.lower().strip(".,") for word in words}
    return (
        desk_name(name)
        or words[0].lower() == "the"
        or len(words) == 1
        or bool(lowered & _OUTLET_KINDS)
    )


def _people(names: str) -> str:
    """The persons of a byline's list of names, without the organisations in it: "Jane Doe,
    Associated Press" and "Jane Doe and The Associated Press" are Jane Doe's; "Reuters" is no
    one's."""
    parts = _LIST_MARK.split(names)  # names at even places, what joins them at odd ones
    if not any(organisation_name(name) for name in parts[::2]):
        return names
    people = (_before_outlet(name) for name in parts[::2])
    return ", ".join(name for name in people if not organisation_name(name))


def _before_outlet(name: str) -> str:
    """A person's name with an outlet's after it, the outlet's kind third or later: "Marco
    Rossi Associated Press" is Marco Rossi's (the word before the kind is the outlet's)."""
    words = name.split()
    kind = next((i for i, w in enumerate(words) if w.lower().strip(".,") in _OUTLET_KINDS), 0)
    return " ".join(words[: kind - 1]) if kind >= 3 else name


_LIST_MARK = re.compile(r"([^\S\n]*,[^\S\n]*|[^\S\n]+(?:and|&)[^\S\n]+)")


# "From" and an organisation's name, as a wire story's byline: "From Bloomberg News".
_FROM_OUTLET = re.compile(rf"(?i:from)[^\S\n]+(?P<name>{_NAME})")


# A byline that names a desk or a role, no one: "Our Correspondent", "Staff Reporter", "Web Desk".
_NO_PERSON = re.compile(
    r"(?:Our|Staff|Special|Own|News|Web|Digital|Online)(?:[^\S\n]+(?:Staff|Special|Own|News|Web))?"
    r"[^\S\n]+(?:Correspondent|Reporter|Writer|Desk|Team)s?",
    re.IGNORECASE,
)


def _two_names(text: str, start: int, end: int) -> re.Match[str] | None:
    """Two names of two to four words each filling the line, as one byline."""
    match = _TWO_NAMES.match(text, start, end)
    if match is None:
        return None
    names = re.split(r"\s+(?:and|&)\s+", match.group("name"))
    return match if all(2 <= len(name.split()) <= _MAX_NAME_WORDS for name in names) else None


def _glued_role(text: str, start: int, stop: int, end: int) -> int | None:
    """Where in the name at `text[start:stop]` a role glued to it starts, when the role fills
    the rest of the line; None when no role is glued."""
    for glue in _GLUED_CAPITAL.finditer(text, start, stop):
        word_start = text.rfind(" ", start, glue.start()) + 1 or start
        if text[max(word_start, start) : glue.start()].lower() in _NAME_PREFIXES:
            continue
        if word_start <= start or not text[start : glue.start()].strip():
            return None  # one word before the role: no full name
        role = _GLUED_ROLE.fullmatch(text, glue.start(), end)
        if role is not None and _ROLE_NAMED.search(text[glue.start() : end]):
            return glue.start() - start
        return None
    return None


# The last word of a writer's role after the name: "Carol Finch, Staff Writer", "JAMES REED,
# SHOWBIZ EDITOR" name one author, not two.
_ROLE_WORDS = rf"(?i:{_ROLE_NAMES})"
_ROLE = re.compile(rf",[^\S\n]*[^,]*\b{_ROLE_WORDS}$")
# A role in lower case after a name on its line: " correspondent", " political editor".
_ROLE_TAIL = re.compile(rf"(?:[^\S\n]+[a-z]+)*?[^\S\n]+{_ROLE_WORDS}[^\S\n]*")
# A role a copied page glued to the name before it: "Ana PérezSenior Correspondent", "Paul
# GrantTransport Reporter"; not a name's own capital ("McDonald", "MacLeod", "DeSantis").
_GLUED_CAPITAL = re.compile(r"(?<=[^\W\d_]{3})(?<=(?-i:[a-z\u00df-\u00ff]))(?=(?-i:[A-Z]))")
_NAME_PREFIXES = frozenset({"mac", "van", "von", "fitz", "del", "della", "des", "les"})
_GLUED_ROLE = re.compile(r"[^\S\n]*(?:[^\W\d_][\w&'’.-]*[^\S\n,]*,?[^\S\n]*){1,6}")
_ROLE_NAMED = re.compile(
    rf"\b(?:{_ROLE_NAMES}|journalist|producer|analyst|critic|redactora?|redakteur(?:in)?|"
    r"chief|presenter|commentator)\b",
    re.IGNORECASE,
)


_WORD = re.compile(r"\S+")
# A role in capitals after the name on its line, its last word a role's: "Jane Doe Senior
# Reporter", "Jane Doe Ottawa Bureau Chief", "Jane Doe Environment Correspondent" (a place
# or a beat only just before "Bureau" or the role's last word).
_ROLE_NOUN = r"(?:Writer|Editor|Correspondent|Reporter|Columnist|Contributor|Chief|Producer|Critic)"
_ROLE_ENDINGS = tuple(_ROLE_NOUN.strip("(?:)").split("|"))
_CAPITAL_ROLE = re.compile(
    rf"(?:[^\S\n]+[A-Z][\w&'’-]*(?=[^\S\n]+(?:Bureau|{_ROLE_NOUN})))?"
    r"(?:[^\S\n]+(?:Senior|Chief|Deputy|Staff|Bureau|Associate|Managing|Executive|Contributing|"
    r"Special|Political|Foreign|National|International|Business|Sports?|Local|Investigative))*"
    rf"[^\S\n]+{_ROLE_NOUN}"
)


def _capital_role(name: str) -> str:
    """The name without a role in capitals after it, when two words in capitals or more are
    left (not "Piet de" of "Piet de VriesEurope Correspondent")."""
    if not name.endswith(_ROLE_ENDINGS):
        return name  # most names: spared the search
    for space in re.finditer(r"[^\S\n]+", name):
        left = name[: space.start()].split()
        if sum(word[:1].isupper() for word in left) >= 2 and _CAPITAL_ROLE.fullmatch(
            name, space.start()
        ):
            return name[: space.start()]
    return name


def _in_capitals(name: str) -> str:
    """A name written in capitals ends where the capitals do: "MARCO ROSSI Associated Press"
    is MARCO ROSSI of the Associated Press; or where "FOR" names the outlet after it."""
    words = list(_WORD.finditer(name))
    if len(words) < 3 or not (words[0].group().isupper() and len(words[0].group()) > 1):
        return name
    for word in words[1:]:
        text = word.group()
        outlet = text == "FOR"  # "JAMES REED FOR MAILONLINE": the outlet follows
        if outlet or (
            not text.isupper() and text not in ("and", "&") and not re.fullmatch(_PARTICLE, text)
        ):
            cut = name[: word.start()].rstrip(" \t\u00a0,.")
            return cut if len(cut.split()) >= 2 else name
    return name


def _without_role(name: str) -> str:
    role = _ROLE.search(name)
    return name[: role.start()] if role else name


_OUTLET_WORDS = 6  # the most words of an outlet or a role after a byline's name and a comma


def outlet_after(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is an outlet or a role after a byline's name and a comma, and
    nothing more: ", The Canadian Press", ", Nikkei staff writer"."""
    words = text[start:end].strip()
    if not words.startswith(",") or any(c.isdigit() for c in words):
        return False
    words = words[1:].strip()
    return 0 < len(words.split()) <= _OUTLET_WORDS and words[-1].isalnum() and words[0].isalpha()


def labelled_field(line: str) -> tuple[str, int] | None:
    """A "Title: …" or "Author: …" line: which field (title/author) and where its value starts."""
    match = _LABELLED.fullmatch(line.rstrip())
    if match is None:
        return None
    key = "title" if match.group("key").lower() in ("title", "headline") else "author"
    return key, match.start("value")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline opening a paragraph: where it ends, whether it fills its line, and where the
    day it was filed on is written in it, if it is ("August 7"), as offsets of the text."""

    end: int  # where the article text starts after it; the line's end when it stands alone
    alone: bool
    filed: tuple[int, int] | None


def dateline(text: str, start: int, end: int) -> Dateline | None:
    """The dateline opening `text[start:end]`, if any; a wire's revision tag before it is
    part of it ("(UPDATE 1) LONDON, May 3 (Reuters) -"), or the whole of it when no
    dateline follows."""
    tag = lede_tag_length(text, start, end)
    match = _DATELINE.match(text, start + tag, end)
    if match is None:
        found = _colon_dateline(text, start + tag, end)
        return found if found is not None or not tag else Dateline(start + tag, False, None)
    alone = match.end() >= end or not text[match.end() : end].strip()
    groups = ("when", "named_when", "dated_when", "cased_when", "only_when")
    group = next((g for g in groups if match.group(g)), None)
    filed = match.span(group) if group else None
    return Dateline(end if alone else match.end(), alone, filed)


# A place in capitals and a colon, as Indian papers write their datelines: "MUMBAI: Heavy
# rain…", "NEW DELHI: The government…".
_COLON_DATELINE = re.compile(
    rf"[A-Z][A-Z.'’-]{{2,}}(?:[^\S\n]+{_CAPS_WORD}){{0,2}}:[^\S\n]+(?=[A-Z])"
)
_SPEAKER = re.compile(r"^[ \t]*[A-Z][A-Z.'’(),/ \t-]{1,40}:", re.MULTILINE)


def _colon_dateline(text: str, start: int, end: int) -> Dateline | None:
    """A colon dateline opening the first paragraph; not a speaker's name in a transcript,
    where such names open other lines too ("ANCHOR: …")."""
    match = _COLON_DATELINE.match(text, start, end)
    if match is None or len(_SPEAKER.findall(text, 0, 20_000)) > 1:
        return None
    return Dateline(match.end(), False, None)


def first_sentence(paragraph: str) -> str:
    """The first sentence of a paragraph, not fooled by initials or "Feb." and the like."""
    for match in _SENTENCE_END.finditer(paragraph):
        if not _ABBREVIATION.search(paragraph[: match.start() + 1]):
            return paragraph[: match.end()]
    return paragraph


def short_title(sentence: str) -> str:
    """A title from a sentence: whole when short, else cut at a word boundary with an ellipsis."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= _TITLE_LIMIT:
        return sentence
    cut = sentence.rfind(" ", 0, _TITLE_LIMIT)
    head = sentence[: cut if cut > 0 else _TITLE_LIMIT - 1]
    return head.rstrip(" ,;:—–-\"'“‘(") + "…"
