"""Which instant is the publication on pages of publishers never seen: a video page's one
JSON-LD object, a published meta later than the line the page labels as its publication,
an "as of" line, and date lines in languages and zones the looked-at pages lack.

Every page and string here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.dates import parse_date, to_iso


def _ld(*objects: dict[str, object]) -> str:
    return "".join(f"<script type='application/ld+json'>{json.dumps(o)}</script>" for o in objects)


def _meta(published: str) -> str:
    return f"<meta property='article:published_time' content='{published}'>"


def _page(lang: str, head: str = "", line: str = "", extra: str = "") -> str:
    return (
        f"<html lang='{lang}'><head><title>T</title>{head}</head><body><article>"
        f"<h1>Ein ganz gewöhnlicher Titel für den Test</h1><p class='info'>{line}</p>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr.</p>"
        f"{extra}</article></body></html>"
    )


_DE = "https://www.zeitung.example.de/politik/artikel-123.html"
_VIDEO = {"@context": "https://schema.org", "@type": "VideoObject", "name": "Ein Video"}


@pytest.mark.parametrize(
    ("url", "head", "extra", "expected"),
    [
        # a video page: its one VideoObject's upload is the publication
        (_DE, _ld({**_VIDEO, "uploadDate": "2026-12-02T14:30:00+01:00"}), "", "2026-12-02T14:30:00+01:00"),
        # ... and only where nothing else dates the page (a clip embedded in a story)
        (_DE, _ld({**_VIDEO, "uploadDate": "2026-11-20T10:00:00+01:00"}) + _meta("2026-12-02T14:30:00+01:00"),
         "", "2026-12-02T14:30:00+01:00"),
        (_DE, _ld({**_VIDEO, "uploadDate": "2026-11-20T10:00:00+01:00"}),
         "<time datetime='2026-12-02T14:30:00+01:00'>2.12.2026</time>", "2026-12-02T14:30:00+01:00"),
        # an audio page's one AudioObject, naming no page
        ("https://radio.example.com/show/episode-7",
         _ld({"@type": "AudioObject", "name": "Folge 7", "uploadDate": "2026-12-02T06:00:00-05:00"}),
         "", "2026-12-02T06:00:00-05:00"),
        # a video naming another page is that page's
        (_DE, _ld({**_VIDEO, "url": "https://www.zeitung.example.de/video/anderes.html",
                   "uploadDate": "2026-11-20T10:00:00+01:00"}), "", None),
        # beside an article object: the article's, never the embedded clip's
        (_DE, _ld({**_VIDEO, "uploadDate": "2026-11-20T10:00:00+01:00"},
                  {"@type": "NewsArticle", "headline": "T", "datePublished": "2026-12-02T14:30:00+01:00"}),
         "", "2026-12-02T14:30:00+01:00"),
        # two videos: neither is the page's own
        (_DE, _ld({**_VIDEO, "uploadDate": "2026-11-20T10:00:00+01:00"},
                  {**_VIDEO, "uploadDate": "2026-11-21T10:00:00+01:00"}), "", None),
    ],
)  # fmt: skip
def test_a_pages_one_media_object_dates_it(
    url: str, head: str, extra: str, expected: str | None
) -> None:
    assert extract_article(_page("de", head, "", extra), url).published == expected


@pytest.mark.parametrize(
    ("url", "lang", "head", "line", "expected"),
    [
        (_DE, "de", _meta("2026-12-02T16:45:00+01:00"),
         "Veröffentlicht: 02.12.2026, 14:30 Uhr | Aktualisiert: 02.12.2026, 16:45 Uhr", "2026-12-02T14:30:00+01:00"),
        (_DE, "de", _meta("2026-12-02T16:45:00+01:00"), "Erstellt: 02.12.2026, 14:30 Uhr", "2026-12-02T14:30:00+01:00"),
        ("https://wiadomosci.example.pl/kraj/artykul-5", "pl", _meta("2026-12-03T09:10:00+01:00"),
         "Opublikowano: 2 grudnia 2026, 14:30", "2026-12-02T14:30:00+01:00"),
        ("https://www.noticias.example.com.br/brasil/noticia-9", "pt-BR", _meta("2026-12-02T18:00:00-03:00"),
         "Publicado em 2 de dezembro de 2026 às 14h30", "2026-12-02T14:30:00-03:00"),
        ("https://www.frettir.example.is/innlent/frett-3", "is", _meta("2026-12-02T16:45:00+00:00"),
         "Birt: 2. desember 2026 kl. 14:30", "2026-12-02T14:30:00+00:00"),
        # the meta stated to the second in the printed minute: the same time, the meta's stands
        (_DE, "de", _meta("2026-12-02T14:30:27+01:00"), "Veröffentlicht: 02.12.2026, 14:30 Uhr", "2026-12-02T14:30:27+01:00"),
        # a printed line labelled only as the update says nothing of the publication
        (_DE, "de", _meta("2026-12-02T16:45:00+01:00"), "Aktualisiert: 02.12.2026, 14:30 Uhr", "2026-12-02T16:45:00+01:00"),
        # the JSON-LD article's own statement is the publication
        (_DE, "de", _meta("2026-12-02T16:45:00+01:00") + _ld({"@type": "NewsArticle", "headline": "T",
         "datePublished": "2026-12-02T16:45:00+01:00"}), "Veröffentlicht: 02.12.2026, 14:30 Uhr", "2026-12-02T16:45:00+01:00"),
    ],
)  # fmt: skip
def test_a_line_labelled_as_the_publication_before_the_published_meta_is_the_publication(
    url: str, lang: str, head: str, line: str, expected: str
) -> None:
    assert extract_article(_page(lang, head, line), url).published == expected


@pytest.mark.parametrize(
    ("line", "extra", "published", "modified"),
    [
        # the page's only date: its last update, and the best its publication can be
        ("Stand: 02.12.2026, 16:45 Uhr", "", "2026-12-02T16:45:00+01:00", "2026-12-02T16:45:00+01:00"),
        # a line labelled as the publication after it is the publication
        ("Stand: 02.12.2026, 16:45 Uhr", "<p class='date'>Erstellt: 02.12.2026, 14:30 Uhr</p>",
         "2026-12-02T14:30:00+01:00", "2026-12-02T16:45:00+01:00"),
        ("Stand: 02.12.2026, 16:45 Uhr", "<p class='date'>2. Dezember 2026, 14:30 Uhr</p>",
         "2026-12-02T14:30:00+01:00", "2026-12-02T16:45:00+01:00"),
        # one line: the publication, then the state
        ("Erstellt: 02.12.2026, 14:30 Uhr, Stand: 02.12.2026, 16:45 Uhr", "",
         "2026-12-02T14:30:00+01:00", "2026-12-02T16:45:00+01:00"),
        # a day the page states as its publication: the update's time does not refine it,
        # nor replace it with the next day's
        ("Veröffentlicht am 02.12.2026", "<p class='date'>Stand: 02.12.2026, 16:45 Uhr</p>",
         "2026-12-02", "2026-12-02T16:45:00+01:00"),
        ("Veröffentlicht am 01.12.2026", "<p class='date'>Stand: 02.12.2026, 16:45 Uhr</p>",
         "2026-12-01", "2026-12-02T16:45:00+01:00"),
        ("Stand: 02.12.2026, 16:45 Uhr", "<time datetime='2026-12-02'>2. Dezember 2026</time>",
         "2026-12-02", "2026-12-02T16:45:00+01:00"),
    ],
)  # fmt: skip
def test_an_as_of_line_is_the_update(line: str, extra: str, published: str, modified: str) -> None:
    art = extract_article(_page("de", "", line, extra), _DE)
    assert (art.published, art.modified) == (published, modified)


def test_an_as_of_line_does_not_refine_a_metas_day() -> None:
    """`<meta name="date" content="2026-12-02">` states the day; "Stand: ..." is its update."""
    page = _page("de", "<meta name='date' content='2026-12-02'>", "Stand: 02.12.2026, 16:45 Uhr")
    assert extract_article(page, _DE).published == "2026-12-02"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Moscow time in Cyrillic letters, Nepal, Iran
        ("2 декабря 2026, 14:30 МСК", "2026-12-02T14:30:00+03:00"),
        ("02.12.2026 14:30 (МСК)", "2026-12-02T14:30:00+03:00"),
        ("2 Dec 2026 14:30 NPT", "2026-12-02T14:30:00+05:45"),
        ("2 Dec 2026 14:30 IRST", "2026-12-02T14:30:00+03:30"),
        # Hindi spellings with a half consonant or without the nukta
        ("प्रकाशित: 2 दिसम्बर 2026, 02:30 PM", "2026-12-02T14:30:00"),
        ("2 नवम्बर 2026 14:30", "2026-11-02T14:30:00"),
        ("2 फरवरी 2026 14:30", "2026-02-02T14:30:00"),
        ("2 सितम्बर 2026 14:30", "2026-09-02T14:30:00"),
        ("2 अक्तूबर 2026 14:30", "2026-10-02T14:30:00"),
        # Swahili time counts from six o'clock
        ("Desemba 2, 2026 saa 8:30 mchana", "2026-12-02T14:30:00"),
        ("2 Desemba 2026, saa 2:30 asubuhi", "2026-12-02T08:30:00"),
        ("2 Desemba 2026 saa 11:40 jioni", "2026-12-02T17:40:00"),
        ("2 Desemba 2026 saa 1:15 usiku", "2026-12-02T19:15:00"),
        ("2 Desemba 2026 saa 9:00 usiku", "2026-12-02T03:00:00"),
        # a 24-hour time after "saa", or none of the day's parts: as printed
        ("2 Desemba 2026 saa 14:30", "2026-12-02T14:30:00"),
        ("2 Desemba 2026 saa 8:30", "2026-12-02T08:30:00"),
    ],
)
def test_zones_months_and_clocks_of_unseen_languages(text: str, expected: str) -> None:
    d = parse_date(text)
    assert d is not None
    assert to_iso(d) == expected


def test_moscow_time_on_a_site_of_no_known_country() -> None:
    page = _page("ru", "", "2 декабря 2026, 14:30 МСК")
    art = extract_article(page, "https://www.novosti.example.com/a/1")
    assert art.published == "2026-12-02T14:30:00+03:00"


@pytest.mark.parametrize(
    ("url", "lang", "updated", "published_line", "published"),
    [
        ("https://www.hadashot.example.co.il/a/1", "he", "עדכון אחרון: 02.12.26, 16:45", "פורסם: 02.12.26, 14:30", "2026-12-02T14:30:00+02:00"),
        ("https://www.berita.example.my/a/1", "ms", "Dikemaskini 2 Disember 2026, 4:45 petang", "2 Disember 2026, 2:30 petang", "2026-12-02T14:30:00+08:00"),
        ("https://www.novosti.example.ru/a/1", "ru", "Обновлен 2 декабря 2026, 16:45", "2 декабря 2026, 14:30", "2026-12-02T14:30:00+03:00"),
        ("https://www.novosti.example.ru/a/2", "ru", "Изменено: 2 декабря 2026, 16:45", "2 декабря 2026, 14:30", "2026-12-02T14:30:00+03:00"),
        ("https://www.zeitung.example.de/a/1", "de", "Update: 02.12.2026, 16:45 Uhr", "02.12.2026, 14:30 Uhr", "2026-12-02T14:30:00+01:00"),
        ("https://www.noticias.example.com.br/a/1", "pt-BR", "Atualizada em 02/12/2026 16h45", "02/12/2026 14h30", "2026-12-02T14:30:00-03:00"),
        ("https://www.diario.example.es/a/1", "es", "Actualizada 02/12/2026 16:45", "02/12/2026 14:30", "2026-12-02T14:30:00+01:00"),
        ("https://www.krant.example.nl/a/1", "nl", "Aangepast 2 dec. 2026 om 16:45", "2 dec. 2026 om 14:30", "2026-12-02T14:30:00+01:00"),
        ("https://news.example.co.kr/a/1", "ko", "업데이트 2026.12.02 16:45", "2026.12.02 14:30", "2026-12-02T14:30:00+09:00"),
        # a published label not read before: the line after the update is the publication
        ("https://www.naujienos.example.lt/a/1", "lt", "Atnaujinta 2026-12-02 16:45 Publikuota 2026-12-02 14:30", "", "2026-12-02T14:30:00+02:00"),
        ("https://www.berita.example.my/a/2", "ms", "Dikemas kini: 2 Disember 2026, 4:45 petang Disiarkan pada: 2 Disember 2026, 2:30 petang", "", "2026-12-02T14:30:00+08:00"),
        # a dotted time right after the day, no word before it
        ("https://www.tidning.example.se/a/1", "sv", "Uppdaterad 2 december 2026 16.45", "Publicerad 2 december 2026 14.30", "2026-12-02T14:30:00+01:00"),
    ],
)  # fmt: skip
def test_an_update_line_is_not_the_publication(
    url: str, lang: str, updated: str, published_line: str, published: str
) -> None:
    extra = f"<p class='date'>{published_line}</p>" if published_line else ""
    assert extract_article(_page(lang, "", updated, extra), url).published == published


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 december 2026 16.45", "2026-12-02T16:45:00"),
        ("Publicerad 2026-12-02 14.30", "2026-12-02T14:30:00"),
        ("2.12.2026 09.05", "2026-12-02T09:05:00"),
        # a one-digit hour after a day written with dots is a 24-hour clock's (CLDR's Finnish,
        # Danish, Indonesian "2.12.2026 9.05"); after a day without, it may be a 12-hour one
        ("2.12.2026 9.05", "2026-12-02T09:05:00"),
        ("2 december 2026 9.05", "2026-12-02T00:00:00"),
        # a number, another date, no clock: the day alone
        ("2 december 2026 10.000 deltagare", "2026-12-02T00:00:00"),
        ("2.12.2026 16.12.2026", "2026-12-02T00:00:00"),
        ("2 december 2026 25.61", "2026-12-02T00:00:00"),
    ],
)
def test_a_dotted_time_right_after_the_day(text: str, expected: str) -> None:
    d = parse_date(text)
    assert d is not None
    assert to_iso(d) == expected


_HEADLINE = "Ein ganz gewöhnlicher Titel für den Test"
_RELATED = {
    "@type": "NewsArticle",
    "headline": "Ein anderer Artikel von gestern",
    "datePublished": "2026-11-28T09:00:00+01:00",
    "author": {"@type": "Person", "name": "Anna Beispiel"},
}
_OWN = {
    "@type": "NewsArticle",
    "headline": _HEADLINE,
    "datePublished": "2026-12-02T14:30:00+01:00",
    "author": {"@type": "Person", "name": "Carl Muster"},
}


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a related story's object first, neither naming a page: the one whose headline the page shows
        (_ld(_RELATED, _OWN), "2026-12-02T14:30:00+01:00"),
        (_ld({"@graph": [_RELATED, _OWN]}), "2026-12-02T14:30:00+01:00"),
        (_ld(_RELATED, {**_OWN, "headline": "Gewöhnlicher Titel"}) + f"<meta property='og:title' content='{_HEADLINE}'>",
         "2026-11-28T09:00:00+01:00"),
        # ... shown in the og:title with the site's name after it
        (_ld(_RELATED, _OWN) + f"<meta property='og:title' content='{_HEADLINE} | Zeitung'>", "2026-12-02T14:30:00+01:00"),
        # a live blog whose headline the page shows, before a related article object
        (_ld(_RELATED, {"@type": "LiveBlogPosting", "headline": _HEADLINE, "datePublished": "2026-12-02T06:00:00+01:00"}),
         "2026-12-02T06:00:00+01:00"),
        # an object naming this page still beats one the page merely shows
        (_ld({**_RELATED, "url": _DE}, _OWN), "2026-11-28T09:00:00+01:00"),
    ],
)  # fmt: skip
def test_among_article_objects_the_one_whose_headline_the_page_shows(
    head: str, expected: str
) -> None:
    art = extract_article(_page("de", head), _DE)
    assert art.published == expected


@pytest.mark.parametrize(
    ("url", "lang", "updated", "published_line", "published"),
    [
        ("https://www.giornale.example.it/a/1", "it", "Ultima modifica: 02/12/2026 16:45", "02/12/2026 14:30", "2026-12-02T14:30:00+01:00"),
        ("https://www.journal.example.fr/a/1", "fr", "Dernière mise à jour : 02/12/2026 à 16h45", "02/12/2026 à 14h30", "2026-12-02T14:30:00+01:00"),
        ("https://www.journal.example.fr/a/2", "fr", "Mise à jour le 2 décembre 2026 à 16h45", "2 décembre 2026 à 14h30", "2026-12-02T14:30:00+01:00"),
        ("https://www.novosti.example.ru/a/1", "ru", "Последнее обновление: 2 декабря 2026, 16:45", "2 декабря 2026, 14:30", "2026-12-02T14:30:00+03:00"),
        ("https://www.naujienos.example.lt/a/1", "lt", "Paskutinis atnaujinimas: 2026-12-02 16:45", "2026-12-02 14:30", "2026-12-02T14:30:00+02:00"),
        ("https://www.berita.example.my/a/1", "ms", "Kemaskini terakhir: 2 Disember 2026, 4:45 petang", "2 Disember 2026, 2:30 petang", "2026-12-02T14:30:00+08:00"),
        ("https://www.haber.example.com.tr/a/1", "tr", "Güncellenme: 02.12.2026 16:45", "02.12.2026 14:30", "2026-12-02T14:30:00+03:00"),
        ("https://www.habari.example.co.ke/a/1", "sw", "Ilisasishwa: Desemba 2, 2026 16:45", "Desemba 2, 2026 14:30", "2026-12-02T14:30:00+03:00"),
        ("https://www.zeitung.example.de/a/1", "de", "Zuletzt bearbeitet am 02.12.2026 um 16:45 Uhr", "02.12.2026 14:30 Uhr", "2026-12-02T14:30:00+01:00"),
        ("https://www.zeitung.example.de/a/2", "de", "Letzte Aktualisierung: 02.12.2026, 16:45 Uhr", "02.12.2026 14:30 Uhr", "2026-12-02T14:30:00+01:00"),
        ("https://www.paper.example.co.uk/a/1", "en", "Last edited 2 December 2026 16:45", "2 December 2026 14:30", "2026-12-02T14:30:00+00:00"),
        ("https://www.paper.example.co.uk/a/2", "en", "Revised: 2 December 2026 16:45", "2 December 2026 14:30", "2026-12-02T14:30:00+00:00"),
        # an editor's credit is no update: the line's date stays the publication
        ("https://www.zeitung.example.de/a/3", "de", "Bearbeitet von Max Muster, 02.12.2026 14:30 Uhr", "", "2026-12-02T14:30:00+01:00"),
    ],
)  # fmt: skip
def test_a_last_update_line_is_not_the_publication(
    url: str, lang: str, updated: str, published_line: str, published: str
) -> None:
    extra = f"<p class='date'>{published_line}</p>" if published_line else ""
    assert extract_article(_page(lang, "", updated, extra), url).published == published


@pytest.mark.parametrize(
    ("url", "lang", "meta", "expected"),
    [
        ("https://www.novosti.example.ru/a/1", "ru", "<meta name='mediator_published_time' content='2026-12-02T14:30:00+03:00'>", "2026-12-02T14:30:00+03:00"),
        ("https://news.example.co.kr/a/1", "ko", "<meta property='og:regDate' content='20261202143000'>", "2026-12-02T14:30:00+09:00"),
    ],
)  # fmt: skip
def test_publication_metas_of_unseen_countries(
    url: str, lang: str, meta: str, expected: str
) -> None:
    assert extract_article(_page(lang, meta), url).published == expected


@pytest.mark.parametrize(
    ("published_ld", "meta", "expected"),
    [
        # the JSON-LD article's naive time takes the meta's offset, not its seconds
        ("2026-12-02T14:30:00", "2026-12-02T14:30:27+01:00", "2026-12-02T14:30:00+01:00"),
        ("2026-12-02 14:30", "2026-12-02T14:30:27+01:00", "2026-12-02T14:30:00+01:00"),
        # the same wall clock to the second: one time
        ("2026-12-02T14:30:27", "2026-12-02T14:30:27+01:00", "2026-12-02T14:30:27+01:00"),
    ],
)
def test_a_naive_jsonld_time_keeps_its_own_seconds(
    published_ld: str, meta: str, expected: str
) -> None:
    head = _ld({"@type": "NewsArticle", "headline": "T", "datePublished": published_ld})
    page = _page("de", head + _meta(meta))
    assert extract_article(page, "https://www.site.example.com/a/1").published == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # the JSON-LD article's own UTC instant stands, said in the site's zone
        (_ld({"@type": "NewsArticle", "headline": "T", "datePublished": "2026-07-02T14:30:00+00:00"}),
         "2026-07-02T16:30:00+02:00"),
        (_ld({"@type": "NewsArticle", "headline": "T", "datePublished": "2026-07-02T14:30:00Z"}),
         "2026-07-02T16:30:00+02:00"),
        # a meta's "Z" on the wall clock the page prints is a local time mislabelled
        (_meta("2026-07-02T14:30:00+00:00"), "2026-07-02T14:30:00+02:00"),
    ],
)  # fmt: skip
def test_a_jsonld_utc_instant_is_not_read_as_a_mislabelled_local_time(
    head: str, expected: str
) -> None:
    page = _page("de", head, "2. Juli 2026, 14:30 Uhr")
    assert extract_article(page, _DE).published == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a local <time> on the JSON-LD's UTC wall clock is another instant: the JSON-LD's stands
        (_ld({"@type": "NewsArticle", "headline": "T", "datePublished": "2026-07-02T14:30:27Z"}),
         "2026-07-02T16:30:27+02:00"),
        # the same instant, to the millisecond a machine adds: the local spelling
        (_ld({"@type": "NewsArticle", "headline": "T", "datePublished": "2026-07-02T12:30:27.183Z"}),
         "2026-07-02T14:30:27+02:00"),
        # a meta's "Z" on that wall clock: a local time mislabelled
        (_meta("2026-07-02T14:30:27Z"), "2026-07-02T14:30:27+02:00"),
    ],
)  # fmt: skip
def test_a_jsonld_utc_instant_beside_a_local_time_element(head: str, expected: str) -> None:
    page = _page("de", head, "", "<time datetime='2026-07-02T14:30:27+02:00'>2. Juli 2026</time>")
    assert extract_article(page, _DE).published == expected


_BODY = (
    "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch ein wenig mehr.</p>"
    * 3
)
_MOST_READ = (
    "<aside><h2>Meistgelesen</h2><ul><li><span>Ein anderer Artikel</span> "
    "<time datetime='2026-12-01T09:00:00+01:00'>01.12.2026</time></li></ul></aside>"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a most-read column beside the article, its date element before the article's date line
        (f"<main><article><h1>{_HEADLINE}</h1>{_BODY}<p class='meta'>Veröffentlicht am 02.12.2026 um 14:30 Uhr</p></article>{_MOST_READ}</main>",
         "2026-12-02T14:30:00+01:00"),
        (f"<main>{_MOST_READ}<article><h1>{_HEADLINE}</h1><p>02.12.2026, 14:30 Uhr</p>{_BODY}</article></main>",
         "2026-12-02T14:30:00+01:00"),
        # no <article>: an aside holding a list
        (f"<div><h1>{_HEADLINE}</h1><p>02.12.2026, 14:30 Uhr</p>{_BODY}</div>{_MOST_READ}", "2026-12-02T14:30:00+01:00"),
        # the article's own aside (its author and date box) is the article's
        (f"<article><h1>{_HEADLINE}</h1><aside class='meta'>Max Muster <time datetime='2026-12-02T14:30:00+01:00'>2.12.2026</time></aside>{_BODY}</article>",
         "2026-12-02T14:30:00+01:00"),
        (f"<div><h1>{_HEADLINE}</h1><aside>Max Muster <time datetime='2026-12-02T14:30:00+01:00'>2.12.2026</time></aside>{_BODY}</div>",
         "2026-12-02T14:30:00+01:00"),
    ],
)  # fmt: skip
def test_a_side_column_of_other_items_does_not_date_the_article(body: str, expected: str) -> None:
    page = f"<html lang='de'><head><title>T</title></head><body>{body}</body></html>"
    assert extract_article(page, _DE).published == expected


def test_labelled_lines_of_a_teaser_list_do_not_replace_the_published_meta() -> None:
    teasers = "".join(
        f"<li><p>Veröffentlicht am 0{day}.12.2026 um 10:00 Uhr</p></li>" for day in (1, 2)
    )
    page = _page("de", _meta("2026-12-02T16:45:00+01:00"), "", f"<ul>{teasers}</ul>")
    assert extract_article(page, _DE).published == "2026-12-02T16:45:00+01:00"


@pytest.mark.parametrize(
    ("url", "lang", "line", "expected"),
    [
        ("https://www.krant.example.nl/binnenland/begroting~a1234/", "nl", "02-12-26, 14:05 Bijgewerkt: 02-12-26, 16:20", "2026-12-02T14:05:00+01:00"),
        ("https://www.krant.example.be/binnenland/begroting-1234", "nl", "Door Tim Smit | 02/12/26 om 14:05", "2026-12-02T14:05:00+01:00"),
        ("https://www.jornal.example.pt/pais/orcamento-1234", "pt", "02/12/26 às 14h05", "2026-12-02T14:05:00+00:00"),
        ("https://www.diario.example.es/politica/presupuesto-1234", "es", "02/12/26 - 14:05 h", "2026-12-02T14:05:00+01:00"),
        ("https://www.journal.example.fr/politique/budget-1234", "fr", "Publié le 02/12/26 à 14h05", "2026-12-02T14:05:00+01:00"),
    ],
)  # fmt: skip
def test_a_two_digit_year_before_a_time_of_day_dates_the_page(
    url: str, lang: str, line: str, expected: str
) -> None:
    """ "02-12-26, 14:05": day first, as the page orders days (a day up to the 12th too)."""
    assert extract_article(_page(lang, line=line), url).published == expected


@pytest.mark.parametrize(
    ("url", "lang", "line", "extra", "expected"),
    [
        ("https://www.news.example.in/city/budget-1234", "en", "Updated: Dec 02, 2026, 14:05 IST", "", "2026-12-02T14:05:00+05:30"),
        ("https://www.news.example.in/city/budget-1234", "hi", "अपडेटेड: 02 दिसंबर 2026, 02:05 PM IST", "", "2026-12-02T14:05:00+05:30"),
        ("https://www.zeitung.example.de/politik/budget-1234.html", "de", "Aktualisiert am 02.12.2026, 14:05 Uhr", "", "2026-12-02T14:05:00+01:00"),
        ("https://www.berita.example.my/nasional/bajet-1234", "ms", "Dikemas kini: 2 Dis 2026, 2:05 petang", "", "2026-12-02T14:05:00+08:00"),
        # a day or a relative byline the page states beside it is the publication
        ("https://www.zeitung.example.de/politik/budget-1234.html", "de", "Aktualisiert am 02.12.2026, 14:05 Uhr",
         "<p class='date'>Veröffentlicht am 01.12.2026</p>", "2026-12-01"),
        # another piece's update, beside its short-titled link in a list, dates nothing
        ("https://www.news.example.in/city/budget-1234", "en", "",
         "<div class='more'><h3>More from City</h3><ul><li><a href='/city/bill-passed-1235'>Bill passed</a> Updated: Nov 28, 2026, 09:12 IST</li>"
         "<li><a href='/city/minister-quits-1236'>Minister quits</a> Updated: Nov 27, 2026, 22:40 IST</li></ul></div>", None),
        ("https://www.zeitung.example.de/politik/budget-1234.html", "de", "",
         "<div class='box'><a href='/politik/hallenbad-1235.html'>Hallenbad</a> <span>Aktualisiert am 28.11.2026, 10:00 Uhr</span></div>", None),
    ],
)  # fmt: skip
def test_an_update_line_dates_a_page_nothing_else_dates(
    url: str, lang: str, line: str, extra: str, expected: str | None
) -> None:
    """ "Updated: ..." as a page's only date: its publication as well, where the piece was
    never updated (a template label), and no date is never right."""
    art = extract_article(_page(lang, line=line, extra=extra), url)
    assert art.published == expected


def _kicker_page(lang: str, kicker: str, title: str, body: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>T</title></head><body><div class='page'><main><article>"
        f"<header>{kicker}<h1>{title}</h1></header><p>{body}</p><p>{body}</p>"
        "</article></main></div></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "lang", "kicker", "expected"),
    [
        ("https://www.zeitung.example.de/politik/budget-1234.html", "de",
         "<p class='kicker'>Politik · <span>02.12.2026, 14:05 Uhr</span></p>", "2026-12-02T14:05:00+01:00"),
        ("https://www.zeitung.example.at/politik/budget-1234", "de",
         "<div class='top'><a href='/politik'>Politik</a> | 2. Dezember 2026, 14.05 Uhr</div>", "2026-12-02T14:05:00+01:00"),
        ("https://www.gazeta.example.pl/kraj/budzet-1234", "pl",
         "<div class='nadtytul'><span>Kraj</span><span>2 grudnia 2026, 14:05</span></div>", "2026-12-02T14:05:00+01:00"),
        ("https://www.jornal.example.pt/pais/orcamento-1234", "pt",
         "<div class='antetitulo'>País <em>02/12/2026 14h05</em></div>", "2026-12-02T14:05:00+00:00"),
        ("https://www.news.example.co.il/news/budget-1234", "he",
         "<div class='super'>חדשות · <span>02.12.26, 14:05</span></div>", "2026-12-02T14:05:00+02:00"),
    ],
)  # fmt: skip
def test_a_date_just_above_the_headline_in_no_date_element(
    url: str, lang: str, kicker: str, expected: str
) -> None:
    """A kicker line above the headline carrying the date, in elements no class names a date."""
    page = _kicker_page(
        lang,
        kicker,
        "Ein ganz gewöhnlicher Titel für den Test",
        "Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr.",
    )
    assert extract_article(page, url).published == expected


def test_a_top_bar_in_the_body_before_the_headline_is_not_the_articles_date() -> None:
    """The headline straight in <main>: what stands before it there is the site's."""
    page = (
        "<html lang='de'><head><title>T</title></head><body><main><p>Donnerstag, 3. Dezember 2026, 07:55 Uhr</p>"
        "<h1>Ein ganz gewöhnlicher Titel für den Test</h1><p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein.</p>"
        "</main></body></html>"
    )
    assert (
        extract_article(page, "https://www.zeitung.example.de/politik/budget-1234.html").published
        is None
    )


