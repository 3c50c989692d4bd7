"""A site's name after the words for its kind ("Báo", "Gazeta", "Harian") cut from titles (issue 10).

Every page here is invented: words, markup, hosts and site names. The page states no site
name; the host spells the name after the opening words, which it leaves out. Each row
failed before `site._after_a_kind`, except those marked as guards (what it must not cut).
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json
import unicodedata

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.site import host_keys, is_site

BODY = (
    "<article><p>" + "Đoạn văn của bài báo, đủ dài để đọc như một bài viết. " * 8 + "</p></article>"
)


def _page(title: str, og: str | None = None) -> str:
    og_meta = f'<meta property="og:title" content="{og or title}">'
    return f"<html><head><meta charset='utf-8'><title>{title}</title>{og_meta}</head><body>{BODY}</body></html>"


VI = "Mưa lớn gây ngập nhiều tuyến phố nội thành"
SW = "Kenya yaidhinisha mpango mpya wa bandari ya Pwani"
EN = "Council approves the new harbour plan after a long debate"


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        # Vietnamese: "Báo" (newspaper), "Báo điện tử" (online paper), "Tạp chí" (magazine)
        pytest.param(
            f"{VI} - Báo Sóng Biển", "https://songbien.vn/mua-lon-123.htm", VI, id="vi-bao-cut"
        ),
        pytest.param(
            f"{VI} - Báo điện tử Hải Đăng",
            "https://haidang.com.vn/xa-hoi/mua-lon-123.htm",
            VI,
            id="vi-bao-dien-tu-cut",
        ),
        pytest.param(
            f"{VI} - Tạp chí Hải Đăng",
            "https://haidang.vn/mua-lon-123.htm",
            VI,
            id="vi-tap-chi-cut",
        ),
        pytest.param(
            f"{VI} - Báo Người Hải Phòng",
            "https://nguoihaiphong.vn/mua-lon-123.htm",
            VI,
            id="vi-bao-three-word-name-cut",
        ),
        # a name capitalised on its first word only
        pytest.param(
            f"{VI} | Báo Sóng biển",
            "https://songbien.vn/mua-lon-123.htm",
            VI,
            id="vi-name-first-capital-cut",
        ),
        # Swahili "Gazeti" (newspaper) before a two-word name
        pytest.param(
            f"{SW} - Gazeti Pwani Leo", "https://pwanileo.co.ke/habari/123", SW, id="sw-gazeti-cut"
        ),
        # (guard) a name of fewer than six letters after the opening word is too common
        # to tell a site ("Daily Post" on post.example): kept
        pytest.param(
            f"{EN} - Daily Post",
            "https://post.example/harbour-123",
            f"{EN} - Daily Post",
            id="en-short-name-kept",
        ),
    ],
)
def test_a_site_name_after_the_words_for_its_kind_is_cut(
    title: str, url: str, expected: str
) -> None:
    assert extract_article(_page(title).encode(), url).title == expected


@pytest.mark.parametrize(
    ("name", "url", "site"),
    [
        pytest.param("Báo Sóng Biển", "https://songbien.vn/", True, id="vi-one-word"),
        pytest.param("Báo điện tử Hải Đăng", "https://haidang.com.vn/", True, id="vi-three-words"),
        pytest.param("Gazeta Nadwiślańska", "https://nadwislanska.pl/", True, id="pl"),
        # (guards) four opening words are a sentence, not a kind
        pytest.param(
            "Ein Bericht aus dem Seeblatt", "https://seeblatt.de/", False, id="de-sentence"
        ),
    ],
)
def test_is_site_reads_the_name_after_its_kind(name: str, url: str, site: bool) -> None:
    assert is_site(name, frozenset(host_keys(url))) is site


def _h1_page(title: str, h1: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<article><h1>{h1}</h1><p>{'Text. ' * 40}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        # the <title> is the only title: a kicker, the h1, a site name no meta states;
        # an ordinal part after a dash is the headline's own (the h1 shows it)
        pytest.param("Hafen: Neuer Plan – Teil 2 | Seeblatt", "Neuer Plan – Teil 2", id="de-teil"),
        pytest.param(
            "Hafen: Neuer Plan für die Stadt | Seeblatt", "Neuer Plan für die Stadt", id="de"
        ),
        pytest.param(
            "Port : le nouveau plan adopté :: Le Courrier", "le nouveau plan adopté", id="fr"
        ),
        pytest.param(
            "Harbour: Council backs the new plan - Part 2 · Valley Post",
            "Council backs the new plan - Part 2",
            id="en-part",
        ),
        pytest.param(
            "Puerto: El nuevo plan del puerto (parte 2) » Diario del Mar",
            "El nuevo plan del puerto (parte 2)",
            id="es-parte",
        ),
    ],
)
def test_the_h1_after_a_kicker_in_the_only_title_is_the_title(title: str, h1: str) -> None:
    assert (
        extract_article(_h1_page(title, h1).encode(), "https://news.example/a-1.html").title == h1
    )


@pytest.mark.parametrize(
    ("title", "h1", "expected"),
    [
        # (guard) an h1 the <title> opens with is no part after a kicker
        pytest.param(
            "Neuer Plan für die Stadt: was jetzt kommt | Seeblatt",
            "Neuer Plan für die Stadt: was jetzt kommt",
            "Neuer Plan für die Stadt: was jetzt kommt",
            id="de-no-kicker",
        ),
    ],
)
def test_no_kicker_no_cut(title: str, h1: str, expected: str) -> None:
    assert (
        extract_article(_h1_page(title, h1).encode(), "https://news.example/a-1.html").title
        == expected
    )


NFD_FR = "Que\u0301bec : le pont ferme\u0301 pour l'e\u0301te\u0301"  # "é" as "e" and an accent
FR = unicodedata.normalize("NFC", NFD_FR)
JA = "AI規制法案が参院で可決、成立へ"
JA_WIDE = "ＡＩ規制法案が参院で可決、成立へ"  # full-width Latin letters


def _sources_page(
    title: str | None = None, og: str | None = None, ld: str | None = None, h1: str | None = None
) -> str:
    head = f"<title>{title}</title>" if title else ""
    head += f'<meta property="og:title" content="{og}">' if og else ""
    if ld:
        data = json.dumps({"@type": "NewsArticle", "headline": ld}, ensure_ascii=False)
        head += f'<script type="application/ld+json">{data}</script>'
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (
        f"<html><head><meta charset='utf-8'>{head}</head><body>"
        f"<article>{heading}<p>{'Texte. ' * 40}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the <title> and the h1 agree, one decomposed (or full-width), the other not: the
        # og:title is a social rewrite no other source states, and yields to them
        pytest.param(
            _sources_page(
                title=f"{NFD_FR} - Le Courrier", og="Vous ne passerez plus par ici cet été", h1=FR
            ),
            FR,
            id="fr-nfd-title",
        ),
        pytest.param(
            _sources_page(
                title=f"{JA_WIDE}｜東洋新報", og="【速報】国会が動いた！注目の法案とは", h1=JA
            ),
            JA,
            id="ja-full-width-title",
        ),
        # a title given decomposed comes out composed, as every other field spells it
        pytest.param(
            _sources_page(og="Vous ne passerez plus par ici cet été", ld=FR, h1=NFD_FR),
            FR,
            id="fr-nfd-h1-composed",
        ),
    ],
)
def test_titles_agree_across_width_and_composition(page: str, expected: str) -> None:
    assert extract_article(page.encode(), "https://news.example/a-1.html").title == expected


# A headline of a few words ending in a place its host names (a city's portal, a regional
# subdomain: surabaya.tribun.example) opens with no word for a paper's kind: it is the
# title, not the site's name. Each row lost its headline (or the whole title) with a kind
# told by the shape of its words alone; a kind is one of the words for a paper's kind.
@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        pytest.param(
            "Fire in Berlin - Stadtportal",
            "https://berlin.example/a/1.html",
            "Fire in Berlin - Stadtportal",
            id="en-place-after-preposition",
        ),
        pytest.param(
            "Ärger in Hamburg - Nord Aktuell",
            "https://hamburg.example/a/1.html",
            "Ärger in Hamburg - Nord Aktuell",
            id="de-place-after-preposition",
        ),
        pytest.param(
            "Sieg für Bayern - Sport",
            "https://bayern.example/a/1.html",
            "Sieg für Bayern - Sport",
            id="de-two-words-before-place",
        ),
        pytest.param(
            "Storm hits New Zealand | Kiwi Daily",
            "https://newzealand.example/a/1",
            "Storm hits New Zealand | Kiwi Daily",
            id="en-verb-before-place",
        ),
        pytest.param(
            "Banjir di Surabaya | Tribun",
            "https://surabaya.tribun.example/a/1",
            "Banjir di Surabaya",
            id="id-regional-subdomain",
        ),
        pytest.param(
            "Lũ lụt tại Quảng Ninh - Báo Lao Động",
            "https://quangninh.example/a/1",
            "Lũ lụt tại Quảng Ninh - Báo Lao Động",
            id="vi-place-after-tai",
        ),
    ],
)
def test_a_headline_ending_in_the_hosts_place_is_no_site_name(
    title: str, url: str, expected: str
) -> None:
    assert extract_article(_page(title).encode(), url).title == expected
