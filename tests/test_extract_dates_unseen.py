"""Dates on publishers never seen: date lines in the languages of the world's news sites,
the zone of a time printed without one, and the keys script state names them by.

Every string here is made up for the test; the formats are the ones news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.dates import parse_date, to_iso


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German, Austrian, Swiss
        ("Veröffentlicht am 3. Februar 2026, 14:05 Uhr", "2026-02-03T14:05:00"),
        ("Veröffentlicht: 03.02.2026 – 14:05 Uhr", "2026-02-03T14:05:00"),
        ("3. Februar 2026, 14.05 Uhr", "2026-02-03T14:05:00"),
        ("Di., 03.02.2026, 14:05", "2026-02-03T14:05:00"),
        # French, Spanish, Portuguese, Italian
        ("Publié le mardi 3 février 2026 à 14 h 05", "2026-02-03T14:05:00"),
        ("Publié le 03/02/2026 à 14h05", "2026-02-03T14:05:00"),
        ("Publicado el 3 de febrero de 2026, 14:05", "2026-02-03T14:05:00"),
        ("Publicado el 03-02-2026 a las 14:05", "2026-02-03T14:05:00"),
        ("3 de febrero 2026 | 14:05 hrs.", "2026-02-03T14:05:00"),
        ("03/02/2026 14:05 hs.", "2026-02-03T14:05:00"),
        ("Publicado em 3 de fevereiro de 2026 às 14h05", "2026-02-03T14:05:00"),
        ("3 fev 2026 14:05", "2026-02-03T14:05:00"),
        ("Pubblicato il 03/02/2026 alle ore 14:05", "2026-02-03T14:05:00"),
        # Japanese, Korean, Chinese
        ("2026年1月29日 午後6時40分", "2026-01-29T18:40:00"),
        ("2026/01/29 18:40", "2026-01-29T18:40:00"),
        ("입력 : 2026-01-29 18:40:12", "2026-01-29T18:40:12"),
        ("2026. 1. 29. 18:40", "2026-01-29T18:40:00"),
        ("2026-02-03 14:05:33 来源：通讯社", "2026-02-03T14:05:33"),
        # Dutch, Nordic
        ("Gepubliceerd op 3 februari 2026 om 14:05", "2026-02-03T14:05:00"),
        ("3 feb. 2026 om 14.05 uur", "2026-02-03T14:05:00"),
        ("tisdag 3 februari 2026 kl 14.05", "2026-02-03T14:05:00"),
        ("Publisert tirsdag 03.02.2026 14:05", "2026-02-03T14:05:00"),
        ("3.2.2026 klo 14.05", "2026-02-03T14:05:00"),
        # Central and Eastern Europe, Greek, Turkish
        ("Opublikowano: 3 lutego 2026, 14:05", "2026-02-03T14:05:00"),
        ("03.02.2026, godz. 14:05", "2026-02-03T14:05:00"),
        ("Publikováno: 3. 2. 2026 14:05", "2026-02-03T14:05:00"),
        ("3. února 2026 14:05", "2026-02-03T14:05:00"),
        ("2026. február 3. 14:05", "2026-02-03T14:05:00"),
        ("2026.02.03. 14:05", "2026-02-03T14:05:00"),
        ("3. veljače 2026. u 14:05", "2026-02-03T14:05:00"),
        ("3 februarie 2026, 14:05", "2026-02-03T14:05:00"),
        ("3 ΦΕΒΡΟΥΑΡΙΟΥ 2026 14:05", "2026-02-03T14:05:00"),
        ("3 лютого 2026 14:05", "2026-02-03T14:05:00"),
        ("3 Şubat 2026 Salı 14:05", "2026-02-03T14:05:00"),
        # Hebrew, Arabic (Arabic-Indic digits)
        ("3 בפברואר 2026, 14:05", "2026-02-03T14:05:00"),
        ("٣ فبراير ٢٠٢٦ ١٤:٠٥", "2026-02-03T14:05:00"),
        ("الثلاثاء 03/02/2026 - 14:05", "2026-02-03T14:05:00"),
        # Zones named after the time
        ("Tue 3 Feb 2026 14.05 GMT", "2026-02-03T14:05:00+00:00"),
        ("Wed 1 Jul 2026 09.30 BST", "2026-07-01T09:30:00+01:00"),
        ("Feb 03, 2026 14:05 IST", "2026-02-03T14:05:00+05:30"),
        ("3 Feb 2026, 2:05 PM AEDT", "2026-02-03T14:05:00+11:00"),
        ("3 Februari 2026 | 14:05 WIB", "2026-02-03T14:05:00+07:00"),
        ("Thứ ba, 3/2/2026, 14:05 (GMT+7)", "2026-02-03T14:05:00+07:00"),
        ("14:05, 3 February 2026", "2026-02-03T14:05:00"),
        # A whole hour
        ("June 3, 2026 5 AM PT", "2026-06-03T05:00:00-07:00"),
        ("Oct. 3, 2026, 5 p.m. ET", "2026-10-03T17:00:00-04:00"),
        ("3. Februar 2026, 14 Uhr", "2026-02-03T14:00:00"),
    ],
)
def test_date_lines_of_unseen_publishers(text: str, expected: str) -> None:
    d = parse_date(text)
    assert d is not None
    assert to_iso(d) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Version 3.2 GMT-Modus",  # no year
        "Ausgabe 14.05 2026",  # a dotted number without a clock word or zone is no time
    ],
)
def test_no_time_without_a_clock_word_or_zone(text: str) -> None:
    d = parse_date(text)
    assert d is None or (d.hour, d.minute) == (0, 0)


def _naive_meta_page(lang: str) -> str:
    return (
        f'<html lang="{lang}"><head><meta property="article:published_time" '
        'content="2026-01-15T10:00:00"></head><body><h1>T</h1></body></html>'
    )


@pytest.mark.parametrize(
    ("url", "lang", "expected"),
    [
        pytest.param("https://www.zeitung.com.na/a", "en-GB", "2026-01-15T10:00:00+02:00", id="na-domain-before-lang-region"),
        pytest.param("https://www.wochenblatt.com.py/a", "de", "2026-01-15T10:00:00-03:00", id="py-domain-before-german"),
        pytest.param("https://news.example.com/a", "uk", "2026-01-15T10:00:00+02:00", id="ukrainian"),
        pytest.param("https://news.example.com/a", "zh", "2026-01-15T10:00:00+08:00", id="chinese-all-+8"),
        pytest.param("https://news.example.com/a", "en-US", "2026-01-15T10:00:00-05:00", id="us-new-york"),
        pytest.param("https://news.example.com.br/a", "pt-BR", "2026-01-15T10:00:00-03:00", id="br-sao-paulo"),
        pytest.param("https://news.example.ca/a", "en", "2026-01-15T10:00:00-05:00", id="ca-toronto"),
        pytest.param("https://news.example.com/a", "pt", "2026-01-15T10:00:00", id="bare-portuguese-none"),
    ],
)  # fmt: skip
def test_the_zone_of_a_naive_time(url: str, lang: str, expected: str) -> None:
    assert extract_article(_naive_meta_page(lang), url).published == expected


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        pytest.param('{"webPublicationDate": "2026-01-29T17:40:00Z"}', "2026-01-29T17:40:00+00:00", id="web-publication-date"),
        pytest.param('{"firstPublishDate": "2026-01-29T17:40:00+01:00"}', "2026-01-29T17:40:00+01:00", id="first-publish-date"),
        pytest.param('{"first_publish_date": "2026-01-29T17:40:00+01:00"}', "2026-01-29T17:40:00+01:00", id="first-publish-date-snake"),
        pytest.param('{"published": "2026-01-29T17:40:00+01:00", "updated": "2026-01-30T08:00:00+01:00"}', "2026-01-29T17:40:00+01:00", id="published"),
        pytest.param('{"published": true, "created": "2026-01-20T10:00:00+01:00"}', None, id="a-flag-is-no-date"),
    ],
)  # fmt: skip
def test_script_state_keys(state: str, expected: str | None) -> None:
    html = f"<html><head></head><body><h1>T</h1><script>window.s = {state};</script></body></html>"
    assert extract_article(html, "https://news.example/a").published == expected


def _body_page(body: str) -> str:
    return f"<html><head></head><body><h1>Titel des Artikels</h1>{body}</body></html>"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param('<p class="meta">21. Mai 2025, 14:19 Uhr</p><script>window.s = {"publishedAt": "2025-05-21T14:19:07+02:00"};</script>',
                     "2025-05-21T14:19:07+02:00", id="de-line-to-the-second-from-script-state"),
        pytest.param('<p class="meta">21. Mai 2025, 14:19 Uhr</p><div data-publish-date="2025-05-21T14:19:07"></div>',
                     "2025-05-21T14:19:07", id="de-line-to-the-second-from-a-data-attribute"),
        pytest.param('<p class="meta">21 May 2025 14:19 BST</p><script>window.s = {"publishedAt": "2025-05-21T13:19:07Z"};</script>',
                     "2025-05-21T14:19:07+01:00", id="en-aware-line-same-instant"),
        pytest.param('<p class="meta">21. Mai 2025, 14:19 Uhr</p><script>window.s = {"publishedAt": "2025-05-21T14:20:07+02:00"};</script>',
                     "2025-05-21T14:19:00", id="de-another-minute-is-not-refined"),
        pytest.param('<time class="ArticlePublishDate">May 21, 2025 2:19 PM</time>',
                     "2025-05-21T14:19:00", id="camel-case-date-class"),
        pytest.param('<div><span>Von Jane Doe</span></div><footer><time>21.05.2025 14:19</time></footer>',
                     "2025-05-21T14:19:00", id="time-element-without-datetime"),
    ],
)  # fmt: skip
def test_a_printed_time_and_machine_read_seconds(body: str, expected: str) -> None:
    assert extract_article(_body_page(body), "https://news.example/a").published == expected


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Veröffentlicht am 03.02.2026, 14:05 Uhr, aktualisiert am 04.02.2026, 09:10 Uhr", id="de-published-then-updated"),
        pytest.param("Aktualisiert am 04.02.2026, 09:10 Uhr (erstmals veröffentlicht am 03.02.2026, 14:05 Uhr)", id="de-updated-then-first-published"),
        pytest.param("Mis à jour le 4 février 2026 à 09h10, publié le 3 février 2026 à 14h05", id="fr"),
        pytest.param("Actualizado 04/02/2026 09:10 | Publicado 03/02/2026 14:05", id="es"),
        pytest.param("Atualizado em 04/02/2026 às 09h10 · Publicado em 03/02/2026 às 14h05", id="pt"),
        pytest.param("Bijgewerkt 4 februari 2026 09:10 - Gepubliceerd 3 februari 2026 14:05", id="nl"),
        pytest.param("Päivitetty 4.2.2026 klo 9.10 | Julkaistu 3.2.2026 klo 14.05", id="fi"),
        pytest.param("입력 2026.02.03 14:05 수정 2026.02.04 09:10", id="ko"),
        pytest.param("입력2026.02.03 14:05수정2026.02.04 09:10", id="ko-without-spaces"),
        pytest.param("公開日時 2026年2月3日 14時05分 更新日時 2026年2月4日 9時10分", id="ja"),
        pytest.param("發佈時間：2026/02/03 14:05 更新時間：2026/02/04 09:10", id="zh"),
        pytest.param("Giriş: 03.02.2026 14:05 Güncelleme: 04.02.2026 09:10", id="tr"),
        pytest.param("Frissítve: 2026. február 4. 09:10 Közzétéve: 2026. február 3. 14:05", id="hu"),
        pytest.param("Δημοσίευση: 03.02.2026 | 14:05 Ενημέρωση: 04.02.2026 | 09:10", id="el"),
        pytest.param("Updated 9:10 AM, Wed February 4, 2026 · Published 2:05 PM, Tue February 3, 2026", id="en-time-before-day"),
    ],
)  # fmt: skip
def test_one_line_with_the_published_and_the_updated_time(line: str) -> None:
    html = f"<html><body><h1>Titel</h1><p class='meta'>{line}</p></body></html>"
    art = extract_article(html, "https://news.example/a")
    # the wall clocks (a page in Greek letters gets Greece's zone: that is not tested here)
    found = ((art.published or "")[:19], (art.modified or "")[:19])
    assert found == ("2026-02-03T14:05:00", "2026-02-04T09:10:00")


def test_a_time_far_from_the_day_is_another_dates() -> None:
    html = (
        "<html><body><h1>Titel</h1><p class='meta'>Zuletzt aktualisiert: 04.02.2026 | "
        "Erstellt: 03.02.2026 14:05</p></body></html>"
    )
    art = extract_article(html, "https://news.example/a")
    assert (art.published, art.modified) == ("2026-02-03T14:05:00", "2026-02-04")


def test_a_clock_far_after_the_day_is_not_its_time() -> None:
    d = parse_date("3. Februar 2026 · Lesedauer 4 Minuten · im Fernsehen heute ab 20:15")
    assert d is not None and to_iso(d) == "2026-02-03T00:00:00"


def test_a_teasers_time_without_datetime_is_not_the_articles() -> None:
    html = (
        "<html><body><aside><a href='/anderer-artikel'><span>Ein ganz anderer Artikel von "
        "gestern Abend</span> <time>01.03.2025 08:00</time></a></aside>"
        "<div class='date'>07.03.2025 09:12</div></body></html>"
    )
    assert extract_article(html, "https://news.example/a").published == "2025-03-07T09:12:00"


@pytest.mark.parametrize(
    "key",
    ["property='article:published'", "name='publication_date'", "name='original-publish-date'",
     "name='datePublished'", "name='date_published'", "property='og:pubdate'", "name='bt:pubDate'"],
)  # fmt: skip
def test_published_meta_spellings(key: str) -> None:
    html = (
        f"<html><head><meta {key} content='2026-02-03T14:05:00+01:00'></head>"
        "<body><h1>T</h1></body></html>"
    )
    assert extract_article(html, "https://news.example/a").published == "2026-02-03T14:05:00+01:00"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-01-29T18:40:00+01", "2026-01-29T18:40:00+01:00"),  # an offset of whole hours
        ("2026-01-29T18:40:00+0100", "2026-01-29T18:40:00+01:00"),
        ("2026-01-29T18:40:00.1234567Z", "2026-01-29T18:40:00.123456+00:00"),  # .NET ticks
        ("Thu, 29 Jan 2026 18:40:00 +0100", "2026-01-29T18:40:00+01:00"),  # RFC 822
        ("Thu Jan 29 2026 18:40:00 GMT+0100 (Mitteleuropäische Normalzeit)", "2026-01-29T18:40:00+01:00"),
        ("2026-01-29T18:40:00+01:00[Europe/Berlin]", "2026-01-29T18:40:00+01:00"),  # Java
        ("2026-01-29T18:40:00 CET", "2026-01-29T18:40:00+01:00"),
    ],
)  # fmt: skip
def test_machine_spellings_in_metadata(value: str, expected: str) -> None:
    html = (
        f"<html><head><meta property='article:published_time' content='{value}'></head>"
        "<body><h1>T</h1></body></html>"
    )
    assert extract_article(html, "https://news.example/a").published == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("<time>05. März 2025</time><ul class='teaser-list'><li><time class='teaser__time'>05. März 2025, 10:38</time></li></ul>",
                     "2025-03-05", id="de-teaser-block-time-does-not-refine-the-day"),
        pytest.param("<div class='related-stories'><span class='date'>1 de marzo de 2025 12:00</span></div><span class='fecha'>5 de marzo de 2025 20:00</span>",
                     "2025-03-05T20:00:00", id="es-related-block-skipped"),
        pytest.param("<div><p class='image-description'>Cientos de personas en la plaza mayor, a 15 de febrero de 2025, en la capital.</p>"
                     "<p>Otro párrafo largo del artículo que sigue a la foto y cuenta lo que pasó ayer.</p></div>"
                     "<span class='fecha'>05/03/2025 20:00</span>",
                     "2025-03-05T20:00:00", id="es-caption-prose-is-no-date-line"),
    ],
)  # fmt: skip
def test_other_items_and_captions_are_not_date_lines(body: str, expected: str) -> None:
    html = f"<html><body><h1>Titel des Artikels</h1>{body}</body></html>"
    assert extract_article(html, "https://news.example/a").published == expected