@pytest.mark.parametrize(
    "bar",
    [
        "<header class='site'><a href='/'><img src='/logo.svg' alt='Lokalblatt'></a><div class='heute'>Mittwoch, 2. Dezember 2026</div><nav><a href='/lokales'>Lokales</a></nav></header>",
        "<div class='topbar'><a href='https://www.zeitung.example.de/'>Lokalblatt</a> <span>Mittwoch, 2. Dezember 2026</span></div>",
        "<div class='topbar'><span>Mittwoch, 2. Dezember 2026</span><ul role='navigation'><li><a href='/sport'>Sport</a></li></ul></div>",
        "<div class='pasek'><a href='/'>Gazeta</a> <span>środa, 2 grudnia 2026</span></div>",
    ],
)  # fmt: skip
def test_the_sites_bar_before_the_headlines_block_is_not_a_kicker(bar: str) -> None:
    """A page wrapper holding the site's bar (a logo's link home, a menu) and then the
    headline's block: the bar's day is the day the page was read, not the article's."""
    html = (
        "<html lang='de'><head><title>T</title></head><body><div id='page'>"
        f"{bar}<div class='content'><h1>Ein ganz gewöhnlicher Titel für den Test</h1>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr.</p>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr.</p>"
        "</div></div></body></html>"
    )
    url = "https://www.zeitung.example.de/lokales/scheunenbrand-1234.html"
    assert extract_article(html, url).published is None


