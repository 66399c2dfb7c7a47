"""Who speaks, as a headline names them, and which pronouns of their statement mean them.

A headline names a speaker as a reader would: a person by surname ("US President Joe Biden":
"Biden"), a body by its name ("NATO", "The company"). Where the statement opens on a pronoun
for its speaker, the name takes the pronoun's place ("Apple said it would cut prices":
"Apple would cut prices"; "Compaq said its net income rose": "Compaq's net income rose"). It
does so only when the pronoun agrees with the speaker: in "Authorities said he spotted
Orozco" the man is an officer, not the authorities; in "Police said it was an accident" the
accident is not the police; "The sheriff said he was booked" is of the man arrested. A
pronoun that may mean someone else stays, after the speaker's name ("Sheriff: He …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.headline_parts import (
    NOT_A_SPEAKER,
    PRONOUNS,
    QUOTES,
    ROLES,
    SPEECH_VERBS,
    TITLES,
    fronted,
    leading_conjunction,
)
from viewer.core.holds import holds_any

# The last word of a firm's name: "Meridian National Corp." is no person called "Corp.".
_FIRM_ENDINGS = frozenset(
    "corp. corp inc. inc co. co cos. cos ltd. ltd llc plc ag s.a. n.v. group bank bancorp holdings "
    "industries airlines partners association partnership company corporation trust "
    # What a firm's name says it does, no person's surname: "Marlow Water", "Delta Air Lines",
    # "General Motors", "Rio Tinto Mining".
    "water energy utilities airways railways motors telecom pharmaceuticals mining foods "
    "insurance logistics technologies software networks communications entertainment".split()
)
# The last word of a news outlet's name: "Lake County News" is no person called "News".
OUTLETS = frozenset(
    "news times post journal herald tribune press gazette telegraph guardian chronicle daily "
    "radio tv television network agency wire presse".split()
)
# Lowercase words inside a firm's name: "First of America Bank Corp.", "Procter & Gamble Co.",
# "Savings and Loan Association".
_NAME_LINKS = frozenset("of and & amp de".split())
# Nouns that say what a firm is, ending a description of it: "The Los Angeles thrift holding
# company", "The Portland, Ore., thrift": the headline names it "Company", "Thrift", as it
# names "the company".
_FIRM_NOUNS = frozenset(
    "company concern firm thrift bank group insurer retailer airline carrier utility publisher "
    "lender brokerage".split()
)
# Nouns that name one person by what they do or are: "The spokesman said it is the first
# plan" is of the plan; "it" never means them.
PEOPLE = ROLES | frozenset(
    """sheriff officer detective investigator prosecutor agent trooper witness source man
    woman boy girl neighbor neighbour resident victim friend father mother son daughter
    husband wife brother sister owner employee worker student teacher doctor nurse""".split()
)
# Nouns that name many people without a plural "s".
_MANY = frozenset("police people staff".split())
# How the plural nouns of those who speak in news end: "authorities", "prosecutors",
# "officials", "residents", "witnesses", "analysts". A capitalised word ending in another
# "s" is as likely a name ("Jeffs", "Unisys").
_PLURAL_ENDINGS = (
    "ies", "ors", "ers", "als", "nts", "sts", "ses", "ves", "ans", "ces", "des", "pts", "ops",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Speaker:
    """How a headline names a speaker, and what the speaker is."""

    name: str  # "" when the headline cannot name them ("he", a long phrase)
    person: bool  # one person, named by surname ("Biden")
    many: bool  # several people ("Authorities", "Police", "some co-workers")
    bare: bool = False  # one capitalised word alone: a surname or a body ("King", "Apple")
    office: bool = False  # one person by what they do, unnamed ("The spokesman")


# No speaker the headline can name: one value, never changed, not one made per headline.
NO_SPEAKER = Speaker("", False, False)


def speaker(phrase: str) -> Speaker:
    """The speaker a phrase names: "US President Joe Biden", "The Royal Canadian Mounted
    Police", "Compaq Computer Corp.". What follows a comma is about them, not their name
    ("HEALTHDYNE Inc., Atlanta", "Savin Corp., Stamford, Conn.")."""
    phrase = _name_part(phrase)
    words = [w.strip(".,’'") if not w.endswith(".") else w.strip(",’'") for w in phrase.split()]
    words = [w for w in words if w]
    article = bool(words) and words[0].lower() == "the"
    while words and words[0].lower() in TITLES:
        words = words[1:]
    if not words or words[0].lower() in PRONOUNS:
        return NO_SPEAKER
    words = _person_without_employer(_firm_without_place(words))
    capitalised = [w[:1].isupper() for w in words]
    last = words[-1].lower()
    firm = last in _FIRM_ENDINGS
    if (
        firm
        and len(words) <= 8
        and all(c or w in _NAME_LINKS for c, w in zip(capitalised, words, strict=True))
    ):
        return Speaker(" ".join(words), False, False)  # "First of America Bank Corp."
    if article and len(words) > 3 and last in _FIRM_NOUNS:
        return Speaker(capitalised_first(last), False, False)  # "The Los Angeles … company"
    person = not firm and (
        any(w.lower() in ROLES for w in words[:-1])
        or (
            not article
            and 2 <= len(words) <= 3
            and all(capitalised)
            and not (_acronym(words[0]) or _acronym(words[-1]))  # "T-Mobile USA"
            and _FIRM_ENDINGS.isdisjoint(w.lower() for w in words)  # "Service Corp. International"
            and last not in OUTLETS  # "Lake County News"
        )
    )
    plural = last.endswith("s") and not last.endswith("ss")
    many = (
        not person
        and not firm
        and (last in _MANY or (plural and (not capitalised[-1] or last.endswith(_PLURAL_ENDINGS))))
    )
    if person and capitalised[-1]:
        return Speaker(words[-1], True, False)  # "US President Joe Biden" -> "Biden"
    if all(capitalised) and len(words) <= 4:
        bare = not article and len(words) == 1 and not many and not words[0].isupper()
        return Speaker(" ".join(words), False, many, bare)  # "NATO", "World Health Organization"
    name = capitalised_first(" ".join(words)) if len(words) <= 3 else ""
    return Speaker(name, person, many, office=not person and not many and last in PEOPLE)


def _firm_without_place(words: list[str]) -> list[str]:
    """A firm's name without the place after it: "Norwood Partners Limited Partnership of
    Boston" is "Norwood Partners Limited Partnership"."""
    for at in range(len(words) - 2, 0, -1):
        ends = words[at].lower() in _FIRM_ENDINGS and words[at + 1] in ("of", "in")
        if ends and all(w[:1].isupper() for w in words[at + 2 :]):
            return words[: at + 1]
    return words


