"""Titles of sites never seen: a social card's line in other words beside the headline that
the page shows and names itself by, on a page without a JSON-LD headline (issue 10,
session 28).

og:title (and twitter:title, the same card) is often a line written for sharing ("What it
means for you", a teaser in other words), while the article's h1 inside its <article> or
<main> and the <title> (before the site's name) state the headline. With a JSON-LD
headline the h1 shows, the headline won already (`titlevotes._shown_headline`); without
one, og:title was kept, two agreeing places being too few to outvote it. Now the h1 the
<title> states stands for the headline. Not where og:title is the h1 with words left out (a
share card's cut), nor where the h1 is a section's name, nor on a live page, nor where
the <title> states something else. (A social line of a name's few words sharing none of
the headline's was already left out as a template's name, `title._only_a_name`.)

Every page here is invented (words, markup, names, hosts). Each row of `REWRITES` failed
before (og:title was the title); `KEPT` guards what must stay.
"""

# ruff: noqa: E501  -- table rows of invented titles read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

# lang: (headline the h1 and <title> state, the social line in other words, the site's
# name, the separator before it, the body's sentence)
PAGES = {
    "de": ("Stadtrat beschließt neuen Hafenplan nach langer Debatte", "Was jetzt auf die Anwohner am Kai zukommt", "Seebote", " | ",
           "Der Rat hat lange beraten und dann mit großer Mehrheit entschieden, sagten Beamte am Dienstag."),
    "en": ("Council backs harbour plan after a ten-hour debate", "Everything you need to know about the story everyone is talking about", "Bayside Post", " - ",
           "The council debated for a long time and then decided with a large majority, officials said."),
    "fr": ("Le conseil municipal adopte le plan du port", "Ce qu'il faut retenir", "Le Courrier du Port", " – ",
           "Le conseil a longuement débattu puis a décidé à une large majorité, ont indiqué des responsables."),
    "es": ("El pleno aprueba el plan del puerto tras diez horas de debate", "Todo lo que tienes que saber", "Diario del Muelle", " | ",
           "El consejo debatió durante mucho tiempo y luego decidió por amplia mayoría, dijeron los funcionarios."),
    "it": ("Il consiglio comunale approva il nuovo piano del porto", "Cosa cambia davvero per chi vive vicino al molo e lavora in città", "Gazzetta del Molo", " - ",
           "Il consiglio ha discusso a lungo e poi ha deciso a larga maggioranza, hanno detto i funzionari."),
    "tr": ("Belediye meclisi yeni liman planını kabul etti", "Limanın yakınında yaşayanlar için neler değişecek", "Liman Postası", " | ",
           "Meclis uzun süre tartıştı ve ardından büyük bir çoğunlukla karar verdi, dedi yetkililer salı günü."),
    "no": ("Bystyret vedtok havneplanen etter lang debatt", "Dette betyr det for deg som bor ved kaia", "Havnebladet", " – ",
           "Bystyret debatterte lenge og vedtok så med stort flertall, sa tjenestemenn tirsdag på rådhuset."),
    "sv": ("Kommunfullmäktige klubbade den nya hamnplanen", "Så påverkas du som bor nära hamnen", "Hamnposten", " | ",
           "Fullmäktige debatterade länge och beslutade sedan med stor majoritet, sade tjänstemän på tisdagen."),
    "pt": ("Câmara aprova novo plano do porto após longo debate", "Tudo o que se sabe até agora", "Jornal do Cais", " — ",
           "A câmara debateu durante muito tempo e depois decidiu por larga maioria, disseram os responsáveis."),
    "ru": ("Городской совет утвердил новый план порта", "Что изменится для жителей прибрежных районов после долгих споров", "Портовые вести", " — ",
           "Совет долго обсуждал план и затем утвердил его большинством голосов, сообщили чиновники во вторник."),
    "ja": ("市議会が港の新しい整備計画を賛成多数で可決", "知っておきたい三つのこと", "湾岸日報", "｜",
           "市議会は長い議論の末、賛成多数で計画を可決したと、市の担当者が火曜日に明らかにした。"),
    "ko": ("시의회, 새 항만 개발 계획 찬성 다수로 통과", "주민들이 알아야 할 모든 것", "항구일보", "ㅣ",
           "시의회는 오랜 논의 끝에 찬성 다수로 계획을 통과시켰다고 시 관계자가 화요일 밝혔다."),
}  # fmt: skip

URL = "https://www.news-example.org/local/2026/12/06/story-4711.html"


