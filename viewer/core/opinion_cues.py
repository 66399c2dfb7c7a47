"""Views rather than news: what commentators say, and statements that only judge.

News reports what officials, companies and courts did or said they will do. A commentator's
reading of events (an analyst, a professor, a retired general, an op-ed or an essay) is a
view, and so is a statement that only weighs something ("the move was long overdue", "the
membership is a game-changer"), whoever makes it. Neither is a happening unless it gives a
date, a figure or a plan of its own. Cues are read from a passage's lowercased words outside
its quotations, where the reporting is told.
"""

from __future__ import annotations

import re

from viewer.core.word_patterns import first_letters

# Who gives views rather than news, and people speaking from outside office.
_COMMENTATOR = re.compile(
    r"\b(?:analysts?|experts?|professors?|(?:geo)?strategists?|columnists?|commentators?|"
    r"pundits?|scholars?|historians?|retired|former|veteran|think[- ]tanks?)\b"
)
# Pieces written to give a view, and the texts a view is read from.
_OPINION_PIECE = re.compile(  # spelt by first letters: word_patterns.py
    "(?:"
    + first_letters(
        [
            "op-?eds?",
            "essays?",
            "editorials?",
            "opinion (?:pieces?|columns?)",
            "columns?",
            "in an? (?:article|commentary|blog post)",
        ]
    )
    + r")\b"
)
# A judgement of worth, after a copula: "was long overdue", "is a game-changer", "is how
# important it is", "was “supportive of our efforts”".
_JUDGEMENT = re.compile(
    rf"(?:{first_letters('is are was were been be'.split())})"
    r"\s+(?:(?:how|so|very|long|not|also|more|less|most)\s+)?"
    r"[“\"‘']?(?:an?\s+)?(?:important|overdue|crucial|vital|essential|necessary|supportive|"
    r"needed|"
    r"significant|historic|unprecedented|welcome|mistake|game[- ]changer|good|bad|best|worst|"
    r"great|unacceptable|outrageous|disappointing|encouraging|dangerous|irresponsible|"
    r"(?:in)?appropriate|wise|unwise|reckless|misguided|absurd|ridiculous|shameful)\b"
)


# A quotation brought in to support an argument: "As the Times wrote, …".
_CITING = re.compile(
    r"^\W*as\s+(?:\S+\s+){1,5}?(?:wrote|writes|noted|notes|put it|observed|observes|argued|"
    r"argues|pointed out|explained|explains)\b"
)
# An argument told in the present: what a text or its authors "note", "argue", "explain".
_READING = re.compile(
    r"\b(?:notes?|argues?|writes?|explains?|acknowledges?|contends?|maintains?|concludes?|"
    r"observes?|suggests?)\s*(?:,|that\b)"
)
# The speaker's own stance: "I think", "I don't want to".
_STANCE = re.compile(
    "(?:"
    + first_letters([r"i\s+(?:don['’]t\s+|do\s+not\s+)?(?:think|believe|want|feel|hope)"])
    + r")\b"
)
# Deliberation that names nothing: "is considering a range of capabilities".
_VAGUE_DELIBERATION = re.compile(
    rf"(?:{first_letters('consider weigh evaluat review explor look'.split())})"
    r"\w*\s+(?:at\s+)?(?:a\s+(?:range|number|"
    r"variety|host|series)\s+of|(?:all|its|their|our|the|other)\s+options)\b"
)


# Each pattern above names whole words (a run of letters a-z with none beside it) of which it
# cannot match without one; a passage's runs are a set, and a look-up there spares the scan.
# _READING's verbs may have "that" run into them ("notesthat"): each such run is named too.
_COMMENTATOR_RUNS = frozenset(
    """analyst analysts expert experts professor professors strategist strategists
    geostrategist geostrategists columnist columnists commentator commentators pundit pundits
    scholar scholars historian historians retired former veteran think""".split()
)
_OPINION_PIECE_RUNS = frozenset(
    """op oped opeds essay essays editorial editorials opinion column columns article
    commentary blog""".split()
)
_JUDGEMENT_RUNS = frozenset(
    """important overdue crucial vital essential necessary supportive needed significant
    historic unprecedented welcome mistake game good bad best worst great unacceptable
    outrageous disappointing encouraging dangerous irresponsible appropriate inappropriate
    wise unwise reckless misguided absurd ridiculous shameful""".split()
)
_READING_STEMS = (
    "note",
    "argue",
    "write",
    "explain",
    "acknowledge",
    "contend",
    "maintain",
    "conclude",
    "observe",
    "suggest",
)
# Its verb is a whole run of letters but for an "s" and a "that" run into it ("notesthat").
_READING_RUNS = frozenset(
    stem + s + that for stem in _READING_STEMS for s in ("", "s") for that in ("", "that")
)
_STANCE_VERBS = frozenset("think believe want feel hope".split())
_DELIBERATION_RUNS = frozenset("options range number variety host series".split())


