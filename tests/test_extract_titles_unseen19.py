"""Title rules for what publishers never looked at write (issue 10, session 19).

Decoration marks around a social card's title ("+++ ... +++", "🔴 ..."), a section in a
script without capitals between the headline and the site's name ("... | سياسة | Site"),
a site named only by a host name at the end ("... - Politik - HK.de"), a Chinese portal's
section before a name cut after an unspaced underscore ("标题_国内新闻_海滨网"), and the
French press's rubric in capitals before a full stop ("TÉMOIGNAGE. ..."). Every page here
is invented: words, markup, site names and hosts. Each cutting row fails at a283e6d; the
guard rows hold what must stay.
"""

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

URL = "https://www.hafenkurier.example/politik/stadtrat-hafenplan-a-123.html"
SITE = "Hafenkurier"

# (language, headline) in languages and scripts of the unseen publishers
HEADLINES = {
    "de": "Stadtrat beschließt neuen Hafenplan nach langer Debatte",
    "en": "Council backs new harbour plan after long debate",
    "fr": "Le conseil adopte le nouveau plan du port après un long débat",
    "es": "El concejo aprueba el nuevo plan del puerto tras un largo debate",
    "it": "Il consiglio approva il nuovo piano del porto dopo un lungo dibattito",
    "pt": "Câmara aprova novo plano do porto após longo debate",
    "pl": "Rada miasta przyjęła nowy plan portu po długiej debacie",
    "nl": "Gemeenteraad stemt in met nieuw havenplan na lang debat",
    "sv": "Fullmäktige klubbar ny hamnplan efter lång debatt",
    "no": "Bystyret vedtar ny havneplan etter lang debatt",
    "da": "Byrådet vedtager ny havneplan efter lang debat",
    "tr": "Meclis uzun tartışmanın ardından yeni liman planını onayladı",
    "ru": "Горсовет утвердил новый план порта после долгих споров",
    "el": "Το δημοτικό συμβούλιο ενέκρινε το νέο σχέδιο του λιμανιού",
    "ar": "مجلس المدينة يقر خطة الميناء الجديدة بعد نقاش طويل",
    "he": "מועצת העיר אישרה את תוכנית הנמל החדשה אחרי ויכוח ארוך",
    "th": "สภาเมืองอนุมัติแผนพัฒนาท่าเรือใหม่",
    "hi": "नगर परिषद ने लंबी बहस के बाद बंदरगाह योजना को मंजूरी दी",
    "ja": "市議会が港の新しい整備計画を賛成多数で可決",
    "zh": "市议会以多数票通过港口新规划",
    "ko": "시의회, 항만 재정비 계획 찬성 다수로 가결",
    "sw": "Baraza laidhinisha mpango mpya wa bandari baada ya mjadala mrefu",
}


def _page(
    lang: str = "de",
    og: str | None = None,
    tab: str | None = None,
    h1: str | None = None,
    headline: str | None = None,
    site: str | None = None,
) -> str:
    head = [f"<title>{tab}</title>"] if tab is not None else []
    if og is not None:
        head.append(f'<meta property="og:title" content="{og}">')
    if site is not None:
        head.append(f'<meta property="og:site_name" content="{site}">')
    if headline is not None:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline}
        head.append(
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
    heading = f"<h1>{h1}</h1>" if h1 is not None else ""
    story = (
        "<p>Der Rat hat lange beraten und dann mit großer Mehrheit entschieden, hieß es.</p>" * 3
    )
    return (
        f'<html lang="{lang}"><head>{"".join(head)}</head>'
        f"<body><article>{heading}{story}</article></body></html>"
    )


def _title(url: str = URL, **page: str | None) -> str | None:
    return extract_article(_page(**page), url).title  # type: ignore[arg-type]


# titlevotes `_spelling` / `_undecorated`: og:title decorated where the headline, the h1
# and the <title> state the same words bare
PLUSSED = ("de", "en", "fr", "es", "it", "pt", "pl", "nl", "sv", "tr", "ru", "el", "ar", "ja", "zh",
           "ko", "sw")  # fmt: skip
DECORATIONS = [
    pytest.param(lang, "+++ {h} +++", id=f"{lang}-plussed-around") for lang in PLUSSED
] + [
    pytest.param("de", "🔴 {h}", id="de-red-circle"),
    pytest.param("en", "★ {h}", id="en-star"),
    pytest.param("fr", "▶ {h}", id="fr-play-triangle"),
    pytest.param("es", "■ {h}", id="es-black-square"),
    pytest.param("pl", "*** {h} ***", id="pl-stars-around"),
    pytest.param("ja", "◆{h}", id="ja-diamond-unspaced"),
    pytest.param("de", "{h} +++", id="de-plussed-after"),
    # a paid article's mark in brackets
    pytest.param("no", "{h} (+)", id="no-paid-plus-in-brackets"),
    pytest.param("da", "[+] {h}", id="da-paid-plus-in-square-brackets"),
    pytest.param("sv", "{h} (+)", id="sv-paid-plus-in-brackets"),
]


@pytest.mark.parametrize(("lang", "decorated"), DECORATIONS)
def test_decoration_around_og_title_goes(lang: str, decorated: str) -> None:
    h = HEADLINES[lang]
    og = decorated.format(h=h)
    assert _title(lang=lang, og=og, tab=f"{h} | {SITE}", h1=h, headline=h) == h


def test_decoration_goes_with_the_headline_alone_bare() -> None:
    h = HEADLINES["de"]
    assert _title(og=f"+++ {h} +++", tab=f"+++ {h} +++", headline=h) == h


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Entwickler setzen auf das neue C++", id="closing-plus-signs-everywhere"),
        pytest.param("#MeToo-Bewegung zieht nach zehn Jahren Bilanz", id="hashtag-everywhere"),
        pytest.param("+++ Stadtrat beschließt neuen Hafenplan +++", id="plussed-everywhere"),
    ],
)
def test_marks_every_source_carries_stay(title: str) -> None:
    assert _title(og=title, tab=f"{title} | {SITE}", h1=title, headline=title) == title


