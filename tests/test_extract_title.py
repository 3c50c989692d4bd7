"""Title and subtitle cascades."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import SiteRules, extract_article

URL = "https://news.example/a"


def _page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _ld(headline: str, kind: str = "NewsArticle") -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": kind, "headline": headline})}</script>'


def _og(title: str) -> str:
    return f'<meta property="og:title" content="{title}">'


def _tw(title: str) -> str:
    return f'<meta name="twitter:title" content="{title}">'


# The page's own headline, said three ways besides og:title: JSON-LD, <title> and h1.
LONG = "Storm hits coast as thousands lose power overnight"
AGREED = _ld(LONG) + f"<title>{LONG} | Weather | The Example</title>"


@pytest.mark.parametrize(
    ("head", "body", "rules", "expected"),
    [
        pytest.param('<meta property="og:title" content="Storm hits coast">', "<h1>Storm hits coast</h1>",
                     None, "Storm hits coast", id="og"),
        pytest.param('<meta property="og:title" content="Storm hits coast | The Example">',
                     "<h1>Storm hits coast</h1>", None, "Storm hits coast", id="suffix-cut-by-h1"),
        pytest.param('<meta property="og:site_name" content="The Example"><title>Storm hits coast - '
                     "The Example</title>", "", None, "Storm hits coast", id="suffix-cut-by-site-name"),
        pytest.param('<title>Storm - what we know - The Example</title>', "", None,
                     "Storm - what we know - The Example", id="no-evidence-no-cut"),
        pytest.param(_ld("Storm &#8216;hits&#8217; coast") + '<meta property="og:title" content="Storm \'hits\' coast | The Example">'
                     "<title>Storm 'hits' coast | The Example</title>", "<h1>Storm ‘hits’ coast</h1>", None,
                     "Storm 'hits' coast", id="quote-style-tie-keeps-og"),
        pytest.param('<script type="application/ld+json">' + json.dumps(
                         {"@type": "NewsArticle", "headline": "Storm hits coast"}) + "</script>", "", None,
                     "Storm hits coast", id="jsonld-when-no-og"),
        pytest.param("", "<h1>  Storm\n hits   coast </h1>", None, "Storm hits coast", id="h1-last"),
        pytest.param('<meta property="og:title" content="SEO title">', '<h1 class="hl">Real title</h1>',
                     SiteRules(title="h1.hl"), "Real title", id="site-rule"),
        pytest.param(_og("Storm hits coast as thousands shiver") + _ld("Storm hits coast"),
                     "<h1>Storm hits coast as thousands shiver</h1>", None,
                     "Storm hits coast as thousands shiver", id="og-before-headline"),
        pytest.param(_og("Storm hits coast as thousands shiver") + _ld("Storm hits coast"),
                     "<h1>Storm hits coast as thousands shiver</h1>", SiteRules(title_source="headline"),
                     "Storm hits coast", id="site-says-headline-first"),
        pytest.param(_og("Storm hits coast"), "<h1>Storm hits coast</h1>", SiteRules(title_source="headline"),
                     "Storm hits coast", id="site-says-headline-but-none"),
    ],
)  # fmt: skip
def test_title(head: str, body: str, rules: SiteRules | None, expected: str) -> None:
    assert extract_article(_page(head, body), URL, rules).title == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # A lone og:title against three sources agreeing on another title: the agreed one.
        pytest.param(_og("Thousands in the dark") + AGREED, f"<h1>{LONG}</h1>", LONG, id="lone-og-outvoted"),
        # ... in the JSON-LD spelling, even where the others differ by quotes or a trailing "?...".
        pytest.param(_og("Who is Sam?") + _ld("Who is Sam’s partner and where do they live?...")
                     + "<title>Who is Sam's partner and where do they live? | The Example</title>",
                     "<h1>Who is Sam’s partner and where do they live?</h1>",
                     "Who is Sam’s partner and where do they live?...", id="agreed-keeps-headline-spelling"),
        # A lone og:title longer than the short headline the others agree on: the full title stays.
        pytest.param(_og(f"{LONG}, officials say after a night of repairs") + AGREED, f"<h1>{LONG}</h1>",
                     f"{LONG}, officials say after a night of repairs", id="longer-lone-og-stays"),
        pytest.param(_og("Hafenplan: Warum der Rat nach zehn Stunden Debatte doch noch zustimmte")
                     + _ld("Rat beschließt Hafenplan") + "<title>Rat beschließt Hafenplan | Zeitung</title>",
                     "<h1>Rat beschließt Hafenplan</h1>",
                     "Hafenplan: Warum der Rat nach zehn Stunden Debatte doch noch zustimmte", id="longer-lone-og-de"),
        # twitter:title repeating og:title is the same social line: the headline the h1 shows wins.
        pytest.param(_og("Thousands in the dark") + _tw("Thousands in the dark") + AGREED,
                     f"<h1>{LONG}</h1>", LONG, id="og-backed-by-twitter-yields-to-shown-headline"),
        # ... unless that line is the headline cut short (its words, in order): it stays.
        pytest.param(_og("Storm hits coast") + _tw("Storm hits coast") + AGREED, f"<h1>{LONG}</h1>",
                     "Storm hits coast", id="og-cut-of-headline-backed-by-twitter-stays"),
        # ... and the visible h1 backing og counts the same way.
        pytest.param(_og("Thousands in the dark") + AGREED, "<h1>Thousands in the dark</h1>",
                     "Thousands in the dark", id="og-backed-by-h1-stays"),
        # JSON-LD and <title> alone (often one SEO field) are not enough to overrule og.
        pytest.param(_og("Thousands in the dark") + AGREED, "<h1>Power cut</h1>", "Thousands in the dark",
                     id="two-agreeing-not-enough"),
        # A twitter:title that disagrees with og is one more voice for the agreed title.
        pytest.param(_og("Thousands in the dark") + _tw(LONG) + _ld(LONG), f"<h1>{LONG}</h1>", LONG,
                     id="twitter-against-og"),
        # Live blogs: headline and h1 carry the rolling "LIVE:" line; og:title names the story.
        pytest.param(_og("Storm latest - updates") + _ld("Storm LIVE: power cuts", "LiveBlogPosting")
                     + "<title>Storm LIVE: power cuts | The Example</title>", "<h1>Storm LIVE: power cuts</h1>",
                     "Storm latest - updates", id="live-blog-keeps-og"),
        # A title cut with "..." yields to the shortest source that continues it.
        pytest.param(_og("Storm hits coast as thousands...") + _ld(LONG), f"<h1>{LONG}</h1>", LONG,
                     id="truncated-og-continued"),
        pytest.param(_og("Storm hits coast as thousands\u2026") + f"<title>{LONG} | The Example</title>", "",
                     LONG, id="truncated-og-unicode-ellipsis"),
        # Cut mid-word without a mark (a field's length limit): the source that goes on.
        pytest.param(_og("Storm hits coast as thousands lose pow") + _ld(LONG), "", LONG, id="en-unmarked-mid-word-cut"),
        pytest.param(_og("Sturm trifft die Küste, Tausende ohne Stro") + _ld("Sturm trifft die Küste, Tausende ohne Strom"),
                     "", "Sturm trifft die Küste, Tausende ohne Strom", id="de-unmarked-mid-word-cut"),
        pytest.param(_og("태풍이 해안을 강타해 수천 가구 정") + _ld("태풍이 해안을 강타해 수천 가구 정전"), "",
                     "태풍이 해안을 강타해 수천 가구 정전", id="ko-unmarked-mid-word-cut"),
        # ... but Chinese and Japanese run words together: a prefix there is a title of its own.
        pytest.param(_og("港の橋が再開") + _ld("港の橋が再開へ"), "", "港の橋が再開", id="ja-prefix-is-no-cut"),
        # An ellipsis after "?" is the writer's: kept, even where a longer <title> begins with it.
        pytest.param(_og("Is this the worst storm yet?...") + "<title>Is this the worst storm yet? | The Example"
                     "</title>", "", "Is this the worst storm yet?...", id="question-ellipsis-not-a-cut"),
        # Quote style: the spelling most sources use (the visible headline's, typically).
        pytest.param(_og("Storm 'hits' coast") + _ld("Storm ‘hits’ coast") + "<title>Storm ‘hits’ coast</title>",
                     "<h1>Storm ‘hits’ coast</h1>", "Storm ‘hits’ coast", id="quote-style-majority"),
        pytest.param(_og("Storm - what we know") + _ld("Storm – what we know"), "<h1>Storm – what we know</h1>",
                     "Storm – what we know", id="dash-style-majority"),
        # A full stop closing one field's title is its house style: the spelling most sources use,
        # in any language (titlevotes._spelling); a lone source's stop and "..." stay.
        pytest.param(_og("Storm hits coast overnight.") + _ld("Storm hits coast overnight"), "<h1>Storm hits coast overnight</h1>",
                     "Storm hits coast overnight", id="en-full-stop-minority"),
        pytest.param(_og("Stadtrat stimmt dem Hafenplan zu.") + _ld("Stadtrat stimmt dem Hafenplan zu") + "<title>Stadtrat stimmt dem Hafenplan zu</title>",
                     "", "Stadtrat stimmt dem Hafenplan zu", id="de-full-stop-minority"),
        pytest.param(_og("Le conseil adopte le plan du port") + _ld("Le conseil adopte le plan du port."), "<h1>Le conseil adopte le plan du port.</h1>",
                     "Le conseil adopte le plan du port.", id="fr-full-stop-majority"),
        pytest.param(_og("Storm hits coast overnight.") + "<title>Storm hits coast overnight | The Example</title>", "",
                     "Storm hits coast overnight.", id="en-full-stop-tie-keeps-og"),
    ],
)  # fmt: skip
def test_title_weighed_against_other_sources(head: str, body: str, expected: str) -> None:
    assert extract_article(_page(head, body), URL).title == expected


@pytest.mark.parametrize(
    ("head", "body", "rules", "expected"),
    [
        pytest.param('<meta property="og:description" content="Winds of 90mph are expected overnight.">',
                     "<h1>Storm</h1><div>By X</div><p>Winds of 90mph are expected overnight.</p>",
                     None, "Winds of 90mph are expected overnight.", id="description-confirmed"),
        pytest.param("", '<h1>Storm</h1><p class="standfirst">Winds of 90mph are expected overnight.</p>',
                     None, "Winds of 90mph are expected overnight.", id="standfirst-class"),
        # the subtitle's names in the languages datelines.py knew them in, and the lead's ("The lead
        # stays the subtitle too"): one list (langwords.SUBTITLE_CLASSES, LEAD_CLASSES) for every rule
        pytest.param("", '<h1>Sturm</h1><p class="unterzeile">Böen bis 120 km/h in der Nacht erwartet.</p>',
                     None, "Böen bis 120 km/h in der Nacht erwartet.", id="de-unterzeile-class"),
        pytest.param("", '<h1>Tempesta</h1><p class="sottotitolo">Raffiche fino a 120 km/h nella notte.</p>',
                     None, "Raffiche fino a 120 km/h nella notte.", id="it-sottotitolo-class"),
        pytest.param("", '<h1>Tempestade</h1><p class="linha-fina">Rajadas de até 120 km/h durante a noite.</p>',
                     None, "Rajadas de até 120 km/h durante a noite.", id="pt-linha-fina-class"),
        pytest.param("", '<h1>Burza</h1><p class="podtytul">Porywy do 120 km/h w nocy nad wybrzeżem.</p>',
                     None, "Porywy do 120 km/h w nocy nad wybrzeżem.", id="pl-podtytul-class"),
        pytest.param("", '<h1>Bouře</h1><p class="perex">Nárazy větru až 120 km/h během noci.</p>',
                     None, "Nárazy větru až 120 km/h během noci.", id="cs-perex-class"),
        pytest.param("", '<h1>Storm</h1><p class="lede">Winds of 90mph are expected overnight.</p>',
                     None, "Winds of 90mph are expected overnight.", id="lede-class"),
        pytest.param("", "<h1>Storm</h1><p>Winds of 90mph are expected overnight.</p>", None, None,
                     id="first-paragraph-is-not-a-subtitle"),
        pytest.param("", '<h1>Storm</h1><h2 class="sub-headline">Winds of 90mph expected</h2>',
                     SiteRules(subtitle="h2.sub-headline"), "Winds of 90mph expected", id="site-rule"),
    ],
)  # fmt: skip
def test_subtitle(head: str, body: str, rules: SiteRules | None, expected: str | None) -> None:
    assert extract_article(_page(head, body), URL, rules).subtitle == expected


@pytest.mark.parametrize(
    ("url", "head", "expected"),
    [
        (
            "https://www.dailyexample.co.uk/a",
            "<title>Storm hits coast | Daily Example</title>",
            "Storm hits coast",
        ),
        (
            "https://www.dailyexample.co.uk/a",
            "<title>Storm hits coast - dailyexample.co.uk</title>",
            "Storm hits coast",
        ),
        (
            "https://www.dailyexample.co.uk/a",
            "<title>Storm hits coast | Daily Example Online</title>",
            "Storm hits coast",
        ),
        ("https://news.example/a", "<title>Storm - what we know</title>", "Storm - what we know"),
    ],
)
def test_site_suffix_from_the_host(url: str, head: str, expected: str) -> None:
    assert extract_article(_page(head), url).title == expected


def test_description_repeating_the_first_body_paragraph_is_a_lede_not_a_subtitle() -> None:
    lede = "A footbridge across the harbour has reopened after two years of repairs."
    html = _page(
        f'<meta name="description" content="{lede}">',
        f"<h1>Footbridge reopens</h1><div class='text-block'><p><b>{lede}</b></p></div>"
        "<div class='text-block'><p>Engineers replaced the deck and the railings, the council said on Monday.</p></div>",
    )
    art = extract_article(html, URL)
    assert art.subtitle is None
    assert (art.body or "").startswith(lede)


def test_a_lead_image_wrapper_is_not_a_dek() -> None:
    html = _page(
        "",
        "<h1>Senators question airline chiefs</h1><div class='image__lede'><img src='a.jpg'>"
        "<div class='image__caption'>Members of the committee listen during the hearing on Tuesday.</div></div>"
        "<p>Airline chiefs faced hours of questions from senators about delays and refunds on Tuesday.</p>",
    )
    assert extract_article(html, URL).subtitle is None


def _site(name: str) -> str:
    return f'<meta property="og:site_name" content="{name}">'


def _tab(text: str) -> str:
    return f"<title>{text}</title>"


# Site names and kickers around the title, in the marks each language's sites use.
# (head, h1, url, expected): the strings are made up, the shapes are the ones seen on real sites.
@pytest.mark.parametrize(
    ("head", "h1", "url", "expected"),
    [
        pytest.param(_og("港の橋が再開　二年ぶり：海辺新聞デジタル") + _site("海辺新聞デジタル"), "", URL,
                     "港の橋が再開 二年ぶり", id="ja-fullwidth-colon-site"),
        pytest.param(_og("港の橋が再開｜海辺ゲンダイDIGITAL") + _site("海辺ゲンダイ"), "", URL,
                     "港の橋が再開", id="ja-fullwidth-bar-site-prefix"),
        pytest.param(_og("港の橋が再開：海辺新聞デジタル") + _ld("港の橋が再開：海辺新聞デジタル")
                     + '<script type="application/ld+json">{"@type": "NewsMediaOrganization", "name": "海辺新聞社"}</script>',
                     "", URL, "港の橋が再開", id="ja-site-sharing-its-house-name"),
        pytest.param(_og("항구 다리 다시 열려-사회ㅣ바다일보"), "<h1>항구 다리 다시 열려</h1>", URL,
                     "항구 다리 다시 열려", id="ko-section-and-site-cut-by-h1"),
        pytest.param(_og("항구 다리 다시 열려 | 바다일보") + _site("바다일보"), "", URL,
                     "항구 다리 다시 열려", id="ko-pipe-site"),
        pytest.param(_og("Hafenbrücke wieder offen | HAFEN.DE"), "", "https://www.hafen.de/a",
                     "Hafenbrücke wieder offen", id="de-domain-as-site"),
        pytest.param(_og("Verkehr | Hafenbrücke nach zwei Jahren wieder offen"),
                     "<h1>Hafenbrücke nach zwei Jahren wieder offen</h1>", URL,
                     "Hafenbrücke nach zwei Jahren wieder offen", id="de-kicker-cut-by-h1"),
        pytest.param(_og("Transports : Le pont du port rouvre après deux ans") + _ld("Le pont du port rouvre après deux ans"),
                     "", URL, "Le pont du port rouvre après deux ans", id="fr-kicker-cut-by-headline"),
        pytest.param("<title>Le Petit Port | Le pont du port rouvre</title>" + _site("Le Petit Port"), "", URL,
                     "Le pont du port rouvre", id="fr-site-before-title"),
        pytest.param(_og("Crise : le pont du port rouvre"), "", URL, "Crise : le pont du port rouvre",
                     id="fr-spaced-colon-is-no-separator"),
        pytest.param(_og("El puente del puerto reabre - Diario del Puerto") + _site("Diario del Puerto"), "", URL,
                     "El puente del puerto reabre", id="es-dash-site"),
        pytest.param(_og("港の橋が再開：海辺新聞デジタル") + '<meta property="al:ios:app_name" content="海辺新聞デジタル">',
                     "", URL, "港の橋が再開", id="ja-site-named-by-its-app"),
        pytest.param(_og("Hafenbrücke wieder offen | Hafenblatt") + '<meta name="publisher" content="Hafenblatt">',
                     "", URL, "Hafenbrücke wieder offen", id="de-site-named-by-publisher-meta"),
        pytest.param(_og("Limanda köprü yeniden açıldı - Liman Haber") + '<meta name="twitter:app:name:googleplay" content="Liman Haber">',
                     "", URL, "Limanda köprü yeniden açıldı", id="tr-site-named-by-twitter-app"),
        pytest.param(_og("항구 다리 다시 열려 &lt; 사회 &lt; 기사본문 - 바다신문") + _site("바다신문"),
                     "<h1>항구 다리 다시 열려</h1>", URL, "항구 다리 다시 열려", id="ko-angle-bracket-trail-cut-by-h1"),
        pytest.param(_og("항구 다리 다시 열려 &lt; 바다신문") + _site("바다신문"), "", URL, "항구 다리 다시 열려",
                     id="ko-angle-bracket-site"),
        pytest.param(_og("港口大桥重新开放_海滨新闻网") + _site("海滨新闻网"), "", URL, "港口大桥重新开放",
                     id="zh-underscore-site"),
        pytest.param(_og("港口大桥重新开放-海滨新闻网") + _site("海滨新闻网"), "", URL, "港口大桥重新开放",
                     id="zh-bare-hyphen-site"),
        pytest.param(_og("港の橋が再開／海辺新聞") + _site("海辺新聞"), "", URL, "港の橋が再開",
                     id="ja-fullwidth-slash-site"),
        pytest.param(_og("Hafen-Affäre: Rat tritt zurück"), "", "https://www.hafen.de/a",
                     "Hafen-Affäre: Rat tritt zurück", id="de-bare-hyphen-is-a-word-not-a-mark"),
        pytest.param(_og("Größer &gt; besser? Der Hafen wächst"), "", URL, "Größer > besser? Der Hafen wächst",
                     id="de-spaced-angle-bracket-without-site-stays"),
        pytest.param(_og("Live: storm"), "<h1>Live</h1>", URL, "Live: storm", id="short-h1-cuts-nothing"),
        pytest.param(_og("Times Square evacuated - what we know"), "", "https://www.times.example/a",
                     "Times Square evacuated - what we know", id="starts-like-the-site-is-no-site"),
        # The site's printed name against its ASCII host: accents, umlauts spelt out, initials.
        pytest.param(_og("Hafenbrücke wieder offen - Küstenblatt"), "", "https://www.kuestenblatt.de/a",
                     "Hafenbrücke wieder offen", id="de-umlaut-spelt-out-in-host"),
        pytest.param(_og("Le pont du port rouvre - Le Petit Réveil"), "", "https://www.lepetitreveil.fr/a",
                     "Le pont du port rouvre", id="fr-accent-absent-from-host"),
        pytest.param(_og("Hafenbrücke wieder offen | Neue Hafen Zeitung"), "", "https://www.nhz.ch/a",
                     "Hafenbrücke wieder offen", id="de-initials-are-the-host"),
        pytest.param(_og("Havnebroen åpner igjen – HB Nyheter"), "", "https://www.hb.no/a",
                     "Havnebroen åpner igjen", id="nb-short-name-and-news-word"),
        pytest.param(_og("港の橋が再開 | UMIニュース"), "", "https://www3.umi.or.jp/a",
                     "港の橋が再開", id="ja-numbered-host-and-news-word"),
        pytest.param(_og("港の橋が再開｜海辺ゲンダイDIGITAL")
                     + '<link rel="alternate" type="application/rss+xml" title="海辺ゲンダイDIGITAL | 最新記事">', "", URL,
                     "港の橋が再開", id="ja-site-named-by-its-feed"),
        # A last part of a few words, one of them the host's name: the site's name with its article or city.
        pytest.param(_og("Il ponte del porto riapre - Corriere del Porto"), "", "https://www.corriere.example/a",
                     "Il ponte del porto riapre", id="it-name-word-of-host"),
        pytest.param(_og("Hafenbrücke wieder offen | Kieler Hafenblatt"), "", "https://www.hafenblatt.de/a",
                     "Hafenbrücke wieder offen", id="de-city-and-host-name"),
        pytest.param(_og("Storm hits coast - Times Square"), "", "https://www.times.example/a",
                     "Storm hits coast - Times Square", id="short-word-of-host-names-nothing"),
        pytest.param(_og("Storm hits coast—The Example") + _site("The Example"), "", URL,
                     "Storm hits coast", id="en-unspaced-em-dash-before-site"),
        pytest.param(_og("政府通过港口预算_新闻_海滨网") + _site("海滨网"), "", URL, "政府通过港口预算",
                     id="zh-short-headline-loses-its-label"),
        # A section or "News" label between the headline and the site's name goes with the name.
        pytest.param(_og("Hafenbrücke wieder offen - Politik - HAFEN.DE"), "",
                     "https://www.hafen.de/politik/hafenbruecke-offen-100.html", "Hafenbrücke wieder offen",
                     id="de-url-section-before-site"),
        pytest.param(_og("Ponte do porto reabre | Política | Porto Diário") + _site("Porto Diário"), "",
                     "https://porto.example/politica/noticia/ponte.html", "Ponte do porto reabre",
                     id="pt-accented-section-of-url"),
        pytest.param(_og("항구 다리 다시 열려-사회ㅣ바다일보") + _site("바다일보")
                     + '<script type="application/ld+json">{"@type": "NewsArticle", "articleSection": "사회"}</script>',
                     "", URL, "항구 다리 다시 열려", id="ko-article-section-before-site"),
        pytest.param(_og("Limanda köprü yeniden açıldı - Son Dakika Haberleri - Liman Gazetesi")
                     + _site("Liman Gazetesi"), "", URL, "Limanda köprü yeniden açıldı", id="tr-news-label-before-site"),
        pytest.param(_og("Hafenbrücke wieder offen - Nachrichten - Hafenblatt") + _site("Hafenblatt"), "", URL,
                     "Hafenbrücke wieder offen", id="de-news-label-before-site"),
        pytest.param(_og("항구 다리 다시 열려 &lt; 사회 &lt; 기사본문 - 바다신문") + _site("바다신문"), "", URL,
                     "항구 다리 다시 열려", id="ko-one-word-labels-before-site"),
        pytest.param(_og("港の橋が二年ぶりに再開 - 社会 - 海辺新聞") + _site("海辺新聞"), "", URL,
                     "港の橋が二年ぶりに再開", id="ja-one-word-section-before-site"),
        pytest.param(_og("Brexit - Explained - The Example") + _site("The Example"), "", URL,
                     "Brexit - Explained", id="short-headline-keeps-its-label"),
        pytest.param(_og("Storm hits coast - live"), "", "https://news.example/live/a", "Storm hits coast - live",
                     id="news-word-without-site-after-it-stays"),
        pytest.param(_og("Hafenbrücke wieder offen - Politik"), "", "https://www.hafen.de/politik/a",
                     "Hafenbrücke wieder offen - Politik", id="de-section-without-site-after-it-stays"),
        # A newspaper's name in a script its host cannot spell, stated by no meta: its kind tells it.
        pytest.param(_og("港の橋が二年ぶりに再開：海辺新聞デジタル") + _tab("港の橋が二年ぶりに再開：海辺新聞デジタル"), "",
                     "https://www.umibe.example/articles/A1", "港の橋が二年ぶりに再開", id="ja-masthead-after-fullwidth-colon"),
        pytest.param(_og("港の橋が二年ぶりに再開｜日刊ウミベDIGITAL"), "", "https://www.umibe.example/articles/A1",
                     "港の橋が二年ぶりに再開", id="ja-masthead-prefix-and-edition"),
        pytest.param(_og("항구 다리 2년 만에 다시 열려-정치ㅣ바다일보"), "", "https://www.badailbo.example/News/A1",
                     "항구 다리 2년 만에 다시 열려", id="ko-masthead-and-section"),
        pytest.param(_og("港口大桥时隔两年重新开放_海滨日报"), "", "https://www.haibin.example/a/1.html",
                     "港口大桥时隔两年重新开放", id="zh-masthead-after-underscore"),
        pytest.param(_og("港口大桥时隔两年重新开放-海滨网"), "", "https://www.haibin.example/a/1.html",
                     "港口大桥时隔两年重新开放", id="zh-web-portal-masthead"),
        pytest.param(_og("Мост в порту снова открыт — Портовая газета"), "", "https://portgazeta.example/a",
                     "Мост в порту снова открыт", id="ru-masthead-word"),
        pytest.param(_og("Η γέφυρα του λιμανιού ξανανοίγει | Εφημερίδα του Λιμανιού"), "", "https://limani.example/a",
                     "Η γέφυρα του λιμανιού ξανανοίγει", id="el-masthead-word"),
        pytest.param(_og("إعادة افتتاح جسر الميناء بعد عامين - صحيفة الميناء"), "", "https://almina.example/a",
                     "إعادة افتتاح جسر الميناء بعد عامين", id="ar-masthead-word"),
        pytest.param(_og("גשר הנמל נפתח מחדש אחרי שנתיים | חדשות הנמל"), "", "https://hanamal.example/a",
                     "גשר הנמל נפתח מחדש אחרי שנתיים", id="he-masthead-word"),
        # ... guards: a headline too short to lose its last part, and a Latin "- Good News" (hosts spell those).
        pytest.param(_og("港の橋：地元の新聞"), "", URL, "港の橋：地元の新聞", id="ja-short-rest-keeps-masthead-like-part"),
        pytest.param(_og("Harbour bridge reopens - Good News"), "", URL, "Harbour bridge reopens - Good News",
                     id="en-latin-news-tail-stays"),
        # Doubled and rarer marks before a site name.
        pytest.param(_og("El puente del puerto reabre :: Diario del Puerto") + _site("Diario del Puerto"), "", URL,
                     "El puente del puerto reabre", id="es-double-colon"),
        pytest.param(_og("Il ponte del porto riapre ~ Gazzetta del Porto") + _site("Gazzetta del Porto"), "", URL,
                     "Il ponte del porto riapre", id="it-tilde"),
        pytest.param(_og("Hamnbron öppnar igen || Hamnbladet") + _site("Hamnbladet"), "", URL,
                     "Hamnbron öppnar igen", id="sv-double-pipe"),
        pytest.param(_og("港口大桥时隔两年重新开放——海滨新闻网") + _site("海滨新闻网"), "", URL,
                     "港口大桥时隔两年重新开放", id="zh-double-em-dash"),
        pytest.param(_og("港口大桥时隔两年重新开放︱海滨新闻网") + _site("海滨新闻网"), "", URL,
                     "港口大桥时隔两年重新开放", id="zh-vertical-dash"),
        pytest.param(_og("港の橋が二年ぶりに再開 ー 海辺新聞") + _site("海辺新聞"), "", URL,
                     "港の橋が二年ぶりに再開", id="ja-spaced-long-mark-as-dash"),
        pytest.param(_og("Мост в порту снова открыт − Портовые вести") + _site("Портовые вести"), "", URL,
                     "Мост в порту снова открыт", id="ru-spaced-minus-sign"),
        # ... while a long mark inside a katakana word is a letter ("ニュース", "センター").
        pytest.param(_og("港のセンターが再開") + _site("センター"), "", URL, "港のセンターが再開",
                     id="ja-long-mark-in-a-word-is-no-mark"),
    ],
)  # fmt: skip
def test_title_core_in_every_language(head: str, h1: str, url: str, expected: str) -> None:
    assert extract_article(_page(head, h1), url).title == expected


def _crumbs(h1: str) -> str:
    """A breadcrumb trail ending in an h1, as some CMSs print the SEO headline."""
    return f'<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><h1>{h1}</h1></li></ol></nav>'


# The visible h1 against the metadata, per language: (head, body, expected); strings made up.
@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # og:title (with its twitter twin) is a rewrite; the h1 shows the JSON-LD headline: the headline.
        pytest.param(_og("Six records fall on a wet night") + _tw("Six records fall on a wet night")
                     + _ld("Swimming finals: six national records fall despite the rain"),
                     "<h1>Swimming finals: six national records fall despite the rain</h1>",
                     "Swimming finals: six national records fall despite the rain", id="en-rewrite-yields"),
        pytest.param(_og("Hafen: Rat sagt Ja") + _tw("Hafen: Rat sagt Ja")
                     + _ld("Nach langer Debatte stimmt der Stadtrat dem neuen Hafenplan zu"),
                     "<h1>Nach langer Debatte stimmt der Stadtrat dem neuen Hafenplan zu</h1>",
                     "Nach langer Debatte stimmt der Stadtrat dem neuen Hafenplan zu", id="de-topic-variant-yields"),
        pytest.param(_og("Le port dit oui") + _ld("Le conseil municipal adopte le nouveau plan du port"),
                     "<h1>Le conseil municipal adopte le nouveau plan du port</h1>",
                     "Le conseil municipal adopte le nouveau plan du port", id="fr-lone-rewrite-yields"),
        pytest.param(_og("港の計画、可決") + _ld("市議会が港の新しい整備計画を賛成多数で可決"),
                     "<h1>市議会が港の新しい整備計画を賛成多数で可決</h1>", "市議会が港の新しい整備計画を賛成多数で可決",
                     id="ja-rewrite-yields"),
        # A longer og:title is the title stated in full; it stays (the h1 outside any <article>/<main>).
        pytest.param(_og("El puerto aprueba su plan tras diez horas de debate en el pleno municipal")
                     + _tw("El puerto aprueba su plan tras diez horas de debate en el pleno municipal")
                     + _ld("El pleno aprueba el plan del puerto"), "<h1>El pleno aprueba el plan del puerto</h1>",
                     "El puerto aprueba su plan tras diez horas de debate en el pleno municipal", id="es-longer-og-stays"),
        pytest.param(_og("Hafenplan: Warum der Rat nach zehn Stunden Debatte doch noch zustimmte")
                     + _ld("Rat beschließt Hafenplan") + _tab("Rat beschließt Hafenplan | Hafenblatt"),
                     '<div class="page-head"><h1>Rat beschließt Hafenplan</h1></div><main><p>Text</p></main>',
                     "Hafenplan: Warum der Rat nach zehn Stunden Debatte doch noch zustimmte", id="de-longer-og-h1-outside-main-stays"),
        # ... but where an h1 inside the page's <article> or <main> shows the headline, the
        # headline as the article sets it wins, whatever else repeats og:title.
        pytest.param(_og("Notbetrieb und Notfallplan: Hafenstadt erlebt einen ruhigen, aber heißen Montag")
                     + _tab("Notbetrieb und Notfallplan: Hafenstadt erlebt einen ruhigen, aber heißen Montag | Hafenblatt")
                     + _site("Hafenblatt") + _ld("Nur jedes dritte Kind kam am Montag zur Schule"),
                     "<article><h1>Nur jedes dritte Kind kam am Montag zur Schule</h1></article>",
                     "Nur jedes dritte Kind kam am Montag zur Schule", id="de-longer-og-yields-to-article-h1"),
        pytest.param(_og("Port strike: what the dockers want and why the talks broke down again")
                     + _tw("Port strike: what the dockers want and why the talks broke down again")
                     + _ld("Dockers walk out as pay talks collapse"),
                     '<main><div class="hero"><h1>Dockers walk out as pay talks collapse</h1></div></main>',
                     "Dockers walk out as pay talks collapse", id="en-longer-og-yields-to-main-h1"),
        pytest.param(_og("Les dockers du port cessent le travail jusqu'à nouvel ordre, faute d'accord salarial")
                     + _site("Le Courrier du Port") + _ld("Grève illimitée au port"),
                     "<article><header><h1>Grève illimitée au port</h1></header></article>", "Grève illimitée au port",
                     id="fr-longer-og-yields-to-article-h1"),
        pytest.param(_og("港湾スト、交渉決裂で長期化の恐れ　荷役は全面停止に") + _tab("港湾スト、交渉決裂で長期化の恐れ　荷役は全面停止に：港湾新聞デジタル")
                     + _site("港湾新聞デジタル") + _ld("港湾労働者がスト突入"), "<article><h1>港湾労働者がスト突入</h1></article>",
                     "港湾労働者がスト突入", id="ja-longer-og-yields-to-article-h1"),
        # ... and the same h1 makes a longer lone og:title yield to the title three sources agree on.
        pytest.param(_og("Hafenplan: Warum der Rat nach zehn Stunden Debatte doch noch zustimmte")
                     + _tw("Rat beschließt Hafenplan") + _tab("Rat beschließt Hafenplan | Hafenblatt"),
                     "<article><h1>Rat beschließt Hafenplan</h1></article>", "Rat beschließt Hafenplan",
                     id="de-longer-lone-og-outvoted-with-article-h1"),
        # og:title, the JSON-LD headline and the article's h1 all differ: the h1 as the reader sees it.
        pytest.param(_og("Wenn Straßenbahnen schlappmachen: Der Kampf gegen die Hitze")
                     + _ld("Hitzechaos: Alte Trams und brüchiger Beton als Risiko") + _tab("Hitzechaos: Alte Trams und brüchiger Beton als Risiko | Hafenblatt"),
                     "<article><header><h1>So sind Bahnen und Straßen auf die nächste Hitzewelle vorbereitet</h1></header></article>",
                     "So sind Bahnen und Straßen auf die nächste Hitzewelle vorbereitet", id="de-three-way-split-article-h1"),
        pytest.param(_og("Heatwave: why the trams stop") + _tw("Heatwave: why the trams stop")
                     + _ld("Old trams and cracked roads: the heat risks"),
                     "<main><h1>How the city's trams and roads are getting ready for the next heatwave</h1></main>",
                     "How the city's trams and roads are getting ready for the next heatwave", id="en-three-way-split-main-h1"),
        pytest.param(_og("Canicule : pourquoi les trams s'arrêtent") + _ld("Vieux trams et routes fissurées : les risques de la chaleur"),
                     "<article><h1><span>Canicule</span><span>Comment la ville prépare ses trams et ses routes</span></h1></article>",
                     "Comment la ville prépare ses trams et ses routes", id="fr-three-way-split-kicker-h1"),
        # ... but not an h1 that is a section's name or a live page's rolling line, nor an h1 beside og:title alone.
        pytest.param(_og("Hitzewelle: Was Pendler jetzt wissen müssen") + _ld("Hitze legt den Nahverkehr lahm"),
                     "<article><h1>Liveticker zur Hitze: Straßenbahnen fallen in mehreren Städten aus</h1></article>",
                     "Hitzewelle: Was Pendler jetzt wissen müssen", id="de-three-way-split-live-h1-keeps-og"),
        pytest.param(_og("Wenn Straßenbahnen schlappmachen: Der Kampf gegen die Hitze")
                     + _ld("Hitzechaos: Alte Trams und brüchiger Beton als Risiko"), "<main><h1>Sachsen</h1></main>",
                     "Wenn Straßenbahnen schlappmachen: Der Kampf gegen die Hitze", id="de-section-h1-is-no-headline"),
        pytest.param(_og("Heatwave: why the trams stop"),
                     "<main><h1>How the city's trams and roads are getting ready for the next heatwave</h1></main>",
                     "Heatwave: why the trams stop", id="en-og-against-h1-alone-stays"),
        # A share-card cut of the headline stays, even beside the article's h1.
        pytest.param(_og("Les dockers cessent le travail") + _tab("Les dockers cessent le travail - Le Courrier du Port")
                     + _site("Le Courrier du Port") + _ld("Les dockers cessent le travail dans tout le port"),
                     "<article><h1>Les dockers cessent le travail dans tout le port</h1></article>",
                     "Les dockers cessent le travail", id="fr-cut-og-stays-beside-article-h1"),
        # The h1 shows og:title: the page's own heading backs it against the headline.
        pytest.param(_og("Rådet sier ja til havneplanen") + _ld("Bystyret vedtar ny plan for havnen etter lang debatt"),
                     "<h1>Rådet sier ja til havneplanen</h1>", "Rådet sier ja til havneplanen", id="no-h1-shows-og"),
        # A live page: the headline is the rolling line, og:title names the story.
        pytest.param(_og("Storm on the coast") + _tw("Storm on the coast") + _ld("Storm LIVE: roads closed, trains cancelled"),
                     "<h1>Storm LIVE: roads closed, trains cancelled</h1>", "Storm on the coast", id="en-live-word"),
        pytest.param(_og("Sturm an der Küste") + _ld("Liveticker zum Sturm: Straßen gesperrt, Züge fallen aus"),
                     "<h1>Liveticker zum Sturm: Straßen gesperrt, Züge fallen aus</h1>", "Sturm an der Küste",
                     id="de-liveticker"),
        pytest.param(_og("Tempête sur la côte") + _ld("EN DIRECT - Tempête : routes fermées et trains annulés"),
                     "<h1>EN DIRECT - Tempête : routes fermées et trains annulés</h1>", "Tempête sur la côte",
                     id="fr-en-direct"),
        # An h1 that is the last crumb of a breadcrumb trail is no visible title: og:title stays.
        pytest.param(_og("Warum der Hafenplan am Ende doch kam")
                     + _ld("Hafen: Der Stadtrat stimmt dem neuen Plan nach zehn Stunden zu")
                     + "<title>Hafen: Der Stadtrat stimmt dem neuen Plan nach zehn Stunden zu</title>",
                     _crumbs("Hafen: Der Stadtrat stimmt dem neuen Plan nach zehn Stunden zu")
                     + '<header><span class="headline">Warum der Hafenplan am Ende doch kam</span></header>',
                     "Warum der Hafenplan am Ende doch kam", id="de-breadcrumb-h1-not-a-vote"),
        pytest.param(_og("Warum der Hafenplan am Ende doch kam")
                     + _ld("Hafen: Der Stadtrat stimmt dem neuen Plan nach zehn Stunden zu")
                     + "<title>Hafen: Der Stadtrat stimmt dem neuen Plan nach zehn Stunden zu</title>",
                     '<div><a href="/">Home</a><a href="/politik/">Politik</a>'
                     "<h1>Hafen: Der Stadtrat stimmt dem neuen Plan nach zehn Stunden zu</h1></div>",
                     "Warum der Hafenplan am Ende doch kam", id="de-h1-after-trail-links-not-a-vote"),
        pytest.param(_og("Warum der Hafenplan am Ende doch kam") + _tw("Warum der Hafenplan am Ende doch kam")
                     + _ld("Hafen: Der Stadtrat stimmt dem neuen Plan nach zehn Stunden zu"),
                     '<ul class="breadcrumb__list"><li class="breadcrumb__item">'
                     "<h1>Hafen: Der Stadtrat stimmt dem neuen Plan nach zehn Stunden zu</h1></li></ul>",
                     "Warum der Hafenplan am Ende doch kam", id="de-breadcrumb-class-h1-shows-nothing"),
        # Crumb h1 and the visible headline as an h2 of kicker and headline: og:title's kicker goes.
        pytest.param(_og("Nach dem Sturm: Hafenbrücke wieder offen")
                     + _ld("Hafenbrücke nach Sturmschäden wieder für den Verkehr freigegeben"),
                     _crumbs("Hafenbrücke nach Sturmschäden wieder für den Verkehr freigegeben")
                     + '<h2><span class="kicker">Nach dem Sturm</span><span>Hafenbrücke wieder offen</span></h2>',
                     "Hafenbrücke wieder offen", id="de-kicker-heading-under-crumb-h1"),
        pytest.param(_og("Après la tempête : le pont du port rouvre") + _ld("Le pont du port rouvre après les dégâts"),
                     _crumbs("Le pont du port rouvre après les dégâts")
                     + "<h2><span>Après la tempête</span><div>le pont du port rouvre</div></h2>",
                     "le pont du port rouvre", id="fr-kicker-heading-under-crumb-h1"),
        # An h1 of a kicker and a headline shows the headline: a kicker og:title has and the h1
        # has not goes ...
        pytest.param(_og("Unwetter: Sturm trifft die Küste mit voller Wucht"),
                     '<h1><span class="kicker">Nordsee</span><span>Sturm trifft die Küste mit voller Wucht</span></h1>',
                     "Sturm trifft die Küste mit voller Wucht", id="de-kicker-span-in-h1"),
        pytest.param(_og("Tormenta: el temporal golpea la costa"),
                     "<h1><small>Galicia</small> <strong>el temporal golpea la costa</strong></h1>",
                     "el temporal golpea la costa", id="es-kicker-in-h1"),
        # ... while og:title stating the h1's kicker and headline both is the title as shown,
        # kicker and all, even beside a JSON-LD headline of the headline part alone.
        pytest.param(_og("Unwetter: Sturm trifft die Küste mit voller Wucht")
                     + _ld("Sturm trifft die Küste mit voller Wucht"),
                     '<article><h1><span class="kicker">Unwetter</span><span>Sturm trifft die Küste mit voller Wucht</span></h1></article>',
                     "Unwetter: Sturm trifft die Küste mit voller Wucht", id="de-h1-shows-og-kicker-and-all"),
        pytest.param(_og("Tormenta / el temporal golpea la costa") + _ld("el temporal golpea la costa"),
                     "<h1><span>Tormenta</span>el temporal golpea la costa</h1>",
                     "Tormenta / el temporal golpea la costa", id="es-h1-shows-og-whole-unspaced-span"),
        pytest.param(_og("Burza: wichura zerwała dachy w porcie | Gazeta Portowa") + _ld("wichura zerwała dachy w porcie")
                     + '<meta property="og:site_name" content="Gazeta Portowa">',
                     "<h1><span class=\"dachzeile\">Burza</span>wichura zerwała dachy w porcie</h1>",
                     "Burza: wichura zerwała dachy w porcie", id="pl-h1-shows-og-whole-site-cut"),
        # ... but where the article's own h1 is shown, an h2 elsewhere is a teaser, not the headline.
        pytest.param(_og("Nach dem Sturm: Hafenbrücke wieder offen"),
                     "<h1>Nach dem Sturm: Hafenbrücke wieder offen</h1>"
                     "<h2><span>Nach dem Sturm</span><span>Hafenbrücke wieder offen</span></h2>",
                     "Nach dem Sturm: Hafenbrücke wieder offen", id="de-shown-h1-keeps-kicker-heading-out"),
        # An og:title that is only the site's name (a home page's, left on articles) is no title.
        pytest.param(_og("Hafenblatt") + _site("Hafenblatt"), "<h1>Hafenbrücke wieder offen</h1>",
                     "Hafenbrücke wieder offen", id="de-og-title-is-the-site-name"),
        pytest.param(_og("港湾日報") + _site("港湾日報") + _ld("港の橋が二年ぶりに再開"), "",
                     "港の橋が二年ぶりに再開", id="ja-og-title-is-the-site-name"),
        # A title in capitals throughout yields to the same title in normal case.
        pytest.param(_og("İSTANBUL'DA KÖPRÜ YENİDEN AÇILDI") + _ld("İstanbul'da köprü yeniden açıldı"), "",
                     "İstanbul'da köprü yeniden açıldı", id="tr-capitals-yield"),
        pytest.param(_og("STORM HITS COAST") + _ld("Storm hits coast"), "", "Storm hits coast", id="en-capitals-yield"),
        pytest.param(_og("ΚΑΤΑΙΓΙΔΑ ΣΤΙΣ ΑΚΤΕΣ") + _ld("Καταιγίδα στις ακτές"), "", "Καταιγίδα στις ακτές",
                     id="el-capitals-yield"),
        pytest.param(_og("NATO and EU leaders meet") + _ld("Nato and EU leaders meet"), "", "NATO and EU leaders meet",
                     id="en-acronyms-are-no-capitals-style"),
        # Without any metadata, a crumb h1 is still the page's title.
        pytest.param("", _crumbs("Hafenplan beschlossen"), "Hafenplan beschlossen", id="crumb-h1-as-last-resort"),
    ],
)  # fmt: skip
def test_title_follows_the_visible_headline(head: str, body: str, expected: str) -> None:
    assert extract_article(_page(head, body), URL).title == expected


# What unseen sites do around the same title, per language (benchmarks/title_variants.py
# measures these shapes on real pages): (head, body, url, expected); strings made up.
@pytest.mark.parametrize(
    ("head", "body", "url", "expected"),
    [
        # A run of marks is one separator: nothing of "||" or ": -" is left on the title.
        pytest.param(_og("Hafenblatt || Sturm trifft die Küste") + _site("Hafenblatt"), "<h1>Sturm trifft die Küste</h1>",
                     URL, "Sturm trifft die Küste", id="de-site-prefix-double-pipe"),
        pytest.param(_og("Dom: - Nordmann dømt til livstid"), "<h1>Nordmann dømt til livstid</h1>", URL,
                     "Nordmann dømt til livstid", id="no-kicker-colon-and-dash"),
        pytest.param(_og("Η Εφημερίδα του Λιμανιού :: Η γέφυρα του λιμανιού ξανανοίγει")
                     + _site("Η Εφημερίδα του Λιμανιού"), "<h1>Η γέφυρα του λιμανιού ξανανοίγει</h1>", URL,
                     "Η γέφυρα του λιμανιού ξανανοίγει", id="el-site-prefix"),
        # A reference stated with the site's name still names the title ("Title | Site" in twitter:title).
        pytest.param(_og("Nach dem Sturm: Hafen öffnet wieder") + _tw("Hafen öffnet wieder | Портовые вести")
                     + _site("Портовые вести"), "", URL, "Hafen öffnet wieder", id="de-ref-with-site-suffix"),
        # The title between a kicker and the site's name, the headline stating it alone.
        pytest.param(_og("Tempête | Le pont du port rouvre enfin | Le Courrier du Port") + _site("Le Courrier du Port")
                     + _ld("Le pont du port rouvre enfin"), "", URL, "Le pont du port rouvre enfin",
                     id="fr-kicker-title-site"),
        # The site's name only in <title>, after a bare Hangul mark: og:title stands.
        pytest.param(_og("항구 다리 2년 만에 다시 열려") + _tab("항구 다리 2년 만에 다시 열려ㅣ항만일보"),
                     "<h1>항구 다리 2년 만에 다시 열려</h1>", URL, "항구 다리 2년 만에 다시 열려", id="ko-site-only-in-title"),
        pytest.param(_og("Harbour bridge reopens after two years") + _tab("Harbour bridge reopens after two yearsㅣHafenblatt"),
                     "", URL, "Harbour bridge reopens after two years", id="en-bare-hangul-mark-is-no-cut-word"),
        # A headline cut with "…" stands for the continuation most sources give, not "<title> | Site".
        pytest.param(_ld("Hamnbron öppnar…") + _tab("Hamnbron öppnar igen – ”äntligen” | Hamnbladet")
                     + _site("Hamnbladet"), "<h1>Hamnbron öppnar igen – ”äntligen”</h1>", URL,
                     "Hamnbron öppnar igen – ”äntligen”", id="sv-cut-headline-continued"),
        # ... and never cuts another source down to itself.
        pytest.param(_og("Köprü yeniden açıldı - işte ayrıntılar") + _ld("Köprü yeniden açıldı -…"), "", URL,
                     "Köprü yeniden açıldı - işte ayrıntılar", id="tr-cut-headline-no-reference"),
        # Between a headline and the site's name: a capitalised word or a label with a word for
        # news goes; a lower-case or quoted tail and filler words alone are the headline's own.
        pytest.param(_og("Sturm trifft die Küste - Politik - Hafenblatt") + _site("Hafenblatt"), "", URL,
                     "Sturm trifft die Küste", id="de-capitalised-section-label"),
        pytest.param(_og("Fırtına kıyıyı vurdu - Son Dakika Haberleri - Liman Haber") + _site("Liman Haber"), "", URL,
                     "Fırtına kıyıyı vurdu", id="tr-news-label"),
        pytest.param(_og("Storm hits coast as thousands lose power - updates | Hafenblatt") + _site("Hafenblatt"), "", URL,
                     "Storm hits coast as thousands lose power - updates", id="en-live-tail-stays"),
        pytest.param(_og("Hamnbron öppnar igen – ”äntligen” | Hamnbladet") + _site("Hamnbladet"), "", URL,
                     "Hamnbron öppnar igen – ”äntligen”", id="sv-quoted-tail-stays"),
        pytest.param(_og("Le pont du port rouvre - direct | Le Courrier du Port") + _site("Le Courrier du Port"), "", URL,
                     "Le pont du port rouvre - direct", id="fr-filler-alone-stays"),
        # The article's slug (a trailing slash after it) is no section to cut.
        pytest.param(_og("Diario del Puerto | El puente del puerto reabre | Diario del Puerto") + _site("Diario del Puerto"),
                     "", "https://diario.example/ciudad/el-puente-del-puerto-reabre/", "El puente del puerto reabre",
                     id="es-slug-with-trailing-slash"),
        # A logo h1 with the site's name, a crumb h1, the kicker-and-headline h2, teaser h1s below.
        pytest.param(_og("Nach dem Sturm: Hafen öffnet wieder") + _site("Hafenblatt"),
                     '<h1 class="logo"><a href="/">Hafenblatt</a></h1>' + _crumbs("Hafen nach Sturm wieder offen")
                     + "<h2><span>Nach dem Sturm</span><span>Hafen öffnet wieder</span></h2>"
                     + "<h1>Another story</h1><h1>One more story</h1>", URL, "Hafen öffnet wieder",
                     id="de-logo-crumb-kicker-h2-teasers"),
        # An h1 of the site's name is no vote: a lone og:title is not outvoted by it.
        pytest.param(_og("Puente reabierto tras dos años") + _site("Diario del Puerto"),
                     '<h1><a href="/">Diario del Puerto</a></h1>', URL, "Puente reabierto tras dos años",
                     id="es-logo-h1-no-vote"),
        # ... but a home page whose <title> and h1 are only the site's name has that title.
        pytest.param(_tab("Harbour Example Authority"), "<h1>Harbour Example Authority</h1>",
                     "https://www.hea.example/", "Harbour Example Authority", id="en-home-page-named-by-site"),
        pytest.param(_og("港の橋が二年ぶりに再開") + _site("港湾新聞デジタル") + _tab("港湾新聞デジタル｜港の橋が二年ぶりに再開"),
                     '<h1 class="logo">港湾新聞デジタル</h1>', URL, "港の橋が二年ぶりに再開", id="ja-logo-h1-and-site-prefix"),
    ],
)  # fmt: skip
def test_title_on_shapes_unseen_sites_use(head: str, body: str, url: str, expected: str) -> None:
    assert extract_article(_page(head, body), url).title == expected


# A page with no h1 of its own still shows its reader a headline, in an h2, a div or a
# span: the element whose text is a title the page states counts as its h1 would.
# (head, body, expected); og:title a rewrite in each, so without that element it stands.
@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        pytest.param(_og("Six records fall on a wet night") + _tw("Six records fall on a wet night")
                     + _ld("Swimming finals: six national records fall despite the rain"),
                     '<div class="headline">Swimming finals: six national records fall despite the rain</div>',
                     "Swimming finals: six national records fall despite the rain", id="en-div-headline"),
        pytest.param(_og("Hafen: Rat sagt Ja") + _ld("Nach langer Debatte stimmt der Stadtrat dem neuen Hafenplan zu"),
                     '<h2 class="title"><span>Nach langer Debatte stimmt der Stadtrat dem neuen Hafenplan zu</span></h2>',
                     "Nach langer Debatte stimmt der Stadtrat dem neuen Hafenplan zu", id="de-h2-span-headline"),
        pytest.param(_og("港の計画、可決") + _ld("市議会が港の新しい整備計画を賛成多数で可決"),
                     '<p class="ttl">市議会が港の新しい整備計画を賛成多数で可決</p>', "市議会が港の新しい整備計画を賛成多数で可決",
                     id="ja-p-headline"),
        # the headline with markup inside, an icon before it: the element holding it all
        pytest.param(_og("Le port dit oui") + _ld("Le conseil municipal adopte le nouveau plan du port"),
                     '<div class="hl"><i class="icon"></i>Le conseil municipal <em>adopte</em> le nouveau plan du port</div>',
                     "Le conseil municipal adopte le nouveau plan du port", id="fr-markup-in-headline"),
        # shown inside the <article>: a longer og:title yields to it as to an h1 there
        pytest.param(_og("El pleno aprueba el nuevo plan del puerto tras diez horas de debate en el ayuntamiento")
                     + _ld("El pleno aprueba el plan del puerto"),
                     '<article><h2 class="titulo">El pleno aprueba el plan del puerto</h2><p>Texto.</p></article>',
                     "El pleno aprueba el plan del puerto", id="es-in-article-beats-longer-og"),
        # the stated titles with their site names cut (a JSON-LD headline carrying one)
        pytest.param(_og("Trafik yeniden akıyor") + _ld("Liman köprüsü iki yıl sonra yeniden trafiğe açıldı - Liman Haber")
                     + _site("Liman Haber"), '<div class="baslik">Liman köprüsü iki yıl sonra yeniden trafiğe açıldı</div>',
                     "Liman köprüsü iki yıl sonra yeniden trafiğe açıldı", id="tr-site-name-cut"),
        # a heading of a kicker and the headline, a mark between them: the headline part
        pytest.param(_ld("Nach dem Sturm: Hafen öffnet wieder nach zwei Wochen"),
                     "<h2><span>Nach dem Sturm</span><span> – </span><span>Hafen öffnet wieder nach zwei Wochen</span></h2>",
                     "Hafen öffnet wieder nach zwei Wochen", id="de-kicker-h2-with-mark"),
        pytest.param(_site("Le Courrier du Port") + _tab("Après la tempête - Le pont du port rouvre enfin | Le Courrier du Port"),
                     "<article><h3><span>Après la tempête</span><span> - </span><span>Le pont du port rouvre enfin</span></h3></article>",
                     "Le pont du port rouvre enfin", id="fr-kicker-h3-title-only"),
        # a breadcrumb's last crumb (a span, not an h1) shows no headline either
        pytest.param(_og("Liman köprüsü açıldı") + _ld("Belediye meclisi liman planını oy çokluğuyla kabul etti"),
                     '<nav class="breadcrumb"><a href="/">Ana sayfa</a> › <a href="/yerel/">Yerel</a> › '
                     "<span>Belediye meclisi liman planını oy çokluğuyla kabul etti</span></nav>",
                     "Liman köprüsü açıldı", id="tr-crumb-span-is-no-headline"),
        # text inside an h1 was weighed already: a breadcrumb's h1 shows no headline
        pytest.param(_og("Hafen: Rat sagt Ja") + _ld("Nach langer Debatte stimmt der Stadtrat dem neuen Hafenplan zu"),
                     _crumbs("Nach langer Debatte stimmt der Stadtrat dem neuen Hafenplan zu"),
                     "Hafen: Rat sagt Ja", id="de-crumb-h1-text-is-no-headline"),
    ],
)  # fmt: skip
def test_title_shown_without_an_h1(head: str, body: str, expected: str) -> None:
    assert extract_article(_page(head, body), URL).title == expected


def test_a_headline_past_the_walked_window_is_not_looked_for() -> None:
    """The walk for a shown headline stops after SHOWN_WINDOW elements of the body: a
    hostile page of 100,000 teasers costs what an ordinary page does."""
    from newsarchive.extract.title import SHOWN_WINDOW

    head = _og("Thousands in the dark") + _ld("Storm hits coast as thousands lose power")
    shown = '<div class="hl">Storm hits coast as thousands lose power</div>'
    near = "<div><span>A teaser on this page</span></div>" * 10
    far = "<div><span>A teaser on this page</span></div>" * (SHOWN_WINDOW // 2)
    assert (
        extract_article(_page(head, near + shown), URL).title
        == "Storm hits coast as thousands lose power"
    )
    assert extract_article(_page(head, far + shown), URL).title == "Thousands in the dark"
