"""Body text of invented pages: a sentence with a site call's words (a contact address, a
follow call) and a reporting clause at its end (", the ransom note read.", ", sagte sie.",
", a-t-il écrit.") is the story quoting a note, a banner, a kidnapper: it stays; the site's
own calls, a relative clause after them, still leave. Under a "Saiba mais" label the story's
own unlinked items stay. A gallery piece (a slideshow's wrapper holding the page's only long
text) keeps its intro and slide captions; an article's own gallery stays out. Cookie banners, "read
also" labels and ad labels of other languages set in the text go; the story's sentences with
their words stay. Invented sites and stories."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import html

import lxml.html
import pytest

from benchmarks.body_invented import STORIES
from newsarchive.extract import extract_article
from tests.plugins.body_pages import URL, WHERE, story_body, with_line


def _body(lang: str, paragraphs: list[str]) -> str:
    return story_body(lang, STORIES[lang][0], paragraphs)


# A call's words, then who wrote or said them: reported speech
REPORTED = [
    ("en", "Contact us at ransom@example.com within 72 hours, the ransom note read."),
    ("en", "Follow us on Instagram, the banner over the stage read."),
    ("en", "Sign up for the evening class before Friday, she wrote."),
    ("de", "Folgen Sie uns auf Instagram, hieß es auf dem Plakat."),
    ("de", "Schreiben Sie uns an loesegeld@example.com, schrieb der Erpresser."),
    ("fr", "Écrivez-nous à contact@example.com avant vendredi, a-t-il écrit."),
    ("fr", "Suivez-nous sur Instagram, pouvait-on lire sur la banderole."),
    ("es", "Escríbenos a rescate@example.com en 72 horas, decía la nota."),
    ("it", "Scrivici a riscatto@example.com entro 72 ore, si leggeva nel messaggio."),
    ("nl", "Mail ons via losgeld@example.com binnen 72 uur, stond in de brief."),
    ("pt", "Siga-nos no Instagram, escreveu o grupo na mensagem."),
]


@pytest.mark.parametrize(("lang", "line"), REPORTED)
def test_call_with_reporting_clause_at_its_end_stays(lang: str, line: str) -> None:
    ps = STORIES[lang][1]
    got = _body(lang, with_line(ps, line, "between"))
    assert line in got
    assert all(p in got for p in ps)


# The site's own calls, a clause after them that names no one who said them
SITE_CALLS = [
    ("en", "Follow us on Instagram, where our reporters post daily updates from the front."),
    ("en", "Get in touch at tips@stadtblatt.example, our team reads every message."),
    ("en", "Sign up for our newsletter, a good read every morning."),
    ("de", "Folgen Sie uns auf Instagram, wo unsere Reporter täglich aus dem Rathaus berichten."),
    ("fr", "Suivez-nous sur Instagram, où nos reporters publient chaque jour des nouvelles."),
    ("es", "Síguenos en Instagram, donde nuestros reporteros publican a diario."),
    # the staff doing it to the reader's mail is no one reported
    ("en", "Send your tips to tips@stadtblatt.example, the editors read them all."),
]


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize(("lang", "line"), SITE_CALLS)
def test_site_call_with_a_clause_after_it_left_out(lang: str, line: str, where: str) -> None:
    ps = STORIES[lang][1]
    got = _body(lang, with_line(ps, line, where))
    assert line not in got
    assert all(p in got for p in ps)


# "Saiba mais" ("learn more") over the story's own short items, some sites' links among them:
# the label and the linked items go, the story's items stay
LINKED = '<a href="/n/parque-1.html">Prefeitura anuncia novo parque no centro</a>'
MORE_INFO = [
    (
        "<ul><li>{}</li><li>{}</li></ul>",
        ["Inscrições até 15 de março", "Aulas gratuitas para maiores de 60 anos"],
    ),
    ("<p>{}</p><p>{}</p>", ["Inscrições até 15 de março", "Vagas limitadas a 30 alunos"]),
    (
        "<ul><li>{}</li><li>{}</li><li>" + LINKED + "</li></ul>",
        ["Horário: das 9h às 21h", "Entrada gratuita com documento"],
    ),
    (
        "<ul><li>" + LINKED + "</li><li>{}</li><li>{}</li></ul>",
        ["Horário: das 9h às 21h", "Entrada gratuita com documento"],
    ),
]


@pytest.mark.parametrize(("label"), ["Saiba mais", "<strong>Saiba mais:</strong>", "SAIBA MAIS"])
@pytest.mark.parametrize(("shape", "items"), MORE_INFO)
def test_more_info_label_keeps_the_story_items(label: str, shape: str, items: list[str]) -> None:
    ps = STORIES["pt"][1]
    inner = "".join(f"<p>{p}</p>" for p in ps[:2]) + f"<p>{label}</p>" + shape.format(*items)
    inner += "".join(f"<p>{p}</p>" for p in ps[2:])
    doc = (
        '<!doctype html><html lang="pt"><head><meta charset="utf-8"><title>Biblioteca</title>'
        f'</head><body><div class="k3x"><h1>{STORIES["pt"][0]}</h1><div class="a1b2">{inner}'
        "</div></div></body></html>"
    )
    got = (extract_article(doc, URL).body or "").split("\n")
    assert all(i in got for i in items)
    assert all(p in got for p in ps)
    assert "Prefeitura anuncia novo parque no centro" not in got
    assert not any("saiba mais" in line.casefold() for line in got)


# A gallery piece: the slideshow's wrapper holds the page's only long text, an intro and
# slides of a picture, a title and a caption each. Its intro and captions are the article,
# whatever the wrapper's and the slides' class names call them.
GALLERY = {
    "en": (
        "The city's oldest market hall reopened on Saturday after a three-year restoration that cost far more than planned, and thousands came to see it.",
        [
            (
                "The iron roof",
                "The roof's 1,200 glass panes were replaced one by one, each cut by hand to fit the old frames.",
            ),
            (
                "The fish hall",
                "Fishmongers returned to the north wing, where the marble counters were cleaned and kept in place.",
            ),
            (
                "The clock tower",
                "The tower clock runs again for the first time since 1987, wound every Sunday by a volunteer.",
            ),
        ],
    ),
    "de": (
        "Die älteste Markthalle der Stadt ist nach drei Jahren Sanierung wieder offen, und Tausende kamen am Samstag, um das neue Dach zu sehen.",
        [
            (
                "Das Eisendach",
                "Die 1200 Glasscheiben des Dachs wurden einzeln ersetzt, jede von Hand auf die alten Rahmen zugeschnitten.",
            ),
            (
                "Die Fischhalle",
                "Die Fischhändler sind in den Nordflügel zurückgekehrt, wo die alten Marmortheken erhalten blieben.",
            ),
            (
                "Der Uhrturm",
                "Die Turmuhr läuft zum ersten Mal seit 1987 wieder, jeden Sonntag von einem Freiwilligen aufgezogen.",
            ),
        ],
    ),
}
# (wrapper, intro block, slide) with {intro}, {i}, {title}, {caption} filled in
SLIDESHOWS = [
    (
        '<section class="gallery">{}</section>',
        "<p>{intro}</p>",
        '<div class="gallery-item"><figure><img src="/i/{i}.jpg" alt=""></figure><h2>{title}</h2><p>{caption}</p></div>',
    ),
    (
        '<div class="photo-gallery">{}</div>',
        '<div class="gallery-header"><p>{intro}</p></div>',
        '<div class="gallery-slide"><img src="/i/{i}.jpg"><h2>{title}</h2><p>{caption}</p></div>',
    ),
    (
        '<div class="gallery">{}</div>',
        '<div class="gallery__intro">{intro}</div>',
        '<div class="gallery__slide"><img src="/i/{i}.jpg"><div class="gallery__caption"><h3>{title}</h3>{caption}</div></div>',
    ),
    (
        '<div class="slideshow">{}</div>',
        '<div class="slideshow__intro">{intro}</div>',
        '<div class="slideshow__slide"><img src="/i/{i}.jpg"><div class="slideshow__caption"><h3>{title}</h3>{caption}</div></div>',
    ),
    (
        '<section class="slideshow-content">{}</section>',
        '<div class="gallery-intro"><p>{intro}</p></div>',
        '<div class="slide-layout"><figure><img src="/i/{i}.jpg"></figure><h2>{title}</h2><div class="slide-text"><p>{caption}</p></div></div>',
    ),
    (
        '<div class="bildergalerie">{}</div>',
        '<div class="intro-photo"><p>{intro}</p></div>',
        '<div class="photo-slide"><img src="/i/{i}.jpg"><h2>{title}</h2><div class="photo-caption"><p>{caption}</p></div></div>',
    ),
]


@pytest.mark.parametrize("lang", sorted(GALLERY))
@pytest.mark.parametrize(("wrapper", "intro", "slide"), SLIDESHOWS)
def test_gallery_piece_keeps_its_intro_and_captions(
    lang: str, wrapper: str, intro: str, slide: str
) -> None:
    text, slides = GALLERY[lang]
    inner = intro.format(intro=text) + "".join(
        slide.format(i=i, title=t, caption=c) for i, (t, c) in enumerate(slides)
    )
    doc = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Markthalle</title>'
        '</head><body><header><nav><a href="/">Home</a><a href="/news">News</a></nav></header>'
        f"<main><h1>{slides[0][0]}: {slides[1][0]}</h1>{wrapper.format(inner)}</main>"
        '<aside><p>Most read</p><ul><li><a href="/a">Another story about something</a></li></ul>'
        "</aside><footer><p>© 2026 Example Post</p></footer></body></html>"
    )
    got = extract_article(doc, "https://post.example/2026/market-hall-1").body or ""
    assert text in got
    assert all(c in got for _, c in slides)


# ... while an article's own gallery, set between its paragraphs, stays out with its captions
@pytest.mark.parametrize(
    "gallery",
    [
        '<div class="gallery">{}</div>',
        '<div class="slideshow"><div class="slideshow-intro"><p>Bilder vom Eröffnungstag</p></div>{}</div>',
    ],
)
def test_article_gallery_captions_stay_out(gallery: str) -> None:
    caps = [c for _, c in GALLERY["de"][1]]
    slides = "".join(
        f'<div class="gallery-item"><img src="/{i}.jpg"><div class="gallery-caption">{c}</div></div>'
        for i, c in enumerate(caps)
    )
    ps = STORIES["de"][1]
    inner = "".join(f"<p>{p}</p>" for p in ps[:2]) + gallery.format(slides)
    inner += "".join(f"<p>{p}</p>" for p in ps[2:])
    doc = (
        '<html lang="de"><head><title>x</title></head><body><article>'
        f'<h1>{STORIES["de"][0]}</h1><div class="story-text">{inner}</div></article></body></html>'
    )
    got = extract_article(doc, URL).body or ""
    assert all(p in got for p in ps)
    assert not any(c in got for c in caps)


def _with_snippet(lang: str, snippet: str) -> tuple[list[str], str]:
    """The story's paragraphs and the body of its page with `snippet` after the second."""
    ps = STORIES[lang][1]
    inner = "".join(f"<p>{html.escape(p)}</p>" for p in ps[:2]) + snippet
    inner += "".join(f"<p>{html.escape(p)}</p>" for p in ps[2:])
    doc = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{STORIES[lang][0]}</title>'
        f'</head><body><header><a href="/">Stadtblatt</a></header><div class="k3x"><h1>{STORIES[lang][0]}</h1>'
        f'<div class="a1b2">{inner}</div></div><footer><p>© 2026 Stadtblatt</p></footer></body></html>'
    )
    return ps, extract_article(doc, URL).body or ""


