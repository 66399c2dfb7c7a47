"""Pages of more outlets, countries and publishing systems: date lines and bylines in Polish,
Turkish, Indonesian, Dutch and Portuguese; blogs, Joomla, Drupal, Medium's export and a
document saved as a web page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.corpus.checks import read_saved as _read
from tests.corpus.checks import shown

_LEDE = "The parliament passed the civil defence law on Tuesday, officials said."


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("14 maja 2024, 18:20", date(2024, 5, 14)),
        ("1 października 2024, 09:15", date(2024, 10, 1)),
        ("23 Mayıs 2024 14:05", date(2024, 5, 23)),
        ("23 MAYIS 2024", date(2024, 5, 23)),
        ("5 Şubat 2024 09:15", date(2024, 2, 5)),
        ("Rabu, 17 Agustus 2022 | 10:32 WIB", date(2022, 8, 17)),
        ("Jumaat, 8 Mac 2024", date(2024, 3, 8)),
    ],
)
def test_a_date_line_in_polish_turkish_or_indonesian_dates_the_article(
    tmp_path: Path, line: str, day: date
) -> None:
    doc = _read(tmp_path, f"Parliament passes civil defence law\n\n{line}\n\n{_LEDE}\n")
    assert doc.date == day
    assert shown(doc, doc.body) == [_LEDE]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Autor: Piotr Nowak", "Piotr Nowak"),
        ("Penulis: Budi Santoso", "Budi Santoso"),
        ("Yazar: Ayşe Yılmaz", "Ayşe Yılmaz"),
        ("Auteur : Claire Martin", "Claire Martin"),
        ("Autore: Marco Bianchi", "Marco Bianchi"),
        ("Door Jan de Vries", "Jan de Vries"),
        ("Av Anna Berg", "Anna Berg"),
    ],
)
def test_a_byline_in_other_languages_names_the_author(tmp_path: Path, line: str, name: str) -> None:
    page = f"Parliament passes civil defence law\n\n{line}\n\n14 May 2024\n\n{_LEDE}\n"
    doc = _read(tmp_path, page)
    assert (doc.author, doc.date) == (name, date(2024, 5, 14))
    assert shown(doc, doc.body) == [_LEDE]


@pytest.mark.parametrize(
    "line",
    [
        "08/05/2024 10h32 Atualizado há 2 horas",
        "08/05/2024 10h32",
        "8 mayo 2024 10:32 Actualizado hace 3 horas",
        "8 May 2024 10:32 Updated 2 hours ago",
        "8 mai 2024 10:32 mis à jour il y a 2 heures",
        "8. Mai 2024 10:32 Aktualisiert vor 2 Stunden",
    ],
)
def test_a_date_line_with_its_clock_and_age_in_other_languages(tmp_path: Path, line: str) -> None:
    doc = _read(tmp_path, f"Parliament passes civil defence law\n\n{line}\n\n{_LEDE}\n")
    assert doc.date == date(2024, 5, 8)
    assert shown(doc, doc.body) == [_LEDE]


@pytest.mark.parametrize(
    "stamp",
    [
        "Pubblicato il 23 agosto 2023, ore 12:40",
        "Pubblicato il 23 agosto 2023, alle 12:40",
        "Publicado em 23 de agosto de 2023, às 12:40",
        "Publisert 23.08.2023, kl. 12:40",
        "23 sierpnia 2023, godz. 12:40",
        "23 Agustus 2023, pukul 12:40",
    ],
)
def test_a_page_s_date_with_its_clock_word_in_another_language_is_no_video_caption(
    tmp_path: Path, stamp: str
) -> None:
    page = (
        "<html><body><article><h1>Parliament passes civil defence law</h1>"
        f'<div class="info">{stamp}</div><p>{_LEDE}</p></article></body></html>'
    )
    doc = _read(tmp_path, page, "law.html")
    assert doc.date == date(2023, 8, 23)
    assert shown(doc, doc.body) == [_LEDE]


_DAM = "Repairs to the Hollins Creek dam will start on June 3, the state water agency said."


def test_a_blog_post_s_title_and_author_as_microformats_mark_them(tmp_path: Path) -> None:
    page = (
        '<html><body><div class="header"><h1 class="title">Valley Notes</h1></div>'
        '<div class="post hentry"><h3 class="post-title entry-title">Dam repairs to start in '
        f'June</h3><div class="post-body entry-content"><p>{_DAM}</p></div>'
        '<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">'
        'Ruth Hollis</span></span> at <abbr class="published" title="2024-05-14T09:12:00">'
        "9:12 AM</abbr></div></div></body></html>"
    )
    doc = _read(tmp_path, page, "dam.html")
    assert (doc.title, doc.author) == ("Dam repairs to start in June", "Ruth Hollis")
    assert shown(doc, doc.body) == [_DAM]


def test_a_medium_export_s_author_in_its_footer(tmp_path: Path) -> None:
    page = (
        '<html><body><article class="h-entry"><header><h1 class="p-name">Dam repairs to start '
        f'</h1></header><section class="e-content"><p>{_DAM}</p></section><footer><p>By '
        '<a href="https://medium.com/@ruth" class="p-author h-card">Ruth Hollis</a> on <time '
        'class="dt-published" datetime="2024-05-14T14:03:11.201Z">May 14, 2024</time>.</p>'
        "</footer></article></body></html>"
    )
    doc = _read(tmp_path, page, "dam.html")
    assert (doc.author, doc.date) == ("Ruth Hollis", date(2024, 5, 14))


@pytest.mark.parametrize(
    "details",
    [
        "<dl><dt>Details</dt><dd>Category: Local</dd><dd>Hits: 412</dd></dl>",
        '<div class="meta">1,204 views</div><div>Labels: dam, water</div>',
        '<div class="field--name-field-tags"><div>Tags</div><div>Health</div></div>',
        '<ul class="pager"><li><a href="/1">Prev</a></li><li><a href="/3">Next</a></li></ul>',
        '<div class="blog-pager"><a href="/n">Newer Post</a> <a href="/o">Older Post</a></div>',
    ],
)
def test_a_publishing_system_s_details_and_pager_are_no_text(tmp_path: Path, details: str) -> None:
    page = (
        "<html><body><h1>Dam repairs to start in June</h1><p>By Ruth Hollis</p>"
        f"<p>{_DAM}</p>{details}</body></html>"
    )
    doc = _read(tmp_path, page, "dam.html")
    assert shown(doc, doc.body) == [_DAM]


def test_a_drupal_byline_with_its_day_dates_the_page(tmp_path: Path) -> None:
    page = (
        '<html><body><h1>Dam repairs to start in June</h1><div class="node__meta">Submitted '
        'by <span class="username">Megan Clarke</span> on Wed, 05/08/2024 - 14:20</div>'
        f"<p>{_DAM}</p></body></html>"
    )
    doc = _read(tmp_path, page, "dam.html")
    assert (doc.author, doc.date) == ("Megan Clarke", date(2024, 5, 8))
    assert shown(doc, doc.body) == [_DAM]


@pytest.mark.parametrize("title", ['<p class="c3 title">', "<p class=MsoTitle>"])
def test_a_document_s_title_paragraph_is_its_headline(tmp_path: Path, title: str) -> None:
    page = (
        f"<html><body>{title}<span>Dam repairs to start in June</span></p>"
        '<p class="c3"><span>By Nadia Karim</span></p><p class="c3"><span>3 September 2024'
        f'</span></p><p class="c3"><span>{_DAM}</span></p></body></html>'
    )
    doc = _read(tmp_path, page, "dam.html")
    assert (doc.title, doc.author) == ("Dam repairs to start in June", "Nadia Karim")
    assert shown(doc, doc.body) == [_DAM]


def test_a_paragraph_classed_title_on_a_page_with_an_h1_is_no_headline(tmp_path: Path) -> None:
    page = (
        '<html><body><div class="related"><p class="title">Other news</p></div>'
        f"<h1>Dam repairs to start in June</h1><p>{_DAM}</p></body></html>"
    )
    doc = _read(tmp_path, page, "dam.html")
    assert doc.title == "Dam repairs to start in June"
