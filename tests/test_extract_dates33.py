"""Dates after session 33 (issue 10): a dateline's place is a place. A sentence's connective
before a day ("Meanwhile, 4 December 2026 - The council ...", "Inzwischen, 4. Dezember 2026 -
Der Rat ...") is no place, and an update's stamp in capitals ("UPDATE, December 5, 2026.") no
dateline: neither dates the page's publication.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.dateline_pages import FETCHED, story_page


def _dates(
    lang: str, line: str = "", opening: str = "", domain: str = "com"
) -> tuple[str | None, str | None]:
    html = story_page(lang, line=line, opening=opening)
    found = extract_article(
        html, f"https://www.news.example.{domain}/a/4711-bridge", fetched=FETCHED
    )
    return found.published, found.modified


@pytest.mark.parametrize(
    ("lang", "domain", "opening"),
    [
        ("en", "com", "Meanwhile, 4 December 2026 – The council met in the evening. "),
        ("en", "com", "However, December 4, 2026 – The council met in the evening. "),
        ("en", "com", "Separately, 4 December 2026 – The council met in the evening. "),
        ("de", "de", "Inzwischen, 4. Dezember 2026 – Der Rat tagte am Abend. "),
        ("de", "de", "Unterdessen, 4. Dezember 2026. Der Rat tagte am Abend. "),
        ("de", "de", "Außerdem, 4. Dezember 2026 – Der Rat tagte am Abend. "),
        ("fr", "fr", "Cependant, 4 décembre 2026 – Le conseil a siégé le soir. "),
        ("es", "es", "Además, 4 de diciembre de 2026 – El consejo se reunió. "),
        ("it", "it", "Intanto, 4 dicembre 2026 – Il consiglio si è riunito. "),
        ("nl", "nl", "Ondertussen, 4 december 2026 – De raad kwam bijeen. "),
        ("pt", "pt", "Entretanto, 4 de dezembro de 2026 – O conselho reuniu-se. "),
        ("pl", "pl", "Tymczasem, 4 grudnia 2026 r. – Rada zebrała się wieczorem. "),
        ("sv", "se", "Samtidigt, 4 december 2026 – Rådet möttes på kvällen. "),
        ("tr", "com.tr", "Ayrıca, 4 Aralık 2026 – Meclis akşam toplandı. "),
        ("ru", "ru", "Однако, 4 декабря 2026 – Совет собрался вечером. "),
        # a word no table lists that the page writes in lower case too: a common word's
        ("en", "com", "Regardless, 4 December 2026 – The council met regardless of the rain. "),
    ],
)
def test_a_connective_before_a_day_is_no_dateline(lang: str, domain: str, opening: str) -> None:
    assert _dates(lang, opening=opening, domain=domain)[0] is None


@pytest.mark.parametrize(
    ("lang", "domain", "opening"),
    [
        ("de", "de", "Berlin, 5. Dezember 2026. "),
        ("es", "es", "Madrid, 5 de diciembre de 2026 – "),
        # a town's name the language writes in lower case as a word: still the town's
        ("de", "de", "Essen, 5. Dezember 2026 – Wer hier essen will, wartet. "),
        ("en", "com", "Nice, 5 December 2026 – The city had a nice day. "),
        ("en", "co.uk", "Reading, 5 December 2026 – The reading of the plan began. "),
        ("it", "it", "Como, 5 dicembre 2026 – Il consiglio si è riunito. "),
        # a village no table knows: a place all the same
        ("de", "de", "Oberammergau, 5. Dezember 2026 – Der Rat tagte am Abend. "),
        ("en", "com", "Tinyfield, 5 December 2026 – The council met in the evening. "),
        # in capitals, as a wire prints it
        ("en", "com", "WASHINGTON, December 5, 2026. The council met. "),
    ],
)
def test_a_place_before_a_day_stays_a_dateline(lang: str, domain: str, opening: str) -> None:
    assert _dates(lang, opening=opening, domain=domain)[0] == "2026-12-05"


@pytest.mark.parametrize(
    ("lang", "opening"),
    [
        ("en", "UPDATE, December 5, 2026. The council met again in the evening. "),
        ("en", "UPDATED, December 5, 2026 – The council met again in the evening. "),
        ("en", "Update, 5 December 2026 – The council met again in the evening. "),
        ("de", "AKTUALISIERT, 5. Dezember 2026. Der Rat tagte erneut. "),
        ("fr", "MISE À JOUR, 5 décembre 2026 – Le conseil a siégé de nouveau. "),
    ],
)
def test_an_update_stamp_in_capitals_is_no_publication(lang: str, opening: str) -> None:
    published, modified = _dates(lang, opening=opening)
    assert published is None
    assert modified in (None, "2026-12-05")


def test_an_update_stamp_leaves_the_dateline_after_it() -> None:
    opening = "UPDATE, December 5, 2026: The vote was moved.</p><p>WASHINGTON, December 3, 2026 – "
    assert _dates("en", opening=opening)[0] == "2026-12-03"


def test_an_update_stamp_beside_a_publication_line() -> None:
    line = "<p class='date'>December 3, 2026</p>"
    opening = "UPDATE, December 5, 2026. The council met again in the evening. "
    assert _dates("en", line=line, opening=opening)[0] == "2026-12-03"