def _lines(snippet: str) -> list[str]:
    return [
        t.strip() for t in lxml.html.fromstring(f"<div>{snippet}</div>").itertext() if t.strip()
    ]


# Furniture news sites of other languages set inside the text column: a cookie banner's text,
# "read also" labels with their links, an ad's label alone
FURNITURE = [
    (
        "de",
        "<p>Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten. Mit der Nutzung stimmen Sie zu.</p>",
    ),
    (
        "en",
        "<p>We use cookies to give you the best experience. By continuing you agree to our use of cookies.</p>",
    ),
    ("es", "<p>Este contenido está bloqueado porque no has aceptado las cookies.</p>"),
    (
        "es",
        "<p>Utilizamos cookies propias y de terceros. Si continúa navegando, acepta su uso.</p>",
    ),
    (
        "fr",
        "<p>Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez leur utilisation.</p>",
    ),
    (
        "it",
        "<p>Utilizziamo i cookie per offrirti la migliore esperienza. Continuando accetti il loro utilizzo.</p>",
    ),
    ("pl", "<p>Używamy plików cookies. Korzystając ze strony, wyrażasz zgodę na ich użycie.</p>"),
    (
        "ru",
        "<p>Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.</p>",
    ),
    (
        "nl",
        "<p>Wij gebruiken cookies om je de beste ervaring te geven. Door verder te gaan ga je akkoord.</p>",
    ),
    (
        "de",
        "<p>Lesen Sie auch</p><p><a href='/x-1.html'>Neue Brücke über den Fluss geplant</a></p>",
    ),
    (
        "de",
        "<p>Lesen Sie auch:</p><ul><li><a href='/a-1.html'>Neue Brücke über den Fluss</a></li><li><a href='/b-1.html'>Stadtrat tagt am Montag</a></li></ul>",
    ),
    ("pt", "<p>Leia também: <a href='/x-1.html'>Nova ponte sobre o rio</a></p>"),
    ("ja", "<p>あわせて読みたい</p><p><a href='/x-1.html'>新しい橋の建設計画</a></p>"),
    ("ja", "<p>【あわせて読みたい】新しい橋の建設計画</p>"),
    ("ko", "<p>관련기사</p><p><a href='/x-1.html'>새 다리 건설 계획</a></p>"),
    ("ko", "<p>[관련기사] 새 다리 건설 계획</p>"),
    ("ru", "<p>Читайте также: <a href='/x-1.html'>Новый мост через реку</a></p>"),
    ("ru", "<p>Читайте также</p><p><a href='/x-1.html'>Новый мост через реку</a></p>"),
    ("pl", "<p>Czytaj także: Nowy most na rzece</p>"),
    ("pl", "<p><strong>Czytaj także:</strong> <a href='/x-1.html'>Nowy most na rzece</a></p>"),
    ("cs", "<p>Čtěte také: Nový most přes řeku</p>"),
    ("it", "<p>Leggi anche: <a href='/x-1.html'>Il nuovo ponte sul fiume</a></p>"),
    ("de", "<p>Anzeige</p>"),
    ("de", "<p>ANZEIGE</p>"),
    ("de", "<p>Werbung</p>"),
    ("es", "<p>Publicidad</p>"),
    ("ko", "<p>광고</p>"),
    ("fr", "<p>Publicité</p>"),
    ("it", "<p>Pubblicità</p>"),
    ("nl", "<p>Advertentie</p>"),
    ("pl", "<p>Reklama</p>"),
    ("ru", "<p>Реклама</p>"),
    ("ja", "<p>広告</p>"),
    ("zh", "<p>广告</p>"),
    ("sv", "<p>Annons</p>"),
    ("tr", "<p>Reklam</p>"),
]


