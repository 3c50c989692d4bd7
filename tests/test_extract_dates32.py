"""Dates after session 32 (issue 10): a dateline behind a place written in title case
("Berlin, 5. Dezember 2026. ...", "Madrid, 5 de diciembre de 2026 - ...") dates a page that
states its day nowhere else, as one in capitals did; a number after a length's word beside the
day ("Lesezeit 4:30", "Video 2:45") is no time of day.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.dateline_pages import FETCHED, story_page


def _published(lang: str, line: str = "", opening: str = "", domain: str = "com") -> str | None:
    html = story_page(lang, line=line, opening=opening)
    return extract_article(
        html, f"https://www.news.example.{domain}/a/4711-bridge", fetched=FETCHED
    ).published


@pytest.mark.parametrize(
    ("lang", "domain", "opening", "expected"),
    [
        ("en", "com", "Washington, 5 December 2026 – ", "2026-12-05"),
        ("en", "com", "Washington, December 5, 2026 – ", "2026-12-05"),
        ("de", "de", "Berlin, 5. Dezember 2026. ", "2026-12-05"),
        ("de", "de", "Frankfurt am Main, 5. Dezember 2026 – ", "2026-12-05"),
        ("es", "es", "Madrid, 5 de diciembre de 2026. ", "2026-12-05"),
        ("pt", "pt", "Lisboa, 5 de dezembro de 2026 – ", "2026-12-05"),
        ("it", "it", "Roma, 5 dicembre 2026 – ", "2026-12-05"),
        ("nl", "nl", "Den Haag, 5 december 2026. ", "2026-12-05"),
        ("pl", "pl", "Warszawa, 5 grudnia 2026 r. – ", "2026-12-05"),
        ("en", "com", "New York, Dec. 5, 2026 – ", "2026-12-05"),
        # in capitals, as before
        ("de", "de", "BERLIN, 5. Dezember 2026. ", "2026-12-05"),
        ("de", "de", "BERLIN, Mittwoch, 5. Dezember 2026 – ", "2026-12-05"),
    ],
)
def test_title_case_dateline_dates_the_page(
    lang: str, domain: str, opening: str, expected: str
) -> None:
    assert _published(lang, opening=opening, domain=domain) == expected


@pytest.mark.parametrize(
    ("lang", "opening"),
    [
        # sentences opening with a weekday, a day's word or a phrase: an event's day
        ("de", "Am Montag, 4. Dezember 2026 – so der Rat – beginnt der Abriss. "),
        ("en", "On Friday, 4 December 2026 – the day of the vote – the council met. "),
        ("de", "Gestern, 4. Dezember 2026 – so der Rat – begann der Abriss. "),
        ("es", "El lunes, 4 de diciembre de 2026. "),
        ("en", "Last year, on 4 December 2025 – a Friday – the council met. "),
        # a day without its year
        ("de", "Berlin, 5. Dezember. "),
        # a sentence's end after the year, no dateline
        ("en", "The plan, first drafted in 2019. "),
    ],
)
def test_sentences_are_no_datelines(lang: str, opening: str) -> None:
    assert _published(lang, opening=opening) is None


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("en", "<p class='date'>December 5, 2026 Length 3:16</p>", "2026-12-05"),
        ("en", "<p class='date'>December 5, 2026. Reading time: 3:16</p>", "2026-12-05"),
        (
            "de",
            "<div class='meta'><span>5. Dezember 2026</span> <span>Lesezeit 4:30</span></div>",
            "2026-12-05",
        ),
        (
            "de",
            "<div class='meta'><span>5. Dezember 2026</span> <span>Dauer: 2:45</span></div>",
            "2026-12-05",
        ),
        (
            "en",
            "<div class='meta'><span>December 5, 2026</span> <span>Video 2:45</span></div>",
            "2026-12-05",
        ),
    ],
)
def test_a_number_after_a_name_or_length_is_no_time(lang: str, line: str, expected: str) -> None:
    assert _published(lang, line=line) == expected


@pytest.mark.parametrize(
    ("lang", "domain", "line", "expected"),
    [
        # times of day beside their words, in capitals or not: unchanged
        (
            "en",
            "com",
            "<p class='date'>Saturday, December 5, 2026 At 2:30 PM</p>",
            "2026-12-05T14:30",
        ),
        ("de", "de", "<p class='date'>5. Dezember 2026 Um 14:30 Uhr</p>", "2026-12-05T14:30"),
        ("es", "es", "<p class='date'>Fecha: 5/12/2026 Hora: 14:30</p>", "2026-12-05T14:30"),
        ("tr", "com.tr", "<p class='date'>5 Aralık 2026 Cumartesi 14:30</p>", "2026-12-05T14:30"),
        (
            "id",
            "co.id",
            "<p class='date'>Sabtu, 5 Desember 2026 Pukul 14:30 WIB</p>",
            "2026-12-05T14:30",
        ),
        ("pl", "pl", "<p class='date'>5 grudnia 2026 r., 14:30</p>", "2026-12-05T14:30"),
        ("et", "ee", "<p class='date'>5. detsember 2026 Kell 14:30</p>", "2026-12-05T14:30"),
        ("uk", "ua", "<p class='date'>5 грудня 2026 р., 14:30</p>", "2026-12-05T14:30"),
        ("en", "com", "<p class='date'>December 5, 2026 Time: 14:30</p>", "2026-12-05T14:30"),
    ],
)
def test_times_of_day_beside_words_kept(lang: str, domain: str, line: str, expected: str) -> None:
    assert (_published(lang, line=line, domain=domain) or "").startswith(expected)


@pytest.mark.parametrize(
    ("lang", "updated", "published"),
    [
        ("tl", "Na-update", "Nailathala"),
        ("az", "Yenilənib", "Dərc edilib"),
        ("ka", "განახლდა", "გამოქვეყნდა"),
        ("hy", "Թարմացվել է", "Հրապարակվել է"),
    ],
)
def test_labels_of_more_languages_tell_the_update_from_the_publication(
    lang: str, updated: str, published: str
) -> None:
    # the update's line first: without its label read, its time is the publication's
    line = f"<p class='meta'>{updated}: 05.12.2026 16:05 | {published}: 05.12.2026 14:30</p>"
    article = extract_article(
        story_page(lang, line=line), "https://www.news.example.com/a/4711-bridge", fetched=FETCHED
    )
    assert (article.published or "").startswith("2026-12-05T14:30")
    assert (article.modified or "").startswith("2026-12-05T16:05")


@pytest.mark.parametrize(
    ("lang", "domain", "opening", "expected"),
    [
        ("pt", "com.br", "Rio de Janeiro, 5 de dezembro de 2026 – ", "2026-12-05"),
        ("fr", "fr", "Paris, le 5 décembre 2026 – ", "2026-12-05"),
        ("en", "com", "However, on 4 December 2026 – a Friday – the council met. ", None),
        ("de", "de", "Damals, am 4. Dezember 2025 – so der Rat – begann der Abriss. ", None),
    ],
)
def test_a_dateline_opens_with_its_day(
    lang: str, domain: str, opening: str, expected: str | None
) -> None:
    # a place's name may hold a month's ("Janeiro"); a word before the day opens a sentence
    assert _published(lang, opening=opening, domain=domain) == expected
