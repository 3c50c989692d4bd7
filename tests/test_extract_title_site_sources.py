"""Where a page names its publisher besides the metadata, and the marks around that name (issue 10).

Every page here is invented (words, markup, site names). og:title and <title> end or begin
with the site's name and no other source states the headline alone, so only a name the
page gives elsewhere tells the site's part from the headline's: the JSON-LD WebSite's
name, the masthead's logo, the footer's copyright line (`titleparts.site_names`), or a
name in corner, double angle or lenticular brackets or after a wave dash
(`titlepartbrackets.unbracket`, `unwaved`). Each cutting row fails without the rule its comment
names; the rows that keep a part guard against a name read from the wrong place.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

EN = "Council backs new harbour plan after long debate"
DE = "Stadtrat stimmt dem neuen Hafenplan nach langer Debatte zu"
FR = "Le conseil municipal adopte le nouveau plan du port"
ES = "El concejo aprueba el nuevo plan del puerto"
JA = "市議会が港の新しい整備計画を可決"
KO = "시의회 새 항구 계획 통과"
ZH = "市议会批准新的港口规划方案"
URL = "https://www.example.test/region/a-1"


def _page(title: str, head: str = "", body: str = "", site: str | None = None) -> str:
    meta = f'<title>{title}</title><meta property="og:title" content="{title}">'
    if site:
        meta += f'<meta property="og:site_name" content="{site}">'
    text = "<p>" + "Lorem ipsum dolor sit amet. " * 10 + "</p>"
    return f"<html><head>{meta}{head}</head><body>{body}<main>{text}</main></body></html>"


def _website(name: str) -> str:
    data = {"@context": "https://schema.org", "@type": "WebSite", "name": name, "url": URL}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _logo(alt: str, href: str = "/", cls: str = "") -> str:
    return f'<header><a href="{href}"><img class="{cls}" src="/m.svg" alt="{alt}"></a></header>'


@pytest.mark.parametrize(
    ("title", "head", "body", "expected"),
    [
        # The JSON-LD WebSite's name (titleparts.site_names).
        pytest.param(f"{EN} | Harbour Ledger", _website("Harbour Ledger"), "", EN, id="en-website-name"),
        pytest.param(f"{ES} - El Faro del Puerto", _website("El Faro del Puerto"), "", ES, id="es-website-name"),
        # The masthead's logo: an image linking home, by a relative or absolute link, or
        # classed a logo; "Logo" beside the name goes (titlelogos.logo_names).
        pytest.param(f"{DE} | Hafenkurier", "", _logo("Hafenkurier Logo"), DE, id="de-logo-home-link"),
        pytest.param(f"{JA}｜みなとウェーブ", "", _logo("みなとウェーブ", href="https://www.example.test/"), JA, id="ja-logo-absolute-home-link"),
        pytest.param(f"Hafenkurier: {DE}", "", _logo("Hafenkurier", href="/abo", cls="site-logo"), DE, id="de-logo-class-before-colon"),
        # The footer's copyright line, its years, legal form and rights cut
        # (titlepartcopyright.copyright_names).
        pytest.param(f"{FR} - Le Courrier du Port", "", "<footer><p>© 2019-2026 Le Courrier du Port SAS. Tous droits réservés.</p></footer>", FR, id="fr-copyright-legal-form"),
        pytest.param(f"{EN} | Harbour Ledger", "", "<footer>Copyright © 2026 Harbour Ledger Ltd</footer>", EN, id="en-copyright-word-and-mark"),
        pytest.param(f"{KO} - 바다미디어", "", "<footer>ⓒ 바다미디어 All rights reserved.</footer>", KO, id="ko-circled-c"),
    ],
)  # fmt: skip
def test_a_name_the_page_shows_is_cut(title: str, head: str, body: str, expected: str) -> None:
    assert extract_article(_page(title, head, body), URL).title == expected


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        # Corner, double angle and angle brackets around the site's name (titlepartbrackets.unbracket).
        pytest.param(f"《海滨日报》{ZH}", "海滨日报", ZH, id="zh-double-angle-before"),
        pytest.param(f"{ZH}〈海滨日报〉", "海滨日报", ZH, id="zh-angle-after"),
        pytest.param(f"「海辺新報」{JA}", "海辺新報", JA, id="ja-corner-before"),
        pytest.param(f"{JA}『海辺新報』", "海辺新報", JA, id="ja-white-corner-after"),
        # An unspaced wave dash before the site's name (titlepartbrackets.unwaved).
        pytest.param(f"{JA}～海辺新報", "海辺新報", JA, id="ja-fullwidth-tilde"),
        pytest.param(f"{JA}〜海辺新報", "海辺新報", JA, id="ja-wave-dash"),
    ],
)  # fmt: skip
def test_a_bracketed_site_name_is_cut(title: str, site: str, expected: str) -> None:
    assert extract_article(_page(title, site=site), URL).title == expected


@pytest.mark.parametrize(
    ("title", "body", "site"),
    [
        # a picture's credit is no publisher's name: only the footer's line counts
        pytest.param(f"{EN} - Reuters", "<figure><figcaption>© Reuters</figcaption></figure>", None, id="en-caption-credit-stays"),
        # a copyright line naming no one: "All rights" is no site's name
        pytest.param(f"{EN} | All Rights", "<footer>© All rights reserved</footer>", None, id="en-rights-alone-stays"),
        # a partner's logo further down the page, after the masthead's own two
        pytest.param(f"{EN} | Tide Tables", _logo("Harbour Ledger") + _logo("Harbour Ledger") + _logo("Tide Tables"), None, id="en-third-logo-stays"),
        # a book's title in double angle brackets, a quote in corner brackets, a subtitle
        # after a wave dash: the headline's own
        pytest.param("《海港往事》改编剧集今晚开播", "", "海滨日报", id="zh-book-title-stays"),
        pytest.param("市長「港は守る」と強調", "", "海辺新報", id="ja-quote-stays"),
        pytest.param("港の新しい橋が開通～市民の声", "", "海辺新報", id="ja-subtitle-after-wave-stays"),
    ],
)  # fmt: skip
def test_a_headline_part_stays(title: str, body: str, site: str | None) -> None:
    assert extract_article(_page(title, body=body, site=site), URL).title == title


EN2 = "Harbour plan: what the council's vote means for residents"
DE2 = "Hafenplan beschlossen: Das ändert sich für Anwohner"
ES2 = "Plan del puerto: qué cambia para los vecinos"
JA2 = "港の整備計画、住民への影響は"
KO2 = "항구 계획, 주민에게 무엇이 바뀌나"


def _two(og: str, tab: str) -> str:
    meta = f'<title>{tab}</title><meta property="og:title" content="{og}">'
    text = "<p>" + "Lorem ipsum dolor sit amet. " * 10 + "</p>"
    return f"<html><head>{meta}</head><body><main>{text}</main></body></html>"


@pytest.mark.parametrize(
    ("og", "tab", "expected"),
    [
        # A last part two titles share after different headlines is the site's name, where
        # no meta, host or logo names it (titleparts.shared_ends).
        pytest.param(f"{EN2} | Portside Pulse", f"{EN} | Portside Pulse", EN2, id="en-shared-suffix"),
        pytest.param(f"{DE2} - Förde Funk", f"{DE} | Förde Funk", DE2, id="de-shared-suffix-other-mark"),
        pytest.param(f"{ES2} - Faro Sur", f"{ES} - Faro Sur", ES2, id="es-shared-suffix"),
        pytest.param(f"{JA2}｜みなとウェーブ", f"{JA}｜みなとウェーブ", JA2, id="ja-shared-suffix"),
        pytest.param(f"{KO2} | 바다소리", f"{KO} | 바다소리", KO2, id="ko-shared-suffix"),
        # ... but a lower-case tail, a question, or a kicker both begin with is the headline's
        pytest.param("Storm hits coast overnight - live updates", "Storm nears - live updates", "Storm hits coast overnight - live updates", id="en-lower-case-tail-stays"),
        pytest.param(f"{EN} | What Now?", "Storm nears the coast | What Now?", f"{EN} | What Now?", id="en-question-tail-stays"),
        pytest.param(f"Hafen / {DE2}", f"Hafen / {DE}", f"Hafen / {DE2}", id="de-shared-kicker-stays"),
    ],
)  # fmt: skip
def test_a_suffix_two_titles_share_is_cut(og: str, tab: str, expected: str) -> None:
    assert extract_article(_two(og, tab), URL).title == expected


def _section_page(title: str, section: str | None, site: str) -> str:
    meta = f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">'
    if section:
        meta += f'<meta property="article:section" content="{section}">'
    text = "<p>" + "Lorem ipsum dolor sit amet. " * 10 + "</p>"
    return f"<html><head>{meta}</head><body><main>{text}</main></body></html>"


@pytest.mark.parametrize(
    ("title", "section", "expected"),
    [
        # A Chinese or Japanese section word joined by a bare hyphen after a Latin letter or a
        # quote, before the site's name, where the page names it its section (titlepartcrumbs.unlabelled_parts).
        pytest.param("习近平在利马出席APEC-国际｜海滨网", "国际", "习近平在利马出席APEC", id="zh-section-after-latin"),
        pytest.param("市長「港は守る」-社会ㅣ海辺新報", "社会", "市長「港は守る」", id="ja-section-after-quote"),
        # ... not one the page does not name its section: "US-中国" is the headline's
        pytest.param("贸易谈判再启 关税争端US-中国｜海滨网", None, "贸易谈判再启 关税争端US-中国", id="zh-joined-word-stays"),
        pytest.param("贸易谈判再启 关税争端US-中国｜海滨网", "国际", "贸易谈判再启 关税争端US-中国", id="zh-other-section-stays"),
    ],
)  # fmt: skip
def test_a_joined_section_word_is_cut(title: str, section: str | None, expected: str) -> None:
    site = title.rsplit("｜" if "｜" in title else "ㅣ", 1)[1]
    assert extract_article(_section_page(title, section, site), URL).title == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # A CJK paper's name before the platform's name og:site_name states: both go, the
        # paper's too long for a section's label (titleparts.strip_sites, `cjk_masthead`
        # after a cut site).
        pytest.param(f"{JA}：海辺新聞デジタル | Harbour Online", JA, id="ja-paper-then-platform"),
        pytest.param(f"{KO} - 서해바다항구일보 | Harbour Online", KO, id="ko-paper-then-platform"),
        pytest.param(f"{ZH}｜东海海滨城市日报 - Harbour Online", ZH, id="zh-paper-then-platform"),
        # ... but a clause ending in a word for a paper is the headline's
        pytest.param("一位编辑的二十年：她如何拯救一家杂志 | Harbour Online", "一位编辑的二十年：她如何拯救一家杂志", id="zh-clause-stays"),
    ],
)  # fmt: skip
def test_a_paper_name_before_the_platform_name_is_cut(title: str, expected: str) -> None:
    assert extract_article(_page(title, site="Harbour Online"), URL).title == expected


def _group_page(
    og: str, site: str, body: str, tab: str | None = None, publisher: bool = False
) -> str:
    # the <title> ends in the site's name (as most do), unless the case gives another
    meta = f'<title>{tab or og + " | " + site}</title><meta property="og:title" content="{og}">'
    if publisher:  # the site named by the JSON-LD publisher, not og:site_name
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "publisher": {"@type": "Organization", "name": site},
        }
        meta += (
            f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
        )
    else:
        meta += f'<meta property="og:site_name" content="{site}">'
    text = "<p>" + "Lorem ipsum dolor sit amet. " * 10 + "</p>"
    return f"<html><head>{meta}</head><body>{body}<main>{text}</main></body></html>"


def _footer(line: str) -> str:
    return f"<footer><p>{line}</p></footer>"


@pytest.mark.parametrize(
    ("og", "site", "body", "expected"),
    [
        # The <title> ends in the site's name; the logo or the copyright line names the group
        # that owns it. That name before a colon or a dash is the headline's topic, not the
        # site's name (titlepartsites._shown_names marks it LENT: it cuts no first part).
        pytest.param("Nordsee Medien: Verlag streicht vierzig Stellen", "Hafenkurier", _footer("© 2026 Nordsee Medien GmbH"), "Nordsee Medien: Verlag streicht vierzig Stellen", id="de-group-in-copyright-before-colon"),
        pytest.param("Nordsee Medien - Verlag streicht vierzig Stellen", "Hafenkurier", _logo("Nordsee Medien"), "Nordsee Medien - Verlag streicht vierzig Stellen", id="de-group-logo-before-dash"),
        pytest.param("Harbour Media Group | Owner sells regional titles to rival", "Harbour Ledger", _footer("Copyright © 2026 Harbour Media Group Ltd. All rights reserved."), "Harbour Media Group | Owner sells regional titles to rival", id="en-group-before-bar"),
        pytest.param("[Harbour Media Group] Owner sells regional titles to rival", "Harbour Ledger", _footer("© 2026 Harbour Media Group Ltd"), "[Harbour Media Group] Owner sells regional titles to rival", id="en-group-in-brackets-first"),
        pytest.param("Groupe Littoral : le propriétaire cède trois journaux", "Le Courrier du Port", _footer("© 2026 Groupe Littoral SAS. Tous droits réservés."), "Groupe Littoral : le propriétaire cède trois journaux", id="fr-group-before-spaced-colon"),
        pytest.param("Grupo Costa - La empresa vende tres periódicos", "El Faro del Puerto", _logo("Grupo Costa", cls="logo"), "Grupo Costa - La empresa vende tres periódicos", id="es-group-logo-classed"),
        pytest.param("みなとホールディングス｜地方紙3紙を売却へ", "みなと新報", _footer("© 2026 みなとホールディングス株式会社"), "みなとホールディングス｜地方紙3紙を売却へ", id="ja-group-before-fullwidth-bar"),
        pytest.param("바다미디어그룹 - 지역신문 세 곳 매각", "항구일보", _footer("ⓒ 바다미디어그룹 All rights reserved."), "바다미디어그룹 - 지역신문 세 곳 매각", id="ko-group-before-dash"),
    ],
)  # fmt: skip
def test_a_group_name_the_logo_or_footer_shows_stays_first(
    og: str, site: str, body: str, expected: str
) -> None:
    assert extract_article(_group_page(og, site, body), URL).title == expected


@pytest.mark.parametrize(
    ("og", "tab", "site", "body", "publisher", "expected"),
    [
        # The JSON-LD publisher names the site the <title> ends in: the group stays first too.
        pytest.param("Nordsee Medien: Verlag streicht vierzig Stellen", None, "Hafenkurier", _footer("© 2026 Nordsee Medien GmbH"), True, "Nordsee Medien: Verlag streicht vierzig Stellen", id="de-publisher-names-site-group-stays"),
        # guards: a group's name after the site's, last in the title, still goes
        pytest.param("Verlag streicht vierzig Stellen | Nordsee Medien", "Verlag streicht vierzig Stellen | Hafenkurier | Nordsee Medien", "Hafenkurier", _footer("© 2026 Nordsee Medien GmbH"), False, "Verlag streicht vierzig Stellen", id="de-group-last-is-cut"),
        pytest.param("Owner sells regional titles to rival - Harbour Media Group", None, "Harbour Ledger", _footer("© 2026 Harbour Media Group Ltd"), False, "Owner sells regional titles to rival", id="en-group-last-is-cut"),
        # ... and a logo the metadata confirms (the site's own name with an edition word) cuts first
        pytest.param("Hafenkurier Online: Stadtrat stimmt dem neuen Hafenplan zu", None, "Hafenkurier", _logo("Hafenkurier Online"), False, "Stadtrat stimmt dem neuen Hafenplan zu", id="de-site-logo-first-is-cut"),
        # ... as does one no title's end names otherwise: og:site_name only "HK", the logo the name in full
        pytest.param("Hafenkurier: Stadtrat stimmt dem neuen Hafenplan zu", "Hafenkurier: Stadtrat stimmt dem neuen Hafenplan zu", "HK", _logo("Hafenkurier"), False, "Stadtrat stimmt dem neuen Hafenplan zu", id="de-logo-first-no-suffix-is-cut"),
    ],
)  # fmt: skip
def test_a_group_name_cuts_only_a_last_part(
    og: str, tab: str | None, site: str, body: str, publisher: bool, expected: str
) -> None:
    page = _group_page(og, site, body, tab=tab, publisher=publisher)
    assert extract_article(page, URL).title == expected