# The writer's own voice, with no source: an evaluative opener ("In the final analysis, …",
# "With any luck, …", "No matter what the stats say, …", "Let the record show …").
_WRITER_OPENER = re.compile(
    r"^\W*(?:(?:but|and|yet|still),?\s+)?(?:in\s+the\s+(?:end|final\s+analysis|long\s+run)|"
    r"with\s+(?:any|some|a\s+little)\s+luck|no\s+matter\s+(?:what|how|who)|"
    r"let\s+the\s+record\s+show|needless\s+to\s+say|"
    r"last\s+we\s+checked|make\s+no\s+mistake|for\s+better\s+or\s+(?:for\s+)?worse|"
    r"history\s+will|not\s+because|(?:then\s+)?there\s+(?:was|were)\s+the)\b"
)
_OPENER_RUNS = frozenset(
    """end analysis run luck matter record needless checked mistake better history
    because there""".split()
)
# What the writer sees as plain, told by the main clause (not by a relative one: "girls who
# were clearly pregnant"): "They were particularly evident on his next touch", "He clearly
# was undecided", "it soon became apparent that Rahman was struggling".
_COPULA = r"(?:was|were|is|are|became|becomes|seemed|seems)"
_MAIN = r"^\W*(?:(?!(?:who|that|which|when|while|because|as|if)\b)[\w'’-]+,?\s+){0,8}?"
_APPEARING = re.compile(
    rf"{_MAIN}(?:{_COPULA}\s+(?:\w+\s+)?(?:apparent|evident|obvious)\b|"
    rf"clearly\s+{_COPULA}\b|{_COPULA}\s+clearly\b)"
    rf"|\bit\s+(?:\w+\s+)?{_COPULA}\s+(?:\w+\s+)?(?:apparent|evident|obvious)\b"
    r"|\bof\s+course\b"  # the writer's aside: "His mind, of course, focused on …"
)
# What kept on, told as all the main clause says: "And Wayne Ellington's shooting slump
# continued, his normally perfect stroke …", "But in the locker room, business remained."
_KEPT_ON = re.compile(
    r"^\W*(?:(?:and|but)\s+)?(?:[\w'’-]+,?\s+){1,6}?(?:continued|continues|remained|remains)"
    r"\s*(?:[,.;]|$)"
)
_KEPT_ON_RUNS = frozenset("continued continues remained remains".split())
_APPEARING_RUNS = frozenset("apparent evident obvious clearly course".split())
# A trend as the subject, no one acting: "A trend toward honoring small movies has dented …".
_TREND = re.compile(r"^\W*(?:a|the)\s+(?:\w+\s+)?trends?\s+(?:toward|towards|of|to|in)\b")
WRITER_RUNS = _OPENER_RUNS | _APPEARING_RUNS | _KEPT_ON_RUNS | frozenset({"trend", "trends"})


# Every run of letters the cues below look up: a passage's runs need hold no others.
CUE_RUNS = (
    frozenset({"as", "i"})
    | _COMMENTATOR_RUNS
    | _OPINION_PIECE_RUNS
    | _JUDGEMENT_RUNS
    | _STANCE_VERBS
    | _DELIBERATION_RUNS
    | _READING_RUNS
    | WRITER_RUNS
)


def argument(low: str, outside: str, runs: frozenset[str]) -> bool:
    """Whether a passage argues rather than reports: a quotation cited in support, what a text
    or its authors note in the present, the speaker's own stance, or deliberation that names
    nothing. `low` is the passage lowercased, `outside` the same with quotations blanked,
    `runs` the runs of letters a-z in `low` (those of CUE_RUNS are enough)."""
    if "as" in runs and _CITING.match(outside):
        return True
    if not _READING_RUNS.isdisjoint(runs) and _READING.search(outside):
        return True
    if "i" in runs and not _STANCE_VERBS.isdisjoint(runs) and _STANCE.search(low):
        return True
    return not _DELIBERATION_RUNS.isdisjoint(runs) and _VAGUE_DELIBERATION.search(low) is not None


def commentary(outside: str, said: bool, runs: frozenset[str]) -> bool:
    """Whether a passage is a piece of opinion, or a statement (`said`) of a commentator:
    `outside` is the passage lowercased with its quotations blanked, `runs` the runs of
    letters a-z in the passage (outside its quotations or not)."""
    if not _OPINION_PIECE_RUNS.isdisjoint(runs) and _OPINION_PIECE.search(outside) is not None:
        return True
    if not said or _COMMENTATOR_RUNS.isdisjoint(runs):
        return False
    return _COMMENTATOR.search(outside) is not None


def judgement(low: str, runs: frozenset[str]) -> bool:
    """Whether a passage (lowercased, quotations kept; `runs`, its runs of letters a-z) judges
    something's worth."""
    return not _JUDGEMENT_RUNS.isdisjoint(runs) and _JUDGEMENT.search(low) is not None


def writer_voice(outside: str, said: bool, runs: frozenset[str]) -> bool:
    """Whether a passage is told in the writer's own voice: an evaluative opener, or, with no
    source (`said` false), what the writer sees as plain or a trend with no one acting.
    `outside` is the passage lowercased with its quotations blanked, `runs` its runs of
    letters a-z (those of WRITER_RUNS are enough)."""
    if runs.isdisjoint(WRITER_RUNS):
        return False
    if not _OPENER_RUNS.isdisjoint(runs) and _WRITER_OPENER.match(outside):
        return True  # "No matter what the stats say, …": the writer's, whatever it names
    if said:
        return False
    if not _APPEARING_RUNS.isdisjoint(runs) and _APPEARING.search(outside):
        return True
    if not _KEPT_ON_RUNS.isdisjoint(runs) and _KEPT_ON.match(outside):
        return True
    return not {"trend", "trends"}.isdisjoint(runs) and _TREND.match(outside) is not None
