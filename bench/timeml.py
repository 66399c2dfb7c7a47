"""TimeML documents (.tml, as TimeBank and AQUAINT ship them): text, events, times and links.

Only what the event benchmark needs: the plain text of the TEXT element with the character
offsets of every EVENT and TIMEX3 in it, the document creation time, the title, the event
instances (MAKEINSTANCE) and the temporal links (TLINK).
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field

CREATION_TIME = "CREATION_TIME"


@dataclass(frozen=True, slots=True)
class TmlEvent:
    """An EVENT tag: its id, class and where its words are in the TEXT element's text."""

    eid: str
    event_class: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class TmlTimex:
    """A TIMEX3: its id, type, value and modifier; offsets are -1 for the creation time."""

    tid: str
    timex_type: str
    value: str
    mod: str
    start: int
    end: int
    text: str
    creation_time: bool = False


@dataclass(frozen=True, slots=True)
class TmlInstance:
    """A MAKEINSTANCE: one instance of an event, with its tense, polarity and modality."""

    eiid: str
    eid: str
    tense: str
    aspect: str
    polarity: str
    modality: str
    pos: str


@dataclass(frozen=True, slots=True)
class TmlLink:
    """A TLINK between two nodes, each an event instance id ("ei…") or a timex id ("t…")."""

    source: str
    rel_type: str
    target: str


@dataclass(slots=True)
class TmlDocument:
    """One TimeML document: its text (TEXT element, tags removed) and its annotations."""

    doc_id: str
    title: str
    text: str
    creation_time: TmlTimex | None
    events: list[TmlEvent] = field(default_factory=list)
    timexes: list[TmlTimex] = field(default_factory=list)
    instances: list[TmlInstance] = field(default_factory=list)
    links: list[TmlLink] = field(default_factory=list)


def parse_tml(source: str | bytes) -> TmlDocument:
    """A TimeML document from its XML text; ValueError when it is not TimeML."""
    try:
        root = ElementTree.fromstring(source)
    except ElementTree.ParseError as error:
        raise ValueError(f"not well-formed XML: {error}") from error
    text_element = root.find("TEXT")
    if text_element is None:
        raise ValueError("no TEXT element")
    doc_id = (root.findtext("DOCID") or "").strip()
    title = " ".join((root.findtext("TITLE") or "").split())
    document = TmlDocument(doc_id, title, "", _creation_time(root))
    document.text = _read_text(text_element, document)
    for element in root.iter("MAKEINSTANCE"):
        document.instances.append(_instance(element))
    for element in root.iter("TLINK"):
        link = _link(element)
        if link is not None:
            document.links.append(link)
    return document


def _creation_time(root: ElementTree.Element) -> TmlTimex | None:
    """The TIMEX3 marked as the document's creation time, wherever it sits (usually DCT)."""
    for element in root.iter("TIMEX3"):
        if element.get("functionInDocument") == CREATION_TIME:
            return _timex(element, -1, -1, creation_time=True)
    return None


def _read_text(text_element: ElementTree.Element, document: TmlDocument) -> str:
    """The TEXT element's characters, collecting the offsets of the tags inside it."""
    pieces: list[str] = []
    length = 0

    def add(piece: str | None) -> None:
        nonlocal length
        if piece:
            pieces.append(piece)
            length += len(piece)

    def walk(element: ElementTree.Element) -> None:
        for child in element:
            start = length
            words = "".join(child.itertext())  # TimeML does not nest EVENT and TIMEX3
            add(words)
            if child.tag == "EVENT":
                eid = child.get("eid", "")
                document.events.append(TmlEvent(eid, child.get("class", ""), start, length, words))
            elif child.tag == "TIMEX3" and child.get("functionInDocument") != CREATION_TIME:
                document.timexes.append(_timex(child, start, length, words=words))
            add(child.tail)

    add(text_element.text)
    walk(text_element)
    return "".join(pieces)


def _timex(
    element: ElementTree.Element,
    start: int,
    end: int,
    *,
    creation_time: bool = False,
    words: str | None = None,
) -> TmlTimex:
    return TmlTimex(
        tid=element.get("tid", ""),
        timex_type=element.get("type", ""),
        value=element.get("value", ""),
        mod=element.get("mod", ""),
        start=start,
        end=end,
        text=words if words is not None else "".join(element.itertext()),
        creation_time=creation_time,
    )


def _instance(element: ElementTree.Element) -> TmlInstance:
    return TmlInstance(
        eiid=element.get("eiid", ""),
        eid=element.get("eventID", ""),
        tense=element.get("tense", ""),
        aspect=element.get("aspect", ""),
        polarity=element.get("polarity", "POS"),
        modality=element.get("modality", ""),
        pos=element.get("pos", ""),
    )


def _link(element: ElementTree.Element) -> TmlLink | None:
    source = element.get("eventInstanceID") or element.get("timeID")
    target = element.get("relatedToEventInstance") or element.get("relatedToTime")
    rel_type = element.get("relType")
    if not source or not target or not rel_type:
        return None
    return TmlLink(source, rel_type, target)