def page(
    lang: str,
    og: str | None,
    h1: str | None,
    tab: str | None,
    frame: str = "article",
    twitter: bool = True,
    kind: str | None = None,
) -> str:
    """An article page: <title>, og:title (and twitter:title), the h1 inside `frame`."""
    site = PAGES[lang][2]
    head = ['<meta charset="utf-8">', f'<meta property="og:site_name" content="{site}">']
    if tab is not None:
        head.append(f"<title>{tab}</title>")
    if og is not None:
        head.append(f'<meta property="og:title" content="{og}">')
        if twitter:
            head.append(f'<meta name="twitter:title" content="{og}">')
    if kind is not None:
        head.append(f'<script type="application/ld+json">{{"@type": "{kind}"}}</script>')
    heading = f"<h1>{h1}</h1>" if h1 else ""
    story = "".join(f"<p>{PAGES[lang][4]}</p>" for _ in range(4))
    return (
        f'<!doctype html><html lang="{lang}"><head>{"".join(head)}</head><body>'
        f'<header><a href="/">{site}</a></header><{frame}>{heading}{story}</{frame}></body></html>'
    )


def _tab(lang: str, title: str) -> str:
    return f"{title}{PAGES[lang][3]}{PAGES[lang][2]}"


REWRITES = [
    pytest.param(lang, shape, id=f"{lang}-{shape}")
    for lang in PAGES
    for shape in ("article", "main", "og-only")
]


@pytest.mark.parametrize(("lang", "shape"), REWRITES)
def test_social_line_in_other_words_yields_to_the_titled_h1(lang: str, shape: str) -> None:
    """og:title (twitter:title too, or not) a line in other words; the h1 inside <article>
    or <main> and the <title> before the site's name state the headline: the headline."""
    headline, social = PAGES[lang][:2]
    html = page(
        lang,
        og=social,
        h1=headline,
        tab=_tab(lang, headline),
        frame="main" if shape == "main" else "article",
        twitter=shape != "og-only",
    )
    assert extract_article(html, URL).title == headline


KEPT = [
    # a share card's cut of the headline (its words, in order, some left out): the card's
    pytest.param("en", "Council backs harbour plan", "Council backs harbour plan after a ten-hour debate", "article", None, id="en-cut"),
    pytest.param("de", "Stadtrat beschließt Hafenplan", "Stadtrat beschließt neuen Hafenplan nach langer Debatte", "article", None, id="de-cut"),
    # an h1 of a section's name over the article, which the <title> names too: no headline
    pytest.param("de", "Stadtrat beschließt neuen Hafenplan nach langer Debatte", "Lokales", "article", None, id="de-section-h1"),
    # the h1 outside any <article>/<main> the page has: a banner's, not the article's
    pytest.param("en", PAGES["en"][1], PAGES["en"][0], "div", None, id="en-h1-unframed"),
    # a live page: the h1 and <title> carry the rolling line, og:title names the story
    pytest.param("en", "Harbour plan vote: what happened", "LIVE: Council votes on harbour plan", "article", "LiveBlogPosting", id="en-live"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "og", "h1", "frame", "kind"), KEPT)
def test_social_line_kept(lang: str, og: str, h1: str, frame: str, kind: str | None) -> None:
    """og:title stays where the h1 beside it is no stronger witness of the headline."""
    html = page(lang, og=og, h1=h1, tab=_tab(lang, h1), frame=frame, kind=kind)
    if frame == "div":  # a page with an <article> elsewhere (a teaser's), the h1 outside it
        html = html.replace("</body>", "<article><p>Other story</p></article></body>")
    assert extract_article(html, URL).title == og


def test_title_stating_another_line_keeps_og_title() -> None:
    """The <title> states neither line (a site's old SEO text): nothing confirms the h1."""
    headline, social = PAGES["de"][:2]
    html = page("de", og=social, h1=headline, tab=_tab("de", "Hafen und Kai im Wandel der Zeit"))
    assert extract_article(html, URL).title == social


# A <title> ending in two names, the paper's before its group's ("Title - Paper | Group"), beside
# an og:title of a kicker, the title and the paper's name; no meta names either. The paper's
# name is an end part both titles share after different rests (`titleparts.shared_ends`,
# now also of the <title> without its last part): it was left in the title.
GROUPED = [
    pytest.param("ja", "：", "湾岸プラスWeb", "湾岸メディア", "港湾", id="ja-fullwidth-colon"),
    pytest.param("ja", "｜", "日刊湾岸DIGITAL", "KNP Online", "独自", id="ja-fullwidth-bar"),
    pytest.param("ko", "ㅣ", "항구플러스", "항구미디어", "단독", id="ko-hangul-bar"),
    pytest.param("en", " — ", "Bayside Post", "Harbour Media Group", "Analysis", id="en-em-dash"),
    pytest.param("de", " – ", "Seebote", "Küstenmedien", "Kommentar", id="de-en-dash"),
]


@pytest.mark.parametrize(("lang", "sep", "paper", "group", "kicker"), GROUPED)
def test_paper_name_before_a_group_name_goes(
    lang: str, sep: str, paper: str, group: str, kicker: str
) -> None:
    headline = PAGES[lang][0]
    html = page(
        lang,
        og=f"{kicker}: {headline}{sep}{paper}",
        h1=None,
        tab=f"{headline}{sep}{paper} | {group}",
        twitter=False,
    ).replace(f'<meta property="og:site_name" content="{PAGES[lang][2]}">', "")
    html = html.replace(f'<a href="/">{PAGES[lang][2]}</a>', '<a href="/">Start</a>')
    assert extract_article(html, URL).title == headline


