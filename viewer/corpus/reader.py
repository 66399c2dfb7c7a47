"""The corpus reader's public API: files and folders in, Documents and problem lines out."""

from __future__ import annotations

import gc
import hashlib
import html
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from viewer.core.model import DocDateBasis, Document, Span
from viewer.core.supported_dates import FIRST_YEAR, LAST_YEAR, unsupported_reason
from viewer.core.visible import VisibleText
from viewer.core.workers import WorkerPool
from viewer.corpus.article_files import articles_in, name_is_text, read_article_bytes, readable
from viewer.corpus.dates import DateMatch
from viewer.corpus.decoding import decode_bytes
from viewer.corpus.errors import CorpusError
from viewer.corpus.html_source import read_html_layout
from viewer.corpus.layout import Layout
from viewer.corpus.markdown import markdown_visible
from viewer.corpus.name_case import cased_name
from viewer.corpus.page_years import page_year
from viewer.corpus.plain_text import read_plain_layout
from viewer.corpus.year_inference import (
    YEAR_FROM_FILE,
    YEAR_FROM_PAGE,
    infer_years,
    safe_date,
    stated_weekday,
    weekday_note,
    year_up_to,
)

PARALLEL_MINIMUM = 64  # below this many files, starting processes costs more than it saves
_HTML_SUFFIXES = frozenset({".html", ".htm"})
_HTML_OPENINGS = ("<!doctype html", "<html", "<?xml")
NO_DATE = "no publication date found"


def content_hash(text: str) -> str:
    """The SHA-256 of the decoded text: the same article reads the same in any encoding."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def read_document(path: Path) -> Document:
    """One article file as a Document; CorpusError says in one line why it cannot be read."""
    name = path.name or str(path)
    if not path.exists() and not path.is_symlink():
        raise CorpusError(f"{readable(str(path))}: no such file or folder")
    if not name_is_text(str(path)):
        raise CorpusError(
            f"{readable(str(path))}: the name is not UTF-8 text (written on another "
            "system?); rename it to read it"
        )
    data, modified = read_article_bytes(path)
    text = decode_bytes(data, name)
    with collector_paused():
        layout = read_html_layout(text) if _is_html(path, text) else read_plain_layout(text)
    if not (layout.body or layout.header or layout.boilerplate):  # a reader sees nothing
        raise CorpusError(f"{name}: no text to read (only markup)")
    document = Document(id=name, path=str(path), text=text, content_hash=content_hash(text))
    _fill(document, layout, datetime.fromtimestamp(modified).year)
    return document


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection while a text is read: its pieces (an element, a block, a span for
    each of a page's paragraphs) are made by the hundred thousand and kept to the end, and
    each collection walked them all again, more of them each time (a quarter of the time of
    HTML of "<p>" never closed, 4 MB of it). What reading no longer needs is freed as ever;
    a cycle waits for the next collection after it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_corpus(
    paths: Sequence[Path],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    pool: WorkerPool | None = None,
    known_ids: Mapping[str, str] | None = None,
) -> tuple[list[Document], list[str]]:
    """Every readable article under `paths`, sorted by file name, and one line per problem.

    `progress(done, total)` follows each file; once `cancelled()` is true, reading stops and
    what was read so far is returned. Many files are read across `pool`'s processes (by
    default a pool of its own, every core). `known_ids`: the id each text was read under
    before, by content hash (see `_unique_ids`).
    """
    problems: list[str] = []
    files: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        for found in _expand(path, problems):
            try:
                key = found.resolve()
            except (OSError, RuntimeError):  # a link that loops: reading it says so
                key = found.absolute()
            if key not in seen:
                seen.add(key)
                files.append(found)
    documents: list[Document] = []
    for done, result in enumerate(_read_all(files, pool), 1):
        if cancelled is not None and cancelled():
            break
        if isinstance(result, str):
            problems.append(result)
        else:
            documents.append(result)
        if progress is not None:
            progress(done, len(files))
    _unique_ids(documents, known_ids or {})
    documents.sort(key=lambda d: (Path(d.path).name.lower(), d.id))
    infer_years(documents)
    if not documents and not problems:
        problems.append("no articles to read: no file or folder was given")
    return documents, problems


def _read_or_say_why(path: Path) -> Document | str:
    """A document, or the one line that says why it could not be read."""
    try:
        return read_document(path)
    except CorpusError as error:
        return str(error)


def _read_all(files: Sequence[Path], pool: WorkerPool | None) -> Iterator[Document | str]:
    """Read files in order, across the pool's processes when there are many (decoding and
    layout are CPU work); lazily, so that progress and cancel follow each file."""
    if pool is None:
        with WorkerPool() as own:
            yield from _read_all(files, own)
        return
    if not pool.spreads(len(files), PARALLEL_MINIMUM):
        yield from map(_read_or_say_why, files)
        return
    done = 0
    try:
        for result in pool.map(_read_or_say_why, files, chunksize=16):
            done += 1
            yield result
    except BrokenProcessPool:
        pass  # a worker died or could not start: read the rest on this process
    yield from map(_read_or_say_why, files[done:])


def _expand(path: Path, problems: list[str]) -> Iterator[Path]:
    """A file as given, whatever its extension; a folder's articles, recursively."""
    if not path.exists() and not path.is_symlink():
        problems.append(f"{path}: no such file or folder")
        return
    if not path.is_dir():
        yield path  # a link that loops or a special file: reading it says what it is
        return
    found = sorted(articles_in(path, problems))
    if not found:
        kinds = ".txt, .md, .html, .eml"
        problems.append(f"{path.name or path}/: no articles ({kinds}) in this folder")
    yield from found


