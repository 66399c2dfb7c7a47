"""Merging gives the same answer on every run: the score two passages share does not depend on
the order a set of tokens happens to be in, which follows the strings' hashes (a new seed each
run). A score that differs in its last digit breaks a tie between two candidate merges the
other way, and the export names another pair in `merge_reason`."""

from __future__ import annotations

import os
import subprocess
import sys

# Weights as the scorer makes them (a token's weight times its idf): sums of such floats in
# different orders differ in their last digits.
_PROGRAM = """
from viewer.core.merge import shared_mass
tokens = [f"token{i}" for i in range(40)]
a = {t: 0.1 * (i % 7 + 1) + 1e-3 * i for i, t in enumerate(tokens)}
b = {t: 0.3 * (i % 5 + 1) - 1e-4 * i for i, t in enumerate(tokens)}
print(repr(shared_mass(a, b, a.keys() & b.keys())))
"""


def _answers(program: str) -> set[str]:
    """What a program prints, run under twelve hash seeds: one answer if the order a set
    gives does not matter."""
    answers = set()
    for seed in range(12):
        env = dict(os.environ, PYTHONHASHSEED=str(seed))
        done = subprocess.run(
            [sys.executable, "-c", program], env=env, capture_output=True, text=True, check=True
        )
        answers.add(done.stdout.strip())
    return answers


def test_the_shared_weight_is_the_same_under_every_hash_seed() -> None:
    answers = _answers(_PROGRAM)
    assert len(answers) == 1, answers


# A chain of settled tokens, three steps long: a headline's capitalised word that is a name
# ("~^" then the word), whose people's name is another's ("…nn" → "…n" → "…"), in several
# passages; more names beside them, so that the set of tokens holds them in some order.
_CHAIN = """
from viewer.core.merge_words import resolve
texts = [{"~^" + w + "nn": 1.0} for w in ("abcdef", "ghijkl", "mnopqr")]
texts += [{"^" + w + e: 1.0} for w in ("abcdef", "ghijkl", "mnopqr") for e in ("n", "", "nn")]
texts += [{"^" + w: 1.0} for w in ("stuvwx", "yzabcd", "efghij")]
resolve(texts, "^", "~")
print(sorted(t for tokens in texts[:3] for t in tokens))
"""


def test_a_chain_of_names_settles_the_same_under_every_hash_seed() -> None:
    """A headline's name, a people's name and a place's are followed to the chain's end in
    whatever order a set holds them."""
    answers = _answers(_CHAIN)
    assert answers == {"['^abcdef', '^ghijkl', '^mnopqr']"}, answers
