"""Dates of session 39 (issue 10): Vietnamese's "SA"/"CH" 12-hour marks read on a Vietnamese
page (or beside Vietnamese words) only, so "04:20 CH" on a Swiss page stays 04:20; an update's
clock on a line of its own with the zone the publication's line names ("Updated 4:20 a.m. ET"
under "Published ... 1:15 a.m. ET"), or after its clock's word ("16:20 Uhr MEZ"); then a table
of how pages in many languages and zones state their publication and update, compared with the
offset the page implies (counter-cases: they passed before too).

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.dates import parse_date, to_iso
from tests.plugins.dateline_pages import FETCHED, HEADLINE, story_dates

# FETCHED is 2026-12-06 12:00 UTC


def _p(text: str) -> str:
    return f"<p class='date'>{text}</p>"


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        ("de", "ch", _p("03.03.2026, 04:20 CH"), "2026-03-03T04:20:00+01:00"),
        ("de", "ch", _p("Publiziert 3. März 2026, 04:20 CH"), "2026-03-03T04:20:00+01:00"),
        ("fr", "ch", _p("03.03.2026, 04:20 CH"), "2026-03-03T04:20:00+01:00"),
        ("it", "ch", _p("03.03.2026 04:20 CH"), "2026-03-03T04:20:00+01:00"),
    ],
)  # fmt: skip
def test_ch_after_a_clock_on_a_swiss_page_is_no_afternoon(
    lang: str, domain: str, line: str, published: str
) -> None:
    """Failed before: read as Vietnamese "chiều", 16:20."""
    assert story_dates(lang, line, domain=domain)[0] == published


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("03.03.2026 04:20 CH", "de", "2026-03-03T04:20:00"),
        ("2:05 CH 3/2/26", None, "2026-02-03T02:05:00"),  # no context: no afternoon
        # a Vietnamese page, or the line's own Vietnamese words
        ("2:05 CH 3/2/26", "vi", "2026-02-03T14:05:00"),
        ("2:05 CH 3 thg 2, 2026", None, "2026-02-03T14:05:00"),
        ("9:07 SA 23 tháng 11, 2026", None, "2026-11-23T09:07:00"),
        ("12:10 SA 23/11/2026", "vi", "2026-11-23T00:10:00"),
    ],
)  # fmt: skip
def test_vietnamese_marks_need_vietnamese(text: str, lang: str | None, expected: str) -> None:
    """The first two failed before (14:05, 16:20); the rest are counter-cases."""
    d = parse_date(text, lang=lang)
    assert d is not None
    assert to_iso(d) == expected


@pytest.mark.parametrize(
    ("lang", "domain", "lines", "dates"),
    [
        ("en", "com", _p("Published March 3, 2026 1:15 a.m. ET") + _p("Updated 4:20 a.m. ET"), ("2026-03-03T01:15:00-05:00", "2026-03-03T04:20:00-05:00")),
        ("en", "com", _p("Published July 3, 2026 1:15 a.m. ET") + _p("Updated 04:20 ET"), ("2026-07-03T01:15:00-04:00", "2026-07-03T04:20:00-04:00")),
        ("es", "com", _p("Publicado 3 de marzo de 2026 1:15 a.m. ET") + _p("Actualizado 4:20 a.m. ET"), ("2026-03-03T01:15:00-05:00", "2026-03-03T04:20:00-05:00")),
        ("en", "co.in", _p("Published: Mar 03, 2026, 14:05 IST") + _p("Updated: 16:20 IST"), ("2026-03-03T14:05:00+05:30", "2026-03-03T16:20:00+05:30")),
        ("en", "co.za", _p("Published 3 March 2026 14:05 SAST") + _p("Updated 16:20 SAST"), ("2026-03-03T14:05:00+02:00", "2026-03-03T16:20:00+02:00")),
        ("id", "co.id", _p("Selasa, 03 Mar 2026 14:05 WIB") + _p("Diperbarui 16:20 WIB"), ("2026-03-03T14:05:00+07:00", "2026-03-03T16:20:00+07:00")),
        ("de", "de", _p("03.03.2026, 14:05 Uhr MEZ") + _p("Aktualisiert: 16:20 Uhr MEZ"), ("2026-03-03T14:05:00+01:00", "2026-03-03T16:20:00+01:00")),
    ],
)  # fmt: skip
def test_an_update_clock_alone_in_the_publications_zone(
    lang: str, domain: str, lines: str, dates: tuple[str, str]
) -> None:
    """Failed before: no modified (the zone's word after the clock read as another zone's)."""
    assert story_dates(lang, lines, domain=domain) == dates


@pytest.mark.parametrize(
    ("lang", "domain", "lines", "dates"),
    [
        # a clock in another zone than the publication's: still no update read
        ("en", "com", _p("Published March 3, 2026 1:15 a.m. ET") + _p("Updated 4:20 a.m. PT"), ("2026-03-03T01:15:00-05:00", None)),
        # a clock before the publication's: no update the same day
        ("en", "com", _p("Published March 3, 2026 9:15 a.m. ET") + _p("Updated 4:20 a.m. ET"), ("2026-03-03T09:15:00-05:00", None)),
        ("de", "de", _p("03.03.2026, 14:05 Uhr") + _p("Aktualisiert um 16:20 Uhr"), ("2026-03-03T14:05:00+01:00", "2026-03-03T16:20:00+01:00")),
    ],
)  # fmt: skip
def test_other_update_clocks_keep_their_reading(
    lang: str, domain: str, lines: str, dates: tuple[str, str | None]
) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates(lang, lines, domain=domain) == dates


@pytest.mark.parametrize(
    ("lang", "domain", "line", "dates"),
    [
        ("fr", "fr", _p("Publié le 3 mars 2026 à 14h05, mis à jour à 16h20"), ("2026-03-03T14:05:00+01:00", "2026-03-03T16:20:00+01:00")),
        ("es", "es", _p("Publicado: 03/03/2026 14:05 CET") + _p("Actualizado: 03/03/2026 16:20 CET"), ("2026-03-03T14:05:00+01:00", "2026-03-03T16:20:00+01:00")),
        # an update alone dates the page (a piece never updated shows its publication so)
        ("es", "es", _p("Actualizado 03/03/2026 - 14:05 CET"), ("2026-03-03T14:05:00+01:00", "2026-03-03T14:05:00+01:00")),
        ("pt", "com.br", _p("03/03/2026 14h05 - Atualizado há 2 horas"), ("2026-03-03T14:05:00-03:00", "2026-12-06T07:00:00-03:00")),
        ("pl", "pl", _p("3 marca 2026, 14:05"), ("2026-03-03T14:05:00+01:00", None)),
        ("cs", "cz", _p("3. března 2026 14:05"), ("2026-03-03T14:05:00+01:00", None)),
        ("nl", "nl", _p("3 mrt 2026 om 14:05"), ("2026-03-03T14:05:00+01:00", None)),
        ("tr", "com.tr", _p("03.03.2026 - 14:05 | Güncelleme: 16:20"), ("2026-03-03T14:05:00+03:00", "2026-03-03T16:20:00+03:00")),
        ("id", "co.id", _p("Selasa, 03 Mar 2026 14:05 WIB"), ("2026-03-03T14:05:00+07:00", None)),
        ("id", "co.id", _p("Selasa, 03 Mar 2026 14:05 WITA"), ("2026-03-03T14:05:00+08:00", None)),
        ("th", "co.th", _p("3 มี.ค. 2569 14:05 น."), ("2026-03-03T14:05:00+07:00", None)),
        ("fa", "ir", _p("۱۲ اسفند ۱۴۰۴ - ۱۴:۰۵"), ("2026-03-03T14:05:00+03:30", None)),
        ("he", "co.il", _p("פורסם: 03.03.26, 14:05 | עודכן: 16:20"), ("2026-03-03T14:05:00+02:00", "2026-03-03T16:20:00+02:00")),
        ("el", "gr", _p("03 Μαρτίου 2026, 14:05"), ("2026-03-03T14:05:00+02:00", None)),
        ("el", "gr", _p("Δημοσίευση: 03.03.2026 14:05 | Ενημέρωση: 16:20"), ("2026-03-03T14:05:00+02:00", "2026-03-03T16:20:00+02:00")),
        ("uk", "ua", _p("3 березня 2026, 14:05"), ("2026-03-03T14:05:00+02:00", None)),
        ("uk", "ua", _p("Опубліковано 03.03.2026 о 14:05, оновлено о 16:20"), ("2026-03-03T14:05:00+02:00", "2026-03-03T16:20:00+02:00")),
        ("ko", "co.kr", _p("입력 2026.03.03 14:05 | 수정 2026.03.03 16:20"), ("2026-03-03T14:05:00+09:00", "2026-03-03T16:20:00+09:00")),
        ("ja", "jp", _p("2026年3月3日 14時05分"), ("2026-03-03T14:05:00+09:00", None)),
        ("en", "co.za", _p("Published 3 March 2026 14:05 SAST"), ("2026-03-03T14:05:00+02:00", None)),
        ("en", "co.ke", _p("Tuesday, March 3, 2026 — 2:05 PM EAT"), ("2026-03-03T14:05:00+03:00", None)),
        ("en", "com.au", _p("3 March 2026 — 2:05pm AEDT"), ("2026-03-03T14:05:00+11:00", None)),
        ("en", "co.nz", _p("3 March 2026, 2:05pm NZDT"), ("2026-03-03T14:05:00+13:00", None)),
        ("de", "de", _p("03.03.2026, 14:05 Uhr MEZ"), ("2026-03-03T14:05:00+01:00", None)),
        ("de", "de", _p("03.07.2026, 14:05 Uhr CEST"), ("2026-07-03T14:05:00+02:00", None)),
        ("ru", "ru", _p("3 марта 2026, 14:05 МСК"), ("2026-03-03T14:05:00+03:00", None)),
        ("ru", "ru", _p("3 марта 2026, 14:05 MSK"), ("2026-03-03T14:05:00+03:00", None)),
        ("vi", "vn", _p("03/03/2026 02:05 CH"), ("2026-03-03T14:05:00+07:00", None)),
    ],
)  # fmt: skip
def test_publication_lines_of_unseen_sites(
    lang: str, domain: str, line: str, dates: tuple[str, str | None]
) -> None:
    """Published and modified with the offset the page implies (its zone's name, its
    country's zone on the day)."""
    assert story_dates(lang, line, domain=domain) == dates


_LEAD = {
    "de": "Nach einer langen Debatte am Abend stimmte eine knappe Mehrheit dem Entwurf zu, die alte Brücke abzureißen und bis zum Sommer eine neue zu bauen, teilte der Rat am Mittwoch in einer kurzen Mitteilung an die Presse mit.",
    "fr": "Après un long débat en soirée, une courte majorité a approuvé le projet de démolir l'ancien pont et d'en construire un nouveau d'ici l'été, a indiqué le conseil mercredi dans un bref communiqué adressé à la presse locale.",
    "es": "Tras un largo debate por la tarde, una estrecha mayoría aprobó el proyecto de derribar el viejo puente y construir uno nuevo antes del verano, informó el consejo el miércoles en un breve comunicado enviado a la prensa local.",
    "nl": "Na een lang debat in de avond stemde een krappe meerderheid in met het plan om de oude brug af te breken en voor de zomer een nieuwe te bouwen, meldde de raad woensdag in een korte mededeling aan de lokale pers en de inwoners.",
}
_BODY = {
    "de": "<p>Die Kosten verteilen sich auf drei Jahre, sagte die Bürgermeisterin am Morgen vor der Presse im Rathaus.</p><p>Der Bau soll im Frühjahr beginnen.</p>",
    "fr": "<p>Le coût est réparti sur trois ans, a précisé la maire dans la matinée devant la presse à l'hôtel de ville.</p><p>Les travaux commencent au printemps.</p>",
    "es": "<p>El coste se reparte en tres años, dijo la alcaldesa por la mañana ante la prensa en el ayuntamiento.</p><p>Las obras empiezan en primavera.</p>",
    "nl": "<p>De kosten worden over drie jaar verdeeld, zei de burgemeester in de ochtend tegen de pers op het stadhuis.</p><p>De bouw begint in het voorjaar.</p>",
}


def _lead_page(lang: str, after_article: str) -> str:
    """A headline's `<article>` holding the lead only (more than a header), then what the
    case sets after it inside the page's main."""
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{HEADLINE}</title></head>"
        f"<body><main><article><h1>{HEADLINE}</h1><p>{_LEAD[lang]}</p></article>"
        f"{after_article}</main><footer>Contact</footer></body></html>"
    )


