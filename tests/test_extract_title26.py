"""Titles of sites never seen, by language (issue 10, session 26).

Each row is an invented page (words, hosts and names made up) whose title sources
(`<title>`, og:title, twitter:title, the JSON-LD headline, the h1) are shaped the way
publishers shape them, and the title a reader calls the headline:

- a label cut off og:title leaves the headline opening in lower case ("Última hora:
  cierran ..."): the same words another source opens with a capital are the headline;
- a site's name in another script that its host spells: a channel's name and number
  ("Москва 24" on m24), a Ukrainian place ("Київ" on kyiv), a Korean name in Hangul
  ("부산" on busan, "중앙" on joongang);
- a `<title>` (and og:title) of one word for news alone ("Новости | Москва 24"), a section
  page's, beside the article's h1;
- a time of day after the title or the date ("... at 10:15", "05.12.2026 um 10:15 Uhr");
- a label in capitals opening og:title with no mark ("VIDEO Podul ...") beside a source
  stating the rest alone.

The 27 `FAILED_BEFORE` rows (of 43) fail at the session's base (bc1acce4); the others guard what must
stay (a headline's own time, a lone "News" or "Live" that is the page's only title).
The 9 `REVIEW_FAILED_BEFORE` rows failed after the merge (the last three also before it): a Latin headline part "Top 24"
read as a channel's initials on t24, a brand written "iPhone" given the capital another
source's CMS added, a figure closing the title ("... to 4.25") cut as a time of day, a lone
"Nachrichten" kept beside an h1 opening with the same word, a site's name and a date in
words with a time after it ("Portside, Dec 5, 2026 at 10:15 am").
"""

# ruff: noqa: E501  -- table rows of invented titles read best one case per line

from __future__ import annotations

import json
from html import escape

import pytest

from newsarchive.extract import extract_article

BODY = (
    "<p>"
    + "Officials said the plan would go ahead after a long debate in the council. " * 4
    + "</p>"
)


def page(lang: str, host: str, **fields: str) -> tuple[str, str]:
    """An invented article page: `t` the <title>, `og`, `tw`, `hl` the JSON-LD headline, `h1`."""
    head = [f"<title>{escape(fields['t'])}</title>"] if "t" in fields else []
    if "og" in fields:
        head.append(f'<meta property="og:title" content="{escape(fields["og"])}">')
    if "tw" in fields:
        head.append(f'<meta name="twitter:title" content="{escape(fields["tw"])}">')
    if "hl" in fields:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": fields["hl"]}
        head.append(
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
    h1 = f"<h1>{escape(fields['h1'])}</h1>" if "h1" in fields else ""
    html = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">{"".join(head)}</head>'
        f'<body><header><a href="/" class="logo">Home</a></header><main><article>{h1}{BODY}'
        "</article></main></body></html>"
    )
    return html, f"https://{host}/news/2026/12/05/story-123.html"


