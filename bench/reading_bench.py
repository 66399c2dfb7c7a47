"""Reading an article into its visible text: plain text, Markdown and HTML, per article.

The same retold seed articles (bench/synthetic_corpus.py) are written three ways: as plain
text; as Markdown with a heading, emphasis, links, escapes and a list; and as a web page with
entities, links, nested markup, a script, a style sheet and a navigation bar. Prints the
processor time per article of `read_document` (decoding, parsing, the visible text and its
offset map, the layout) for each, next to extracting the events of the same articles, so that
the cost of parsing markup is seen against the rest of the work.

Run: python -m bench.reading_bench [--docs 300]
"""

from __future__ import annotations

import argparse
import html
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.synthetic_corpus import seed_texts, vary

_MONTHS = "January February March April May June July August September October November".split()


def _story(index: int) -> tuple[str, list[str]]:
    """A retold seed article: a date line and its paragraphs (its own header lines left out)."""
    seeds = seed_texts()
    _, text = seeds[index % len(seeds)]
    rng = random.Random(index)
    blocks = [" ".join(b.split()) for b in vary(text, rng).split("\n\n")]
    paragraphs = [b for b in blocks if len(b) > 80]
    date_line = f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(2005, 2025)}"
    return date_line, paragraphs


def as_plain(date_line: str, paragraphs: list[str]) -> str:
    return "\n\n".join([date_line, *paragraphs]) + "\n"


def as_markdown(date_line: str, paragraphs: list[str]) -> str:
    """Markdown a news site's export would hold: heading, emphasis, links, escapes, a list."""
    out = [f"# {paragraphs[0][:60]}", f"*{date_line}*"]
    for i, paragraph in enumerate(paragraphs):
        words = paragraph.split(" ")
        if len(words) > 8:
            words[2] = f"**{words[2]}**"
            words[5] = f"[{words[5]}](https://example.org/{i})"
        out.append(" ".join(words).replace("$", "\\$"))
        if i % 4 == 3:
            out.append("- one point\n- another point, *in italics*")
    return "\n\n".join(out) + "\n"


def as_html(date_line: str, paragraphs: list[str]) -> str:
    """A news page: head, script, style, navigation, entities and links in the paragraphs."""
    body = []
    for i, paragraph in enumerate(paragraphs):
        words = html.escape(paragraph).split(" ")
        if len(words) > 8:
            words[3] = f'<a href="/story/{i}">{words[3]}</a>'
            words[6] = f"<em>{words[6]}</em>"
        body.append(f"<p>{' '.join(words)}</p>")
    return (
        "<!doctype html><html><head><title>News</title>"
        "<style>p { margin: 0 }</style><script>var a = '<p>not text</p>';</script></head>"
        '<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav><article>'
        f"<h1>{html.escape(paragraphs[0][:60])}</h1><time>{html.escape(date_line)}</time>"
        + "\n".join(body)
        + "</article><footer>&copy; News &amp; Co.</footer></body></html>\n"
    )


FORMS: dict[str, tuple[str, Callable[[str, list[str]], str]]] = {
    "plain text": (".txt", as_plain),
    "Markdown": (".md", as_markdown),
    "HTML": (".html", as_html),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=300, help="articles of each form")
    args = parser.parse_args()
    from viewer.core.extract import extract_events
    from viewer.corpus import read_document

    stories = [_story(i) for i in range(args.docs)]
    with tempfile.TemporaryDirectory(prefix="timeline-reading-") as tmp:
        print(f"{args.docs} articles of each form, processor time per article:")
        for name, (suffix, render) in FORMS.items():
            paths = []
            for i, (date_line, paragraphs) in enumerate(stories):
                path = Path(tmp) / f"{i:04d}{suffix}"
                path.write_text(render(date_line, paragraphs), encoding="utf-8")
                paths.append(path)
            start = time.process_time()
            documents = [read_document(path) for path in paths]
            reading = (time.process_time() - start) / len(paths)
            start = time.process_time()
            events = sum(len(extract_events(document)) for document in documents)
            extracting = (time.process_time() - start) / len(paths)
            print(
                f"  {name:<11} reading {reading * 1000:6.2f} ms, extracting its events "
                f"{extracting * 1000:6.2f} ms ({events / len(paths):.1f} events per article)"
            )


if __name__ == "__main__":
    main()
