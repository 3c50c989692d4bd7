"""The published instant on pages of unseen publishers (issue 10, session 25, second part):
a day with its clock printed apart (the next element, a `<dl>`'s next `<dd>`, a date span
and a time span); a date meta's twin time meta in 12-hour form; a letter writer's signed
`<address>` with an age or a day in it is no publisher's postal address; a naive stamp on a
.com page borrows a zone, not the other season's fixed offset.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.dated_pages import FETCHED as _FETCHED
from tests.plugins.dated_pages import article_ld as _ld
from tests.plugins.dated_pages import meta as _meta
from tests.plugins.dated_pages import news_url as _u
from tests.plugins.dated_pages import page as _page


def _two(day: str, clock: str) -> str:
    """The day and its clock in two elements side by side."""
    return f"<div class='meta'><p class='date'>{day}</p><p class='time'>{clock}</p></div>"


def _spans(day: str, clock: str) -> str:
    return f"<p class='meta'><span class='date'>{day}</span> <span class='time'>{clock}</span></p>"


def _dl(day_label: str, day: str, clock_label: str, clock: str) -> str:
    return f"<dl class='meta'><dt>{day_label}</dt><dd>{day}</dd><dt>{clock_label}</dt><dd>{clock}</dd></dl>"


CASES = [
    # 1. a day, then its clock alone in the next element
    ("ro-ora-next", _u("ro"), "ro", "", _two("12.05.2026", "Ora 14:25"), None, "2026-05-12T14:25:00+03:00"),
    ("fi-klo-next", _u("fi"), "fi", "", _two("12.5.2026", "klo 14.25"), None, "2026-05-12T14:25:00+03:00"),
    ("de-uhr-next", _u("de"), "de", "", _two("12.05.2026", "14:25 Uhr"), None, "2026-05-12T14:25:00+02:00"),
    ("pl-godz-next", _u("pl"), "pl", "", _two("12.05.2026", "godz. 14:25"), None, "2026-05-12T14:25:00+02:00"),
    ("cs-bare-next", _u("cz"), "cs", "", _two("12. 5. 2026", "14:25"), None, "2026-05-12T14:25:00+02:00"),
    ("hu-next", _u("hu"), "hu", "", _two("2026. május 12.", "14:25"), None, "2026-05-12T14:25:00+02:00"),
    ("pt-br-next", _u("com.br"), "pt-BR", "", _two("12/05/2026", "14h25"), None, "2026-05-12T14:25:00-03:00"),
    ("tr-next", _u("com.tr"), "tr", "", _two("12 Mayıs 2026", "14:25"), None, "2026-05-12T14:25:00+03:00"),
    ("el-next", _u("gr"), "el", "", _two("12/05/2026", "14:25"), None, "2026-05-12T14:25:00+03:00"),
    ("id-next", _u("co.id"), "id", "", _two("Selasa, 12 Mei 2026", "14:25 WIB"), None, "2026-05-12T14:25:00+07:00"),
    ("vi-next", _u("vn"), "vi", "", _two("12/05/2026", "14:25"), None, "2026-05-12T14:25:00+07:00"),
    ("en-gb-pm-next", _u("co.uk"), "en-GB", "", _two("12 May 2026", "2:25pm"), None, "2026-05-12T14:25:00+01:00"),
    ("hu-sections", _u("hu"), "hu", "", "<div class='meta'><section>2026. május 12.</section><section>14:25</section></div>", None, "2026-05-12T14:25:00+02:00"),
    ("fi-table-cells", _u("fi"), "fi", "", "<table class='meta'><tr><td>12.5.2026</td><td>klo 14.25</td></tr></table>", None, "2026-05-12T14:25:00+03:00"),
    # ... in spans side by side
    ("it-spans", _u("it"), "it", "", _spans("12/05/2026", "14:25"), None, "2026-05-12T14:25:00+02:00"),
    ("es-spans", _u("es"), "es", "", _spans("12 de mayo de 2026", "14:25 h"), None, "2026-05-12T14:25:00+02:00"),
    ("uk-spans", _u("ua"), "uk", "", _spans("12 травня 2026", "14:25"), None, "2026-05-12T14:25:00+03:00"),
    ("ja-spans", _u("jp"), "ja", "", _spans("2026年5月12日", "14時25分"), None, "2026-05-12T14:25:00+09:00"),
    ("ko-spans", _u("co.kr"), "ko", "", _spans("2026.05.12", "14:25"), None, "2026-05-12T14:25:00+09:00"),
    # ... in a <dl>'s <dd>s
    ("de-dl", _u("de"), "de", "", _dl("Datum", "12.05.2026", "Uhrzeit", "14:25 Uhr"), None, "2026-05-12T14:25:00+02:00"),
    ("nl-dl", _u("nl"), "nl", "", _dl("Datum", "12 mei 2026", "Tijd", "14:25"), None, "2026-05-12T14:25:00+02:00"),
    ("pt-dl", _u("pt"), "pt-PT", "", _dl("Data", "12/05/2026", "Hora", "14:25"), None, "2026-05-12T14:25:00+01:00"),
    # ... and not when the next element's clock is another thing's (a time of an event in the story)
    ("ro-story-clock-not-taken", _u("ro"), "ro", "", "<p class='date'>12.05.2026</p><p>Ședința începe la ora 14:25 în sala mare a consiliului.</p>", None, "2026-05-12"),
    # 2. a date meta's twin time meta in 12-hour form
    ("en-twin-pm", _u("co.za"), "en", _meta("page_date_published", "2026-12-03") + _meta("page_time_published", "2:25 PM"), "", None, "2026-12-03T14:25:00+02:00"),
    ("en-twin-p-m", _u("co.za"), "en", _meta("publish_date", "2026-12-03") + _meta("publish_time", "2:25 p.m."), "", None, "2026-12-03T14:25:00+02:00"),
    ("fr-twin-h", _u("fr"), "fr", _meta("publish_date", "2026-12-03") + _meta("publish_time", "14h25"), "", None, "2026-12-03T14:25:00+01:00"),
    ("en-twin-am-midnight", _u("co.za"), "en", _meta("publish_date", "2026-12-03") + _meta("publish_time", "12:10 AM"), "", None, "2026-12-03T00:10:00+02:00"),
    # 3. a letter writer's signature with a digit is still no postal address
    ("en-letter-age", "https://www.news.example.com/a/4711-bridge", "en", "", "<p class='meta'>4 December 2026, 15:05</p><p>Sir, the bridge is a folly.</p><address>Jane Smith (82), Cork, Ireland</address>", None, "2026-12-04T15:05:00"),
    ("en-letter-day", "https://www.news.example.com/a/4711-bridge", "en", "", "<p class='meta'>4 December 2026, 15:05</p><p>Sir, the bridge is a folly.</p><address>Jane Smith, Cork, Ireland, 2 December</address>", None, "2026-12-04T15:05:00"),
    ("en-imprint-street-number", "https://www.news.example.com/a/4711-bridge", "en", "", "<p class='meta'>4 December 2026, 15:05</p><address>12 Patrick Street, Cork T12 X2Y3, Ireland</address>", None, "2026-12-04T15:05:00+00:00"),
    ("de-imprint-postcode", "https://www.news.example.com/a/4711-bridge", "en", "", "<p class='meta'>4 December 2026, 15:05</p><address>Hauptstraße 1, 10115 Berlin, Germany</address>", None, "2026-12-04T15:05:00+01:00"),
    # 4. a naive stamp borrows the zone, not the other season's offset
    ("en-com-summer-borrows-zone", "https://www.news.example.com/a/4711-bridge", "en", _meta("article:modified_time", "2026-12-03T15:00:00-05:00"), "", _ld(datePublished="2026-07-03T14:25:00"), "2026-07-03T14:25:00"),
    ("en-com-same-season", "https://www.news.example.com/a/4711-bridge", "en", _meta("article:modified_time", "2026-12-03T15:00:00-05:00"), "", _ld(datePublished="2026-11-30T14:25:00"), "2026-11-30T14:25:00-05:00"),
    ("es-com-other-season-not-borrowed", "https://www.news.example.com/a/4711-bridge", "es", _meta("article:modified_time", "2026-12-03T15:00:00-03:00"), "", _ld(datePublished="2026-07-03T14:25:00"), "2026-07-03T14:25:00"),
    ("en-com-one-offset-all-year", "https://www.news.example.com/a/4711-bridge", "en", _meta("article:modified_time", "2026-12-03T15:00:00+05:30"), "", _ld(datePublished="2026-07-03T14:25:00"), "2026-07-03T14:25:00+05:30"),
    ("en-com-est-printed-lends-new-york", "https://www.news.example.com/a/4711-bridge", "en", "", "<p class='meta'>Updated Dec 3, 2026 3:00 PM EST</p>", _ld(datePublished="2026-07-03T14:25:00"), "2026-07-03T14:25:00-04:00"),
    ("de-com-mez-printed-lends-berlin", "https://www.news.example.com/a/4711-bridge", "en", "", "<p class='meta'>Updated 3 Dec 2026, 15:00 CET</p>", _ld(datePublished="2026-07-03T14:25:00"), "2026-07-03T14:25:00+02:00"),
    ("de-com-summer-zone", "https://www.news.example.com/a/4711-bridge", "de", _meta("article:modified_time", "2026-12-03T15:00:00+01:00"), "", _ld(datePublished="2026-07-03T14:25:00"), "2026-07-03T14:25:00+02:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "lang", "head", "body", "ld", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_the_published_instant_on_unseen_pages(
    url: str, lang: str, head: str, body: str, ld: dict[str, object] | None, expected: str
) -> None:
    article = extract_article(_page(lang, head, body, ld), url, fetched=_FETCHED)
    assert article.published == expected
