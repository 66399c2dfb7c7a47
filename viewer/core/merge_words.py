"""Words for merging that news writes many ways: the kind of act told by several verbs and
nouns ("killed", "dead", "died"; "convicted", "found guilty"), and names told as a place or
its people ("Indonesia", "Indonesian")."""

from __future__ import annotations

from collections.abc import Iterable

# Each kind of act, and the words outlets use for it (every form: crude stemming does not
# bring "died" to "die", nor "shot" to "shoot"). Only words that tell one kind of act: not
# "fire" (a blaze, a dismissal or shots), not "held" or "named".
_KINDS = {
    "kill": "kill kills killed killing killings dead death deaths die dies died dying slain",
    "arrest": "arrest arrests arrested arresting detain detains detained detaining",
    "shoot": "shoot shoots shooting shootings shot gunned shootout gunfire",
    "convict": "convict convicts convicted conviction guilty",
    "rob": "rob robs robbed robbing robbery robberies robber robbers heist heists",
    "blaze": "blaze blazes",
}
KIND_OF: dict[str, str] = {word: kind for kind, words in _KINDS.items() for word in words.split()}
# The kinds themselves, as tokens.
KINDS = frozenset(_KINDS)

# Acts that undo each other, each told by several words (as merge_tokens stems them): a
# hiring and a dismissal of one person are two happenings, however alike their words.
_HIRED = frozenset("hire hired hiring named appoint appointment".split())
_DISMISSED = frozenset("fired firing dismiss dismissal sack oust ouster cann axed".split())


def contrary_acts(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether one passage's tokens tell a hiring and the other's a dismissal, neither both."""
    a_hired, a_dismissed = not _HIRED.isdisjoint(a), not _DISMISSED.isdisjoint(a)
    b_hired, b_dismissed = not _HIRED.isdisjoint(b), not _DISMISSED.isdisjoint(b)
    if a_hired == a_dismissed or b_hired == b_dismissed:
        return False  # neither act, or both, told in one of them
    return a_hired != b_hired


def place_aliases(names: Iterable[str]) -> dict[str, str]:
    """Names of a people or language that a place among `names` is spelled from, each with
    the place: "indonesian" → "indonesia", "iranian" → "iran", "ukrainian" → "ukraine".

    Only names both forms of which are in the corpus: "Julian" is left alone where no
    "Julia" is named."""
    known = set(names)
    aliases: dict[str, str] = {}
    for name in known:
        if not name.endswith("n") or len(name) < 6:
            continue
        stem = name[:-3] if name.endswith("ian") else ""
        for place in (name[:-1], stem, stem + "e"):
            if len(place) >= 4 and place in known:
                aliases[name] = place
                break
    return aliases


def _chain_end(settled: dict[str, str], alias: str) -> str:
    """Where a chain of settled tokens ends: a headline's word that is a name, that name a
    people's, that people's name another place's. Followed to its end, whatever order the
    tokens are met in (a set's order follows the strings' hashes, which change from run to
    run); each step is a shorter token, so the chain ends."""
    while (further := settled.get(alias)) is not None:
        alias = further
    return alias


def resolve(texts: list[dict[str, float]], name_mark: str, headline_mark: str) -> None:
    """Settle, over a whole corpus, what single passages cannot tell: a capitalised word of a
    headline is a name unless the corpus writes it in lower case too ("Teen Arrested in
    Shooting" holds the words "arrest" and "shoot"; "Brooklyn" stays a name); a people's name
    is its place's ("Indonesian" is "Indonesia"). Such a word's token is `headline_mark`,
    then the mark it keeps if it stays a name or a designation, then the word. The texts'
    tokens are changed in place."""
    known: set[str] = set()
    for tokens in texts:
        known.update(tokens)
    settled = {
        token: token[2:] if token[2:] in known else token[1:]
        for token in known
        if token[0] == headline_mark
    }
    names = {t for t in known if t[0] == name_mark} | {
        t for t in settled.values() if t[0] == name_mark
    }
    settled.update(place_aliases(names))
    settled = {token: _chain_end(settled, alias) for token, alias in settled.items()}
    if not settled:
        return
    for k, tokens in enumerate(texts):
        if settled.keys().isdisjoint(tokens):
            continue
        renamed: dict[str, float] = {}
        for token, weight in tokens.items():
            if token in settled:
                if settled[token] == token[2:]:
                    weight = 1.0  # an ordinary word after all
                token = settled[token]
            if weight > renamed.get(token, 0.0):
                renamed[token] = weight
        texts[k] = renamed
