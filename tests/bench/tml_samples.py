"""Short TimeML documents written for the tests: never the corpus files themselves."""

from __future__ import annotations

DCT = (
    '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" '
    'functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>'
)


def tml(text: str, *, instances: str = "", links: str = "", title: str = "") -> str:
    """A TimeML document with the creation time 1998-08-07 (a Friday) around `text`."""
    title_element = f"<TITLE>{title}</TITLE>" if title else ""
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>TEST19980807.0001</DOCID>\n'
        f"{DCT}\n{title_element}\n<TEXT>\n{text}\n</TEXT>\n{instances}\n{links}\n</TimeML>\n"
    )


def event(eid: str, words: str, event_class: str = "OCCURRENCE") -> str:
    return f'<EVENT eid="{eid}" class="{event_class}">{words}</EVENT>'


def timex(tid: str, words: str, value: str, kind: str = "DATE", mod: str = "") -> str:
    modifier = f' mod="{mod}"' if mod else ""
    return f'<TIMEX3 tid="{tid}" type="{kind}" value="{value}"{modifier}>{words}</TIMEX3>'


def instance(eid: str, *, polarity: str = "POS", modality: str = "") -> str:
    modal = f' modality="{modality}"' if modality else ""
    return (
        f'<MAKEINSTANCE eventID="{eid}" eiid="i{eid}" tense="PAST" aspect="NONE" '
        f'polarity="{polarity}" pos="VERB"{modal}/>'
    )


def link(source: str, rel_type: str, target: str) -> str:
    """A TLINK; a node is an event id ("e1", its instance "ie1" is used) or a timex id."""

    def role(node: str, side: str) -> str:
        if node.startswith("e"):
            return f'{"eventInstanceID" if side == "from" else "relatedToEventInstance"}="i{node}"'
        return f'{"timeID" if side == "from" else "relatedToTime"}="{node}"'

    return f'<TLINK lid="l" relType="{rel_type}" {role(source, "from")} {role(target, "to")}/>'