# (case id, lang, host, fields, the headline)
CASES: list[tuple[str, str, str, dict[str, str], str]] = [
    # a label's cut keeps the headline's capital
    (
        "es-label-case",
        "es",
        "diariodelpuerto.example",
        {
            "og": "Última hora: cierran el puente tras un accidente",
            "hl": "Cierran el puente tras un accidente",
            "h1": "Cierran el puente tras un accidente",
        },
        "Cierran el puente tras un accidente",
    ),
    (
        "es-label-case-h1",
        "es",
        "diariodelpuerto.example",
        {
            "og": "Última hora: cierran el puente tras un accidente",
            "h1": "Cierran el puente tras un accidente",
        },
        "Cierran el puente tras un accidente",
    ),
    (
        "pt-label-case",
        "pt",
        "jornaldoporto.example",
        {
            "t": "Ao vivo: tempestade atinge o litoral | Jornal do Porto",
            "og": "Ao vivo: tempestade atinge o litoral",
            "hl": "Tempestade atinge o litoral",
            "h1": "Tempestade atinge o litoral",
        },
        "Tempestade atinge o litoral",
    ),
    (
        "pt-urgente-case",
        "pt",
        "jornaldoporto.example",
        {"og": "Urgente: ponte fechada após acidente", "hl": "Ponte fechada após acidente"},
        "Ponte fechada após acidente",
    ),
    (
        "tr-label-case",
        "tr",
        "limanhaber.example",
        {"og": "Son dakika: köprü kazadan sonra kapatıldı", "hl": "Köprü kazadan sonra kapatıldı"},
        "Köprü kazadan sonra kapatıldı",
    ),
    (
        "en-label-case-kept",
        "en",
        "portside.example",
        {
            "og": "Bridge closed after crash",
            "hl": "bridge closed after crash",
            "h1": "bridge closed after crash",
        },
        "Bridge closed after crash",
    ),
    # a channel's name and number in Cyrillic or Greek, on a host of its initials and number
    (
        "ru-channel-tab",
        "ru",
        "m24.example",
        {"t": "Совет утвердил план порта | Москва 24"},
        "Совет утвердил план порта",
    ),
    (
        "ru-channel-og",
        "ru",
        "m24.example",
        {"og": "Мост закрыт после аварии - Москва 24"},
        "Мост закрыт после аварии",
    ),
    (
        "el-channel-tab",
        "el",
        "a24.example",
        {"t": "Το συμβούλιο ενέκρινε το σχέδιο | Αθήνα 24"},
        "Το συμβούλιο ενέκρινε το σχέδιο",
    ),
    (
        "el-channel-spelt",
        "el",
        "kriti24.example",
        {"t": "Εγκρίθηκε το σχέδιο | Κρήτη 24", "og": "Εγκρίθηκε το σχέδιο | Κρήτη 24"},
        "Εγκρίθηκε το σχέδιο",
    ),
    # Ukrainian spelt as its hosts spell it
    (
        "uk-place-kyiv",
        "uk",
        "kyiv.example",
        {"t": "Рада ухвалила план порту — Київ"},
        "Рада ухвалила план порту",
    ),
    (
        "uk-place-kharkiv",
        "uk",
        "kharkiv.example",
        {"og": "Рада ухвалила план порту | Харків", "t": "Рада ухвалила план порту | Харків"},
        "Рада ухвалила план порту",
    ),
    (
        "uk-place-zhytomyr",
        "uk",
        "zhytomyr.example",
        {"t": "Рада ухвалила план порту - Житомир", "og": "Рада ухвалила план порту - Житомир"},
        "Рада ухвалила план порту",
    ),
    # a Korean name in Hangul, as its host spells it
    (
        "ko-hangul-busan",
        "ko",
        "busan.example",
        {"t": "시의회, 항만 계획 가결ㅣ부산", "og": "시의회, 항만 계획 가결ㅣ부산"},
        "시의회, 항만 계획 가결",
    ),
    (
        "ko-hangul-haean",
        "ko",
        "haean.example",
        {"t": "어민들, 항만 계획에 항의 - 해안", "og": "어민들, 항만 계획에 항의 - 해안"},
        "어민들, 항만 계획에 항의",
    ),
    (
        "ko-hangul-joongang",
        "ko",
        "joongang.example",
        {"og": "시의회, 항만 예산 삭감 | 중앙"},
        "시의회, 항만 예산 삭감",
    ),
    (
        "ko-hangul-hankook",
        "ko",
        "hankook.example",
        {"t": "항만 예산 삭감 가결 - 한국", "og": "항만 예산 삭감 가결 - 한국"},
        "항만 예산 삭감 가결",
    ),
    # one word for news alone in the <title> and og:title: a section page's, beside the h1
    (
        "ru-news-word",
        "ru",
        "m24.example",
        {
            "t": "Новости | Москва 24",
            "og": "Новости | Москва 24",
            "h1": "Совет утвердил план порта",
        },
        "Совет утвердил план порта",
    ),
    (
        "uk-news-word",
        "uk",
        "novyny.example",
        {"t": "Новини | Новини Одеси", "og": "Новини", "h1": "Рада ухвалила план порту"},
        "Рада ухвалила план порту",
    ),
    (
        "de-news-word",
        "de",
        "hafenblatt.example",
        {"t": "Nachrichten | Hafenblatt", "og": "Nachrichten", "h1": "Fähre fällt im Winter aus"},
        "Fähre fällt im Winter aus",
    ),
    (
        "it-news-word",
        "it",
        "corrieredelmare.example",
        {
            "t": "Notizie | Corriere del Mare",
            "og": "Notizie",
            "h1": "Il consiglio approva il piano del porto",
        },
        "Il consiglio approva il piano del porto",
    ),
    (
        "en-news-word",
        "en",
        "portside.example",
        {
            "t": "News | Portside",
            "og": "News",
            "hl": "Ferry service suspended for winter",
            "h1": "Ferry service suspended for winter",
        },
        "Ferry service suspended for winter",
    ),
    (
        "fr-live-word",
        "fr",
        "leportail.example",
        {
            "t": "Direct | Le Portail",
            "og": "Direct",
            "h1": "Tempête sur la côte : les dernières informations",
        },
        "Tempête sur la côte : les dernières informations",
    ),
    # a time of day after the title or after the date beside the site's name
    (
        "en-clock-og",
        "en",
        "portside.example",
        {
            "t": "Mayor resigns at 10:15 | Portside",
            "og": "Mayor resigns at 10:15",
            "hl": "Mayor resigns",
        },
        "Mayor resigns",
    ),
    (
        "en-clock-h1",
        "en",
        "dailyport.example",
        {
            "t": "Mayor resigns at 10:15 | Daily Port",
            "og": "Mayor resigns at 10:15",
            "h1": "Mayor resigns",
        },
        "Mayor resigns",
    ),
    (
        "en-clock-dated",
        "en",
        "portside.example",
        {"t": "Mayor resigns - 05 Dec 2026 at 10:15 | Portside"},
        "Mayor resigns",
    ),
    (
        "de-clock-site-date",
        "de",
        "portside.example",
        {"t": "Bürgermeister tritt zurück | Portside, 05.12.2026 um 10:15 Uhr"},
        "Bürgermeister tritt zurück",
    ),
    (
        "sv-clock-site-date",
        "sv",
        "hamnbladet.example",
        {
            "t": "Bron stängd efter olycka | Hamnbladet, 05.12.2026 kl. 10:15",
            "h1": "Bron stängd efter olycka",
        },
        "Bron stängd efter olycka",
    ),
    (
        "fr-clock-comma",
        "fr",
        "leportail.example",
        {
            "t": "Le conseil adopte le plan, 05/12/2026 à 10h15 - Le Portail",
            "h1": "Le conseil adopte le plan",
        },
        "Le conseil adopte le plan",
    ),
    # a label in capitals opening og:title with no mark, where another source states the rest
    (
        "ro-label-caps",
        "ro",
        "ziaruldelaport.example",
        {"og": "VIDEO Podul, închis după un accident", "hl": "Podul, închis după un accident"},
        "Podul, închis după un accident",
    ),
    (
        "ro-breaking-caps",
        "ro",
        "ziaruldelaport.example",
        {"og": "BREAKING Podul, închis după un accident", "h1": "Podul, închis după un accident"},
        "Podul, închis după un accident",
    ),
    (
        "en-live-caps",
        "en",
        "portside.example",
        {
            "og": "LIVE Storm hits the coast as thousands lose power",
            "tw": "Storm hits the coast as thousands lose power",
            "h1": "Storm hits the coast as thousands lose power",
        },
        "Storm hits the coast as thousands lose power",
    ),
    (
        "ro-label-caps-tab",
        "ro",
        "ziaruldelaport.example",
        {
            "og": "VIDEO Podul, închis după un accident",
            "t": "Podul, închis după un accident | Ziarul de la Port",
        },
        "Podul, închis după un accident",
    ),
    # guards: what must stay
    (
        "en-clock-own",
        "en",
        "portside.example",
        {
            "t": "Meeting starts at 10:15 | Portside",
            "og": "Meeting starts at 10:15",
            "h1": "Meeting starts at 10:15",
        },
        "Meeting starts at 10:15",
    ),
    (
        "en-clock-inside",
        "en",
        "portside.example",
        {
            "t": "Train leaves at 10:15 - and other changes | Portside",
            "og": "Train leaves at 10:15 - and other changes",
            "h1": "Train leaves at 10:15 - and other changes",
        },
        "Train leaves at 10:15 - and other changes",
    ),
    ("en-news-alone", "en", "news.example", {"t": "News", "h1": "News"}, "News"),
    (
        "en-live-alone",
        "en",
        "portside.example",
        {"t": "Live | Portside", "og": "Live", "h1": "Live"},
        "Live",
    ),
    (
        "de-news-alone",
        "de",
        "portside.example",
        {"og": "Nachrichten", "h1": "Nachrichten"},
        "Nachrichten",
    ),
    (
        "ru-place-kept",
        "ru",
        "portnews.example",
        {
            "t": "Совет утвердил план порта - Новости - Порт Ньюс",
            "og": "Совет утвердил план порта",
            "h1": "Совет утвердил план порта",
        },
        "Совет утвердил план порта",
    ),
    (
        "ko-hangul-headline",
        "ko",
        "busan.example",
        {"t": "부산 시의회, 항만 계획 가결 | 부산일보", "h1": "부산 시의회, 항만 계획 가결"},
        "부산 시의회, 항만 계획 가결",
    ),
    (
        "en-caps-word-kept",
        "en",
        "portside.example",
        {
            "og": "NASA launches a new harbour probe",
            "hl": "NASA launches a new harbour probe",
            "h1": "NASA launches a new harbour probe",
        },
        "NASA launches a new harbour probe",
    ),
    (
        "en-live-caps-alone",
        "en",
        "portside.example",
        {"og": "LIVE Nation buys the harbour arena", "h1": "LIVE Nation buys the harbour arena"},
        "LIVE Nation buys the harbour arena",
    ),
    (
        "en-score-kept",
        "en",
        "portside.example",
        {
            "t": "Half-time: City lead 2-1 at the break | Portside",
            "og": "Half-time: City lead 2-1 at the break",
            "h1": "Half-time: City lead 2-1 at the break",
        },
        "Half-time: City lead 2-1 at the break",
    ),
    # review (rev-title26): what the session's rules must leave alone
    (
        "en-channel-latin-part",
        "en",
        "t24.example",
        {"t": "Top 24 | Tribune 24", "og": "Top 24"},
        "Top 24",
    ),
    (
        "en-channel-latin-alone",
        "en",
        "t24.example",
        {"t": "Top 24 - Tribune 24"},
        "Top 24 - Tribune 24",
    ),
    (
        "en-camel-brand",
        "en",
        "portside.example",
        {"og": "iPhone sales fall", "h1": "IPhone sales fall"},
        "iPhone sales fall",
    ),
    (
        "en-camel-brand-tab",
        "en",
        "portside.example",
        {"t": "eBay sues rival | Portside", "og": "eBay sues rival", "hl": "EBay sues rival"},
        "eBay sues rival",
    ),
    (
        "en-figure-cut-source",
        "en",
        "portside.example",
        {
            "t": "Rates fall to 4.25 | Portside",
            "og": "Rates fall to 4.25",
            "tw": "Rates fall to",
        },
        "Rates fall to 4.25",
    ),
    (
        "de-news-word-shared",
        "de",
        "portside.example",
        {
            "t": "Nachrichten | Portside",
            "og": "Nachrichten",
            "h1": "Nachrichten aus dem Hafen: Fähre fällt aus",
        },
        "Nachrichten aus dem Hafen: Fähre fällt aus",
    ),
    (
        "en-clock-site-worded",
        "en",
        "portside.example",
        {"t": "Mayor resigns | Portside, Dec 5, 2026 at 10:15 am"},
        "Mayor resigns",
    ),
    (
        "de-clock-site-worded",
        "de",
        "portside.example",
        {"t": "Bürgermeister tritt zurück | Portside, 5. Dezember 2026, 10:15 Uhr"},
        "Bürgermeister tritt zurück",
    ),
    (
        "en-figure-cut-headline",
        "en",
        "portside.example",
        {"og": "Euro falls to 1.05", "hl": "Euro falls to"},
        "Euro falls to 1.05",
    ),
]