def _person_without_employer(words: list[str]) -> list[str]:
    """A person named by role or title and name, without whom they work for: "Mr. Weil of Weil
    & Associates" is Mr. Weil, "analyst John Smith of Merrill Lynch" is Smith."""
    for at, word in enumerate(words):
        if word in ("of", "at", "with") and at >= 2:
            role = next((i for i, w in enumerate(words[:at]) if w.lower() in ROLES), -1)
            name = words[role + 1 : at]
            if role >= 0 and 1 <= len(name) <= 3 and all(_is_name(w) for w in name):
                return words[:at]
            return words
    return words


def _is_name(word: str) -> bool:
    """A capitalised word that is no role: "John", "Weil", not "Chief"."""
    return word[:1].isupper() and word.lower() not in ROLES


def _name_part(phrase: str) -> str:
    """The part of a speaker phrase that names them: before the comma of an appositive or a
    place ("Orkem, France's third-largest chemical group"; "Cilcorp Inc., Peoria, Ill."),
    after the comma of an opening adverbial ("Initially, the company"; "But, the witness").
    A place's comma after "The" is inside the name's phrase ("The Rockford, Ill., maker")."""
    chunks = [chunk.strip() for chunk in phrase.split(",")]
    while len(chunks) > 1 and _opens_sentence(chunks[0]):
        chunks.pop(0)
    if chunks[0].lower().startswith("the "):
        return ", ".join(chunks)
    return chunks[0]


def _opens_sentence(chunk: str) -> bool:
    """Whether the words before a comma open the sentence rather than name someone:
    "Initially", "But", "Outside court", "On Tuesday", "Feeling uneasy"."""
    words = chunk.split()
    if not words:
        return True
    first = words[0].lower()
    lone_adverb = len(words) == 1 and first.endswith("ly")
    return (
        lone_adverb
        or first.endswith("ing")  # "Feeling uneasy, she says"
        or first in _PLACES_AROUND
        or fronted(chunk)
        or bool(leading_conjunction(chunk + " "))
    )


# Prepositions of place that open a sentence and are no part of the speaker's name.
_PLACES_AROUND = frozenset("outside inside near around behind beside".split())


def in_place_of(who: Speaker, pronoun: str) -> str:
    """What takes the place of a statement's opening pronoun that means its speaker, or ""
    where the pronoun may mean someone else: the name for a subject ("Apple would"), the
    name's possessive for "its", "his" or "her" ("Compaq's net income")."""
    word = pronoun.lower()
    if not who.name:
        return ""
    one_body = not who.person and not who.many and not who.office
    if word == "they":
        return who.name if who.many else ""
    if word == "it" or word == "its":
        agrees = one_body
    elif word in ("he", "she", "his", "her"):
        # a person named, or a surname alone ("King said he decided"); not an office or a
        # body ("The sheriff said he was booked": the man arrested, not the sheriff)
        agrees = who.person or who.bare
    else:
        return ""
    if not agrees:
        return ""
    # A firm told by what it is takes its article back: "The company had a loss", not
    # "Company had a loss".
    name = f"The {who.name.lower()}" if who.name.lower() in _FIRM_NOUNS else who.name
    if word in ("its", "his", "her"):
        return name + ("'" if name.endswith("s") else "'s")
    return name


def _acronym(word: str) -> bool:
    """Whether a word is an acronym ("NATO"), not a person's initial ("W.")."""
    return word.isupper() and not (len(word) == 2 and word.endswith("."))


