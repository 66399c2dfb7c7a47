"""Words of one family name one happening: "the double murder" is the one the lede tells as
"the murders", "the blaze" the one told as "a fire", "the vote" the one told as "voted on
Monday". An article names its happening by such words in turn, and so may a rule that looks
for the same happening told twice."""

from __future__ import annotations

# Each family's words; the words after "|" name the happening but are no noun of it that a
# count is told from or that the happening is told again by: victims "found dead", "the
# bodies" found.
_FAMILIES = (
    "murder murders murdered killing killings killed slaying slayings slain homicide"
    " | dead body bodies",
    "shooting shootings shot gunfire",
    "attack attacks attacked assault",
    "bombing bombings bombed blast blasts explosion explosions exploded",
    "quake quakes earthquake earthquakes tremor tremors temblor temblors",
    "fire fires blaze blazes flames inferno",
    "storm hurricane typhoon cyclone tornado",
    "flood floods flooding",
    "crash crashes crashed collision derailment derailed",
    "vote votes voted election elections ballot referendum",
    "arrest arrests arrested",
    "trial",
    "verdict convicted conviction",
    "sentencing sentenced",
    "death deaths died | dead body bodies",
    "resignation resigned",
    "robbery robberies robbed heist raid raided",
    "kidnapping kidnapped abduction abducted",
    "riot riots rioting protest protests",
    "summit",
    "strike",
    "takeover acquisition acquired merger merged",
    "launch launched debut",
    "invasion invaded coup",
    "massacre rampage",
    "fight fights bout bouts match contest",
    "premiere premiered",
    "reopening reopened reopen reopens",
    "collapse collapsed",
    "eruption erupted",
    "outage outages blackout",
    "landslide landslides mudslide mudslides",
    "funeral",
    "inauguration inaugurated",
    "hearing",
)
# Each word of a family (before its "|"), and every word of its family.
FAMILY_OF: dict[str, list[str]] = {
    word: family.replace("|", " ").split()
    for family in _FAMILIES
    for word in family.partition("|")[0].split()
}
# Each such word, and which family it is of (the first it is in).
KIND_OF: dict[str, int] = {}
for _kind, _family in enumerate(_FAMILIES):
    for _word in _family.partition("|")[0].split():
        KIND_OF.setdefault(_word, _kind)