@pytest.mark.parametrize(("lang", "snippet"), FURNITURE)
def test_furniture_of_other_languages_left_out(lang: str, snippet: str) -> None:
    ps, got = _with_snippet(lang, snippet)
    assert not any(line in got for line in _lines(snippet))
    assert all(p in got for p in ps)


# ... and the story's sentences with the same words
LOOK_ALIKES = [
    ("de", "<p>Anzeige gegen Unbekannt erstattet, sagte die Polizei am Montag.</p>"),
    ("de", "<p>Die Anzeige erschien am Samstag in mehreren Zeitungen der Region.</p>"),
    (
        "de",
        "<p>Werbung für Zigaretten ist seit 2021 auf Plakaten verboten, erinnerte die Ministerin.</p>",
    ),
    (
        "de",
        "<p>Wir verwenden Cookies nur mit Ihrer Zustimmung, erklärte die Sprecherin der Stadtwerke.</p>",
    ),
    ("de", "<p>„Wir verwenden Cookies, wenn Sie zustimmen“, sagte der Sprecher des Verlags.</p>"),
    (
        "en",
        "<p>We use cookies only where readers agree, the company's privacy chief said on Tuesday.</p>",
    ),
    (
        "en",
        "<p>The site uses cookies to track readers, the regulator found in its report on Tuesday.</p>",
    ),
    ("es", "<p>Este contenido está bloqueado en España desde 2022 por orden judicial.</p>"),
    (
        "es",
        "<p>La publicidad institucional creció un 20 por ciento el año pasado, según el informe.</p>",
    ),
    ("ko", "<p>광고 시장은 지난해 10% 성장했다고 협회가 밝혔다.</p>"),
    ("ru", "<p>Читайте также в нашем материале о реформе: она вступит в силу в январе.</p>"),
    ("pl", "<p>Reklama zniknie z przystanków do końca roku, zapowiedział prezydent miasta.</p>"),
    ("ja", "<p>広告収入は前年より減ったと同社は発表した。</p>"),
    # a sentence opening on "we use cookies" that names who agrees, and who said it
    (
        "en",
        "<p>We use cookies only with consent, insisted the company's lawyer before the court.</p>",
    ),
    (
        "en",
        "<p>We use cookies, and 80 percent of visitors accept them without reading the banner, the study found.</p>",
    ),
    (
        "en",
        "<p>We use cookies from three bakeries, and customers agree the oat ones are best.</p>",
    ),
    (
        "fr",
        "<p>Nous utilisons des cookies seulement avec le consentement des lecteurs, a assuré le directeur.</p>",
    ),
    (
        "es",
        "<p>Utilizamos cookies solo si el usuario acepta, aseguró la empresa en un comunicado.</p>",
    ),
    (
        "es",
        "<p>Este contenido está bloqueado porque el usuario no aceptó las cookies, denunció la asociación de consumidores.</p>",
    ),
    (
        "nl",
        "<p>Wij gebruiken cookies alleen als de lezer akkoord gaat, verklaarde de woordvoerder.</p>",
    ),
    (
        "pl",
        "<p>Używamy plików cookies tylko za zgodą użytkownika, zapewnił rzecznik firmy.</p>",
    ),
    (
        "ru",
        "<p>Мы используем файлы cookie только с согласия пользователей, подчеркнул представитель компании.</p>",
    ),
    (
        "sv",
        "<p>Vi använder cookies bara om läsaren godkänner det, förklarade bolagets jurist.</p>",
    ),
    (
        "en",
        "<p>This content is blocked for readers who refuse cookies, a practice the regulator called illegal on Tuesday.</p>",
    ),
    (
        "en",
        "<p>This site uses cookies? If you accept them, you agree to be tracked for months, experts warn.</p>",
    ),
    (
        "fr",
        "<p>Nous utilisons des cookies, je le reconnais, et la plupart des lecteurs les acceptent.</p>",
    ),
    (
        "de",
        "<p>Wir verwenden Cookies, und wenn Sie zustimmen, verkaufen wir Ihre Daten, gab der Manager zu.</p>",
    ),
]


