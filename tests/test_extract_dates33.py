"""Dates after session 33 (issue 10): a dateline's place is a place. A sentence's connective
before a day ("Meanwhile, 4 December 2026 - The council ...", "Inzwischen, 4. Dezember 2026 -
Der Rat ...") is no place, and an update's stamp in capitals ("UPDATE, December 5, 2026.") no
dateline: neither dates the page's publication. A byline's publication and update in 17+
languages: the first stays the publication, each part (one stated without its year or
against the fetch too) read on its own. Two stamps of one instant in two spellings keep the
instant.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from tests.plugins.dateline_pages import FETCHED, story_dates, story_page

_dates = story_dates


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
        # a connective before a place's name
        ("en", "com", "Meanwhile in Berlin, 4 December 2026 – The council met in the evening. "),
        ("de", "de", "Derweil in Bonn, 4. Dezember 2026 – Der Rat tagte am Abend. "),
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
        # names of more than one word
        ("nl", "nl", "Den Haag, 5 december 2026. "),
        ("de", "de", "Bad Homburg, 5. Dezember 2026 – Der Rat tagte am Abend. "),
        ("en", "com", "New York, Dec. 5, 2026 – The council met in the evening. "),
        ("en", "com", "Back Bay, 5 December 2026 – The council met in the evening. "),
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


# Two stamps of one publication in two spellings: which instant, in which offset. A CMS
# storing UTC prints its reader's local clock; the JSON-LD's "+00:00" is that UTC instant.
_HEADLINE = "The council approves the new harbour bridge after a long night"


def _jsonld(published: str) -> str:
    article = {"@type": "NewsArticle", "headline": _HEADLINE, "datePublished": published}
    return f"<script type='application/ld+json'>{json.dumps(article)}</script>"


_UTC_META = "<meta property='article:published_time' content='2026-12-05T14:30:00+00:00'>"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # no clock printed: the stamps' UTC instant as they spell it
        ("", "2026-12-05T14:30:00+00:00"),
        ("<p class='date'>5. Dezember 2026</p>", "2026-12-05T14:30:00+00:00"),
        # the page prints that instant in local time: the same instant, in the stamps'
        # spelling (an answer key keeps the naive stamp's wall clock, and scores the wall
        # clock where it is naive)
        ("<p class='date'>5. Dezember 2026, 15:30 Uhr</p>", "2026-12-05T14:30:00+00:00"),
        # the page prints the stamps' wall clock as its own: a local clock mislabelled UTC
        ("<p class='date'>5. Dezember 2026, 14:30 Uhr</p>", "2026-12-05T14:30:00+01:00"),
    ],
)
def test_a_naive_jsonld_stamp_beside_a_utc_meta_of_its_wall_clock(line: str, expected: str) -> None:
    html = story_page("de", head=_jsonld("2026-12-05T14:30:00") + _UTC_META, line=line)
    url = "https://www.news.example.de/a/4711-bridge"
    assert extract_article(html, url, fetched=FETCHED).published == expected


def test_a_naive_stamp_beside_a_utc_meta_where_no_zone_is_known() -> None:
    # a .com site in English: no country, no zone but the meta's
    html = story_page("en", head=_jsonld("2026-12-05T14:30:00") + _UTC_META)
    url = "https://www.news.example.com/a/4711-bridge"
    assert extract_article(html, url, fetched=FETCHED).published == "2026-12-05T14:30:00+00:00"


@pytest.mark.parametrize(
    ("lang", "published", "line", "expected"),
    [
        # the printed clock names its zone and states the JSON-LD's instant: that offset
        (
            "en",
            "2026-12-05T14:30:00+00:00",
            "<p class='date'>December 5, 2026 9:30 AM ET</p>",
            "2026-12-05T09:30:00-05:00",
        ),
        (
            "en",
            "2026-07-05T14:30:00Z",
            "<p class='date'>July 5, 2026, 10:30 a.m. ET</p>",
            "2026-07-05T10:30:00-04:00",
        ),
        (
            "de",
            "2026-12-05T14:30:00+00:00",
            "<p class='date'>5. Dezember 2026, 15:30 Uhr MEZ</p>",
            "2026-12-05T15:30:00+01:00",
        ),
        (
            "en",
            "2026-12-05T14:30:00+00:00",
            "<p class='date'>5 December 2026, 15:30 CET</p>",
            "2026-12-05T15:30:00+01:00",
        ),
        # a printed zone's clock equal to the JSON-LD's UTC wall clock: the JSON-LD's
        # instant stands (the publisher's statement), in the printed zone's offset
        (
            "en",
            "2026-12-05T14:30:00+00:00",
            "<p class='date'>December 5, 2026 2:30 PM ET</p>",
            "2026-12-05T09:30:00-05:00",
        ),
        # no clock printed: the JSON-LD's UTC as it is
        (
            "en",
            "2026-12-05T14:30:00+00:00",
            "<p class='date'>December 5, 2026</p>",
            "2026-12-05T14:30:00+00:00",
        ),
    ],
)
def test_a_utc_jsonld_stamp_beside_a_printed_zone(
    lang: str, published: str, line: str, expected: str
) -> None:
    html = story_page(lang, head=_jsonld(published), line=line)
    url = "https://www.news.example.com/a/4711-bridge"
    assert extract_article(html, url, fetched=FETCHED).published == expected


# A byline's publication beside its update, in the languages' own words and orders: the
# publication stays the first, the update is the modified time.
@pytest.mark.parametrize(
    ("lang", "domain", "line"),
    [
        ("de", "de", "<p class='byline'>Veröffentlicht am 3. Dezember 2026, 10:15 Uhr · Aktualisiert am 5. Dezember 2026, 14:30 Uhr</p>"),
        ("de", "de", "<div class='meta'><time>03.12.2026, 10:15 Uhr</time> <span>Aktualisiert am 05.12.2026, 14:30 Uhr</span></div>"),
        ("de", "at", "<p class='byline'>3. Dezember 2026, 10:15 | Aktualisiert: 5. Dezember 2026, 14:30</p>"),
        ("fr", "fr", "<p class='byline'>Publié le 3 décembre 2026 à 10h15 · Mis à jour le 5 décembre 2026 à 14h30</p>"),
        ("fr", "fr", "<div class='meta'><span>Publié le 03/12/2026 à 10:15</span><span>Mis à jour le 05/12/2026 à 14:30</span></div>"),
        ("fr", "be", "<p class='byline'>Publié le 3/12/2026 à 10:15 - Mis à jour le 5/12/2026 à 14:30</p>"),
        ("es", "es", "<p class='byline'>Publicado: 03/12/2026 10:15 | Actualizado: 05/12/2026 14:30</p>"),
        ("es", "es", "<p class='byline'>3 de diciembre de 2026 - 10:15 CET · Actualizado: 5 de diciembre de 2026 - 14:30 CET</p>"),
        ("es", "com.mx", "<div class='meta'><span>Publicado el 3 de diciembre de 2026</span><span>Actualizado el 5 de diciembre de 2026</span></div>"),
        ("it", "it", "<p class='byline'>Pubblicato il 3 dicembre 2026 alle 10:15 · Aggiornato il 5 dicembre 2026 alle 14:30</p>"),
        ("it", "it", "<div class='meta'><span>03/12/2026 10:15</span> <span>Aggiornato il 05/12/2026 14:30</span></div>"),
        ("nb", "no", "<p class='byline'>Publisert 03.12.2026 10:15 Oppdatert 05.12.2026 14:30</p>"),
        ("nb", "no", "<div class='meta'><span>Publisert: 3. desember 2026 kl. 10.15</span><span>Oppdatert: 5. desember 2026 kl. 14.30</span></div>"),
        ("sv", "se", "<p class='byline'>Publicerad 3 december 2026 kl. 10.15 Uppdaterad 5 december 2026 kl. 14.30</p>"),
        ("sv", "se", "<div class='meta'><span>Publicerad: 2026-12-03 10:15</span><span>Uppdaterad: 2026-12-05 14:30</span></div>"),
        ("da", "dk", "<p class='byline'>Publiceret 3. december 2026 kl. 10.15 Opdateret 5. december 2026 kl. 14.30</p>"),
        ("da", "dk", "<div class='meta'><span>3. dec. 2026 kl. 10:15</span><span>Opdateret 5. dec. 2026 kl. 14:30</span></div>"),
        ("tr", "com.tr", "<p class='byline'>Yayınlanma: 03.12.2026 10:15 Güncelleme: 05.12.2026 14:30</p>"),
        ("tr", "com.tr", "<div class='meta'><span>03 Aralık 2026, 10:15</span><span>Güncelleme: 05 Aralık 2026, 14:30</span></div>"),
        ("zh", "cn", "<p class='byline'>发布时间：2026-12-03 10:15 更新时间：2026-12-05 14:30</p>"),
        ("zh", "cn", "<div class='meta'><span>2026年12月03日 10:15</span><span>更新：2026年12月05日 14:30</span></div>"),
        ("ja", "jp", "<p class='byline'>公開日：2026年12月3日 10:15 更新日：2026年12月5日 14:30</p>"),
        ("ko", "kr", "<p class='byline'>입력 2026.12.03 10:15 수정 2026.12.05 14:30</p>"),
        ("ko", "kr", "<div class='meta'><span>입력 : 2026-12-03 10:15:00</span><span>수정 : 2026-12-05 14:30:00</span></div>"),
        ("ru", "ru", "<p class='byline'>Опубликовано: 3 декабря 2026, 10:15 Обновлено: 5 декабря 2026, 14:30</p>"),
        ("ru", "ru", "<div class='meta'><span>03.12.2026 10:15</span><span>Обновлено 05.12.2026 14:30</span></div>"),
        ("pl", "pl", "<p class='byline'>Opublikowano: 03.12.2026 10:15 Zaktualizowano: 05.12.2026 14:30</p>"),
        ("pl", "pl", "<div class='meta'><span>3 grudnia 2026, 10:15</span><span>Zaktualizowano: 5 grudnia 2026, 14:30</span></div>"),
        ("nl", "nl", "<p class='byline'>Gepubliceerd: 3 december 2026 10:15 Bijgewerkt: 5 december 2026 14:30</p>"),
        ("nl", "be", "<div class='meta'><span>03-12-26, 10:15</span><span>Bijgewerkt: 05-12-26, 14:30</span></div>"),
        ("pt", "com.br", "<p class='byline'>Publicado em 03/12/2026 10h15 Atualizado em 05/12/2026 14h30</p>"),
        ("pt", "pt", "<div class='meta'><span>3 de dezembro de 2026 às 10:15</span><span>Atualizado a 5 de dezembro de 2026 às 14:30</span></div>"),
        ("fi", "fi", "<p class='byline'>Julkaistu 3.12.2026 10:15 Päivitetty 5.12.2026 14:30</p>"),
        ("fi", "fi", "<div class='meta'><span>Julkaistu 3.12. 10.15</span><span>Päivitetty 5.12.2026 14.30</span></div>"),
        ("hu", "hu", "<p class='byline'>Közzétéve: 2026. december 3. 10:15 Frissítve: 2026. december 5. 14:30</p>"),
        ("hu", "hu", "<div class='meta'><span>2026.12.03. 10:15</span><span>Frissítve: 2026.12.05. 14:30</span></div>"),
        ("en", "com", "<p class='byline'>Published December 3, 2026 10:15 AM ET | Updated December 5, 2026 2:30 PM ET</p>"),
        ("en", "co.uk", "<p class='byline'>Published 3 December 2026, 10:15 · Last updated 5 December 2026, 14:30</p>"),
        ("en", "com", "<p class='byline'>Dec. 3, 2026 10:15 a.m. ET UPDATED: Dec. 5, 2026 2:30 p.m. ET</p>"),
        ("en", "com", "<p class='byline'>December 3, 2026 · UPDATE, December 5, 2026, 2:30 PM</p>"),
        ("cs", "cz", "<p class='byline'>Publikováno: 3. prosince 2026 10:15 Aktualizováno: 5. prosince 2026 14:30</p>"),
        ("uk", "ua", "<p class='byline'>Опубліковано: 3 грудня 2026, 10:15 Оновлено: 5 грудня 2026, 14:30</p>"),
        ("ro", "ro", "<p class='byline'>Publicat: 03.12.2026, 10:15 Actualizat: 05.12.2026, 14:30</p>"),
        ("el", "gr", "<p class='byline'>Δημοσίευση: 03.12.2026 10:15 Ενημέρωση: 05.12.2026 14:30</p>"),
        ("de", "de", "<p class='byline'>Aktualisiert am 5.12.2026, 14:30 Uhr | Erstellt am 3.12.2026, 10:15 Uhr</p>"),
        ("de", "de", "<div class='meta'><span>Erstellt: 03.12.2026</span><span>Zuletzt aktualisiert: 05.12.2026</span></div>"),
        ("en", "com", "<div class='byline'><span>Updated 14:30 GMT, 5 December 2026</span><span>Published 10:15 GMT, 3 December 2026</span></div>"),
        ("en", "com", "<p class='byline'>First published on Thu 3 Dec 2026 10.15 GMT · Last modified on Sat 5 Dec 2026 14.30 GMT</p>"),
        ("en", "com", "<p class='byline'>Posted: Dec 3, 2026 / 10:15 AM EST Updated: Dec 5, 2026 / 02:30 PM EST</p>"),
        ("en", "com", "<div class='meta'><time datetime='2026-12-03T10:15:00-05:00'>Dec. 3, 2026</time> <span>(Updated Dec. 5, 2026)</span></div>"),
        ("es", "es", "<div class='meta'><span>03 dic 2026 - 10:15</span><span>Actualizado 05 dic 2026 - 14:30</span></div>"),
        ("es", "com.ar", "<p class='byline'>3 de diciembre de 2026 · Actualizado el 5 de diciembre de 2026 a las 14:30</p>"),
        ("fr", "fr", "<p class='byline'>Par Jean Dupont Le 03 déc. 2026 à 10h15, modifié le 05 déc. 2026 à 14h30</p>"),
        ("fr", "ch", "<p class='byline'>Publié: 03.12.2026, 10h15 Mis à jour: 05.12.2026, 14h30</p>"),
        ("it", "it", "<p class='byline'>Pubblicato: 03-12-2026 10:15 | Ultimo aggiornamento: 05-12-2026 14:30</p>"),
        ("nl", "nl", "<p class='byline'>03 dec 2026 om 10:15 Update: 05 dec 2026 om 14:30</p>"),
        ("nl", "nl", "<p class='byline'>Geplaatst op 3 december 2026 Laatst bijgewerkt op 5 december 2026</p>"),
        ("pt", "com.br", "<p class='byline'>03/12/2026 - 10:15 / Atualizado em 05/12/2026 - 14:30</p>"),
        ("pt", "pt", "<p class='byline'>Publicado a 3 dez 2026, 10:15 | Atualizado a 5 dez 2026, 14:30</p>"),
        ("sv", "se", "<p class='byline'>Publicerad 3 dec 2026 10.15 Uppdaterad 5 dec 2026 14.30</p>"),
        ("nb", "no", "<p class='byline'>Publisert 3. des. 2026 kl. 10.15 Sist oppdatert 5. des. 2026 kl. 14.30</p>"),
        ("da", "dk", "<p class='byline'>Publiceret 3. dec. 2026 kl. 10:15 Sidst opdateret 5. dec. 2026 kl. 14:30</p>"),
        ("fi", "fi", "<p class='byline'>Julkaistu 3.12.2026 klo 10.15 Päivitetty 5.12.2026 klo 14.30</p>"),
        ("fi", "fi", "<div class='meta'><span>3.12.2026 10:15</span><span>Päivitetty 5.12.2026 14:30</span></div>"),
        ("pl", "pl", "<p class='byline'>Data utworzenia: 3 grudnia 2026, 10:15 Data aktualizacji: 5 grudnia 2026, 14:30</p>"),
        ("pl", "pl", "<p class='byline'>03.12.2026, 10:15 aktualizacja: 05.12.2026, 14:30</p>"),
        ("tr", "com.tr", "<p class='byline'>Giriş: 03.12.2026 10:15 Güncelleme: 05.12.2026 14:30</p>"),
        ("tr", "com.tr", "<p class='byline'>Oluşturulma: 03.12.2026 10:15 Güncellenme: 05.12.2026 14:30</p>"),
        ("ru", "ru", "<p class='byline'>3 декабря 2026 в 10:15 (обновлено 5 декабря 2026 в 14:30)</p>"),
        ("ru", "ru", "<div class='meta'><span>Создано: 03.12.2026 10:15</span><span>Изменено: 05.12.2026 14:30</span></div>"),
        ("zh", "tw", "<p class='byline'>發布時間：2026/12/03 10:15 更新時間：2026/12/05 14:30</p>"),
        ("zh", "cn", "<p class='byline'>2026-12-03 10:15 | 最后更新 2026-12-05 14:30</p>"),
        ("ja", "jp", "<p class='byline'>2026年12月3日 10時15分 （最終更新 2026年12月5日 14時30分）</p>"),
        ("ko", "kr", "<p class='byline'>기사입력 2026.12.03. 오전 10:15 최종수정 2026.12.05. 오후 2:30</p>"),
        ("ko", "kr", "<p class='byline'>등록 2026-12-03 10:15 수정 2026-12-05 14:30</p>"),
        ("hu", "hu", "<p class='byline'>2026. 12. 03. 10:15 Frissítve: 2026. 12. 05. 14:30</p>"),
        ("hu", "hu", "<p class='byline'>Létrehozva: 2026. december 3. 10:15 Módosítva: 2026. december 5. 14:30</p>"),
        ("cs", "cz", "<p class='byline'>3. 12. 2026 10:15 Aktualizováno 5. 12. 2026 14:30</p>"),
        ("el", "gr", "<p class='byline'>03/12/2026 - 10:15 | UPD: 05/12/2026 - 14:30</p>"),
        ("id", "id", "<p class='byline'>Diterbitkan 3 Desember 2026, 10:15 WIB Diperbarui 5 Desember 2026, 14:30 WIB</p>"),
        ("vi", "vn", "<p class='byline'>Đăng lúc 10:15 03/12/2026 Cập nhật lúc 14:30 05/12/2026</p>"),
        ("ar", "com", "<p class='byline'>نشر في 3 ديسمبر 2026 10:15 آخر تحديث 5 ديسمبر 2026 14:30</p>"),
        ("he", "co.il", "<p class='byline'>פורסם: 03.12.26 10:15 עודכן: 05.12.26 14:30</p>"),
        ("de", "de", "<p class='byline'>Veröffentlicht 3.12. 10:15 Uhr, aktualisiert 5.12.2026 14:30 Uhr</p>"),
        ("fi", "fi", "<div class='meta'><span>Julkaistu 3.12. 10.15</span><span>Päivitetty 5.12. 14.30</span></div>"),
    ],
)  # fmt: skip
def test_an_update_beside_the_publication(lang: str, domain: str, line: str) -> None:
    published, modified = _dates(lang, line=line, domain=domain)
    assert (published or "")[:10] == "2026-12-03"
    assert (modified or "")[:10] == "2026-12-05"


@pytest.mark.parametrize(
    ("lang", "domain", "line", "expected"),
    [
        # stated against the fetch (12:00 UTC on 6 December): each part on its own
        ("de", "de", "<p class='byline'>vor 3 Stunden, aktualisiert vor 1 Stunde</p>", ("2026-12-06T10:00:00+01:00", "2026-12-06T12:00:00+01:00")),
        ("es", "es", "<p class='byline'>Publicado hace 3 horas | Actualizado hace 1 hora</p>", ("2026-12-06T10:00:00+01:00", "2026-12-06T12:00:00+01:00")),
        ("en", "com", "<p class='byline'>Published Dec 3, 2026 · Updated 2 hours ago</p>", ("2026-12-03", "2026-12-06T10:00:00+00:00")),
        ("de", "de", "<p class='byline'>Veröffentlicht 3.12.2026 10:15 Uhr, aktualisiert 5.12. 14:30 Uhr</p>", ("2026-12-03T10:15:00+01:00", "2026-12-05T14:30:00+01:00")),
        ("de", "de", "<p class='byline'>Aktualisiert 5.12. 14:30 Uhr | Veröffentlicht 3.12.2026 10:15 Uhr</p>", ("2026-12-03T10:15:00+01:00", "2026-12-05T14:30:00+01:00")),
        # guards: a day alone without its year, as before; no update stated, none read
        ("de", "de", "<p class='byline'>3.12. 10:15 Uhr</p>", ("2026-12-03T10:15:00+01:00", None)),
        ("de", "de", "<p class='byline'>3. Dezember 2026 | Lesezeit 4 Min.</p>", ("2026-12-03", None)),
        ("en", "com", "<p class='byline'>Published 3 hours ago</p>", ("2026-12-06T09:00:00+00:00", None)),
    ],
)  # fmt: skip
def test_parts_of_a_byline_stated_against_the_fetch(
    lang: str, domain: str, line: str, expected: tuple[str, str | None]
) -> None:
    assert _dates(lang, line=line, domain=domain) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Ethiopia's calendar in figures, marked with its era: day, month, year of its own
        ("<p class='date'>25/03/2019 ዓ.ም</p>", "2026-12-04"),
        ("<p class='date'>10.05.2018 ዓ/ም</p>", "2026-01-18"),
        ("<p class='date'>01/01/2019 ዓ.ም</p>", "2026-09-11"),
        # as before: its months' names, and a Gregorian date in figures without the mark
        ("<p class='date'>ኅዳር 25, 2019 ዓ.ም</p>", "2026-12-04"),
        ("<p class='date'>04/12/2026</p>", "2026-12-04"),
    ],
)
def test_an_ethiopian_date_in_figures(line: str, expected: str) -> None:
    assert _dates("am", line=line, domain="et")[0] == expected


def test_an_ethiopian_mark_on_no_ethiopian_day_dates_nothing() -> None:
    # a 31st day no Ethiopian month has: no Gregorian 31 March 2019 either
    assert _dates("am", line="<p class='date'>31/03/2019 ዓ.ም</p>", domain="et")[0] is None
