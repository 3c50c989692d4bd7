"""The article's second half in a wrapper a paywall or a "show more" fold puts around it
(unseen paywalled sites serve the whole text in the HTML, the rest in a block the paywall's
script hides or reveals): its paragraphs stay, whatever the wrapper's name says of how it is
shown ("wall", "regwall", "piano-paywall", "hidden", a `hidden` attribute, "paywall",
"premium-content", "restricted", "article-body--truncated", "blur", "fade-out", an inline
`display:none`, `data-paywall`, Piano's "tp-container-inner", Tinypass, LaterPay, Steady),
in English and in German pages, with the wrapper holding two thirds of the text or only its
last paragraph. A wrapper named for what it is (a related list, a fact box, a newsletter's
offer, Piano's offer slot) stays out, "hidden" or not. Made-up pages and sentences."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://talbote.example/region/2026/12/05/neue-bruecke-eroeffnet-id123.html"
STORY = [
    "Die neue Fußgängerbrücke über die Aare ist am Freitagmorgen nach zwei Jahren Bauzeit für den Verkehr freigegeben worden.",
    "Rund dreihundert Schaulustige hatten sich trotz des kalten Wetters am Ufer versammelt, um die Eröffnung mitzuerleben.",
    "Die Gemeinde hatte für das Projekt ursprünglich elf Millionen Franken veranschlagt, am Ende wurden es knapp dreizehn.",
    "Der Gemeindepräsident sprach von einem wichtigen Tag für das ganze Tal und dankte den Handwerkern für ihre Geduld.",
    "Kritik kam von der Opposition, die den Kostenanstieg als Folge schlechter Planung bezeichnete und eine Untersuchung verlangt.",
    "Ab Montag sollen auch Velofahrende die Brücke benutzen dürfen, sobald die letzten Markierungen angebracht sind.",
]
STORY_EN = [
    "The harbour authority voted on Thursday evening to extend the northern pier by another ninety metres next spring.",
    "Fishermen who had campaigned for the extension for a decade filled the public gallery and applauded the result.",
    "The works are expected to cost around four million pounds, most of it covered by a regional development grant.",
    "A spokeswoman for the authority said the first piles could be driven as early as March if the weather allows.",
    "Residents of the old town raised concerns about lorries on the narrow coast road during the eight months of building.",
    "The council promised a temporary one-way system and a weekly meeting with neighbours while the works go on.",
]

# Wrappers named for how the text is shown (or not yet shown): the story's rest.
WRAPPERS = [
    pytest.param("<div class='wall'>", id="wall"),
    pytest.param("<div class='regwall'>", id="regwall"),
    pytest.param("<div class='piano-paywall'>", id="piano-paywall"),
    pytest.param("<div class='hidden'>", id="hidden"),
    pytest.param("<div class='is-hidden'>", id="is-hidden"),
    pytest.param("<div class='is-hidden article-rest'>", id="is-hidden-article-rest"),
    pytest.param("<div hidden>", id="hidden-attribute"),
    pytest.param("<div hidden class='rest'>", id="hidden-attribute-class"),
    pytest.param("<section class='paywall'>", id="section-paywall"),
    pytest.param("<div data-paywall>", id="data-paywall"),
    pytest.param("<div data-paywall='true' class='paywall-content'>", id="paywall-content"),
    pytest.param("<div class='article-body--truncated'>", id="truncated"),
    pytest.param("<div class='premium-content'>", id="premium-content"),
    pytest.param("<div class='restricted'>", id="restricted"),
    pytest.param("<div style='display:none'>", id="display-none"),
    pytest.param("<div class='blur'>", id="blur"),
    pytest.param("<div class='fade-out'>", id="fade-out"),
    pytest.param("<div class='tp-container-inner'>", id="piano-tp-container"),
    pytest.param("<div class='tinypass-hidden'>", id="tinypass"),
    pytest.param("<div class='laterpay-content'>", id="laterpay"),
    pytest.param("<div class='steady-paywall-container'>", id="steady"),
    pytest.param("<div class='js-wall hidden'>", id="js-wall-hidden"),
    pytest.param("<div class='regwall is-hidden' hidden>", id="regwall-hidden-both"),
    pytest.param("<div class='paywall-wrapper'><div class='hidden'>", id="nested-two"),
    pytest.param("<div class='wall'><div class='inner'>", id="wall-then-plain"),
    pytest.param("<div class='article__paywall--hidden'>", id="bem-paywall-hidden"),
    pytest.param("<div class='paywallHidden'>", id="camel-paywall-hidden"),
    pytest.param("<div class='regwall__content regwall--hidden'>", id="regwall-bem"),
    pytest.param("<div class='field--label-hidden text-formatted'>", id="drupal-label-hidden"),
    pytest.param("<div class='bezahlschranke plus-inhalt'>", id="bezahlschranke"),
    pytest.param("<div class='paywall-content hidden' aria-hidden='true'>", id="aria-hidden"),
]


def _close(opening: str) -> str:
    return "".join(f"</{tag.split()[0].strip('<>')}>" for tag in opening.split("><"))


def _page(story: list[str], lang: str, opening: str, split: int, frame: str = "k2") -> str:
    ps = [f"<p>{t}</p>" for t in story]
    title = "Neue Brücke eröffnet" if lang == "de" else "Pier to grow by ninety metres"
    return (
        f"<html lang='{lang}'><head><title>{title}</title></head><body>"
        "<header class='hd'><a href='/'>Talbote</a><nav><a href='/region'>Region</a><a href='/sport'>Sport</a></nav></header>"
        f"<article><h1>{title}</h1><div class='{frame}'>{''.join(ps[:split])}"
        f"{opening}{''.join(ps[split:])}{_close(opening)}</div></article>"
        "<footer class='ft'><p>© 2026 Talbote AG. Alle Rechte vorbehalten.</p></footer></body></html>"
    )


def _body(html: str) -> str:
    return extract_article(html, URL).body or ""


@pytest.mark.parametrize("opening", WRAPPERS)
@pytest.mark.parametrize("split", [2, 4, 5], ids=["two-thirds-in", "a-third-in", "last-one-in"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_story_s_rest_in_a_paywall_or_fold_wrapper_stays(
    opening: str, split: int, lang: str
) -> None:
    story = STORY if lang == "de" else STORY_EN
    body = _body(_page(story, lang, opening, split))
    missing = [t[:30] for t in story if t not in body]
    assert not missing, body


@pytest.mark.parametrize("opening", WRAPPERS[:6])
def test_the_rest_stays_in_an_article_body_block(opening: str) -> None:
    body = _body(_page(STORY_EN, "en", opening, 2, frame="article-body"))
    assert all(t in body for t in STORY_EN), body


TEASERS = "".join(
    f"<p>Ein anderer Bericht aus der Region über die Gemeinde und ihre Pläne Nummer {i}.</p>"
    for i in range(3)
)

# Wrappers named for what they are, hidden or folded or not: they stay out.
FURNITURE = [
    pytest.param("<div class='related hidden'>", id="related-hidden"),
    pytest.param("<div class='newsletter hidden'>", id="newsletter-hidden"),
    pytest.param("<aside hidden>", id="aside-hidden"),
    pytest.param("<div class='factbox is-hidden'>", id="factbox-hidden"),
    pytest.param("<div class='sidebar wall'>", id="sidebar-wall"),
    pytest.param("<nav class='hidden'>", id="nav-hidden"),
    pytest.param("<div class='hidden'><div class='related'>", id="related-in-hidden"),
    pytest.param("<div id='piano-offer' class='tp-container-inner'>", id="piano-offer"),
    pytest.param("<div class='piano-inline-template' hidden>", id="piano-template-hidden"),
]


@pytest.mark.parametrize("opening", FURNITURE)
def test_a_box_named_for_what_it_is_stays_out(opening: str) -> None:
    ps = "".join(f"<p>{t}</p>" for t in STORY)
    html = (
        "<html lang='de'><head><title>Neue Brücke eröffnet</title></head><body>"
        f"<article><h1>Neue Brücke eröffnet</h1><div class='k2'>{ps}"
        f"{opening}{TEASERS}{_close(opening)}</div></article></body></html>"
    )
    body = _body(html)
    assert all(t in body for t in STORY), body
    assert "Ein anderer Bericht" not in body, body


def test_a_hidden_block_of_teasers_after_the_story_stays_out() -> None:
    """Hidden teaser paragraphs outside the article's block are not its continuation."""
    ps = "".join(f"<p>{t}</p>" for t in STORY)
    html = (
        "<html lang='de'><head><title>Neue Brücke eröffnet</title></head><body>"
        f"<article><h1>Neue Brücke eröffnet</h1><div class='k2'>{ps}</div></article>"
        f"<div class='hidden'>{TEASERS}</div></body></html>"
    )
    body = _body(html)
    assert all(t in body for t in STORY), body
    assert "Ein anderer Bericht" not in body, body