@pytest.mark.parametrize(
    "kicker",
    [
        "<div class='kicker'><a href='/'>Start</a> › <a href='/lokales'>Lokales</a> · 02.12.2026, 14:05 Uhr</div>",
        "<div class='kicker'><nav aria-label='Breadcrumb'><a href='/'>Start</a><a href='/lokales'>Lokales</a></nav><span>02.12.2026, 14:05 Uhr</span></div>",
        "<div class='kicker'><ol class='breadcrumbs'><li><a href='https://www.zeitung.example.de/'>Start</a></li><li>Lokales</li></ol> 02.12.2026, 14:05 Uhr</div>",
    ],
)  # fmt: skip
def test_a_breadcrumb_with_the_date_before_the_headlines_block_is_a_kicker(kicker: str) -> None:
    """A breadcrumb links home too, but it is the article's kicker line, not the site's bar."""
    html = (
        "<html lang='de'><head><title>T</title></head><body><div id='page'>"
        f"{kicker}<div class='content'><h1>Ein ganz gewöhnlicher Titel für den Test</h1>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr.</p>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr.</p>"
        "</div></div></body></html>"
    )
    url = "https://www.zeitung.example.de/lokales/scheunenbrand-1234.html"
    assert extract_article(html, url).published == "2026-12-02T14:05:00+01:00"