def _published(html: str, domain: str) -> str | None:
    url = f"https://www.news.example.{domain}/a/4711-bridge"
    return extract_article(html, url, fetched=FETCHED).published


_STAMPS = {
    "de": ("<p{c}>3. Dezember 2026, 14:05 Uhr</p>", "<p{c}>{d}.11.2026, 10:{d} Uhr</p>"),
    "fr": ("<p{c}>3 décembre 2026 à 14h05</p>", "<p{c}>{d}/11/2026 à 10h{d}</p>"),
    "es": ("<p{c}>3 de diciembre de 2026, 14:05</p>", "<p{c}>{d}/11/2026 10:{d}</p>"),
    "nl": ("<p{c}>3 december 2026 om 14:05</p>", "<p{c}>{d}-11-2026 10:{d}</p>"),
}
_DOMAINS = {"de": "de", "fr": "fr", "es": "es", "nl": "nl"}
_OFFSET = "+01:00"


@pytest.mark.parametrize("cls", ["", " class='meta'"])
@pytest.mark.parametrize("lang", ["de", "fr", "es", "nl"])
def test_a_story_line_above_its_body_stays_beside_a_list_of_its_kind(lang: str, cls: str) -> None:
    """The story's own date line after an `<article>` holding headline and lead, above the
    body, with a list of other stories' stamps below in paragraphs of the same kind.
    Failed before: dropped with the list (None)."""
    own, stamp = _STAMPS[lang]
    others = "".join(stamp.format(c=cls, d=d) for d in (20, 21, 22, 23))
    html = _lead_page(lang, own.format(c=cls) + _BODY[lang] + others)
    assert _published(html, _DOMAINS[lang]) == f"2026-12-03T14:05:00{_OFFSET}"


