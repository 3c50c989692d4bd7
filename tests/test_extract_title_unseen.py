"""Title rules for shapes the looked-at pages rarely show and unseen sites do (issue 10).

Every page here is invented: words, markup and site names. Each row fails without the
rule its comment names.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

URL = "https://news.example/stadt/a-123.html"
HOST_URL = "https://www.hafenblatt.de/stadt/a-123.html"  # the host names the site Hafenblatt

DE = "Stadtrat stimmt dem neuen Hafenplan nach langer Debatte zu"
CS = "Zastupitelstvo schválilo nový plán přístavu po dlouhé debatě"
PL = "Rada miasta przyjęła nowy plan portu po długiej debacie"
PT = "Câmara aprova novo plano do porto após longo debate"


def _page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _og(title: str) -> str:
    return f'<meta property="og:title" content="{title}">'


def _ld(headline: str) -> str:
    data = json.dumps({"@type": "NewsArticle", "headline": headline}, ensure_ascii=False)
    return f'<script type="application/ld+json">{data}</script>'


def _tab(text: str) -> str:
    return f"<title>{text}</title>"


def _site(name: str) -> str:
    return f'<meta property="og:site_name" content="{name}">'


def _shy(text: str, word: str) -> str:
    """`text` with a soft hyphen in the middle of `word`, as a hyphenating CMS writes it."""
    half = len(word) // 2
    return text.replace(word, f"{word[:half]}&shy;{word[half:]}")


@pytest.mark.parametrize(
    ("head", "body", "url", "expected"),
    [
        # Invisible marks (a soft hyphen) in one source and not the next: the same title.
        pytest.param(_og("Hafen: " + _shy(DE, "Hafenplan")) + _ld(DE), f"<h1>{DE}</h1>", URL, DE,
                     id="de-soft-hyphen-in-topic-og"),
        pytest.param(_og("Rat sagt Ja") + _ld(DE) + _tab(f"{DE} | Hafenblatt"), f"<h1>{_shy(DE, 'Hafenplan')}</h1>",
                     URL, DE, id="de-soft-hyphen-in-h1-still-shows-the-headline"),
        pytest.param(_og("Přístav: " + _shy(CS, "Zastupitelstvo")) + _ld(CS), f"<h1>{CS}</h1>", URL, CS,
                     id="cs-soft-hyphen-in-topic-og"),
        pytest.param(_og("Co wiemy") + _ld(PL) + _tab(f"{PL} - Gazeta Portowa"), f"<h1>{_shy(PL, 'przyjęła')}</h1>",
                     URL, PL, id="pl-soft-hyphen-in-h1"),
        # "+++ Liveticker +++" before the headline is a kicker, marks and all.
        pytest.param(_og(f"+++ Liveticker +++ {DE}") + _ld(DE), f"<h1>{DE}</h1>", URL, DE, id="de-liveticker-kicker"),
        pytest.param(_og(f"Liveblog +++ {DE}") + _ld(DE), "", URL, DE, id="de-liveblog-plus-kicker"),
        pytest.param(_og(f"Online +++ {CS}") + _ld(CS), f"<h1>{CS}</h1>", URL, CS, id="cs-plus-kicker"),
        # An h1 of a classed kicker span (or a block) and the headline as bare text: the headline.
        pytest.param(_tab(f"{DE} | Hafenblatt"), f'<h1><span class="dachzeile">Hafenplan</span> {DE}</h1>', URL, DE,
                     id="de-dachzeile-span-and-text"),
        pytest.param(_tab(f"{PT} - Diário do Porto"), f"<h1><div>Lisboa</div>{PT}</h1>", URL, PT,
                     id="pt-kicker-block-and-text"),
        # ... and without any metadata, of a kicker and headline h1 the headline.
        pytest.param("", f'<h1><span class="kicker">Hafen</span><span>{DE}</span></h1>', URL, DE,
                     id="de-kicker-h1-without-metadata"),
        # ... while a stressed first word is the headline's own: og and the headline split,
        # the h1 in the article stands whole.
        pytest.param(_og("Orkan an der Küste") + _ld("Sturm trifft Küste"),
                     "<article><h1><b>Sturm</b> trifft die Küste mit voller Wucht</h1></article>", URL,
                     "Sturm trifft die Küste mit voller Wucht", id="de-bold-first-word-is-no-kicker"),
        # A headline cut with "…" still tells where og:title's title starts after its topic.
        pytest.param(_og(f"Hafen: {DE}") + _ld("Stadtrat stimmt dem neuen…"), "", URL, DE, id="de-cut-headline-cuts-topic"),
        pytest.param(_og(f"Lisboa: {PT}") + _ld("Câmara aprova novo plano…"), "", URL, PT, id="pt-cut-headline-cuts-topic"),
        # ... and og:title cut after its topic is finished from the source that goes on.
        pytest.param(_og("Hafen: Stadtrat stimmt dem neuen …") + _ld(DE), "", URL, DE, id="de-topic-and-cut-og"),
        pytest.param(_og("Port: Rada miasta przyjęła nowy plan…"), f"<h1>{PL}</h1>", URL, PL, id="pl-topic-and-cut-og"),
        # The site's name before an unspaced colon (the host names it); a topic there stays.
        pytest.param(_tab(f"Hafenblatt: {DE}"), "", HOST_URL, DE, id="de-site-colon-prefix"),
        pytest.param(_tab(f"Hafen: {DE}"), "", HOST_URL, f"Hafen: {DE}", id="de-topic-colon-stays"),
        # A CJK newspaper's name before a full-width bar.
        pytest.param(_tab("海滨日报｜港口大桥时隔两年重新开放"), "", URL, "港口大桥时隔两年重新开放", id="zh-masthead-prefix"),
        pytest.param(_tab("海辺新聞｜港の橋が二年ぶりに再開"), "", URL, "港の橋が二年ぶりに再開", id="ja-masthead-prefix"),
        # Rarer marks before the site's name.
        pytest.param(_tab(f"{DE} ⋆ Hafenblatt"), "", HOST_URL, DE, id="de-star-operator-suffix"),
        pytest.param(_tab(f"{DE} → Hafenblatt"), "", HOST_URL, DE, id="de-arrow-suffix"),
        pytest.param(_tab(f"{DE} › Politik › Hafenblatt"), "", HOST_URL, DE, id="de-single-guillemet-trail"),
        pytest.param(_og(f"{PT} ● Diário do Porto") + _site("Diário do Porto"), "", URL, PT, id="pt-bullet-suffix"),
        pytest.param(_og("港の橋が二年ぶりに再開 ～ 海辺新聞") + _site("海辺新聞"), "", URL, "港の橋が二年ぶりに再開",
                     id="ja-wave-dash-suffix"),
        pytest.param(_og(f"{CS} ¦ Přístavní noviny") + _site("Přístavní noviny"), "", URL, CS, id="cs-broken-bar-suffix"),
        pytest.param(_og("港口大桥时隔两年重新开放‖海滨新闻网") + _site("海滨新闻网"), "", URL, "港口大桥时隔两年重新开放",
                     id="zh-bare-double-bar"),
        # The site's name in brackets at either end; a bracketed kicker stays.
        pytest.param(_og("【海辺新聞】港の橋が二年ぶりに再開") + _site("海辺新聞"), "", URL, "港の橋が二年ぶりに再開",
                     id="ja-lenticular-site-prefix"),
        pytest.param(_og("港口大桥时隔两年重新开放【海滨日报】") + _site("海滨日报"), "", URL, "港口大桥时隔两年重新开放",
                     id="zh-lenticular-site-suffix"),
        pytest.param(_og("[바다일보] 항구 다리 2년 만에 다시 열려") + _site("바다일보"), "", URL, "항구 다리 2년 만에 다시 열려",
                     id="ko-square-site-prefix"),
        pytest.param(_og("[단독] 항구 다리 2년 만에 다시 열려") + _site("바다일보"), "", URL, "[단독] 항구 다리 2년 만에 다시 열려",
                     id="ko-bracketed-kicker-stays"),
        pytest.param(_og(f"{PT} (Diário do Porto)") + _site("Diário do Porto"), "", URL, PT, id="pt-parenthesised-site"),
        # A CJK headline that opens with the paper's name is no site name (a name is short).
        pytest.param(_og("海辺新聞の世論調査、内閣支持率が三か月ぶりに上昇") + _site("海辺新聞"), "", URL,
                     "海辺新聞の世論調査、内閣支持率が三か月ぶりに上昇", id="ja-headline-opening-with-the-paper"),
        pytest.param(_site("海辺新聞デジタル") + _og("支持率、上昇") + _ld("海辺新聞世論調査 内閣支持率が三か月ぶりに上昇"),
                     "<h1>海辺新聞世論調査 内閣支持率が三か月ぶりに上昇</h1>", URL,
                     "海辺新聞世論調査 内閣支持率が三か月ぶりに上昇", id="ja-h1-opening-with-the-paper"),
        pytest.param(_og("海辺新聞デジタル") + _site("海辺新聞デジタル") + _ld("港の橋が二年ぶりに再開"), "", URL,
                     "港の橋が二年ぶりに再開", id="ja-og-title-that-is-the-name-still-none"),
        # A tag beside the title another source states alone: brackets, a symbol, a place before a full stop.
        pytest.param(_og("【速報】港の橋が二年ぶりに再開") + _ld("港の橋が二年ぶりに再開"), "", URL, "港の橋が二年ぶりに再開",
                     id="ja-breaking-tag"),
        pytest.param(_og("[단독] 항구 다리 2년 만에 다시 열려") + _ld("항구 다리 2년 만에 다시 열려"), "", URL,
                     "항구 다리 2년 만에 다시 열려", id="ko-exclusive-tag-beside-the-headline"),
        pytest.param(_og(f"Gdańsk. {PL}") + _ld(PL), f"<h1>{PL}</h1>", URL, PL, id="pl-place-before-full-stop"),
        pytest.param(_og("Эксклюзив. Мост в порту снова открыт после ремонта") + _ld("Мост в порту снова открыт после ремонта"),
                     "", URL, "Мост в порту снова открыт после ремонта", id="ru-kicker-before-full-stop"),
        pytest.param(_og(f"{DE} (mit Video)") + _ld(DE), "", URL, DE, id="de-video-tag-after"),
        pytest.param(_og("Harbour bridge reopens after two years 🎉") + _ld("Harbour bridge reopens after two years"), "",
                     URL, "Harbour bridge reopens after two years", id="en-emoji-after"),
        # ... but a sentence before a full stop is the title's own, and so are longer runs of words.
        pytest.param(_og("Harbour bridge reopens. Traffic returns to the old town after two years")
                     + _ld("Traffic returns to the old town"), "", URL,
                     "Harbour bridge reopens. Traffic returns to the old town after two years", id="en-two-sentences-stay"),
        pytest.param(_og("Harbour bridge reopens after two years. Traffic returns")
                     + _ld("Harbour bridge reopens after two years"), "", URL,
                     "Harbour bridge reopens after two years. Traffic returns", id="en-sentence-after-full-stop-stays"),
        # A quoted kicker ("«Hafenkönig»: ..."): its opening quote is no separator to cut at.
        pytest.param(_ld(f"«Hafenkönig»: {DE}") + f'<meta name="title" content="«Hafenkönig»: - {DE}">',
                     f"<h1>{DE}</h1>", URL, DE,
                     id="de-quoted-kicker-opening-quote"),
        # A kicker line broken from the headline by <br> shows the headline (a kicker og:title
        # has and the line has not goes); og:title of both lines is the title as shown, kicker
        # and all; a headline broken in two stays whole.
        pytest.param(_og(f"Hafen: {DE}"), f"<h1>Kiel<br>{DE}</h1>", URL, DE, id="de-br-kicker-line"),
        pytest.param(_og(f"Přístav: {CS}"), f"<h1>Brno<br>{CS}</h1>", URL, CS, id="cs-br-kicker-line"),
        pytest.param(_og(f"Hafen: {DE}") + _ld(DE), f"<h1>Hafen<br>{DE}</h1>", URL, f"Hafen: {DE}",
                     id="de-br-kicker-line-og-whole"),
        pytest.param(_og(f"Přístav – {CS}") + _ld(CS), f"<h1>Přístav<br>{CS}</h1>", URL, f"Přístav – {CS}",
                     id="cs-br-kicker-line-og-whole"),
        pytest.param("", "<h1>Storm hits the coast<br>as thousands lose power overnight</h1>", URL,
                     "Storm hits the coast as thousands lose power overnight", id="en-br-inside-headline"),
        # A slogan after the site's name goes with it; a short title keeps its parts.
        pytest.param(_tab(f"{CS} | Přístav - spolehlivé zprávy z přístavu"), "", "https://www.pristav.cz/a/b-1", CS,
                     id="cs-site-and-slogan"),
        pytest.param(_og(f"{DE} - Hafenblatt - Nachrichten aus Kiel und Umgebung"), "", HOST_URL, DE,
                     id="de-site-and-slogan"),
        pytest.param(_tab("Sturm - Hafenblatt - was wir wissen"), "", HOST_URL, "Sturm - Hafenblatt - was wir wissen",
                     id="de-short-title-keeps-its-parts"),
        # A section's word and a word for news between the headline and the site's name.
        pytest.param(_tab("Harbour bridge reopens after two years | India News - Times of Harbour"), "",
                     "https://timesofharbour.example/india/b-1.cms", "Harbour bridge reopens after two years",
                     id="en-section-news-label"),
        pytest.param(_tab(f"{PL} - Polska Wiadomości - Gazeta Portowa") + _site("Gazeta Portowa"), "", URL, PL,
                     id="pl-section-news-label"),
    ],
)  # fmt: skip
def test_title_on_unseen_shapes(head: str, body: str, url: str, expected: str) -> None:
    assert extract_article(_page(head, body), url).title == expected


def test_the_headline_element_states_the_title_whatever_its_soft_hyphens() -> None:
    """A teaser's h1 before the article's: the article's h1 states og:title, a soft hyphen
    in one of them aside, and every field reads from it."""
    from newsarchive.extract.document import parse
    from newsarchive.extract.headline import headline

    html = _page(
        _og(DE),
        "<h1>Weitere Nachrichten aus dem Hafen</h1>"
        f"<h1>{_shy(DE, 'Hafenplan')}</h1><p>Der Rat entschied am Abend.</p>",
    )
    doc = parse(html, URL)
    assert doc is not None
    found = headline(doc)
    assert found is not None and found.text_content().replace("\u00ad", "") == DE
