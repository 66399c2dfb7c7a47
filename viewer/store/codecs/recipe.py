"""Recipe keys: what a kept result was made with, as the digest of one canonical JSON text.

Canonical: keys sorted, no spaces, the same text for the same values on any machine and any
Python (repr() is neither), so a key says exactly whether a kept result can be reused.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence

from viewer.core import versions
from viewer.core.annotations import Annotation, Grouping, UserEvent
from viewer.core.versions import EXTRACTOR_VERSION, MERGE_VERSION
from viewer.store.codecs.annotation_rows import annotation_row, grouping_row, user_event_row


def canonical_json(value: object) -> str:
    """One text for one value: sorted keys, no spaces, tuples as lists, no NaN."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def recipe_key(parts: Mapping[str, object]) -> str:
    """The SHA-256 of the parts' canonical JSON, in hex."""
    return hashlib.sha256(canonical_json(parts).encode("utf-8", "surrogatepass")).hexdigest()


def timeline_recipe(
    annotations: Mapping[str, Annotation],
    user_events: Sequence[UserEvent],
    groupings: Sequence[Grouping],
) -> str:
    """What a timeline is made with besides its articles: the extractor, the merge, how the
    articles were read and the user's work (notes, own events, merges and splits), each as
    the project's rows hold it. Another recipe, another timeline."""
    parts: dict[str, object] = {
        "extractor": EXTRACTOR_VERSION,
        "merge": MERGE_VERSION,
        "reader": versions.READER_VERSION,
        "annotations": [annotation_row(a) for _, a in sorted(annotations.items())],
        "user_events": [user_event_row(e) for e in user_events],
        "groupings": [grouping_row(g) for g in groupings],
    }
    if groupings:  # only a timeline with merges or splits by hand is made by how they apply
        parts["groupings_applied"] = GROUPINGS_APPLIED
    return recipe_key(parts)


# How the user's merges and splits are applied (viewer.core.grouping.apply_groupings), in the
# recipe of a timeline that has some. 2: a split gives each event its own title, id and
# confidences; 3: the passage a merge by hand was made into leads it unless another's date is
# stated better or narrower (a little surer of the same day no longer does).
GROUPINGS_APPLIED = "3"
