"""One ECB+ document: its tokens by sentence, and which sentences mention which happening.

ECB+ (Cybulska and Vossen, LREC 2014) keeps each news article as tokens numbered by sentence,
markables anchored to tokens, and coreference relations from mention markables to an
instance markable (its `instance_id`). A CROSS_DOC_COREF relation says that its mentions
are of one instance that other documents of the topic mention too; only those instances can
tell that two articles report the same happening.

Only instances of happenings count: actions that occur, are reported, begin or end, cause or
are perceived, and their negations (ACTION_* and NEG_ACTION_*), not states (being on
probation) or generic actions (drunk driving in general), which docs/events.md does not take
for events either.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from dataclasses import dataclass, field

# Tags of the instances that are happenings (see the docstring).
_NOT_HAPPENINGS = frozenset({"ACTION_STATE", "ACTION_GENERIC"})
_NAME = re.compile(r"(?P<topic>\d+)_(?P<number>\d+)(?P<kind>ecb|ecbplus)\.xml")
ECB, ECBPLUS = "ecb", "ecbplus"


@dataclass(frozen=True, slots=True)
class Token:
    """One token as ECB+ wrote it, with the sentence it belongs to."""

    t_id: int
    sentence: int
    text: str


@dataclass(slots=True)
class EcbDocument:
    """A document's tokens in order, and the happening instances each sentence mentions."""

    name: str  # "1_10ecbplus", the file name without .xml
    topic: str  # "1"
    kind: str  # ECB (the first seminal happening) or ECBPLUS (the second)
    tokens: list[Token] = field(default_factory=list)
    # sentence number -> instance ids of happenings mentioned there across documents
    instances: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))

    def sentences(self) -> dict[int, list[Token]]:
        """The tokens of each sentence, in order, by sentence number."""
        found: dict[int, list[Token]] = defaultdict(list)
        for token in self.tokens:
            found[token.sentence].append(token)
        return dict(sorted(found.items()))


def document_name(file_name: str) -> tuple[str, str, str] | None:
    """(name, topic, kind) of an ECB+ file name such as `1_10ecbplus.xml`; None for others."""
    match = _NAME.fullmatch(file_name)
    if match is None:
        return None
    return file_name.removesuffix(".xml"), match["topic"], match["kind"]


def parse_document(file_name: str, data: bytes) -> EcbDocument:
    """An ECB+ XML file as a document; ValueError for a name or content ECB+ does not use."""
    named = document_name(file_name)
    if named is None:
        raise ValueError(f"{file_name}: not an ECB+ document name")
    root = ElementTree.fromstring(data)
    document = EcbDocument(*named)
    for element in root.iter("token"):
        document.tokens.append(
            Token(
                int(element.get("t_id", "0")), int(element.get("sentence", "0")), element.text or ""
            )
        )
    sentence_of = {token.t_id: token.sentence for token in document.tokens}
    anchors: dict[str, list[int]] = {}
    instance_of: dict[str, tuple[str, str]] = {}  # instance markable m_id -> (id, tag)
    markables = root.find("Markables")
    for markable in markables if markables is not None else []:
        m_id = markable.get("m_id", "")
        if markable.get("instance_id"):
            instance_of[m_id] = (markable.get("instance_id", ""), markable.tag)
        anchors[m_id] = [int(a.get("t_id", "0")) for a in markable.iter("token_anchor")]
    relations = root.find("Relations")
    for relation in relations if relations is not None else []:
        if relation.tag != "CROSS_DOC_COREF":
            continue
        target = relation.find("target")
        instance = instance_of.get(target.get("m_id", "") if target is not None else "")
        if instance is None or not _is_happening(instance[1]):
            continue
        for source in relation.iter("source"):
            for t_id in anchors.get(source.get("m_id", ""), []):
                if t_id in sentence_of:
                    document.instances[sentence_of[t_id]].add(instance[0])
    return document


def _is_happening(tag: str) -> bool:
    return (tag.startswith(("ACTION_", "NEG_ACTION_"))) and tag.removeprefix("NEG_") not in (
        _NOT_HAPPENINGS
    )
