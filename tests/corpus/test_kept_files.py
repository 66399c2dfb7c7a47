"""Files as users keep them: mails saved whole in a folder, text copied from a PDF with its
words hyphenated across lines, wire stories sent again with a revision tag on the lede."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.corpus.checks import read_saved as _read
from tests.corpus.checks import shown
from viewer.corpus import read_corpus

_ROUTE = (
    "Return-Path: <alerts@harbour.example>\n"
    "Received: from mail.harbour.example (mail.harbour.example [192.0.2.1])\n"
    "\tby mx.example.org with ESMTPS id 4a2b3c\n"
    "\tfor <me@example.org>; Tue, 14 May 2024 07:02:11 -0700 (PDT)\n"
    "MIME-Version: 1.0\n"
    'From: "Harbour Gazette" <alerts@harbour.example>\n'
    "To: me@example.org\n"
)
_STRIKE = (
    "Dock workers at the port of Leixões returned to work on Tuesday after the union "
    "accepted a 6% pay rise, ending a nine-day strike."
)
_TRAFFIC = "The port authority said traffic would be back to normal by Friday."
_STRIKE_QP = (
    "Dock workers at the port of Leix=C3=B5es returned to work on Tuesday after t=\n"
    "he union accepted a 6% pay rise, ending a nine-day strike.\n\n"
    "The port authority said traffic would be back to normal by Friday.\n"
)
_ALTERNATIVE = (
    "Subject: =?UTF-8?Q?Port_strike_ends_after_nine_days?=\n"
    "Date: Tue, 14 May 2024 14:02:03 +0000\n"
    'Content-Type: multipart/alternative; boundary="000000000000b1c2d3"\n\n'
    "--000000000000b1c2d3\n"
    'Content-Type: text/plain; charset="UTF-8"\n'
    "Content-Transfer-Encoding: quoted-printable\n\n" + _STRIKE_QP + "\n"
    "--000000000000b1c2d3\n"
    'Content-Type: text/html; charset="UTF-8"\n'
    "Content-Transfer-Encoding: quoted-printable\n\n"
    '<div dir=3D"ltr">Dock workers at the port of Leix=C3=B5es returned to work on=\n'
    " Tuesday.</div>\n\n"
    "--000000000000b1c2d3--\n"
)
_ONE_PART = (
    "Subject: =?iso-8859-1?q?Port_strike_ends_after_nine_days?=\n"
    "Date: Tue, 14 May 2024 14:02:03 +0000\n"
    "Content-Type: text/plain; charset=iso-8859-1\n"
    "Content-Transfer-Encoding: quoted-printable\n\n" + _STRIKE_QP.replace("=C3=B5", "=F5")
)
_MIXED = (
    "Subject: Port strike ends after nine days\n"
    "Date: Tue, 14 May 2024 14:02:03 +0000\n"
    "Content-Type: multipart/mixed;\n"
    '\tboundary="----=_Part_1"\n\n'
    "This is a multi-part message in MIME format.\n\n"
    "------=_Part_1\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n\n"
    f"{_STRIKE}\n\n{_TRAFFIC}\n\n"
    "------=_Part_1\n"
    'Content-Type: application/pdf; name="statement.pdf"\n'
    "Content-Transfer-Encoding: base64\n"
    'Content-Disposition: attachment; filename="statement.pdf"\n\n'
    "JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSL0ZpbHRlci9GbGF0ZURlY29k\n"
    "ZT4+CnN0cmVhbQp4nCvkMlAwUDC1NNUzMVGwMDHUszRSKErlCtfiyuMCAF5VBOsKZW5kc3RyZWFtCmVu\n\n"
    "------=_Part_1--\n"
)


@pytest.mark.parametrize("message", [_ALTERNATIVE, _ONE_PART, _MIXED])
def test_a_mail_saved_whole_shows_its_text_part_decoded(tmp_path: Path, message: str) -> None:
    doc = _read(tmp_path, _ROUTE + message, "alert.eml")
    assert (doc.title, doc.date) == ("Port strike ends after nine days", date(2024, 5, 14))
    assert shown(doc, doc.body) == [_STRIKE, _TRAFFIC]


def test_a_folder_of_mails_saved_whole_is_read(tmp_path: Path) -> None:
    (tmp_path / "alerts").mkdir()
    (tmp_path / "alerts" / "strike.eml").write_text(_ROUTE + _MIXED, encoding="utf-8")
    documents, problems = read_corpus([tmp_path / "alerts"])
    assert (problems, [d.id for d in documents]) == ([], ["strike.eml"])


@pytest.mark.parametrize(
    ("lines", "reads"),
    [
        (
            "The council approved a plan for flood de-\nfences on Tuesday.",
            "The council approved a plan for flood defences on Tuesday.",
        ),
        (
            "after a long dispute with the national govern-\n   ment over who should pay.",
            "after a long dispute with the national government over who should pay.",
        ),
        (
            "A spokesman for the Min-\nistry said on Tuesday that it would appeal.",
            "A spokesman for the Ministry said on Tuesday that it would appeal.",
        ),
        (
            "The well-\nknown firm will lead the work, officials said.",
            "The well-known firm will lead the work, officials said.",
        ),
        (
            "Officials said on Sunday that a Russian-\nbacked group claimed the attack.",
            "Officials said on Sunday that a Russian-backed group claimed the attack.",
        ),
        (
            "The bullet-\nproof vests, bullet-proof helmets and radios arrived.",
            "The bullet-proof vests, bullet-proof helmets and radios arrived.",
        ),
        (
            "The pro-\nposal was dropped, and the proposal's author resigned.",
            "The proposal was dropped, and the proposal's author resigned.",
        ),
        (
            "Talks resumed on Monday after a break of six weeks, an offi\u00ad\ncial said.",
            "Talks resumed on Monday after a break of six weeks, an official said.",
        ),
        (
            "Flights to cities along the US-\nMexico border resumed on Monday.",
            "Flights to cities along the US-Mexico border resumed on Monday.",
        ),
        (
            "The 20-\nyear-old was arrested on Monday, police said.",
            "The 20-year-old was arrested on Monday, police said.",
        ),
        (  # a dash after a space, or after a quotation, breaks no word
            "The talks are over -\nfor now, a spokesman said on Tuesday.",
            "The talks are over - for now, a spokesman said on Tuesday.",
        ),
        (
            'He called the plan "a first step"-\nbut said more was needed.',
            'He called the plan "a first step"- but said more was needed.',
        ),
    ],
)
def test_a_word_hyphenated_across_a_line_end_reads_whole(
    tmp_path: Path, lines: str, reads: str
) -> None:
    text = f"Council approves flood plan\n\n12 March 2024\n\n{lines}\n"
    doc = _read(tmp_path, text)
    assert shown(doc, doc.body) == [reads]
    assert doc.text == text  # every offset still the source's


_RATES = "The Bank of England kept interest rates on hold at 5.25% on Thursday."


@pytest.mark.parametrize(
    "tag",
    [
        "(UPDATE 1) ",
        "(UPDATE 3-REFILE) ",
        "(REFILE) ",
        "[CORRECTED] ",
        "(Adds details from news conference) ",
    ],
)
@pytest.mark.parametrize("name", ["rates.txt", "rates.html"])
def test_a_wire_s_revision_tag_on_the_lede_is_no_text(tmp_path: Path, tag: str, name: str) -> None:
    headline = "UPDATE 1-Bank of England holds rates at 5.25%"
    lede = f"{tag}LONDON, May 3, 2024 (Reuters) - {_RATES}"
    if name.endswith(".html"):
        page = f"<html><body><article><h1>{headline}</h1><p>{lede}</p></article></body></html>"
    else:
        page = f"{headline}\n\n{lede}\n"
    doc = _read(tmp_path, page, name)
    assert (doc.title, doc.date) == ("Bank of England holds rates at 5.25%", date(2024, 5, 3))
    assert shown(doc, doc.body) == [_RATES]


def test_a_revision_tag_before_no_dateline_is_no_text(tmp_path: Path) -> None:
    doc = _read(tmp_path, f"Rates on hold\n\n3 May 2024\n\n(UPDATE 2) {_RATES}\n")
    assert shown(doc, doc.body) == [_RATES]