def capitalised_first(text: str) -> str:
    """The text with its first letter a capital."""
    return text[:1].upper() + text[1:] if text else text


def can_speak(phrase: str) -> bool:
    """Whether a phrase can be who speaks: short, and not itself a clause."""
    words = phrase.split()
    if not 0 < len(words) <= 9 or holds_any(phrase, QUOTES):
        return False
    low = [w.lower().strip(",") for w in words]
    if low[0] in _NOT_OPENING_A_NAME:  # "'8 Block,' who police say are engaged …"
        return False  # "…, Robin Yanes, ever claimed…"; "…, with reports ranging…"
    if low[-1] in _RELATIVE_PRONOUNS:  # "…, followed months of protests by residents who say
        return False  # the project will …": the verb is the relative clause's, no attribution
    when = len(low) == 1 or low[1] in _AFTER_SAID
    if low[0].endswith("ly") and words[0].islower() and when:
        return False  # "…, said shortly after the quake hit": when, not who
    if all(w in _NO_ONE for w in low):  # "…, also said the company expects…"
        return False
    # "and" between two offices is one person's title: "chairman and chief executive officer";
    # inside one firm's name it is part of the name: "Savings and Loan Association", not in
    # "AST Research Inc. and Sun Microsystems Inc."
    firm = low[-1] in _FIRM_ENDINGS and "," not in phrase and _FIRM_ENDINGS.isdisjoint(low[:-1])
    return not any(
        w in NOT_A_SPEAKER and not (w == "and" and i and (firm or low[i - 1] in ROLES))
        for i, w in enumerate(low)
    )


def can_speak_after(phrase: str) -> bool:
    """Whether a phrase after its verb of saying can be who spoke ("…, said police";
    "…, said Eitan"): not a figure ("…, said 40 percent to 70 percent of the buildings…"),
    and a lone lowercase word names people or says who ("police", "officials", "he"), not
    what ("…, said profit from continuing lines fell 10%")."""
    return can_speak(phrase) and not _FIGURE.match(phrase) and _lone_word_speaks(phrase)


def can_speak_before(phrase: str) -> bool:
    """Whether a phrase after a comma and before its verb of saying can be who spoke
    ("…, police said", "…, the company said"): a lone lowercase word names people or says
    who; in "The Wilmington, Del., company reported net…" the comma is the place's."""
    return can_speak(phrase) and _lone_word_speaks(phrase)


def _lone_word_speaks(phrase: str) -> bool:
    """Whether a phrase is more than a lone lowercase word, or one that names people or
    says who: a pronoun, "police", a person's role, a plural ("officials", "experts")."""
    word = phrase.strip()
    if " " in word or not word.islower():
        return True
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
    return word in PRONOUNS or word in _MANY or word in PEOPLE or word in _BODIES or plural


# Bodies that speak as one with no article: "…, management said".
_BODIES = frozenset("management leadership administration".split())


# A number opening a phrase: what was said, not who ("40 percent", "70 people").
_FIGURE = re.compile(r"\s*\d[\d,.]*\s")


# Words that open no phrase naming who speaks: relative pronouns, prepositions and
# conjunctions, adverbs of time ("…, even though claims stemming from…" names no one).
_NOT_OPENING_A_NAME = frozenset(
    "who whom with as though although even ever since after before until unless whether "
    "in on at from into through about".split()
)
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
# Words of time after an adverb that follows "said": "shortly after", "soon before".
_AFTER_SAID = frozenset("after before following when as".split())
# Words that stand before a verb of saying but name no one.
_NO_ONE = frozenset("also then later now further again too meanwhile separately".split())


# A noun phrase before the subject that says who they are: "A 15-year department veteran,
# Ortiz had hoped…", "An outstanding defensive player, Cheeks played…", "The native of
# Chicago, Ill., he averaged…". After "The", only before a pronoun: in "The producers, Craig
# Zadan and Neil Meron, caused…" the name is the phrase's own appositive.
_SAID_WORDS = rf"(?:{'|'.join(SPEECH_VERBS)})\b"
_DESCRIBED_SUBJECT = re.compile(
    r"(?:An?\s[^,;:\"“”]{3,80}(?:,\s[A-Z][a-z]*\.)?,\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    rf"\s+(?!{_SAID_WORDS})[a-z])|The\s[^,;:\"“”]{{3,80}}(?:,\s[A-Z][a-z]*\.)?,\s+"
    rf"(?=(?:he|she|they)\s+(?!{_SAID_WORDS})[a-z]))"
)


# A verb that makes the words before the comma a clause, not a description.
_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|been|will|would|can|could)\b")


def described_subject(text: str) -> int:
    """Where the subject starts after a phrase describing it (`_DESCRIBED_SUBJECT`), or 0."""
    if not text.startswith(("A ", "An ", "The ")) or "," not in text:
        return 0  # the phrase ends on a comma: most sentences are spared the pattern's try
    found = _DESCRIBED_SUBJECT.match(text)
    if found is None or _CLAUSE_VERB.search(text, 0, found.end()):
        return 0  # "An arraignment has been scheduled for a New Bedford, Massachusetts man"
    return found.end()
