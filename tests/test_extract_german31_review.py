"""Review of german-31's rules on invented pages from sites it never saw: a JSON-LD person
whose name ends like a legal form ("Lena AG") or a house word ("Paul Verlag"), an agency's
registered name ("Keystone-SDA-ATS AG") beside the writer; keywords with a slash that are
neither a lower-case path nor capitalised words ("iPhone/iPad", "Windows/Linux/macOS",
"Politik/inland"), a path with capitalised folders in slashes ("/Themen/Klimawandel/"); a
paywall's pitch set as the body container's own closing text. Beside each, the rows german-31
fixed must stay fixed. Every site, name and sentence here is made up."""

# ruff: noqa: E501  -- invented pages read best one row a line

from __future__ import annotations

from typing import Any

import pytest

from newsarchive.extract import extract_article
from tests.test_extract_german31 import (
    FETCHED,
    PARAS,
    PUBLISHER,
    STAMP,
    URL,
    S,
    ld,
    page,
    paragraphs,
)

TOM = {"@type": "Person", "name": "Tom Richter"}


def org(name: str) -> dict[str, str]:
    return {"@type": "Organization", "name": name}


def person(name: str) -> dict[str, str]:
    return {"@type": "Person", "name": name}


AUTHOR_CASES: list[tuple[str, list[dict[str, str]], list[str]]] = [
    # failed before (german-31): a person's name that ends like a legal form or house word
    ("person-ending-ag", [person("Lena AG")], ["Lena AG"]),
    ("person-ending-verlag", [person("Paul Verlag")], ["Paul Verlag"]),
    (
        "person-ending-verlag-beside",
        [TOM, person("Martina Verlag")],
        ["Tom Richter", "Martina Verlag"],
    ),
    # failed before (german-31): an agency's registered name beside the writer is the agency
    (
        "agency-registered-ag",
        [TOM, org("Keystone-SDA-ATS AG")],
        ["Tom Richter", "Keystone-SDA-ATS AG"],
    ),
    ("agency-registered-gmbh", [TOM, org("dpa-infocom GmbH")], ["Tom Richter", "dpa-infocom GmbH"]),
    (
        "agency-registered-ltd",
        [TOM, org("Thomson Reuters Ltd")],
        ["Tom Richter", "Thomson Reuters Ltd"],
    ),
    # german-31's rows: a house beside the writer goes
    ("house-beside", [TOM, org("Nordkreis Verlag und Druck GmbH & Co. KG")], ["Tom Richter"]),
    ("house-ag-beside", [TOM, org("Alpenpresse Medien AG")], ["Tom Richter"]),
    ("house-group-beside", [org("NORDKREIS Mediengruppe"), TOM], ["Tom Richter"]),
    ("house-ev-beside", [TOM, org("Freundeskreis Nord e.V.")], ["Tom Richter"]),
]


@pytest.mark.parametrize(
    ("name", "author", "expected"), AUTHOR_CASES, ids=[c[0] for c in AUTHOR_CASES]
)
def test_authors_house_rule_spares_people_and_agencies(
    name: str, author: list[dict[str, Any]], expected: list[str]
) -> None:
    html = page(
        ld({"author": author, "datePublished": "2026-12-03T14:05:00+01:00", **PUBLISHER}), PARAS
    )
    assert extract_article(html, URL, fetched=FETCHED).authors == expected


TOPIC_CASES: list[tuple[str, str, list[str]]] = [
    # failed before (german-31): neither a lower-case path nor capitalised words: dropped whole
    # (before german-31 its last part was kept)
    ("mixed-case-pair", "iPhone/iPad", ["iPad", "Kreistag"]),
    ("mixed-case-three", "Windows/Linux/macOS", ["macOS", "Kreistag"]),
    ("capital-folder-lower-slug", "Politik/inland", ["inland", "Kreistag"]),
    ("lower-then-capital-folders", "de/Politik/Inland", ["Inland", "Kreistag"]),
    # failed before (german-31): slashes around it make it a path whatever its case
    ("capital-path-slashed", "/Themen/Klimawandel/", ["Klimawandel", "Kreistag"]),
    ("capital-path-leading-slash", "/Politik/Inland", ["Inland", "Kreistag"]),
    # german-31's rows stay: labels with a slash, lower-case paths, ids
    ("region-pair", "Rhein/Main", ["Rhein/Main", "Kreistag"]),
    ("code-pair", "AC/DC", ["AC/DC", "Kreistag"]),
    ("digits-pair", "Corona/Covid-19", ["Corona/Covid-19", "Kreistag"]),
    ("lower-path", "/tags/klimawandel/", ["klimawandel", "Kreistag"]),
    ("lower-path-capital-slug", "tags/Bundestag", ["Bundestag", "Kreistag"]),
    ("id", "ID/12345", ["Kreistag"]),
]