def _wordpress(lang: str, meta: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>T</title></head><body><main><article class='post'>"
        f"<header class='entry-header'><h1 class='entry-title'>Ein ganz gewöhnlicher Titel für den Test</h1>"
        f"<div class='entry-meta'>{meta}</div></header><div class='entry-content'>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr.</p></div>"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "lang", "meta", "published", "modified"),
    [
        # a theme printing the update first, the publication after it
        ("https://www.habari.example.co.tz/baraza-laidhinisha-bajeti/", "sw",
         "<span class='posted-on'><a href='/baraza-laidhinisha-bajeti/' rel='bookmark'><time class='updated' datetime='2026-12-03T09:00:00+03:00'>Desemba 3, 2026</time><time class='entry-date published' datetime='2026-12-02T14:05:00+03:00'>Desemba 2, 2026</time></a></span>",
         "2026-12-02T14:05:00+03:00", "2026-12-03T09:00:00+03:00"),
        ("https://www.berita.example.my/majlis-lulus-bajet/", "ms",
         "<time class='date-modified' datetime='2026-12-03T09:00:00+08:00'>3 Dis 2026</time> <time class='date-published' datetime='2026-12-02T14:05:00+08:00'>2 Dis 2026</time>",
         "2026-12-02T14:05:00+08:00", "2026-12-03T09:00:00+08:00"),
        ("https://www.naujienos.example.lt/taryba-patvirtino-biudzeta/", "lt",
         "<time class='updated' datetime='2026-12-03T09:00:00+02:00'>2026-12-03</time><time class='entry-date' datetime='2026-12-02T14:05:00+02:00'>2026-12-02</time>",
         "2026-12-02T14:05:00+02:00", "2026-12-03T09:00:00+02:00"),
        # a theme's only date, classed "entry-date updated" (hAtom asks for "updated"): the publication
        ("https://www.news.example.com.na/council-approves-budget/", "en",
         "<time class='entry-date updated td-module-date' datetime='2026-12-02T14:05:00+02:00'>2 December 2026</time>",
         "2026-12-02T14:05:00+02:00", None),
        # an update-classed <time> alone: still the piece's only date
        ("https://www.habari.example.co.tz/baraza-laidhinisha-bajeti/", "sw",
         "<time class='updated' datetime='2026-12-02T14:05:00+03:00'>Desemba 2, 2026</time>",
         "2026-12-02T14:05:00+03:00", None),
    ],
)  # fmt: skip
def test_a_time_classed_as_the_update_beside_the_publication(
    url: str, lang: str, meta: str, published: str, modified: str | None
) -> None:
    art = extract_article(_wordpress(lang, meta), url)
    assert (art.published, art.modified) == (published, modified)


