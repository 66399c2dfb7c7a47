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


def test_the_shared_weight_is_the_same_under_every_hash_seed() -> None:
    answers = set()
    for seed in range(12):
        env = dict(os.environ, PYTHONHASHSEED=str(seed))
        done = subprocess.run(
            [sys.executable, "-c", _PROGRAM], env=env, capture_output=True, text=True, check=True
        )
        answers.add(done.stdout.strip())
    assert len(answers) == 1, answers
