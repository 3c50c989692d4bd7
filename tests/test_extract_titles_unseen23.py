"""Title rules checked on invented pages of the shapes unseen sites use (issue 10, session 23).

- A <time> with a year or a clock time, or an element classed as a byline or a date
  ("byline", "article-author", "date"), closing the h1 is no headline text ("<h1>Stadtrat
  stimmt zu <time>13.05.2026, 10:15</time></h1>"); a <time> inside the words stays ("Fest am
  <time>13. Mai</time>", "ab <time>2027</time> ändert").
- A date with its weekday ("Mittwoch, 13. Mai 2026", "Friday 15 May 2026") between the title
  and the site's name goes with the name, as one without it did.
- The site's name after a colon ("Title: Hafenbote"), or after a bare dash where it is of two
  words or a host ("Title-El Faro", "Title-Hafenbote.de"), goes; a one-word name after a bare
  dash stays, og:site_name's too (a compound's second half: "Wahl in Mecklenburg-Vorpommern"
  on vorpommern.example, "Nordsee-Hafenblatt" in tests/test_extract_titles_unseen15.py).
- The initials of a site's name count a hyphen's parts as words ("Neue Hafen-Zeitung" is
  "NHZ", as "Neue Hafen Zeitung" was).
- One section's crumb left before the title by a trail's own mark ("Region » Title | Site")
  goes where the site's name was cut after it; a kicker's "/" or ">" keeps its part.
- Arabic "موقع" (site) is a word of a site's name ("... - موقع البحر").
- A class "plusartikel" names a paid article's badge.

The campaign table (`CAMPAIGN`) holds 74 pages in the shapes of German (Escenic, Sophora,
Arc, WordPress, Drupal, NewsFactory-like), Swiss, Austrian, French, Spanish, Italian, Dutch,
Polish, Portuguese, Scandinavian, Czech, Turkish, Japanese, Korean, Chinese, Arabic, Hebrew,
Hindi, Greek and English sites, where the title sources disagree. The expected title is the
headline a reader sees; where og:title (and the JSON-LD headline) state the h1's classed
kicker with the headline ("Kiel: ..." beside "<span class=kicker>Kiel</span>..."), the
project's convention (tests/test_extract_title.py, "de-h1-shows-og-kicker-and-all") is the
title as shown, kicker and all, and the six such rows follow it; so does the spelling of
quotes most sources use. At 0aba4839, 12 of the 74 rows fail; here 4, each a strict xfail
with its reason (of the 31 leftover rows, 17 fail there and 5 here). Session 24 passes
three of those four (a one-word name after a bare dash where the URL's slug stops before
it, a live card's "+++" og:title, a lone twitter:title rewrite) and a leftover's date after
a comma. Every page here is invented: words, markup, site names and hosts.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json
from typing import Any

import pytest

from newsarchive.extract import extract_article

STORIES = {
    "de": "<p>Der Rat hat lange beraten und dann mit großer Mehrheit entschieden, sagten Beamte am Dienstag im Rathaus.</p>",
    "en": "<p>The council debated for a long time and then decided with a large majority, officials said on Tuesday.</p>",
}


def _art(
    lang: str = "de",
    tab: str | None = None,
    og: str | None = None,
    tw: str | None = None,
    site: str | None = None,
    ld: dict[str, str] | None = None,
    h1: str | None = None,
    amp: bool = False,
) -> str:
    head = [f"<title>{tab}</title>"] if tab is not None else []
    if og is not None:
        head.append(f'<meta property="og:title" content="{og.replace(chr(34), "&quot;")}">')
    if tw is not None:
        head.append(f'<meta name="twitter:title" content="{tw.replace(chr(34), "&quot;")}">')
    if site is not None:
        head.append(f'<meta property="og:site_name" content="{site}">')
    if ld is not None:
        data = {"@context": "https://schema.org", "@type": "NewsArticle", **ld}
        head.append(
            f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
        )
    if amp:
        head.append('<link rel="canonical" href="https://www.hafenbote.example/a.html">')
    rtl = ' dir="rtl"' if lang in ("ar", "he", "fa") else ""
    amp_attr = " amp" if amp else ""
    story = STORIES.get(lang, STORIES["en"]) * 3
    return (
        f'<html lang="{lang}"{rtl}{amp_attr}><head>{"".join(head)}</head><body>'
        f"<article>{h1 or ''}{story}</article></body></html>"
    )


# rows failing here, each for a reason no general rule settles yet
XFAIL: dict[str, str] = {}  # (session 25: el-site-no-paper-word passes, `titlepartnames.host_root`)
CAMPAIGN: list[Any] = []


def _row(id: str, expected: str, url: str, **kw: Any) -> None:
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[id])] if id in XFAIL else []
    CAMPAIGN.append(pytest.param(url, kw, expected, id=id, marks=marks))


# --- German: Escenic/Sophora/Arc/WordPress/Drupal/NewsFactory-like ---
U = "https://www.hafenbote.example/region/kiel/stadtrat-hafenplan-id4711.html"
H = "Stadtrat beschließt neuen Hafenplan"
_row(
    "de-escenic-kicker-spans",
    f"Kiel: {H}",
    U,
    tab=f"Kiel: {H} | Hafenbote",
    og=f"Kiel: {H}",
    site="Hafenbote",
    ld={"headline": f"Kiel: {H}"},
    h1=f'<h1><span class="kicker">Kiel</span><span class="headline">{H}</span></h1>',
)
_row(
    "de-sophora-topline",
    H,
    U,
    tab=f"{H} | hafenbote.example",
    og=H,
    h1=f'<h1><span class="topline">Nach langer Debatte</span> <span class="title">{H}</span></h1>',
)
_row(
    "de-arc-seo-og",
    H,
    U,
    tab=f"Hafenplan Kiel: {H} | Hafenbote",
    og=f"Hafenplan Kiel: {H}",
    ld={"headline": f"Hafenplan Kiel: {H}"},
    site="Hafenbote",
    h1=f"<h1>{H}</h1>",
)
_row("de-wp-unspaced-dash", H, U, tab=f"{H}-Hafenbote")
_row("de-wp-colon-site", H, U, tab=f"{H}: Hafenbote", site="Hafenbote")
_row("de-drupal-pipe-section", H, U, tab=f"{H} | Region | Hafenbote", h1=f"<h1>{H}</h1>")
_row(
    "de-newsfactory-initials",
    H,
    "https://www.khb.example/lokales/a-1.html",
    tab=f"{H} - KHB",
    og=H,
    h1=f"<h1>{H}</h1>",
)
_row(
    "de-plus-badge-class",
    H,
    U,
    tab=f"{H} | Hafenbote",
    h1=f'<h1><span class="plusartikel" aria-label="Plus"></span><span>{H}</span></h1>',
)
_row(
    "de-plus-text-badge",
    H,
    U,
    tab=f"{H} | Hafenbote",
    h1=f'<h1><span class="badge-plus">H+</span> {H}</h1>',
)
_row(
    "de-time-in-h1",
    H,
    U,
    tab=f"{H} | Hafenbote",
    h1=f'<h1>{H} <time datetime="2026-05-13T10:15">13.05.2026, 10:15 Uhr</time></h1>',
)
_row(
    "de-byline-in-h1",
    H,
    U,
    og=H,
    h1=f'<h1>{H}<span class="article-author">Von Anna Muster</span></h1>',
)
_row("de-weekday-date-tab", H, U, tab=f"{H} | Mittwoch, 13. Mai 2026 | Hafenbote")
_row(
    "de-kommentar-og",
    "Kommentar: Der Hafenplan kommt zu spät",
    U,
    tab="Der Hafenplan kommt zu spät | Hafenbote",
    og="Kommentar: Der Hafenplan kommt zu spät",
    ld={"headline": "Kommentar: Der Hafenplan kommt zu spät"},
    h1='<h1><span class="kicker">Kommentar</span> Der Hafenplan kommt zu spät</h1>',
)
_row(
    "de-liveticker",
    "Sturmflut an der Küste: Alle Entwicklungen im Liveticker",
    U,
    tab="Sturmflut an der Küste: Alle Entwicklungen im Liveticker | Hafenbote",
    og="+++ Sturmflut an der Küste +++ Alle Entwicklungen im Liveticker",
    ld={
        "@type": "LiveBlogPosting",
        "headline": "Sturmflut an der Küste: Alle Entwicklungen im Liveticker",
    },
    h1="<h1>Sturmflut an der Küste: Alle Entwicklungen im Liveticker</h1>",
)
_row(
    "de-quotes-metadata-spelling",
    'Bürgermeisterin: "Wir bauen den Hafen neu"',
    U,
    og='Bürgermeisterin: "Wir bauen den Hafen neu"',
    tab='Bürgermeisterin: "Wir bauen den Hafen neu" | Hafenbote',
    h1="<h1>Bürgermeisterin: „Wir bauen den Hafen neu“</h1>",
)
_row(
    "de-bundestag-spans",
    "Der Bundestag stimmt dem Hafengesetz zu",
    U,
    tab="Der Bundestag stimmt dem Hafengesetz zu | Hafenbote",
    h1="<h1><span>Der Bundes</span><span>tag stimmt dem Hafengesetz zu</span></h1>",
)
_row(
    "de-twitter-differs",
    H,
    U,
    tab=f"{H} | Hafenbote",
    og=H,
    tw="Was der neue Hafenplan für Kiel bedeutet",
    h1=f"<h1>{H}</h1>",
)
_row(
    "de-ld-name-vs-headline",
    H,
    U,
    ld={"headline": H, "name": "Hafenplan"},
    tab="Hafenbote",
    h1=f"<h1>{H}</h1>",
)
_row("de-amp", H, U, amp=True, tab=f"{H} - Hafenbote", h1=f'<h1 class="amp-title">{H}</h1>')
_row("de-breadcrumb-one-left", H, U, tab=f"Region » {H} | Hafenbote", site="Hafenbote")
_row(
    "de-video-tag",
    H,
    U,
    tab=f"{H} (mit Video) | Hafenbote",
    og=f"{H} (mit Video)",
    h1=f"<h1>{H}</h1>",
)

# --- Swiss and Austrian ---
CH = "Kantonsrat lehnt neues Seeufergesetz ab"
UC = "https://www.seeblick.example/zuerich/kantonsrat-seeufer-ld.98765"
_row("ch-initials-dash", CH, UC, tab=f"{CH} – SBZ", og=CH, h1=f"<h1>{CH}</h1>")
_row(
    "ch-kicker-colon-h1",
    f"Seeufer: {CH}",
    UC,
    tab=f"Seeufer: {CH} | Seeblick",
    og=f"Seeufer: {CH}",
    h1=f'<h1><span class="title__kicker">Seeufer</span><span class="title__text">{CH}</span></h1>',
)
_row(
    "ch-abo-badge",
    CH,
    UC,
    tab=f"{CH} | Seeblick",
    h1=f'<h1><span class="abo-badge">Abo</span>{CH}</h1>',
)
AT = "Nationalrat beschließt Reform der Pflege"
UA = "https://www.donaupost.example/politik/inland/nationalrat-pflege/401234567"
_row(
    "at-pipe-site-sect",
    AT,
    UA,
    tab=f"{AT} | Inland | donaupost.example",
    og=AT,
    h1=f"<h1>{AT}</h1>",
)
_row(
    "at-premium-star",
    AT,
    UA,
    tab=f"{AT} | Donaupost",
    h1=f'<h1><span class="premium-icon"></span> {AT}</h1>',
)
_row(
    "at-ld-seo",
    AT,
    UA,
    ld={"headline": f"Pflegereform: {AT}"},
    og=f"Pflegereform: {AT}",
    h1=f"<h1>{AT}</h1>",
)

# --- French ---
FR = "Le conseil municipal adopte le nouveau plan du port"
UF = "https://www.lacote.example/politique/article/2026/05/13/conseil-port_123.html"
_row("fr-tab-emdash", FR, UF, tab=f"{FR} — La Côte", og=FR, h1=f"<h1>{FR}</h1>")
_row(
    "fr-opinion-tribune",
    "TRIBUNE. Le port mérite mieux que ce plan",
    UF,
    tab="Tribune. Le port mérite mieux que ce plan - La Côte",
    og="TRIBUNE. Le port mérite mieux que ce plan",
    h1='<h1><span class="label">Tribune</span> Le port mérite mieux que ce plan</h1>',
)
_row(
    "fr-direct-live",
    "DIRECT. Tempête sur la côte : les dernières informations",
    UF,
    tab="DIRECT. Tempête sur la côte : les dernières informations",
    og="DIRECT. Tempête sur la côte : les dernières informations",
    ld={"@type": "LiveBlogPosting", "headline": "Tempête sur la côte : les dernières informations"},
    h1='<h1><span class="live-badge">Direct</span> Tempête sur la côte : les dernières informations</h1>',
)
_row(
    "fr-abonnes",
    FR,
    UF,
    tab=f"{FR} | La Côte",
    h1=f'<h1><span class="premium">Abonnés</span>{FR}</h1>',
)
# --- Spanish ---
ES = "El ayuntamiento aprueba el nuevo plan del puerto"
UE = "https://www.elfaro.example/local/2026/05/13/ayuntamiento-puerto.html"
_row(
    "es-seo-og",
    ES,
    UE,
    tab=f"{ES} | El Faro",
    og=f"Puerto de Vigo: {ES}",
    ld={"headline": ES},
    h1=f"<h1>{ES}</h1>",
)
_row(
    "es-opinion-label",
    "El puerto necesita otro plan",
    UE,
    tab="Opinión | El puerto necesita otro plan | El Faro",
    og="Opinión | El puerto necesita otro plan",
    h1="<h1>El puerto necesita otro plan</h1>",
)
_row("es-unspaced-dash", ES, "https://www.elfaro.example/a/1", tab=f"{ES}-El Faro", site="El Faro")
# --- Italian ---
IT = "Il consiglio comunale approva il nuovo piano del porto"
UI = "https://www.ilmolo.example/cronaca/2026/05/13/news/porto-123/"
_row("it-tab-sections", IT, UI, tab=f"{IT} - Cronaca - Il Molo", og=IT, h1=f"<h1>{IT}</h1>")
_row(
    "it-tw-rewrite",
    IT,
    UI,
    tab=f"{IT} - Il Molo",
    tw="Porto, via libera al piano: cosa cambia",
    h1=f"<h1>{IT}</h1>",
)
# --- Dutch ---
NL = "Gemeenteraad stemt in met nieuw havenplan"
UN = "https://www.havenkrant.example/binnenland/gemeenteraad-havenplan~b1234/"
_row("nl-pipe-site", NL, UN, tab=f"{NL} | Havenkrant", og=NL, h1=f"<h1>{NL}</h1>")
_row(
    "nl-premium",
    NL,
    UN,
    tab=f"{NL} | Havenkrant",
    h1=f'<h1><span class="premium-label">Premium</span> {NL}</h1>',
)
# --- Polish ---
PL = "Rada miasta przyjęła nowy plan portu"
UP = "https://www.gazetaportowa.example/wiadomosci/rada-miasta-plan-portu,123.html"
_row("pl-og-seo", PL, UP, tab=f"{PL} - Gazeta Portowa", og=f"Gdynia. {PL}", h1=f"<h1>{PL}</h1>")
_row("pl-date-tab", PL, UP, tab=f"{PL} | 13 maja 2026 | Gazeta Portowa")
# --- Portuguese ---
PT = "Câmara aprova novo plano para o porto"
UPT = "https://www.jornaldoporto.example/local/camara-aprova-plano-porto"
_row("pt-tab-site", PT, UPT, tab=f"{PT} | Jornal do Porto", og=PT, h1=f"<h1>{PT}</h1>")
_row(
    "pt-br-folha-like",
    "Prefeitura anuncia novo plano para o porto",
    "https://www1.diariodacosta.example/cotidiano/2026/05/plano.shtml",
    tab="Prefeitura anuncia novo plano para o porto - 13/05/2026 - Cotidiano - Diário da Costa",
    og="Prefeitura anuncia novo plano para o porto",
    h1="<h1>Prefeitura anuncia novo plano para o porto</h1>",
)
# --- Scandinavian ---
SV = "Kommunfullmäktige säger ja till ny hamnplan"
USV = "https://www.hamnbladet.example/nyheter/a/xyz12/kommunfullmaktige-hamnplan"
_row("sv-pipe-site", SV, USV, tab=f"{SV} | Hamnbladet", og=SV, h1=f"<h1>{SV}</h1>")
_row(
    "sv-plus",
    SV,
    USV,
    tab=f"{SV} | Hamnbladet",
    h1=f'<h1><span class="plus-badge">Plus</span> {SV}</h1>',
)
NO = "Bystyret vedtok ny havneplan"
_row(
    "no-tab-dash",
    NO,
    "https://www.havneposten.example/nyheter/i/abc/bystyret",
    tab=f"{NO} – Havneposten",
    og=NO,
    h1=f"<h1>{NO}</h1>",
)
DA = "Byrådet vedtager ny havneplan"
_row(
    "da-tab-site",
    DA,
    "https://www.havnebladet.example/indland/byraadet",
    tab=f"{DA} | Havnebladet",
    ld={"headline": DA},
    h1=f"<h1>{DA}</h1>",
)
# --- Czech ---
CS = "Zastupitelstvo schválilo nový plán přístavu"
_row(
    "cs-tab-site-sect",
    CS,
    "https://www.pristavni.example/domaci/zastupitelstvo-plan.A260513",
    tab=f"{CS} | Domácí | Přístavní listy",
    og=CS,
    h1=f"<h1>{CS}</h1>",
)
# --- Turkish ---
TR = "Belediye meclisi yeni liman planını onayladı"
_row(
    "tr-son-dakika",
    TR,
    "https://www.limanhaber.example/gundem/belediye-liman-123",
    tab=f"{TR} - Son Dakika Haberleri - Liman Haber",
    og=f"Son dakika: {TR}",
    h1=f"<h1>{TR}</h1>",
)
# --- Japanese ---
JA = "市議会が新しい港湾計画を可決"
_row(
    "ja-fullwidth-bar",
    JA,
    "https://www.kowan.example/articles/20260513-001",
    tab=f"{JA}｜港湾新聞デジタル",
    og=JA,
    h1=f"<h1>{JA}</h1>",
)
_row("ja-nohead", JA, "https://www.kowan.example/articles/20260513-002", tab=f"{JA} - 港湾新聞")
# --- Korean ---
KO = "시의회, 새 항만 계획 통과"
_row(
    "ko-hangul-bar",
    KO,
    "https://www.hangman.example/news/articleView.html?idxno=1",
    tab=f"{KO} ㅣ 항만일보",
    og=KO,
    h1=f"<h1>{KO}</h1>",
)
_row(
    "ko-label",
    KO,
    "https://www.hangman.example/news/a2",
    tab=f"[단독] {KO} - 항만일보",
    og=f"[단독] {KO}",
    h1=f"<h1>{KO}</h1>",
)
# --- Chinese ---
ZH = "市议会通过新的港口规划"
_row(
    "zh-underscores",
    ZH,
    "https://www.gangkou.example/news/2026/0513/1.html",
    tab=f"{ZH}_新闻频道_港口网",
    h1=f"<h1>{ZH}</h1>",
)
_row("zh-og-only", ZH, "https://www.gangkou.example/news/2", tab=f"{ZH}--港口网", og=f"{ZH}")
# --- Arabic ---
AR = "المجلس البلدي يقر خطة جديدة للميناء"
_row("ar-mawqi", AR, "https://www.almina.example/news/123", lang="ar", tab=f"{AR} - موقع البحر")
_row(
    "ar-sahifa",
    AR,
    "https://www.almina.example/news/124",
    lang="ar",
    tab=f"{AR} | صحيفة البحر",
    og=AR,
    h1=f"<h1>{AR}</h1>",
)
# --- Hebrew ---
HE = "מועצת העיר אישרה תוכנית חדשה לנמל"
_row(
    "he-site",
    HE,
    "https://www.hanamal.example/news/article/1",
    lang="he",
    tab=f"{HE} - חדשות הנמל",
    og=HE,
    h1=f"<h1>{HE}</h1>",
)
# --- Hindi ---
HI = "नगर परिषद ने बंदरगाह की नई योजना को मंजूरी दी"
_row(
    "hi-tab-news",
    HI,
    "https://www.bandargah.example/city/story-1",
    lang="hi",
    tab=f"{HI} - Hindi News | बंदरगाह समाचार",
    og=HI,
    h1=f"<h1>{HI}</h1>",
)
# --- Greek ---
EL = "Το δημοτικό συμβούλιο ενέκρινε νέο σχέδιο για το λιμάνι"
_row(
    "el-site-no-paper-word",
    EL,
    "https://www.limani.example/eidiseis/1",
    lang="el",
    tab=f"{EL} - Λιμανιώτης",
)
_row(
    "el-site-meta",
    EL,
    "https://www.limani.example/eidiseis/2",
    lang="el",
    tab=f"{EL} | Λιμανιώτης",
    site="Λιμανιώτης",
    h1=f"<h1>{EL}</h1>",
)
# --- English opinion, analysis ---
EN = "Council backs new harbour plan after long debate"
UEN = "https://www.harbourtimes.example/news/2026/may/13/council-harbour-plan"
_row(
    "en-opinion-pipe",
    "The harbour plan is a missed chance",
    UEN,
    lang="en",
    tab="Opinion | The harbour plan is a missed chance - Harbour Times",
    og="Opinion | The harbour plan is a missed chance",
    h1="<h1>The harbour plan is a missed chance</h1>",
)
_row("en-weekday-date", EN, UEN, lang="en", tab=f"{EN} - Friday 15 May 2026 - Harbour Times")
_row("en-colon-site", EN, UEN, lang="en", tab=f"{EN}: Harbour Times", site="Harbour Times")
_row(
    "en-ld-name-seo",
    EN,
    UEN,
    lang="en",
    ld={"headline": EN, "name": "Harbour plan news"},
    og=EN,
    h1=f"<h1>{EN}</h1>",
)
# --- German, more shapes ---
_row("de-section-suffix-fullwidth", H, U, tab=f"{H} ｜ Politik ｜ Hafenbote", h1=f"<h1>{H}</h1>")
_row("de-exklusiv-og", H, U, tab=f"{H} | Hafenbote", og=f"EXKLUSIV: {H}", h1=f"<h1>{H}</h1>")
_row(
    "de-interview-h1",
    "Interview: „Wir müssen den Hafen neu denken“",
    U,
    tab="Interview: „Wir müssen den Hafen neu denken“ | Hafenbote",
    og="Interview: „Wir müssen den Hafen neu denken“",
    h1='<h1><span class="kicker">Interview</span>„Wir müssen den Hafen neu denken“</h1>',
)
_row(
    "de-tab-only-site-after-colon",
    H,
    "https://www.hafenbote.example/a/2",
    tab=f"{H}: Hafenbote.example",
)
_row(
    "de-h1-subline",
    H,
    U,
    tab=f"{H} | Hafenbote",
    h1=f'<h1>{H} <span class="subline">Die Opposition kündigt Widerstand an</span></h1>',
)
_row(
    "de-zplus-small",
    "Was der Hafenplan für Anwohner bedeutet",
    U,
    tab="Was der Hafenplan für Anwohner bedeutet | Hafenbote",
    h1='<h1><span class="zplus-logo">Z+</span> Was der Hafenplan für Anwohner bedeutet</h1>',
)
_row("de-og-site-unspaced", H, U, og=f"{H}-Hafenbote", site="Hafenbote", h1=f"<h1>{H}</h1>")
_row(
    "de-date-in-words-own",
    "Hafenfest am 13. Mai 2026 abgesagt",
    U,
    tab="Hafenfest am 13. Mai 2026 abgesagt | Hafenbote",
)
_row(
    "de-compound-place-guard",
    "Wahl in Mecklenburg-Vorpommern",
    "https://www.vorpommern.example/politik/wahl-1",
    tab="Wahl in Mecklenburg-Vorpommern",
)
_row(
    "de-colon-quote-guard",
    "Minister zum Hafen: Hafenbote bleibt",
    U,
    tab="Minister zum Hafen: Hafenbote bleibt",
    h1="<h1>Minister zum Hafen: Hafenbote bleibt</h1>",
)


@pytest.mark.parametrize(("url", "page", "expected"), CAMPAIGN)
def test_campaign_title(url: str, page: dict[str, Any], expected: str) -> None:
    assert extract_article(_art(**page), url).title == expected


def test_campaign_is_at_least_sixty_pages() -> None:
    assert len(CAMPAIGN) >= 60


URL = "https://www.hafenblatt.example/politik/artikel-123.html"
T = "Stadtrat beschließt neuen Hafenplan"


def _p(body: str = "", **kw: Any) -> str:
    return _art(h1=body or None, **kw)


LEFTOVERS = [
    # a <time> or a byline closing the h1
    pytest.param(
        _p(f"<h1>{T} <time datetime='2026-05-13'>13.05.2026</time></h1>"), T, id="h1-time-date"
    ),
    pytest.param(
        _p(f"<h1>{T}<span class='byline'>Von Anna Muster</span></h1>"), T, id="h1-byline-class"
    ),
    pytest.param(
        _p(f"<h1>{T}<span class='date'>13.05.2026, 10:15 Uhr</span></h1>", tab=f"{T} | Hafenblatt"),
        T,
        id="h1-date-class",
    ),
    pytest.param(
        _p("<h1>Hafenfest am <time datetime='2026-05-13'>13. Mai</time></h1>"),
        "Hafenfest am 13. Mai",
        id="h1-time-words-stay",
    ),
    pytest.param(
        _p("<h1>Was sich ab <time>2027</time> ändert</h1>"),
        "Was sich ab 2027 ändert",
        id="h1-time-inside-stays",
    ),
    # weekday dates beside the site's name
    pytest.param(
        _p(tab=f"{T} | Montag, 13. Mai 2026 | Hafenblatt", site="Hafenblatt"),
        T,
        id="de-weekday-date",
    ),
    pytest.param(
        _p(tab=f"{T} - Friday 5 December 2026 - Harbour Times", site="Harbour Times", lang="en"),
        T,
        id="en-weekday-date",
    ),
    pytest.param(
        _p(tab="Hafenfest am 13. Mai 2026 | Hafenblatt", site="Hafenblatt"),
        "Hafenfest am 13. Mai 2026",
        id="own-date-stays",
    ),
    pytest.param(
        _p(tab="Hafenfest: 13. Mai 2026 | Hafenblatt", site="Hafenblatt"),
        "Hafenfest: 13. Mai 2026",
        id="own-date-after-colon-stays",
    ),
    # the site's name after a colon or a bare dash
    pytest.param(_p(tab=f"{T}: Hafenblatt", site="Hafenblatt"), T, id="colon-site-meta"),
    pytest.param(_p(tab=f"{T}: Hafenblatt"), T, id="colon-site-host"),
    pytest.param(_p(tab=f"{T}-Hafenblatt.de"), T, id="dash-site-domain"),
    pytest.param(
        _p(tab="Minister zum Hafen: Hafenblatt bleibt"),
        "Minister zum Hafen: Hafenblatt bleibt",
        id="colon-name-in-sentence-stays",
    ),
    # initials of the site's name
    pytest.param(_p(tab=f"{T} – NHZ", site="Neue Hafen-Zeitung"), T, id="initials-hyphen"),
    pytest.param(_p(tab=f"{T} | SHZ", site="Süddeutsche Hafen Zeitung"), T, id="initials-bar"),
    pytest.param(
        _p(tab=f"{T} - SHZ.de", site="Süddeutsche Hafen Zeitung"), T, id="initials-domain"
    ),
    pytest.param(
        _p(tab="Streit um Zölle – USA", site="Ulmer Stadt-Zeitung"),
        "Streit um Zölle – USA",
        id="other-initials-stay",
    ),
    # one crumb left after the site's cut
    pytest.param(
        _p(tab=f"Politik » {T} | Hafenblatt", site="Hafenblatt"), T, id="one-crumb-guillemet"
    ),
    pytest.param(_p(tab=f"Politik » {T}"), f"Politik » {T}", id="one-crumb-no-site-cut-stays"),
    # typographic quotes of the h1
    # (the spelling most sources use wins, straight quotes too: newsbench dev's answers spell
    # titles as the metadata do: a straight apostrophe where the h1 shows a curly one)
    pytest.param(
        _p(
            "<h1>„Wir bauen den Hafen neu“</h1>",
            og='"Wir bauen den Hafen neu"',
            tab='"Wir bauen den Hafen neu" | Hafenblatt',
        ),
        '"Wir bauen den Hafen neu"',
        id="metadata-quotes-win",
    ),
    # Arabic "site"
    pytest.param(
        _p(lang="ar", tab="رئيس البلدية يعلن خطة جديدة للميناء - موقع الميناء"),
        "رئيس البلدية يعلن خطة جديدة للميناء",
        id="ar-mawqi-after",
    ),
    pytest.param(
        _p(lang="ar", tab="موقع الميناء | رئيس البلدية يعلن خطة جديدة للميناء"),
        "رئيس البلدية يعلن خطة جديدة للميناء",
        id="ar-mawqi-before",
    ),
    # badges and split words
    pytest.param(
        _p(f"<h1><span class='plusartikel'>Plus</span>{T}</h1>"), T, id="plusartikel-class"
    ),
    pytest.param(
        _p(f"<h1><span class='plus-artikel'>Plus</span> {T}</h1>"), T, id="plus-artikel-class"
    ),
    pytest.param(
        _p(
            "<h1><span>Der Bundes</span><span>tag beschließt neuen Hafenplan</span></h1>",
            tab="Der Bundestag beschließt neuen Hafenplan | Hafenblatt",
        ),
        "Der Bundestag beschließt neuen Hafenplan",
        id="split-word-spans",
    ),
    pytest.param(
        _p("<h1><span class='plus'>Z+</span> Was der Hafenplan für Anwohner bedeutet</h1>"),
        "Was der Hafenplan für Anwohner bedeutet",
        id="zplus-before-capital",
    ),
    # a date after a comma run into the title before the site's name (session 24)
    pytest.param(
        _p(tab=f"{T}, Montag, 13. Mai 2026 | Hafenblatt", site="Hafenblatt"),
        T,
        id="comma-weekday-date",
    ),
    pytest.param(
        _p(
            lang="en",
            tab="Council backs new harbour plan, Monday, May 13, 2026 - Harbour Post",
            site="Harbour Post",
        ),
        "Council backs new harbour plan",
        id="en-comma-weekday-date",
    ),
    pytest.param(
        _p(tab="Hafenfest am 13. Mai 2026 abgesagt, sagt der Rat | Hafenblatt"),
        "Hafenfest am 13. Mai 2026 abgesagt, sagt der Rat",
        id="comma-words-stay",
    ),
    # left as they are (strict xfail): no general rule tells these yet
    pytest.param(
        _p(tab=f"{T}-Hafenblatt", site="Hafenblatt"),
        T,
        id="dash-one-word-site-name",
        marks=pytest.mark.xfail(
            strict=True,
            reason="og:site_name after a bare dash may end a compound (unseen15: Nordsee-Hafenblatt),"
            " and this URL's slug (artikel-123) spells no title to tell it by",
        ),
    ),
    pytest.param(
        _p(tab=f"{T}-Hafenblatt"),
        T,
        id="dash-one-word-host",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a one-word host name after a bare dash may be a compound's second half; the slug"
            " (artikel-123) spells no title to tell it by",
        ),
    ),
    pytest.param(
        _p(tab=f"{T} – NHZ"),
        T,
        id="initials-no-meta",
        marks=pytest.mark.xfail(
            strict=True,
            reason="initials no meta, host or other title states; a capitals' part after a dash"
            " may be the headline's ('... - EU', '... – NATO')",
        ),
    ),
    pytest.param(
        _p(lang="el", tab="Ο δήμαρχος ανακοίνωσε νέο σχέδιο για το λιμάνι - Λιμανιώτης"),
        "Ο δήμαρχος ανακοίνωσε νέο σχέδιο για το λιμάνι",
        id="el-name-no-paper-word",
        marks=pytest.mark.xfail(
            strict=True, reason="a Greek site's name no meta, host or paper word states"
        ),
    ),
]


@pytest.mark.parametrize(("page", "expected"), LEFTOVERS)
def test_leftover_title(page: str, expected: str) -> None:
    assert extract_article(page, URL).title == expected