@pytest.mark.parametrize(
    ("url", "lang", "meta", "extra", "expected"),
    [
        # a labelled line beside a link to another piece (short text, no heading): perhaps a
        # teaser's, so the page's published meta stands
        ("https://www.zeitung.example.de/politik/budget-1234.html", "de", "2026-12-02T09:30:00+01:00",
         "<div class='box'><a href='/politik/hallenbad-101.html'>Hallenbad</a> <span>Veröffentlicht: 28.11.2026, 10:00 Uhr</span></div>",
         "2026-12-02T09:30:00+01:00"),
        ("https://www.gazeta.example.pl/kraj/budzet-1234", "pl", "2026-12-02T09:30:00+01:00",
         "<div><a href='/kraj/basen-101'>Basen</a> Opublikowano: 28.11.2026, 10:00</div>",
         "2026-12-02T09:30:00+01:00"),
        ("https://www.jornal.example.pt/pais/orcamento-1234", "pt", "2026-12-02T09:30:00+00:00",
         "<p><a href='/pais/piscina-101'>Piscina</a> · Publicado em 28/11/2026 10:00</p>",
         "2026-12-02T09:30:00+00:00"),
        # the page's own labelled line, beside an author's link, still names the first release
        ("https://www.zeitung.example.de/politik/budget-1234.html", "de", "2026-12-02T09:30:00+01:00",
         "<p class='byline'>Von <a href='/autor/anna-muster'>Anna Muster</a> · Veröffentlicht: 02.12.2026, 08:00 Uhr</p>",
         "2026-12-02T08:00:00+01:00"),
    ],
)  # fmt: skip
def test_a_labelled_line_beside_another_pieces_link_does_not_override_the_meta(
    url: str, lang: str, meta: str, extra: str, expected: str
) -> None:
    art = extract_article(_page(lang, head=_meta(meta), extra=extra), url)
    assert art.published == expected