# titlepartfurniture `label_word`: one word of a script without capitals between the headline and
# the site's name (og:site_name) is a section, as "Politik" is
CASELESS_SECTIONS = [
    pytest.param("ar", "سياسة", id="ar-siyasa"),
    pytest.param("he", "פוליטיקה", id="he-politika"),
    pytest.param("th", "การเมือง", id="th-kanmueang"),
    pytest.param("hi", "राजनीति", id="hi-rajniti"),
]


@pytest.mark.parametrize(("lang", "section"), CASELESS_SECTIONS)
def test_caseless_section_before_site_goes(lang: str, section: str) -> None:
    h = HEADLINES[lang]
    said = f"{h} | {section} | {SITE}"
    assert _title(lang=lang, og=said, tab=said, site=SITE) == h


@pytest.mark.parametrize(("lang", "section"), CASELESS_SECTIONS)
def test_caseless_last_word_without_site_stays(lang: str, section: str) -> None:
    said = f"{HEADLINES[lang]} | {section}"  # no site's name after it: the title's own end
    assert _title(lang=lang, og=said, tab=said) == said


# title `domain_ends`: a host name closing the titles names the site, whichever host serves
# the page
DOMAINS = [
    pytest.param("de", "{h} - Politik - HK.de", id="de-section-and-short-domain"),
    pytest.param("de", "{h} | kurier-online.de", id="de-hyphenated-domain"),
    pytest.param("de", "{h} - www.kurier-online.de", id="de-www-domain"),
    pytest.param("de", "{h} - Hamburg - Politik - HK.de", id="de-region-section-domain"),
    pytest.param("fr", "{h} - Politique - LCP.fr", id="fr-section-and-domain"),
    pytest.param("pl", "{h} - Wiadomości - przystan.pl", id="pl-news-word-and-domain"),
    pytest.param("pt", "{h} | Diario.com.br", id="pt-two-level-domain"),
]


@pytest.mark.parametrize(("lang", "said"), DOMAINS)
def test_domain_closing_the_titles_goes(lang: str, said: str) -> None:
    h = HEADLINES[lang]
    text = said.format(h=h)
    assert _title(lang=lang, og=text, tab=text) == h


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        pytest.param("Neue Betrugsmasche - paket-info.de", True, id="shown-in-the-h1"),
        pytest.param(
            "Bundesamt warnt vor gefälschter Seite paket-info.de", False, id="no-separator"
        ),
        pytest.param("Warnung - paket-info.de", False, id="too-short-before"),
    ],
)
def test_headline_ending_in_a_domain_stays(title: str, h1: bool) -> None:
    assert _title(og=title, tab=f"{title} | {SITE}", h1=title if h1 else None) == title


# titleparts `strip_sites`: a section before a site's name cut after an unspaced mark goes too
UNSPACED = [
    pytest.param("zh", "{h}_国内新闻_海滨网", "海滨网", id="zh-underscore-section"),
    pytest.param("zh", "{h}_财经_海滨网", "海滨网", id="zh-underscore-short-section"),
    pytest.param("ja", "{h}_社会_みなと日日", "みなと日日", id="ja-underscore-section"),
]


@pytest.mark.parametrize(("lang", "said", "site"), UNSPACED)
def test_section_before_unspaced_site_goes(lang: str, said: str, site: str) -> None:
    h = HEADLINES[lang]
    text = said.format(h=h)
    assert _title(lang=lang, og=text, tab=text, site=site) == h


# titlelabels `_capitals`: a rubric in capitals before a full stop, where another of the
# page's titles lacks it
RUBRICS = [
    pytest.param("fr", "TÉMOIGNAGE. ", id="fr-temoignage"),
    pytest.param("fr", "INFO HAFENKURIER. ", id="fr-info-site"),
    pytest.param("fr", "ENTRETIEN. ", id="fr-entretien"),
    pytest.param("fr", "PORTRAIT. ", id="fr-portrait"),
    pytest.param("it", "RETROSCENA. ", id="it-retroscena"),
    pytest.param("es", "CRÓNICA. ", id="es-cronica"),
]


