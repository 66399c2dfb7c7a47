"""Short ECB+ documents written for the tests: never the corpus files themselves."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention of an instance: the first token `word` of sentence `sentence`."""

    instance: str
    tag: str
    sentence: int
    word: str


def ecb_document(name: str, sentences: Sequence[str], mentions: Sequence[Mention] = ()) -> str:
    """An ECB+ XML document; each sentence is its tokens separated by spaces."""
    tokens: list[str] = []
    where: dict[tuple[int, str], int] = {}
    t_id = 0
    for number, sentence in enumerate(sentences):
        for position, token in enumerate(sentence.split()):
            t_id += 1
            where.setdefault((number, token), t_id)
            tokens.append(
                f'<token t_id="{t_id}" sentence="{number}" number="{position}">'
                f"{escape(token)}</token>"
            )
    markables: list[str] = []
    relations: list[str] = []
    for index, mention in enumerate(mentions):
        source, target = 2 * index + 1, 2 * index + 2
        anchor = where[(mention.sentence, mention.word)]
        markables.append(
            f'<{mention.tag} m_id="{source}"><token_anchor t_id="{anchor}"/></{mention.tag}>'
        )
        markables.append(
            f'<{mention.tag} m_id="{target}" RELATED_TO="" TAG_DESCRIPTOR="d{index}" '
            f'instance_id="{mention.instance}" />'
        )
        relations.append(
            f'<CROSS_DOC_COREF r_id="{index}" note="{mention.instance}">'
            f'<source m_id="{source}" /><target m_id="{target}" /></CROSS_DOC_COREF>'
        )
    return (
        f'<Document doc_name="{name}.xml" doc_id="DOC{name}">\n'
        + "\n".join(tokens)
        + "\n<Markables>\n"
        + "\n".join(markables)
        + "\n</Markables>\n<Relations>\n"
        + "\n".join(relations)
        + "\n</Relations>\n</Document>\n"
    )


def write_checkout(root: Path, documents: dict[str, str], annotated: Sequence[str]) -> Path:
    """A checkout of the corpus's layout: documents by name ("1_1ecb"), and the annotated
    sentences as `topic,file,number` rows."""
    folder = root / "ECB+_LREC2014" / "ECB+"
    for name, text in documents.items():
        (folder / name.split("_")[0]).mkdir(parents=True, exist_ok=True)
        (folder / name.split("_")[0] / f"{name}.xml").write_text(text, encoding="utf-8")
    rows = "\n".join(annotated)
    (root / "ECB+_LREC2014" / "ECBplus_coreference_sentences.csv").write_text(
        f"Topic,File,Sentence Number\n{rows}\n", encoding="utf-8"
    )
    return root