def _related_item(path: str, headline: str, published: str) -> str:
    return (
        "<div itemscope itemtype='https://schema.org/NewsArticle'>"
        f"<a itemprop='url' href='{path}'><span itemprop='headline'>{headline}</span></a>"
        f"<meta itemprop='datePublished' content='{published}'></div>"
    )


@pytest.mark.parametrize(
    ("url", "lang", "page", "expected"),
    [
        # the related card's microdata before the article's own
        ("https://www.zeitung.example.de/politik/budget-1234.html", "de",
         "<div class='top'>{card}</div><main><article itemscope itemtype='https://schema.org/NewsArticle'>"
         "<h1 itemprop='headline'>{title}</h1><meta itemprop='datePublished' content='2026-12-02T09:30:00+01:00'>{body}</article></main>",
         "2026-12-02T09:30:00+01:00"),
        # ... inside the article, in its aside
        ("https://www.diario.example.es/politica/presupuesto-1234", "es",
         "<main><article itemscope itemtype='https://schema.org/NewsArticle'><h1 itemprop='headline'>{title}</h1>"
         "<aside>{card}</aside><meta itemprop='datePublished' content='2026-12-02T09:30:00+01:00'>{body}</article></main>",
         "2026-12-02T09:30:00+01:00"),
        # the page marks up only the card; its own date is a <time>
        ("https://www.noviny.example.cz/domov/rozpocet-1234", "cs",
         "<main><article><h1>{title}</h1><div class='box'>{card}</div>"
         "<p class='byline'><time datetime='2026-12-02T09:30:00+01:00'>2. prosince 2026 9:30</time></p>{body}</article></main>",
         "2026-12-02T09:30:00+01:00"),
    ],
)  # fmt: skip
def test_another_items_microdata_does_not_date_the_page(
    url: str, lang: str, page: str, expected: str
) -> None:
    title = "Ein ganz gewöhnlicher Titel für den Test"
    body = "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr.</p>"
    card = _related_item("/politik/hallenbad-101.html", "Hallenbad zu", "2026-11-28T10:00:00+01:00")
    html = (
        f"<html lang='{lang}'><head><title>{title}</title></head><body>"
        + page.format(card=card, title=title, body=body)
        + "</body></html>"
    )
    assert extract_article(html, url).published == expected