@pytest.mark.parametrize(("lang", "snippet"), LOOK_ALIKES)
def test_story_sentence_with_furniture_words_stays(lang: str, snippet: str) -> None:
    ps, got = _with_snippet(lang, snippet)
    assert all(line in got for line in _lines(snippet))
    assert all(p in got for p in ps)


# A carousel of other stories (slides with a teaser each) in a page whose wrapper's class names
# a gallery or a carousel ("has-gallery", "js-carousel"): the article is not a gallery piece,
# the carousel's slides stay out
TEASERS = {
    "en": [
        "Council approves the new tram line after a long debate about costs",
        "Storm closes the harbour for the second time this winter season",
    ],
    "de": [
        "Stadtrat beschließt die neue Straßenbahnlinie nach langer Debatte um die Kosten",
        "Sturm schließt den Hafen zum zweiten Mal in diesem Winter",
    ],
    "fr": [
        "Le conseil approuve la nouvelle ligne de tram après un long débat sur les coûts",
        "La tempête ferme le port pour la deuxième fois cet hiver",
    ],
}
CAROUSELS = [
    '<div class="carousel"><h3>More stories</h3>{}</div>',
    '<div class="slides">{}</div>',
    '<div class="related-stories"><h3>More</h3>{}</div>',
]
PAGE_WRAPPERS = [
    '<main class="page has-gallery">{}</main>',
    '<div id="content" class="content js-carousel">{}</div>',
    '<div class="article-gallery-layout">{}</div>',
    '<article class="story slideshow-enabled">{}</article>',
]