def _unique_ids(documents: list[Document], known: Mapping[str, str]) -> None:
    """Two files with one name get ids with as many parent folders as tell them apart. One of
    them read before under the bare name (`known`: ids by content hash) keeps it: the notes,
    merges and dates kept for it hang on its id, and a file of the same name added from
    another folder must not take them away."""
    kept = {id(d) for d in _known_by_name(documents, known)}
    depth = 1
    while True:
        clashes: dict[str, list[Document]] = {}
        for document in documents:
            clashes.setdefault(document.id, []).append(document)
        repeated = [group for group in clashes.values() if len(group) > 1]
        if not repeated or depth > 64:
            return
        for group in repeated:
            for document in group:
                if id(document) in kept:
                    continue
                parts = Path(document.path).parts
                document.id = "/".join(parts[-depth - 1 :])
        depth += 1


def _known_by_name(documents: list[Document], known: Mapping[str, str]) -> list[Document]:
    """Of each group of files with one name, the one read before under that bare name, when
    exactly one was (two copies of one text share a hash: neither can claim it)."""
    if not known:
        return []
    by_name: dict[str, list[Document]] = {}
    for document in documents:
        by_name.setdefault(document.id, []).append(document)
    kept = []
    for name, group in by_name.items():
        claims = [d for d in group if known.get(d.content_hash) == name]
        if len(group) > 1 and len(claims) == 1:
            kept.extend(claims)
    return kept


def _is_html(path: Path, text: str) -> bool:
    if path.suffix.lower() in _HTML_SUFFIXES:
        return True
    return text.lstrip()[:20].lower().startswith(_HTML_OPENINGS)


def _fill(document: Document, layout: Layout, file_year: int) -> None:
    """Copy a layout into a Document, turning its date into a date and a basis."""
    document.title = layout.title
    document.author = cased_name(layout.author)  # "BY JANE DOE": Jane Doe
    document.body = layout.body
    document.boilerplate = layout.boilerplate
    document.header = layout.header
    document.dateline = layout.dateline
    document.visible = layout.visible
    document.problems = list(layout.problems)
    found = layout.date
    if found is None:
        document.problems.append(NO_DATE)
        return
    document.date_span = Span(found.start, found.end)
    document.date_text = _date_words(document, found.start, found.end)
    if found.year and not FIRST_YEAR <= found.year <= LAST_YEAR:
        document.problems.append(f"publication date {unsupported_reason(document.date_text)}")
        return
    if found.year:
        document.date = found.full()
        document.date_basis = DocDateBasis.FOUND
        return
    _year_less(document, layout, found, file_year)


def _year_less(document: Document, layout: Layout, found: DateMatch, file_year: int) -> None:
    """A day and month with no year: the year the page's other dates tell (its address, an
    update's full date, its copyright), else the file's, or the last up to it in which the
    day falls on the weekday the page names."""
    weekday = stated_weekday(document.text, found.start, found.end)
    header = [layout.visible.reading(span.start, span.end) for span in layout.header]
    told = page_year(document.text, header, found.month, found.day, file_year)
    words = document.date_text
    if told is not None and year_up_to(told[0], found.month, found.day, weekday) == told[0]:
        year = told[0]  # and on its weekday, if the page names one
        document.problems.append(YEAR_FROM_PAGE.format(words=words, year=year, where=told[1]))
    else:
        year = year_up_to(file_year, found.month, found.day, weekday)
        if weekday is None or year == file_year:
            document.problems.append(YEAR_FROM_FILE.format(words=words, year=file_year))
        else:
            document.problems.append(weekday_note(words, year, file_year, weekday))
    document.date = safe_date(year, found.month, found.day)
    document.date_basis = DocDateBasis.YEAR_INFERRED


def _date_words(document: Document, start: int, end: int) -> str:
    """The words that dated a document as a reader sees them; a date that does not show
    (in a page's metadata) as written there."""
    shown = document.visible.reading(start, end)
    return shown or " ".join(html.unescape(document.text[start:end]).split())


def visible_fragment(path: str, fragment: str) -> VisibleText:
    """A piece of an article's source (say, the quote of an annotation whose passage is gone)
    as the article's format shows it: HTML for a page, Markdown for the rest."""
    if _is_html(Path(path), fragment):
        return read_html_layout(fragment).visible
    return markdown_visible(fragment).visible
