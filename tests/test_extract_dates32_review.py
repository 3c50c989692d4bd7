"""Review of session 32's dates (issue 10): where the two new rules overreached on pages never
seen. A title-case "dateline" whose dash opens a lower-case aside is a sentence ("Meanwhile, 4
December 2026 - a Friday - ..."), and such a weak dateline yields to a relative byline and to
the URL's day; a clock after a capitalised word is a time of day where its marks say so ("2:45
PM", "14:30 Uhr", "14:30 MEZ") or the word is a day's ("Heute", "Today") or "Stand:".

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.dateline_pages import FETCHED, story_page


def _published(
    lang: str, line: str = "", opening: str = "", url: str = "https://www.news.example.com/a/4711"
) -> str | None:
    html = story_page(lang, line=line, opening=opening)
    return extract_article(html, url, fetched=FETCHED).published


@pytest.mark.parametrize(
    ("lang", "opening"),
    [
        ("en", "Meanwhile, 4 December 2026 – the day of the vote – the council met. "),
        ("en", "Finally, 4 December 2026 – a Friday – the council met. "),
        ("en", "Later, December 4, 2026 – a Friday – the council met. "),
        ("en", "Christmas Eve, 24 December 2025 – the council met. "),
        ("de", "Damals, 4. Dezember 2025 – so der Rat – begann der Abriss. "),
        ("de", "Morgen, 7. Dezember 2026 – so der Rat – beginnt der Abriss. "),
        ("fr", "Demain, 7 décembre 2026 – jour du vote – le conseil votera. "),
        ("es", "Entonces, 4 de diciembre de 2025 – un viernes – el consejo votó. "),
        ("it", "Domani, 7 dicembre 2026 – giorno del voto – il consiglio voterà. "),
    ],
)
def test_a_sentence_with_an_aside_is_no_dateline(lang: str, opening: str) -> None:
    # a dateline's dash opens the story's first sentence, never a lower-case aside
    assert _published(lang, opening=opening) is None


@pytest.mark.parametrize(
    ("line", "url", "expected"),
    [
        # the byline states the time against the fetch: the title-case dateline is no better
        (
            "<p class='byline'>vor 3 Stunden</p>",
            "https://www.news.example.de/a/4711",
            "2026-12-06T10:00:00+01:00",
        ),
        # the URL states its day, two years after a day the first paragraph names
        ("", "https://www.news.example.de/2026/12/05/brücke", "2026-12-05"),
    ],
)
def test_a_title_case_dateline_yields_to_what_else_dates_the_page(
    line: str, url: str, expected: str
) -> None:
    assert _published("de", line=line, opening="Berlin, 5. Dezember 2024. ", url=url) == expected


@pytest.mark.parametrize(
    ("lang", "domain", "opening", "expected"),
    [
        ("de", "de", "Berlin, 5. Dezember 2026 – Der Rat hat beschlossen. ", "2026-12-05"),
        ("en", "com", "Washington, 5 December 2026 – “We agreed,” the mayor said. ", "2026-12-05"),
        ("es", "es", "Madrid, 5 de diciembre de 2026. El consejo aprobó. ", "2026-12-05"),
    ],
)
def test_title_case_datelines_still_date_the_page(
    lang: str, domain: str, opening: str, expected: str
) -> None:
    url = f"https://www.news.example.{domain}/a/4711"
    assert _published(lang, opening=opening, url=url) == expected


@pytest.mark.parametrize(
    ("lang", "domain", "line", "expected"),
    [
        ("en", "com", "December 5, 2026 Today 2:45 PM", "2026-12-05T14:45"),
        ("en", "com", "5 December 2026, Jane Smith 2:45 pm", "2026-12-05T14:45"),
        ("de", "de", "5. Dezember 2026 Heute 14:30", "2026-12-05T14:30"),
        ("de", "de", "5. Dezember 2026 Gestern 14:30", "2026-12-05T14:30"),
        ("de", "de", "5. Dezember 2026 Stand 14:30", "2026-12-05T14:30"),
        ("de", "de", "5.12.2026 Hamburg 14:30 Uhr", "2026-12-05T14:30"),
        ("de", "de", "5. Dezember 2026 Ortszeit 14:30", "2026-12-05T14:30"),
        ("de", "de", "5. Dezember 2026 Redaktion 14:30 MEZ", "2026-12-05T14:30"),
        ("es", "es", "5 de diciembre de 2026 Hoy 14:30", "2026-12-05T14:30"),
    ],
)
def test_a_marked_time_after_a_capitalised_word_is_kept(
    lang: str, domain: str, line: str, expected: str
) -> None:
    url = f"https://www.news.example.{domain}/a/4711"
    found = _published(lang, line=f"<p class='date'>{line}</p>", url=url)
    assert (found or "").startswith(expected)


@pytest.mark.parametrize(
    "line",
    [
        "December 5, 2026 Video 2:45",
        "December 5, 2026 Runtime 1:45 h",
        "December 5, 2026 Podcast 3:16",
        "December 5, 2026 video 2:45",
        "December 5, 2026 · Running time: 1:12",
    ],
)
def test_unmarked_numbers_after_names_stay_no_time(line: str) -> None:
    assert _published("en", line=f"<p class='date'>{line}</p>") == "2026-12-05"


def test_a_weekday_in_its_own_form_keeps_its_time() -> None:
    # CLDR's stand-alone Finnish names ("lauantai"), not only the form used in a date
    # ("lauantaina"): "5.12.2026 Lauantai 14:30" is a time of day
    found = _published(
        "fi",
        line="<p class='date'>5.12.2026 Lauantai 14:30</p>",
        url="https://www.news.example.fi/a/1",
    )
    assert (found or "").startswith("2026-12-05T14:30")


@pytest.mark.parametrize(
    ("lang", "domain", "line", "expected"),
    [
        # a kick-off, a place, a name, a badge before an unmarked time: times of day (German
        # capitalises every noun; only a length's word makes the clock a length)
        ("de", "de", "5. Dezember 2026 Anpfiff 14:30", "2026-12-05T14:30"),
        ("de", "de", "5.12.2026 Hamburg 14:30", "2026-12-05T14:30"),
        ("en", "com", "December 5, 2026 Live 14:30", "2026-12-05T14:30"),
        ("en", "co.uk", "5 December 2026 Jane Smith 14:30", "2026-12-05T14:30"),
        ("fr", "fr", "5 décembre 2026 Paris 14:30", "2026-12-05T14:30"),
    ],
)
def test_an_unmarked_time_after_other_words_is_kept(
    lang: str, domain: str, line: str, expected: str
) -> None:
    url = f"https://www.news.example.{domain}/a/4711"
    found = _published(lang, line=f"<p class='date'>{line}</p>", url=url)
    assert (found or "").startswith(expected)