# rows the merged title-26 branch (4a34ebaa) got wrong, found in review
REVIEW_FAILED_BEFORE = {
    "en-channel-latin-part", "en-channel-latin-alone", "en-camel-brand", "en-camel-brand-tab",
    "en-figure-cut-source", "en-figure-cut-headline", "de-news-word-shared",
    "en-clock-site-worded", "de-clock-site-worded",
}  # fmt: skip

FAILED_BEFORE = {
    "es-label-case", "es-label-case-h1", "pt-label-case", "pt-urgente-case", "tr-label-case",
    "ru-channel-tab", "ru-channel-og", "el-channel-tab", "uk-place-kyiv", "uk-place-zhytomyr",
    "ko-hangul-busan", "ko-hangul-haean", "ko-hangul-joongang", "ko-hangul-hankook",
    "ru-news-word", "uk-news-word", "de-news-word", "it-news-word",
    "en-clock-og", "en-clock-h1", "en-clock-dated", "de-clock-site-date", "fr-clock-comma",
    "ro-label-caps", "ro-breaking-caps", "en-live-caps", "ro-label-caps-tab",
}  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "host", "fields", "want"),
    [pytest.param(*row[1:], id=row[0]) for row in CASES],
)
def test_title_of_an_unseen_site(lang: str, host: str, fields: dict[str, str], want: str) -> None:
    html, url = page(lang, host, **fields)
    assert extract_article(html, url).title == want