@pytest.mark.parametrize(
    ("name", "keyword", "expected"), TOPIC_CASES, ids=[c[0] for c in TOPIC_CASES]
)
def test_topics_slash_values_not_lost(name: str, keyword: str, expected: list[str]) -> None:
    html = page(ld({"keywords": [keyword, "Kreistag"]}), PARAS)
    assert extract_article(html, URL, fetched=FETCHED).topics == expected


P3 = "".join(f"<p>{s}</p>" for s in S[:3])
BODY_CASES: list[tuple[str, str, list[str]]] = [
    # failed before (german-31): a paywall's pitch as the container's own closing or opening
    # text, where in a <p> it goes
    ("pitch-trailing", f"<div class='text'>{P3}Jetzt weiterlesen mit Nord+</div>", S[:3]),
    (
        "pitch-trailing-sentence",
        f"<div class='text'>{P3}\nLesen Sie jetzt weiter mit NordPlus – für nur 1 Euro im ersten Monat.\n</div>",
        S[:3],
    ),
    # failed before (german-31): a skipped block set inside a <br>-broken line, mid-sentence
    # (an ad box, an embed), cut the sentence in two paragraphs
    (
        "aside-mid-sentence",
        f"<div class='text'>{S[0]}<br><br>Der Landrat sagte am Montag <aside class='ad'><div>Anzeige</div><img src='/a.gif'></aside> vor Journalisten, er sei zufrieden mit dem Ergebnis der langen Beratungen.<br><br>{S[3]}</div>",
        [
            S[0],
            "Der Landrat sagte am Montag vor Journalisten, er sei zufrieden mit dem Ergebnis der langen Beratungen.",
            S[3],
        ],
    ),
    (
        "figure-mid-sentence",
        f"<div class='text'>{S[0]}<br><br>Die neuen Busse sollen <figure><img src='/bus.jpg'><figcaption>Ein Bus. Foto: Tom Richter</figcaption></figure> schon im Sommer auf allen Linien im Norden des Landkreises fahren.<br><br>{S[3]}</div>",
        [
            S[0],
            "Die neuen Busse sollen schon im Sommer auf allen Linien im Norden des Landkreises fahren.",
            S[3],
        ],
    ),
    # german-31's rows stay: a block after a line's stop or colon ends it
    (
        "figure-after-stop",
        f"<div class='text'>{S[0]}<br><br>{S[1]}<figure><img src='/bus.jpg'><figcaption>Ein Bus. Foto: Tom Richter</figcaption></figure>{S[2]}<br><br>{S[3]}</div>",
        S,
    ),
    (
        "aside-after-stop",
        f"<div class='text'>{S[0]}<br><br>{S[1]}<aside class='ad'><div>Anzeige</div><img src='/a.gif'></aside>{S[2]}<br><br>{S[3]}</div>",
        S,
    ),
    # german-31's rows stay: the last <br>-broken line, the container's own first line
    ("br-last-line", f"<div class='text'><p>{S[0]}</p>{S[1]}<br><br>{S[2]}<br><br>{S[3]}</div>", S),
    ("own-first-line", f"<div class='text'>{S[0]}<p>{S[1]}</p><p>{S[2]}</p></div>", S[:3]),
    ("pitch-in-p", f"<div class='text'>{P3}<p>Jetzt weiterlesen mit Nord+</p></div>", S[:3]),
]


@pytest.mark.parametrize(
    ("name", "article", "expected"), BODY_CASES, ids=[c[0] for c in BODY_CASES]
)
def test_body_lines_around_blocks(name: str, article: str, expected: list[str]) -> None:
    assert paragraphs(page(STAMP, article)) == expected