_TEASER = "<p>Ein längerer Anrisstext zu einer anderen Meldung, der über mehrere Zeilen läuft und zum Weiterlesen einlädt.</p>"


@pytest.mark.parametrize(
    "after",
    [
        # the line right above the list (nothing of the story between): one of the list's
        _STAMPS["de"][0].format(c="") + "".join(_STAMPS["de"][1].format(c="", d=d) for d in (20, 21, 22, 23)),
        # a list of cards, each a stamp and a teaser: no first line set apart
        "".join(_STAMPS["de"][1].format(c="", d=d) + _TEASER for d in (20, 21, 22, 23)),
    ],
)  # fmt: skip
def test_a_list_of_stamps_after_the_article_still_dates_nothing(after: str) -> None:
    """Counter-cases: passed before and after (the page undated)."""
    assert _published(_lead_page("de", _BODY["de"] + after), "de") is None


_STORY = "".join(
    f"<p>Paragraph {i} of the story about the bridge, long enough to be read as its text.</p>"
    for i in range(12)
)


def _side_page(lang: str, aside: str) -> str:
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{HEADLINE}</title></head>"
        f"<body><main><article><h1>{HEADLINE}</h1>{_STORY}</article>{aside}</main>"
        "<footer>Contact</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "domain", "aside", "published"),
    [
        ("en", "co.uk", "<aside class='article-meta'><p>Published 3 March 2026 14:05</p></aside>", "2026-03-03T14:05:00+00:00"),
        ("en", "co.za", "<aside class='byline'>By Thandi Mokoena<br>Published 3 March 2026 14:05 SAST</aside>", "2026-03-03T14:05:00+02:00"),
        ("de", "de", "<aside class='artikel-meta'><span class='datum'>Veröffentlicht am 3. März 2026, 14:05 Uhr</span></aside>", "2026-03-03T14:05:00+01:00"),
        ("fr", "fr", "<aside id='post-info'><p>Publié le 3 mars 2026 à 14h05</p></aside>", "2026-03-03T14:05:00+01:00"),
        ("es", "es", "<aside class='autor'><p>Por Lucía Ferrer</p><p>3 de marzo de 2026, 14:05</p></aside>", "2026-03-03T14:05:00+01:00"),
    ],
)  # fmt: skip
def test_an_articles_own_meta_box_in_an_aside_is_read(
    lang: str, domain: str, aside: str, published: str
) -> None:
    """The page's only date in a byline box set in an <aside> beside the story. Failed
    before: the aside taken for a column of other items (None)."""
    assert _published(_side_page(lang, aside), domain) == published