def test_the_pages_own_microdata_outside_the_headlines_scope_still_dates_it() -> None:
    """A scope naming this page (or none) is the page's own, wherever it sits."""
    title = "Ein ganz gewöhnlicher Titel für den Test"
    html = (
        f"<html lang='de'><head><title>{title}</title></head><body><div itemscope itemtype='https://schema.org/NewsArticle'>"
        "<link itemprop='url' href='https://www.zeitung.example.de/politik/budget-1234.html'>"
        "<meta itemprop='datePublished' content='2026-12-02T09:30:00+01:00'></div>"
        f"<main><article><h1>{title}</h1><p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein.</p></article></main></body></html>"
    )
    url = "https://www.zeitung.example.de/politik/budget-1234.html"
    assert extract_article(html, url).published == "2026-12-02T09:30:00+01:00"


@pytest.mark.parametrize(
    ("url", "byline", "expected"),
    [
        ("https://www.zeitung.example.de/politik/budget-1234.html", "Veröffentlicht vor 3 Stunden", "2026-12-03T06:00:00+01:00"),
        ("https://www.zeitung.example.ch/politik/budget-1234", "Publiziert heute um 06.10 Uhr", "2026-12-03T06:10:00+01:00"),
        ("https://www.zeitung.example.at/politik/budget-1234", "Erstellt gestern, 21:40 Uhr", "2026-12-02T21:40:00+01:00"),
    ],
)  # fmt: skip
def test_a_byline_stated_against_the_fetch_beats_an_as_of_line(
    url: str, byline: str, expected: str
) -> None:
    """ "Stand: ..." is the update; the byline under the headline, stated against the fetch,
    is the publication."""
    page = _page("de", line=byline, extra="<p class='date'>Stand: 03.12.2026, 08:30 Uhr</p>")
    fetched = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)  # 09:00 in Central Europe
    art = extract_article(page, url, fetched=fetched)
    assert (art.published, art.modified) == (expected, "2026-12-03T08:30:00+01:00")


