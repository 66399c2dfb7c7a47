"""A year that is part of a name: it names a thing, not a time of what the sentence tells.

News writes such years in a few set forms, each around capitalized words:
- a law's or an order's title ends in its year: "the Children Act 1989", "carried out under
  the Regulatory Reform (Fire Safety) Order 2005";
- a body named for the year it sits or reports in puts the year before its capitalized name:
  "The 2007 Working Group for California Earthquake Probability assigned a total slip rate";
- a vehicle is told by year, make and model, after "a" or whose it is: "Jackson was driving a
  2008 GMC Sierra", "was going west in his 2008 Bentley about 1:30 a.m.";
- a firm, a product or a work given its name with its year: "a joint venture called Orion
  1980";
- a building's street number, after a preposition of place and before a street's name: "All
  three live in a fifth-floor apartment inside 1800 Pitkin Ave.", "shot outside 2010 Main
  Street".
What stays a time: a year before a time-bound happening or period, capitalized or not ("the
2012 Olympics", "the 2007 Oscars", "Macworld 2009", "the 2009 season", "fiscal 1989", "1990
BellSouth earnings", "the 2008 Wall Street crash"), and a year that opens a clause ("In 2007,
the group met").
"""

from __future__ import annotations

import re

from viewer.core.holds import holds_any

_BARE_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_CAP = r"[A-Z][\w&'’.-]*"
# "… Act 1989", "… (Fire Safety) Order 2005": a law's title noun after a capitalized word or a
# parenthesis, right before the year.
_LAW_TITLE = re.compile(
    rf"(?:{_CAP}|\))\s+(?:Act|Order|Regulations|Rules|Bill|Code|Directive|Statute|Ordinance"
    r"|Decree)\s+$"
)
# The nouns that end _LAW_TITLE and the verbs _CALLED opens on: one of each is in its match.
_LAW_NOUNS = tuple(
    "Act Order Regulations Rules Bill Code Directive Statute Ordinance Decree".split()
)
_NAMING = ("called", "named", "dubbed", "titled", "entitled")
# "the 2007 Working Group for …": the year, then a capitalized name ending in a body's noun;
# not a body's sitting or vote of that year ("the 2014 Council elections").
_BODY_AFTER = re.compile(
    rf"\s+(?:{_CAP}\s+){{0,4}}(?:Group|Committee|Commission|Council|Panel|Board|Task\s+Force"
    r"|Working\s+Party)\b(?!['’]|\s+(?:elections?|meetings?|hearings?|votes?|sessions?|summits?"
    r"|polls?|races?|reports?)\b)"
)
_THE_BEFORE = re.compile(r"(?:^|\b[Tt]he\s+)$")
# "a joint venture called Orion 1980": a capitalized name given after "called", ending in a year.
_CALLED = re.compile(
    rf"\b(?:called|named|dubbed|titled|entitled)\s+(?:[Tt]he\s+)?(?:{_CAP}\s+){{1,4}}$"
)
# A vehicle's model year: police and court stories tell a vehicle by year, make and model.
# The determiner may have a word or two of colour or state before the year: "a grey 2013
# Toyota Camry", "a stolen 2010 Honda"; not a preposition ("a drop since 2008 Ford…").
_A_OR_WHOSE = re.compile(
    r"\b(?:a|an|his|her|their|my|our|your)\s+"
    r"(?:(?!(?:in|since|after|before|of|for|from|until|by|during|at|on|to)\b)[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_MAKE_AFTER = re.compile(
    r"\s+(?:Acura|Audi|Bentley|BMW|Buick|Cadillac|Chevrolet|Chevy|Chrysler|Dodge|Ford|GMC"
    r"|Honda|Hummer|Hyundai|Infiniti|Jaguar|Jeep|Kia|Land\s+Rover|Lexus|Lincoln|Maserati|Mazda"
    r"|Mercedes(?:-Benz)?|Mercury|Mitsubishi|Nissan|Oldsmobile|Plymouth|Pontiac|Porsche"
    r"|Range\s+Rover|Rolls-Royce|Saab|Saturn|Subaru|Suzuki|Tesla|Toyota|Volkswagen|Volvo|VW)\b"
)
# A street number: a preposition of place right before it, a street's name and its kind after.
_PLACE_BEFORE = re.compile(
    r"\b(?:at|on|inside|outside|near|behind|opposite|to|into|onto|from|past)\s+$", re.IGNORECASE
)
_STREET_AFTER = re.compile(
    r"\s+(?:(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))\s+){1,3}(?:Ave|Avenue|St|Street|Rd|Road"
    r"|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pl|Place|Ct|Court|Ter|Terrace|Pkwy|Parkway|Hwy"
    r"|Highway|Sq|Square|Row|Circle|Plaza)\b"
)
_REACH = 60  # how far before the year a name's start is looked for


def year_in_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a bare year, is part of a name (of a law, a body, a vehicle's
    model, a firm, a street address)."""
    if not _BARE_YEAR.fullmatch(text, start, end):
        return False
    head = max(0, start - _REACH)
    # Each scan of the words before is asked only when its cue is there: the title noun
    # ending them, a verb of naming among them, a name right after the year (one try).
    if text[head:start].rstrip().endswith(_LAW_NOUNS) and _LAW_TITLE.search(text, head, start):
        return True
    if holds_any(text[head:start], _NAMING) and _CALLED.search(text, head, start):
        return True
    if _MAKE_AFTER.match(text, end) and _A_OR_WHOSE.search(text, head, start):
        return True
    if _STREET_AFTER.match(text, end) and _PLACE_BEFORE.search(text, head, start):
        return True
    return _BODY_AFTER.match(text, end) is not None and (
        _THE_BEFORE.search(text, head, start) is not None
    )