@pytest.mark.parametrize(
    "aside",
    [
        "<aside class='meta'><h3>Mehr zum Thema</h3><p class='date'>3. März 2026, 14:05 Uhr</p></aside>",
        "<aside class='article-meta'><ul><li class='date'>3. März 2026, 14:05 Uhr</li></ul></aside>",
        "<aside class='article-meta'><p class='date'><a href='/2026/03/03/der-neue-radweg-wird-eroeffnet'>Radweg</a> 3. März 2026, 14:05 Uhr</p></aside>",
        "<aside class='sidebar'><p class='date'>3. März 2026, 14:05 Uhr</p></aside>",
        "<aside class='metadata-list'><p class='date'>3. März 2026, 14:05 Uhr</p></aside>",
    ],
)  # fmt: skip
def test_other_asides_after_the_article_still_date_nothing(aside: str) -> None:
    """Counter-cases: a column of more items (a heading, a list, a link to another piece)
    or an aside not named as the article's box. Passed before and after."""
    assert _published(_side_page("de", aside), "de") is None


@pytest.mark.parametrize(
    ("lang", "domain", "lines", "dates"),
    [
        ("ja", "jp", _p("2026年3月3日 14時05分 (最終更新 16時20分)"), ("2026-03-03T14:05:00+09:00", "2026-03-03T16:20:00+09:00")),
        ("ja", "jp", _p("2026年3月3日 14時05分") + _p("更新 16時20分"), ("2026-03-03T14:05:00+09:00", "2026-03-03T16:20:00+09:00")),
        ("ko", "co.kr", _p("2026년 3월 3일 14시 05분 | 수정 16시 20분"), ("2026-03-03T14:05:00+09:00", "2026-03-03T16:20:00+09:00")),
        ("zh", "cn", _p("2026年3月3日 14时05分 更新于 16时20分"), ("2026-03-03T14:05:00+08:00", "2026-03-03T16:20:00+08:00")),
    ],
)  # fmt: skip
def test_an_update_clock_in_cjk_words(
    lang: str, domain: str, lines: str, dates: tuple[str, str]
) -> None:
    """An update's clock in hours and minutes words, no day. Failed before: no modified."""
    assert story_dates(lang, lines, domain=domain) == dates