@pytest.mark.parametrize("lang", sorted(TEASERS))
@pytest.mark.parametrize("wrapper", PAGE_WRAPPERS)
@pytest.mark.parametrize("carousel", CAROUSELS)
@pytest.mark.parametrize("where", ["between", "after"])
def test_carousel_of_other_stories_stays_out(
    lang: str, wrapper: str, carousel: str, where: str
) -> None:
    ps = STORIES[lang][1]
    slides = carousel.format(
        "".join(
            f'<div class="slide"><a href="/n/{i}-1.html"><img src="/t{i}.jpg"></a><p>{t}</p></div>'
            for i, t in enumerate(TEASERS[lang])
        )
    )
    text = "".join(f"<p>{html.escape(p)}</p>" for p in ps)
    if where == "between":
        text = "".join(f"<p>{html.escape(p)}</p>" for p in ps[:2]) + slides
        text += "".join(f"<p>{html.escape(p)}</p>" for p in ps[2:])
    inner = f'<h1>{STORIES[lang][0]}</h1><div class="story-text">{text}</div>'
    inner += slides if where == "after" else ""
    doc = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>x</title></head>'
        '<body><header><nav><a href="/">Home</a></nav></header>'
        + wrapper.format(inner)
        + "<footer><p>© 2026 Example Post</p></footer></body></html>"
    )
    got = extract_article(doc, "https://post.example/2026/market-hall-1").body or ""
    assert all(p in got for p in ps)
    assert not any(t in got for t in TEASERS[lang])