# An h1 inside <article>/<main> of a name, the section's, the series' or the site's, that a
# template sets as the <title> too, beside an og:title as short as a headline gets: the
# two agree on no headline, og:title stays (was the name: the h1 stood for the headline
# where it was not under half og:title's length).
NAMED_H1 = [
    pytest.param("en", "Harbour plan passes", "Weekend Reads", id="en-section"),
    pytest.param("en", "Council backs the harbour plan", "The Harbour Diaries", id="en-series"),
    pytest.param("de", "Stadtrat sagt Ja zum Hafen", "Politik und Wirtschaft", id="de-section"),
    pytest.param("fr", "Le port adopte son plan", "Idées et débats", id="fr-section"),
    pytest.param("ja", "港の計画を可決", "連載・港の記憶", id="ja-series"),
]


@pytest.mark.parametrize(("lang", "og", "h1"), NAMED_H1)
def test_name_h1_the_title_states_too_keeps_og_title(lang: str, og: str, h1: str) -> None:
    html = page(lang, og=og, h1=h1, tab=_tab(lang, h1))
    assert extract_article(html, URL).title == og


# ... but a headline of a few words that is a quote or a question is no name: the headline.
SAID_H1 = [
    pytest.param("de", "Was jetzt auf die Anwohner am Kai zukommt", "„Unermüdlicher Einsatz“", id="de-quote"),
    pytest.param("fr", "Ce qu'il faut retenir de cette journée", "« Nous reconstruirons le port »", id="fr-quote"),
    pytest.param("en", "What it means for people in town", "Who pays the bill?", id="en-question"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "og", "h1"), SAID_H1)
def test_short_quote_or_question_h1_is_the_headline(lang: str, og: str, h1: str) -> None:
    html = page(lang, og=og, h1=h1, tab=_tab(lang, h1))
    assert extract_article(html, URL).title == h1


@pytest.mark.parametrize("mark", ["…", "..."])
def test_cut_h1_the_title_states_cut_too_keeps_og_title(mark: str) -> None:
    """The h1 and the <title> cut with an ellipsis, og:title whole in other words: og:title
    (was the cut h1)."""
    social = "What it means for everyone who lives by the quay"
    cut = f"Council backs harbour plan after{mark}"
    html = page("en", og=social, h1=cut, tab=_tab("en", cut))
    assert extract_article(html, URL).title == social


@pytest.mark.parametrize("frame", ["main", "article"])
def test_site_name_h1_the_title_states_keeps_og_title(frame: str) -> None:
    """No meta names the site; its name is the <title> and the h1 in a <main> wrapping the
    whole page: og:title (was the site's name)."""
    headline = "Plan passes at last"
    html = page(
        "en", og=headline, h1="Bayside Post", tab="Bayside Post", frame=frame, twitter=False
    )
    html = html.replace('<meta property="og:site_name" content="Bayside Post">', "")
    assert extract_article(html, URL).title == headline


# og:title a series' kicker, the <title>'s kicker and the headline after a full-width colon;
# the <title> the same kicker and headline before the paper's name: the headline's tail
# after two kickers is no name two titles end in (it was taken for the paper's name, left
# out, and the title was the kicker).
KICKED = [
    pytest.param("ja", "連載・港の再生：市長が会見で表明", "港の再生：市長が会見で表明｜湾岸日報", "市長が会見で表明", id="ja"),
    pytest.param("ja", "連載・港の再生：市長が会見で表明", "港の再生：市長が会見で表明 | 湾岸日報", "市長が会見で表明", id="ja-bar"),
    pytest.param("zh", "系列报道·港口复兴：市长在发布会上表态", "港口复兴：市长在发布会上表态｜港湾日报", "市长在发布会上表态", id="zh"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "og", "tab", "tail"), KICKED)
def test_headline_tail_after_two_kickers_is_no_paper_name(
    lang: str, og: str, tab: str, tail: str
) -> None:
    html = page("ja", og=og, h1=None, tab=tab, twitter=False).replace('lang="ja"', f'lang="{lang}"')
    assert extract_article(html, URL).title.endswith(tail)


def test_long_name_after_two_short_headlines_still_goes() -> None:
    """A name wider than the headlines before it, at the end of og:title and the <title>
    (no meta names it): still the site's, cut (the rest-wider rule is for a <title>'s part
    before its last alone)."""
    name = "Portside Evening Gazette"
    html = page("en", og=f"Why the mayor quit | {name}", h1=None, tab=f"Mayor quits | {name}")
    html = html.replace('<meta property="og:site_name" content="Bayside Post">', "")
    html = html.replace('<a href="/">Bayside Post</a>', '<a href="/">Start</a>')
    assert extract_article(html, URL).title == "Why the mayor quit"
