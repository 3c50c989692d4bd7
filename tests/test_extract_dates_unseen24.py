"""The published (and modified) instant on pages of unseen publishers (issue 10, session 24):
embargo lines, press-release datelines, Tigrinya's Gregorian months, Afghan months in Latin
letters, Khmer and Thai lunar days before the common era's, a zone from a postal `<address>`,
a relative byline spelt out below it; and guards for the shapes unseen publishers print
(escaped script state, CMS families' metas, updated-first lines, 12-hour clocks, two-digit
years), German most (Germany, Austria, Switzerland).

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from tests.plugins import dated_pages
from tests.plugins.dated_pages import FETCHED as _FETCHED
from tests.plugins.dated_pages import meta as _meta
from tests.plugins.dated_pages import meta_line as _p

_HEADLINE = "Gemeinderat beschließt den Neubau der Hafenbrücke nach langer Nacht"
_TEXT = {
    "de": "<p>Nach einer langen Debatte am Abend stimmte eine knappe Mehrheit dem Entwurf zu, die alte "
    "Brücke abzureißen und bis zum Sommer eine neue zu bauen, teilte der Rat mit.</p>"
    "<p>Die Kosten verteilen sich auf drei Jahre, sagte die Bürgermeisterin am Morgen.</p>",
    "en": "<p>After a long debate in the evening a narrow majority agreed to the draft, to pull down "
    "the old bridge and build a new one by the summer, the council said.</p>"
    "<p>The cost is spread over three years, the mayor said in the morning.</p>",
    "fr": "<p>Après un long débat dans la soirée, une courte majorité a approuvé le projet de démolir "
    "le vieux pont et d'en construire un nouveau avant l'été, a indiqué le conseil.</p>",
    "es": "<p>Tras un largo debate por la noche, una estrecha mayoría aprobó el proyecto de derribar "
    "el viejo puente y construir uno nuevo antes del verano, informó el consejo.</p>",
}


def _page(lang: str, head: str, body: str, ld: dict[str, object] | None) -> str:
    text = _TEXT.get(lang.split("-")[0], _TEXT["en"])
    return dated_pages.page(lang, head, body, ld, headline=_HEADLINE, text=text, footer="Kontakt")


def _ld(**fields: object) -> dict[str, object]:
    return dated_pages.article_ld(_HEADLINE, **fields)


def _state(script: str) -> str:
    return f"<script>{script}</script>"


_DE = "https://www.zeitung.example.de/stadt/bruecke-100.html"
_AT = "https://www.zeitung.example.at/stadt/bruecke-100"
_CH = "https://www.zeitung.example.ch/stadt/bruecke-100"
_PR = "https://www.presse.example.com/news/neubau-der-hafenbruecke"
_AF = "https://www.news.example.af/a/4711"
_ER = "https://www.haddas.example.er/a/4711"
_KH = "https://www.news.example.com.kh/a/4711"
_COM = "https://www.paper.example.com/a/4711"
_ESC = '\\"'  # a quote as JSON.parse("...")'s string literal escapes it
_H = _HEADLINE

CASES = [
    # an embargo ("Sperrfrist") is the time before which the piece could not go out
    ("de-sperrfrist-before-published", _DE, "de", "", _p("Sperrfrist: 04.12.2026, 00:01 Uhr") + _p("Veröffentlicht am 03.12.2026, 15:05 Uhr"), None, "2026-12-03T15:05:00+01:00"),
    ("de-sperrfrist-only", _DE, "de", "", _p("Sperrfrist: 04.12.2026, 00:01 Uhr"), None, None),
    ("de-sperrfrist-then-date-line", _DE, "de", "", "<p>Sperrfrist: Donnerstag, 4. Dezember 2026, 10.00 Uhr</p><p class='date'>04.12.2026 – 09:12 Uhr</p>", None, "2026-12-04T09:12:00+01:00"),
    ("de-sperrfrist-time-element", _DE, "de", "", "<p class='meta'>Sperrfrist: <time datetime='2026-12-04T10:00:00+01:00'>04.12.2026, 10:00 Uhr</time></p>" + _p("Veröffentlicht am 04.12.2026 um 09:12 Uhr"), None, "2026-12-04T09:12:00+01:00"),
    ("ch-sperrfrist", _CH, "de-CH", "", _p("Sperrfrist: 5.12.2026, 06.00 Uhr") + _p("4.12.2026, 15.05 Uhr"), None, "2026-12-04T15:05:00+01:00"),
    ("en-embargoed-until", "https://www.news.example.co.uk/a/1", "en-GB", "", _p("EMBARGOED UNTIL 00:01 GMT, 5 December 2026") + _p("Published 4 December 2026, 15:05"), None, "2026-12-04T15:05:00+00:00"),
    # a press release's dateline opening its text: the release's day
    ("de-prnewswire", _PR, "de", "", "<p>BERLIN, 13. Mai 2026 /PRNewswire/ -- Die Firma gibt bekannt, dass der Neubau der Brücke beginnt.</p>", None, "2026-05-13"),
    ("ch-prnewswire", _PR, "de-CH", "", "<p>ZÜRICH, 4. Dezember 2026 /PRNewswire/ -- Die Firma gibt bekannt, dass der Neubau beginnt.</p>", None, "2026-12-04"),
    ("at-apa-dateline", _AT, "de-AT", "", "<p>Wien, 4. Dezember 2026 (APA) - Der Gemeinderat hat den Neubau beschlossen.</p>", None, "2026-12-04"),
    ("en-prnewswire", _PR, "en", "", "<p>NEW YORK, May 13, 2026 /PRNewswire/ -- The company announces a new bridge.</p>", None, "2026-05-13"),
    ("en-businesswire", _PR, "en", "", "<p>MUNICH--(BUSINESS WIRE)--May 13, 2026--The company announces a new bridge.</p>", None, "2026-05-13"),
    ("en-globenewswire", _PR, "en", "", "<p>HAMBURG, Germany, Dec. 04, 2026 (GLOBE NEWSWIRE) -- The company announces a new bridge.</p>", None, "2026-12-04"),
    ("fr-prnewswire", _PR, "fr", "", "<p>PARIS, le 4 décembre 2026 /PRNewswire/ -- La société annonce un nouveau pont.</p>", None, "2026-12-04"),
    ("es-prnewswire", _PR, "es", "", "<p>MADRID, 4 de diciembre de 2026 /PRNewswire/ -- La empresa anuncia un nuevo puente.</p>", None, "2026-12-04"),
    ("it-ansa-dateline", _PR, "it", "", "<p>ROMA, 4 dicembre 2026 (ANSA) - Il consiglio ha approvato il progetto del nuovo ponte.</p>", None, "2026-12-04"),
    ("pt-lusa-dateline", _PR, "pt", "", "<p>LISBOA, 4 de dezembro de 2026 (Lusa) - O conselho aprovou o projeto da nova ponte.</p>", None, "2026-12-04"),
    ("de-byline-then-prnewswire", _PR, "de", "", "<p>Von Anna Berg</p><p>BERLIN, 13. Mai 2026 /PRNewswire/ -- Die Firma gibt bekannt.</p>", None, "2026-05-13"),
    ("de-prnewswire-state-time", _PR, "de", "", "<p>BERLIN, 13. Mai 2026 /PRNewswire/ -- Die Firma gibt bekannt.</p>" + _state('var d={"publishedAt":"2026-05-13T06:00:00Z"};'), None, "2026-05-13T08:00:00+02:00"),
    ("en-reuters-no-year", _PR, "en", "", "<p>WASHINGTON, Dec 4 (Reuters) - The council said it would build the bridge.</p>", None, None),
    ("de-prnewswire-below-date-line", _PR, "de", "", "<p class='date'>13.05.2026 | 08:00</p><p>BERLIN, 12. Mai 2026 /PRNewswire/ -- Die Firma gibt bekannt.</p>", None, "2026-05-13T08:00:00+02:00"),
    ("de-agency-mark-event-day", _DE, "de", "", "<p>Berlin (dpa) - Der Rat hat am 20.11.2026 beschlossen, die Brücke zu bauen.</p>", None, None),
    ("de-sentence-with-dashes", _DE, "de", "", "<p>Am Montag, 4. Dezember 2026 - so der Rat - soll die Brücke fallen.</p>", None, None),
    # Tigrinya gives the Gregorian months Ethiopian names (Eritrea); the era's mark is Ethiopia's
    ("ti-december", _ER, "ti", "", _p("4 ታሕሳስ 2026"), None, "2026-12-04"),
    ("ti-november-time", _ER, "ti", "", _p("ሕዳር 4, 2026 15:05"), None, "2026-11-04T15:05:00+03:00"),
    ("ti-january", _ER, "ti", "", _p("12 ጥሪ 2026"), None, "2026-01-12"),
    ("ti-ethiopian-era", "https://www.zena.example.et/a/1", "ti", "", _p("ጥቅምቲ 25, 2019 ዓ.ም"), None, "2026-11-04"),
    ("am-ethiopian", "https://www.zena.example.et/a/1", "am", "", _p("ኅዳር 25, 2019 ዓ.ም"), None, "2026-12-04"),
    # Afghan papers in English spell the solar months in Latin letters
    ("af-qaws", _AF, "en", "", _p("14 Qaws 1405"), None, "2026-12-05"),
    ("af-hamal-time", _AF, "en", "", _p("Published: 1 Hamal 1405, 10:30"), None, "2026-03-21T10:30:00+04:30"),
    ("af-jaddi-mdy", _AF, "en", "", _p("Jaddi 14, 1404"), None, "2026-01-04"),
    ("af-asad-a-name", _AF, "en", "", _p("By Ahmad Asad 1405") + _p("4 December 2026"), None, "2026-12-04"),
    # a lunar day, then "corresponds to" and the common era's day
    ("km-lunar-then-common-era", _KH, "km", "", _p("ថ្ងៃព្រហស្បតិ៍ ១៥កើត ខែពិសាខ ឆ្នាំម្សាញ់ សប្តស័ក ព.ស.២៥៧០ ត្រូវនឹងថ្ងៃទី១៤ ខែឧសភា ឆ្នាំ២០២៦"), None, "2026-05-14"),
    ("km-date-before-holiday", _KH, "km", "", _p("ថ្ងៃទី៣០ ខែឧសភា ឆ្នាំ២០២៦ ម៉ោង ១០:៣០ ពិធីបុណ្យវិសាខបូជា"), None, "2026-05-30T10:30:00+07:00"),
    ("km-be-before-holiday", _KH, "km", "", _p("ថ្ងៃទី៣០ ខែឧសភា ឆ្នាំ២៥៧០ ចំពេលបុណ្យវិសាខបូជា"), None, "2026-05-30"),
    ("km-april-new-year", _KH, "km", "", _p("ថ្ងៃទី១៤ ខែមេសា ឆ្នាំ២៥៦៩ បុណ្យចូលឆ្នាំថ្មី"), None, "2026-04-14"),
    ("th-lunar-then-common-era", "https://www.news.example.co.th/a/1", "th", "", _p("วันพฤหัสบดี ขึ้น 15 ค่ำ เดือน 6 ปีมะเมีย ตรงกับวันที่ 14 พฤษภาคม 2569"), None, "2026-05-14"),
    # the country a postal <address> ends with zones a naive time on a .com page
    ("en-address-germany", _COM, "en", "", _p("4 December 2026, 15:05") + "<address>Hauptstraße 1, 10115 Berlin, Germany</address>", None, "2026-12-04T15:05:00+01:00"),
    ("en-address-schweiz-summer", _COM, "en", "", _p("4 July 2026, 15:05") + "<address>Medien AG, Bahnhofstrasse 1, 8001 Zürich, Schweiz</address>", None, "2026-07-04T15:05:00+02:00"),
    ("en-address-ireland-summer", _COM, "en", "", _p("4 July 2026, 15:05") + "<address>1 Main Street, Dublin 2, Ireland</address>", None, "2026-07-04T15:05:00+01:00"),
    ("en-address-no-country", _COM, "en", "", _p("4 July 2026, 15:05") + "<address>1 Main Street, Springfield</address>", None, "2026-07-04T15:05:00"),
    # a relative byline spelt out just below it: the exact time
    ("de-relative-then-absolute", _DE, "de", "", _p("vor 3 Stunden") + _p("05.12.2026, 14:05 Uhr"), None, "2026-12-05T14:05:00+01:00"),
    ("de-relative-days-then-absolute", _DE, "de", "", _p("vor 2 Tagen") + _p("03.12.2026, 09:12 Uhr"), None, "2026-12-03T09:12:00+01:00"),
    ("de-relative-then-other-day", _DE, "de", "", _p("vor 3 Stunden") + _p("Mehr: 01.11.2026, 09:12 Uhr"), None, "2026-12-05T14:00:00+01:00"),
    ("de-relative-then-stand", _DE, "de", "", _p("vor 3 Stunden") + _p("Stand: 05.12.2026, 14:05 Uhr"), None, "2026-12-05T14:00:00+01:00"),
    ("es-relative-then-absolute", "https://www.diario.example.es/a/1", "es", "", _p("hace 3 horas") + _p("05/12/2026 14:05"), None, "2026-12-05T14:05:00+01:00"),
    ("pl-relative-then-absolute", "https://www.gazeta.example.pl/a/1", "pl", "", _p("3 godziny temu") + _p("05.12.2026 14:05"), None, "2026-12-05T14:05:00+01:00"),
    ("de-yesterday-then-bare-day", _DE, "de", "", _p("Gestern, 15:05 Uhr") + _p("04.12.2026"), None, "2026-12-04T15:05:00+01:00"),
    ("en-relative-then-absolute", "https://www.news.example.co.uk/a/1", "en-GB", "", _p("2 hours ago") + _p("5 December 2026, 14:05 GMT"), None, "2026-12-05T14:05:00+00:00"),
    ("de-relative-same-line", _DE, "de", "", _p("05.12.2026, 13:05 Uhr (vor 3 Stunden)"), None, "2026-12-05T13:05:00+01:00"),
    ("de-relative-title", _DE, "de", "", "<span class='date' title='04.12.2026, 14:05 Uhr'>vor 3 Stunden</span>", None, "2026-12-04T14:05:00+01:00"),
    # script state escaped in a string, Next.js, Apollo, Arc
    ("de-initial-state-json-parse", _DE, "de", "", _state('window.__INITIAL_STATE__ = JSON.parse("{' + _ESC + "article" + _ESC + ":{" + _ESC + "title" + _ESC + ":" + _ESC + _H + _ESC + "," + _ESC + "publishedAt" + _ESC + ":" + _ESC + "2026-12-04T14:05:00Z" + _ESC + '}}");'), None, "2026-12-04T15:05:00+01:00"),
    ("de-next-data", _DE, "de", "", "<script id='__NEXT_DATA__' type='application/json'>" + json.dumps({"props": {"pageProps": {"article": {"title": _H, "firstPublishDate": "2026-12-04T14:05:00.000Z"}}}}) + "</script>", None, "2026-12-04T15:05:00+01:00"),
    ("de-apollo-state", _DE, "de", "", _state("window.__APOLLO_STATE__=" + json.dumps({"Article:1": {"headline": _H, "publicationDate": "2026-12-04T14:05:00Z"}})), None, "2026-12-04T15:05:00+01:00"),
    ("de-arc-first-publish", _DE, "de", "", _state("Fusion.globalContent=" + json.dumps({"headlines": {"basic": _H}, "display_date": "2026-12-04T14:05:00.000Z", "first_publish_date": "2026-12-03T09:00:00.000Z"})), None, "2026-12-03T10:00:00+01:00"),
    ("de-state-erstellt-am", _DE, "de", "", _state('var d={"erstelltAm":"2026-12-04T14:05:00+01:00"};'), None, "2026-12-04T14:05:00+01:00"),
    ("de-state-publikationsdatum", _DE, "de", "", _state('var d={"publikationsdatum":"2026-12-04T14:05:00+01:00"};'), None, "2026-12-04T14:05:00+01:00"),
    ("de-state-date-first-published", _DE, "de", "", _state('var d={"dateFirstPublished":"2026-12-04T13:05:00Z"};'), None, "2026-12-04T14:05:00+01:00"),
    ("de-state-publication-time-unix", _DE, "de", "", _state('var d={"publicationTime":1796389500};'), None, "2026-12-04T14:05:00+01:00"),
    ("de-data-layer-local", _DE, "de", "", _state("dataLayer.push({'article_publish_date': '04.12.2026 14:05'});"), None, "2026-12-04T14:05:00+01:00"),
    ("de-data-published-dots", _DE, "de", "", "<div class='meta' data-published='2026.01.29 18:40'>Von Anna Berg</div>", None, "2026-01-29T18:40:00+01:00"),
    ("de-day-time-beside-ld", _DE, "de", "", "<time datetime='2026-12-04'>4. Dezember 2026</time>", _ld(datePublished="2026-12-04T14:05:00+01:00"), "2026-12-04T14:05:00+01:00"),
    # CMS families' metas
    ("de-dc-date-issued", _DE, "de", _meta("DC.date.issued", "2026-12-04T14:05:00+01:00"), "", None, "2026-12-04T14:05:00+01:00"),
    ("de-dc-issued-day-line-time", _DE, "de", _meta("DC.date.issued", "2026-12-04"), _p("04.12.2026, 14:05 Uhr"), None, "2026-12-04T14:05:00+01:00"),
    ("de-sailthru-naive", _DE, "de", _meta("sailthru.date", "2026-12-04 14:05:00"), "", None, "2026-12-04T14:05:00+01:00"),
    ("de-parsely-utc", _DE, "de", _meta("parsely-pub-date", "2026-12-04T13:05:00Z"), "", None, "2026-12-04T14:05:00+01:00"),
    ("de-article-published-naive-summer", _DE, "de", _meta("article:published_time", "2026-07-04T14:05:00"), "", None, "2026-07-04T14:05:00+02:00"),
    ("ch-naive-ld-summer", _CH, "de-CH", "", "", _ld(datePublished="2026-07-04T14:05:00"), "2026-07-04T14:05:00+02:00"),
    ("de-sophora-date-meta", _DE, "de", _meta("date", "2026-12-04T14:05:00+01:00") + _meta("last-modified", "2026-12-05T09:00:00+01:00"), "", None, ("2026-12-04T14:05:00+01:00", "2026-12-05T09:00:00+01:00")),
    ("de-wordpress-entry-date", _DE, "de", "", f"<div class='entry-meta'><span class='posted-on'><a href='{_DE}' rel='bookmark'><time class='entry-date published' datetime='2026-12-04T14:05:00+01:00'>4. Dezember 2026</time><time class='updated' datetime='2026-12-05T09:00:00+01:00'>5. Dezember 2026</time></a></span></div>", None, ("2026-12-04T14:05:00+01:00", "2026-12-05T09:00:00+01:00")),
    ("de-drupal-submitted", _DE, "de", "", "<div class='node__submitted'>Eingereicht von <span>anna</span> am <span>Do., 04.12.2026 - 14:05</span></div>", None, "2026-12-04T14:05:00+01:00"),
    # updated first, then created
    ("de-updated-first-two-lines", _DE, "de", "", _p("Aktualisiert am 04.12.2026, 16:30 Uhr") + _p("Erstellt am 04.12.2026, 14:05 Uhr"), None, ("2026-12-04T14:05:00+01:00", "2026-12-04T16:30:00+01:00")),
    ("de-updated-first-one-line", _DE, "de", "", _p("Aktualisiert: 04.12.2026, 16:30 Uhr | Erstellt: 04.12.2026, 14:05 Uhr"), None, ("2026-12-04T14:05:00+01:00", "2026-12-04T16:30:00+01:00")),
    ("de-updated-first-time-elements", _DE, "de", "", "<div class='meta'><span>Aktualisiert:</span> <time datetime='2026-12-05T09:00:00+01:00'>05.12.2026</time> <span>Erstellt:</span> <time datetime='2026-12-04T14:05:00+01:00'>04.12.2026</time></div>", None, ("2026-12-04T14:05:00+01:00", "2026-12-05T09:00:00+01:00")),
    # an unlabelled line above one labelled as the publication, later the same week: the update
    ("de-unlabelled-then-veroeffentlicht", _DE, "de", "", _p("05.12.2026, 09:00 Uhr") + _p("Veröffentlicht: 04.12.2026, 14:05 Uhr"), None, "2026-12-04T14:05:00+01:00"),
    ("de-unlabelled-then-erstveroeffentlichung", _DE, "de", "", _p("05.12.2026, 09:00 Uhr") + _p("Erstveröffentlichung: 04.12.2026, 14:05 Uhr"), None, "2026-12-04T14:05:00+01:00"),
    ("de-unlabelled-then-zuerst-veroeffentlicht", _DE, "de", "", _p("05.12.2026, 09:00 Uhr") + _p("Zuerst veröffentlicht am 04.12.2026, 14:05 Uhr"), None, "2026-12-04T14:05:00+01:00"),
    ("en-unlabelled-then-first-published", "https://www.news.example.co.uk/a/1", "en-GB", "", _p("5 December 2026, 09:00") + _p("First published: 4 December 2026, 14:05"), None, "2026-12-04T14:05:00+00:00"),
    ("de-unlabelled-then-footer-registration", _DE, "de", "", _p("04.12.2026, 14:05 Uhr") + _p("Veröffentlicht: 02.03.2010"), None, "2026-12-04T14:05:00+01:00"),
    ("de-unlabelled-then-teaser-line", _DE, "de", "", _p("05.12.2026, 09:00 Uhr") + "<p class='meta'><a href='/politik/wahl-ergebnis-2026-100.html'>Wahl</a> Veröffentlicht: 04.12.2026, 14:05 Uhr</p>", None, "2026-12-05T09:00:00+01:00"),
    ("fr-updated-first", "https://www.journal.example.fr/a/1", "fr", "", _p("Mis à jour le 05/12/2026 à 09h00") + _p("Publié le 04/12/2026 à 14h05"), None, ("2026-12-04T14:05:00+01:00", "2026-12-05T09:00:00+01:00")),
    ("es-updated-first", "https://www.diario.example.es/a/1", "es", "", _p("Actualizado: 05/12/2026 09:00h") + _p("Publicado: 04/12/2026 14:05h"), None, ("2026-12-04T14:05:00+01:00", "2026-12-05T09:00:00+01:00")),
    ("it-updated-first", "https://www.giornale.example.it/a/1", "it", "", _p("Aggiornato il 5 dicembre 2026 alle 9:00") + _p("Pubblicato il 4 dicembre 2026 alle 14:05"), None, ("2026-12-04T14:05:00+01:00", "2026-12-05T09:00:00+01:00")),
    ("nl-updated-first", "https://www.krant.example.nl/a/1", "nl", "", _p("Bijgewerkt: 5 december 2026, 09:00") + _p("Gepubliceerd: 4 december 2026, 14:05"), None, ("2026-12-04T14:05:00+01:00", "2026-12-05T09:00:00+01:00")),
    ("pl-updated-first", "https://www.gazeta.example.pl/a/1", "pl", "", _p("Aktualizacja: 05.12.2026 09:00") + _p("Publikacja: 04.12.2026 14:05"), None, ("2026-12-04T14:05:00+01:00", "2026-12-05T09:00:00+01:00")),
    ("de-zuletzt-aktualisiert-first", _DE, "de", "", _p("Zuletzt aktualisiert: 05.12.2026 09:00") + _p("Veröffentlicht: 04.12.2026 14:05"), None, ("2026-12-04T14:05:00+01:00", "2026-12-05T09:00:00+01:00")),
    ("de-geaendert-first", _DE, "de", "", _p("Geändert am 05.12.2026, 09:00") + _p("Erstellt am 04.12.2026, 14:05"), None, ("2026-12-04T14:05:00+01:00", "2026-12-05T09:00:00+01:00")),
    ("de-relative-update-then-absolute", _DE, "de", "", _p("Aktualisiert vor 2 Stunden") + _p("04.12.2026, 14:05 Uhr"), None, "2026-12-04T14:05:00+01:00"),
    ("de-stand-then-byline", _DE, "de", "", _p("Stand: 05.12.2026, 09:00 Uhr") + _p("Von Anna Berg, 04.12.2026, 14:05 Uhr"), None, ("2026-12-04T14:05:00+01:00", "2026-12-05T09:00:00+01:00")),
    # other items' dates
    ("de-comment-date", _DE, "de", "", "<div class='kommentar'><span class='date'>05.12.2026, 09:00</span> Toller Artikel</div>", _ld(datePublished="2026-12-04T14:05:00+01:00"), "2026-12-04T14:05:00+01:00"),
    ("de-live-entry-first", _DE, "de", "", "<div class='live-entry'><time datetime='2026-12-05T12:00:00+01:00'>12:00</time><p>Neues</p></div>" + _p("Erstellt am 04.12.2026, 14:05 Uhr"), None, "2026-12-04T14:05:00+01:00"),
    ("de-event-line-past", _DE, "de", "", _p("Veranstaltung: 01.12.2026, 19:00 Uhr") + _p("04.12.2026, 14:05 Uhr"), None, "2026-12-04T14:05:00+01:00"),
    ("de-ruling-line", _DE, "de", "", _p("Urteil vom 01.12.2026, Az. 3 K 12/26") + _p("04.12.2026, 14:05 Uhr"), None, "2026-12-04T14:05:00+01:00"),
    ("en-hearing-line", "https://www.news.example.co.uk/a/1", "en-GB", "", _p("Hearing: 1 December 2026, 10:00") + _p("4 December 2026, 14:05"), None, "2026-12-04T14:05:00+00:00"),
    ("fr-arret-line", "https://www.journal.example.fr/a/1", "fr", "", _p("Arrêt du 01/12/2026") + _p("Publié le 04/12/2026 à 14h05"), None, "2026-12-04T14:05:00+01:00"),
    ("de-event-line-alone", _DE, "de", "", _p("Veranstaltung: 01.12.2026, 19:00 Uhr"), None, "2026-12-01T19:00:00+01:00"),
    ("de-photo-credit-date", _DE, "de", "", "<figure><img src='a.jpg'><figcaption>Foto: dpa, 01.12.2026, 10:00 Uhr</figcaption></figure>" + _p("04.12.2026, 14:05 Uhr"), None, "2026-12-04T14:05:00+01:00"),
    ("en-photo-credit-date", "https://www.news.example.co.uk/a/1", "en-GB", "", "<figure><img src='a.jpg'><figcaption>Photo: Reuters / 1 Dec 2026, 10:00</figcaption></figure>" + _p("4 December 2026, 14:05"), None, "2026-12-04T14:05:00+00:00"),
    ("de-author-card-in-figure", _DE, "de", "", "<figure class='author'><img src='a.jpg'><figcaption>Anna Berg · 04.12.2026, 14:05 Uhr</figcaption></figure>", None, "2026-12-04T14:05:00+01:00"),
    # two-digit years, Austrian and Swiss spellings
    ("de-two-digit-year", _DE, "de", "", _p("04.12.26, 14:05 Uhr"), None, "2026-12-04T14:05:00+01:00"),
    ("de-two-digit-year-weekday", _DE, "de", "", _p("Fr, 04.12.26 | 15:05"), None, "2026-12-04T15:05:00+01:00"),
    ("at-jaenner", _AT, "de-AT", "", _p("14. Jänner 2026, 14:05"), None, "2026-01-14T14:05:00+01:00"),
    ("at-summer", _AT, "de-AT", "", _p("4. Juli 2026, 14:05"), None, "2026-07-04T14:05:00+02:00"),
    ("ch-dotted-clock-com", "https://www.zeitung.example.com/a/1", "de-CH", "", _p("14.1.2026, 14.05 Uhr"), None, "2026-01-14T14:05:00+01:00"),
    # 12-hour clocks in other languages
    ("es-p-m", "https://www.diario.example.es/a/1", "es", "", _p("4 de diciembre de 2026, 3:05 p. m."), None, "2026-12-04T15:05:00+01:00"),
    ("pt-br-pm", "https://www.jornal.example.com.br/a/1", "pt-BR", "", _p("04/12/2026 às 3:05 PM"), None, "2026-12-04T15:05:00-03:00"),
    ("ko-ohu", "https://www.news.example.co.kr/a/1", "ko", "", _p("입력 2026.12.04. 오후 3:05"), None, "2026-12-04T15:05:00+09:00"),
    ("ja-gogo", "https://www.news.example.jp/a/1", "ja", "", _p("2026年12月4日 午後3時05分"), None, "2026-12-04T15:05:00+09:00"),
    ("zh-tw-xiawu", "https://www.news.example.com.tw/a/1", "zh-TW", "", _p("2026/12/04 下午 03:05"), None, "2026-12-04T15:05:00+08:00"),
    ("ar-masaa", "https://www.news.example.com.eg/a/1", "ar", "", _p("الجمعة 04 ديسمبر 2026 03:05 م"), None, "2026-12-04T15:05:00+02:00"),
    ("el-mm", "https://www.news.example.gr/a/1", "el", "", _p("04.12.2026 • 3:05 μ.μ."), None, "2026-12-04T15:05:00+02:00"),
    ("en-au-two-digit-pm", "https://www.news.example.com.au/a/1", "en-AU", "", _p("Published 04/12/26 3:05pm"), None, "2026-12-04T15:05:00+11:00"),
    ("vi-chieu", "https://www.tin.example.vn/a/1", "vi", "", _p("04/12/2026 03:05 chiều"), None, "2026-12-04T15:05:00+07:00"),
    ("fa-ba-zohr", "https://www.khabar.example.ir/a/1", "fa", "", _p("۱۳ آذر ۱۴۰۵ ساعت ۳:۰۵ ب.ظ"), None, "2026-12-04T15:05:00+03:30"),
    ("bn-aparahna", "https://www.news.example.com.bd/a/1", "bn", "", _p("৪ ডিসেম্বর ২০২৬, ০৩:০৫ অপরাহ্ন"), None, "2026-12-04T15:05:00+06:00"),
    ("sw-saa-alasiri", "https://www.habari.example.co.tz/a/1", "sw", "", _p("Desemba 4, 2026 saa 9:05 alasiri"), None, "2026-12-04T15:05:00+03:00"),
    ("sw-saa-mchana", "https://www.habari.example.co.tz/a/1", "sw", "", _p("Desemba 4, 2026 saa 8:05 mchana"), None, "2026-12-04T14:05:00+03:00"),
    # two-digit years: year first on Korean, Japanese and Chinese pages, day first elsewhere
    ("ko-short-year-first", "https://www.news.example.co.kr/a/1", "ko", "", _p("26.12.04 15:05"), None, "2026-12-04T15:05:00+09:00"),
    ("ja-short-year-first", "https://www.news.example.jp/a/1", "ja", "", _p("26/12/04 15:05"), None, "2026-12-04T15:05:00+09:00"),
    ("zh-short-year-first", "https://www.news.example.cn/a/1", "zh", "", _p("26-12-04 15:05"), None, "2026-12-04T15:05:00+08:00"),
    ("ja-short-year-first-weekday", "https://www.news.example.jp/a/1", "ja", "", _p("26/12/04(金) 15:05"), None, "2026-12-04T15:05:00+09:00"),
    ("de-short-day-first", _DE, "de", "", _p("26.11.26 15:05"), None, "2026-11-26T15:05:00+01:00"),
    ("ru-short-day-first", "https://www.gazeta.example.ru/a/1", "ru", "", _p("04.12.26 15:05"), None, "2026-12-04T15:05:00+03:00"),
    ("it-short-ore", "https://www.giornale.example.it/a/1", "it", "", _p("04/12/26 ore 15:05"), None, "2026-12-04T15:05:00+01:00"),
    ("es-ar-short-hs", "https://www.diario.example.com.ar/a/1", "es-AR", "", _p("04/12/26 - 15:05 hs"), None, "2026-12-04T15:05:00-03:00"),
    ("en-us-short-et", "https://www.news.example.com/a/1", "en-US", "", _p("12/04/26 3:05 PM ET"), None, "2026-12-04T15:05:00-05:00"),
    ("de-short-no-time", _DE, "de", "", _p("Artikel vom 04.12.26"), None, "2026-12-04"),
    ("tr-weekday-after", "https://www.gazete.example.com.tr/a/1", "tr", "", _p("04 Aralık 2026 Cuma 15:05"), None, "2026-12-04T15:05:00+03:00"),
    ("pl-opublikowano", "https://www.gazeta.example.pl/a/1", "pl", "", _p("Opublikowano: 4 grudnia 2026, 15:05"), None, "2026-12-04T15:05:00+01:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "lang", "head", "body", "ld", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_the_dates_on_unseen_pages(
    url: str,
    lang: str,
    head: str,
    body: str,
    ld: dict[str, object] | None,
    expected: str | tuple[str, str] | None,
) -> None:
    article = extract_article(_page(lang, head, body, ld), url, fetched=_FETCHED)
    if isinstance(expected, tuple):
        assert (article.published, article.modified) == expected
    else:
        assert article.published == expected