# ... and an article's own pictures' captions, set in its text block, stay out though the page's
# wrapper names a gallery: the text block is not the gallery's
CAPTIONS = {
    "en": "The new roof seen from the square on Saturday morning, shortly after the opening ceremony ended.",
    "de": "Das neue Dach vom Platz aus gesehen am Samstagmorgen, kurz nach dem Ende der Eröffnungsfeier.",
}
FIGURES = [
    '<div class="photo"><img src="/a.jpg"><p class="caption">{}</p></div>',
    '<div class="image-caption">{}</div>',
]


@pytest.mark.parametrize("lang", sorted(CAPTIONS))
@pytest.mark.parametrize("wrapper", [*PAGE_WRAPPERS[:2], '<div class="carousel-page">{}</div>'])
@pytest.mark.parametrize("figure", FIGURES)
def test_article_captions_in_a_gallery_named_page_stay_out(
    lang: str, wrapper: str, figure: str
) -> None:
    ps = STORIES[lang][1]
    text = "".join(f"<p>{html.escape(p)}</p>" for p in ps[:2]) + figure.format(CAPTIONS[lang])
    text += "".join(f"<p>{html.escape(p)}</p>" for p in ps[2:])
    doc = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>x</title></head>'
        '<body><header><nav><a href="/">Home</a></nav></header>'
        + wrapper.format(f'<h1>{STORIES[lang][0]}</h1><div class="story-text">{text}</div>')
        + "<footer><p>© 2026 Example Post</p></footer></body></html>"
    )
    got = extract_article(doc, "https://post.example/2026/market-hall-1").body or ""
    assert all(p in got for p in ps)
    assert CAPTIONS[lang] not in got