@pytest.mark.parametrize(
    ("url", "head", "body_attrs", "scope_url"),
    [
        # the body marked as a WebPage holds everything: the article's scope is the page's own
        ("https://www.zeitung.example.de/politik/budget-1234.html", "", " itemscope itemtype='https://schema.org/WebPage'", ""),
        # an AMP copy: the scope names the canonical page
        ("https://www.zeitung.example.de/amp/politik/budget-1234.html",
         "<link rel='canonical' href='https://www.zeitung.example.de/politik/budget-1234.html'>",
         " itemscope itemtype='https://schema.org/WebPage'",
         "<link itemprop='url' href='https://www.zeitung.example.de/politik/budget-1234.html'>"),
    ],
)  # fmt: skip
def test_the_articles_own_microdata_beside_the_headline_is_the_pages(
    url: str, head: str, body_attrs: str, scope_url: str
) -> None:
    title = "Ein ganz gewöhnlicher Titel für den Test"
    html = (
        f"<html lang='de'><head><title>{title}</title>{head}</head><body{body_attrs}><main><h1>{title}</h1>"
        f"<div itemprop='mainEntity' itemscope itemtype='https://schema.org/NewsArticle'>{scope_url}"
        "<meta itemprop='datePublished' content='2026-12-02T09:30:00+01:00'>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein.</p></div></main></body></html>"
    )
    assert extract_article(html, url).published == "2026-12-02T09:30:00+01:00"


def test_a_previous_piece_before_the_headlines_block_is_not_a_kicker() -> None:
    """A stream of articles: what stands before the headline's <article> is the previous
    piece (its own heading and date), not a kicker line of this one."""
    title = "Ein ganz gewöhnlicher Titel für den Test"
    para = (
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr Text.</p>"
    )
    html = (
        f"<html lang='de'><head><title>{title}</title></head><body><main><div class='stream'>"
        f"<article><h2>Ein anderer Artikel von gestern über etwas</h2><p>28.11.2026, 10:00 Uhr</p>{para}</article>"
        f"<article><h1>{title}</h1>{para * 90}<p class='date'>02.12.2026, 14:05 Uhr</p></article>"
        "</div></main></body></html>"
    )
    url = "https://www.zeitung.example.de/politik/budget-1234.html"
    assert extract_article(html, url).published == "2026-12-02T14:05:00+01:00"