def test_a_wall_s_pitch_goes_and_the_rest_behind_it_stays() -> None:
    """A paywall's offer in its own box above the wrapped rest: the offer goes, the rest stays."""
    pitch = (
        "<div class='offer-box'><p>Jetzt weiterlesen mit Talbote Plus: alle Artikel für 1 Euro im ersten Monat.</p>"
        "<a href='/abo'>Jetzt abonnieren</a></div>"
    )
    html = _page(STORY, "de", "<div class='wall hidden'>", 2)
    body = _body(html.replace("<div class='wall hidden'>", pitch + "<div class='wall hidden'>"))
    assert all(t in body for t in STORY), body
    assert "abonnieren" not in body, body


def test_the_rest_stays_on_a_page_whose_body_is_named_hidden() -> None:
    """`<body class="overflow-hidden">` (a utility class) weighs every paragraph alike."""
    html = _page(STORY_EN, "en", "<div class='wall'>", 5).replace(
        "<body>", "<body class='overflow-x-hidden'>"
    )
    body = _body(html)
    assert all(t in body for t in STORY_EN), body


@pytest.mark.parametrize("opening", WRAPPERS[:8])
@pytest.mark.parametrize("split", [2, 4], ids=["two-thirds-in", "a-third-in"])
def test_the_rest_in_its_own_body_block_inside_the_wrapper_stays(opening: str, split: int) -> None:
    """The wrapper around a second block of the same kind ("<div class=wall><div
    class=article-body>"), beside the first rather than inside it."""
    ps = [f"<p>{t}</p>" for t in STORY_EN]
    html = (
        "<html lang='en'><head><title>Pier to grow by ninety metres</title></head><body>"
        "<article><h1>Pier to grow by ninety metres</h1>"
        f"<div class='article-body'>{''.join(ps[:split])}</div>"
        f"{opening}<div class='article-body'>{''.join(ps[split:])}</div>{_close(opening)}"
        "</article></body></html>"
    )
    body = _body(html)
    assert all(t in body for t in STORY_EN), body