@pytest.mark.parametrize(("lang", "rubric"), RUBRICS)
def test_capital_rubric_lacked_elsewhere_goes(lang: str, rubric: str) -> None:
    h = HEADLINES[lang]
    assert _title(lang=lang, og=rubric + h, tab=f"{h} | {SITE}") == h


@pytest.mark.parametrize(
    ("og", "tab", "h1"),
    [
        # the h1 shows the rubric: the reader sees it with the headline
        pytest.param(
            "ENQUÊTE. Le port change de visage",
            "Le port change de visage | Hafenkurier",
            "ENQUÊTE. Le port change de visage",
            id="h1-shows-it",
        ),
        # an abbreviation is no rubric
        pytest.param(
            "U.S. et Europe signent un accord sur le port",
            "Europe signent un accord sur le port | Hafenkurier",
            None,
            id="abbreviation",
        ),
        # a capital word too short to be a rubric
        pytest.param(
            "ONU. Le port change de visage",
            "Le port change de visage | Hafenkurier",
            None,
            id="three-capitals",
        ),
        # every title carries it: the site writes its headlines so
        pytest.param(
            "RÉCIT. Le port change de visage",
            "RÉCIT. Le port change de visage | Hafenkurier",
            None,
            id="every-title",
        ),
    ],
)
def test_capital_rubric_guards(og: str, tab: str, h1: str | None) -> None:
    assert _title(lang="fr", og=og, tab=tab, h1=h1) == og


# title `heading_text`: a control or a script inside the h1 is no part of the headline it shows
@pytest.mark.parametrize(
    "inside",
    [
        pytest.param('<button type="button">Teilen</button>', id="share-button"),
        pytest.param('<button class="bookmark"><span>Merken</span></button>', id="bookmark-button"),
        pytest.param("<script>window.hk = 1;</script>", id="script"),
        pytest.param("<select><option>Schriftgröße</option></select>", id="select"),
    ],
)
def test_control_inside_the_h1_is_no_title_text(inside: str) -> None:
    h = HEADLINES["de"]
    assert _title(h1=f"{h}{inside}", tab=SITE) == h


def test_text_after_a_control_in_the_h1_stays() -> None:
    h = HEADLINES["de"]
    assert _title(h1=f'<button aria-label="Vorlesen"></button>{h}', tab=SITE) == h


def test_bare_og_title_stays_beside_decorated_others() -> None:
    h = HEADLINES["de"]
    said = f"+++ {h} +++"
    assert _title(og=h, tab=f"{said} | {SITE}", h1=said, headline=said) == h


# titlelabels `PAYWALL_LABELS`: a paid article's tag in one field that another title lacks
PAYWALL = [
    pytest.param("de", "{h} (Abo)", id="de-abo-in-brackets"),
    pytest.param("de", "Plus-Artikel: {h}", id="de-plus-artikel-colon"),
    pytest.param("fr", "{h} - Réservé aux abonnés", id="fr-reserve-aux-abonnes"),
    pytest.param("es", "Suscriptores | {h}", id="es-suscriptores-bar"),
    pytest.param("it", "{h} (Riservato agli abbonati)", id="it-riservato"),
    pytest.param("pl", "PREMIUM: {h}", id="pl-premium-capitals"),
    pytest.param("en", "{h} [Premium]", id="en-premium-square-brackets"),
]


@pytest.mark.parametrize(("lang", "tagged"), PAYWALL)
def test_paywall_tag_lacked_elsewhere_goes(lang: str, tagged: str) -> None:
    h = HEADLINES[lang]
    assert _title(lang=lang, og=tagged.format(h=h), tab=f"{h} | {SITE}") == h


def test_paywall_word_every_title_carries_stays() -> None:
    said = "Premium: Was der neue Hafenplan die Mieter kostet"
    assert _title(og=said, tab=f"{said} | {SITE}", h1=said, headline=said) == said


@pytest.mark.parametrize(
    ("og", "want"),
    [
        pytest.param("+++ {h} +++", "{h}", id="plussed-set-apart"),
        pytest.param("\u2605 {h} \u2605", "{h}", id="stars-around"),
        # a mark before the words alone may open a label: nothing weighs it, it stays
        pytest.param("\U0001f534 {h}", "\U0001f534 {h}", id="pictograph-before-stays"),
        pytest.param("{h} (+)", "{h}", id="paid-plus-in-brackets"),
        pytest.param("{h} in C++", "{h} in C++", id="run-into-a-word-stays"),
        pytest.param("#{h}", "#{h}", id="hashtag-stays"),
    ],
)
def test_decoration_with_no_other_title(og: str, want: str) -> None:
    h = HEADLINES["de"]
    assert _title(og=og.format(h=h), tab=SITE) == want.format(h=h)
