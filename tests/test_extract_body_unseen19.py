"""Body text on German-language (and other) pages of kinds the looked-at set barely shows,
in neutral class names, so only the rule under test can tell the furniture: a reader poll's
choices inside the story ("Umfrage" over "( ) Ja ( ) Nein" and "Abstimmen"), a comment form
under it ("Kommentar schreiben" over a text field), a ticker of the site's latest items
headed "Newsticker" or "Die neusten Nachrichten" in a dozen languages, a map's credit line
("Karte: OpenStreetMap"), an embed's placeholder opened by its label ("Externer Inhalt").
Made-up pages and sentences; the story's paragraphs stay, the furniture goes."""

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


def _page(mid: str = "", end: str = "") -> str:
    ps = [f"<p>{t}</p>" for t in STORY]
    return (
        "<html lang='de'><head><title>Neue Brücke eröffnet</title></head><body>"
        "<header class='hd'><a href='/'>Talbote</a><nav><a href='/region'>Region</a><a href='/sport'>Sport</a></nav></header>"
        f"<div class='k1'><h1>Neue Brücke über die Aare eröffnet</h1><div class='k2'>{''.join(ps[:3])}{mid}{''.join(ps[3:])}{end}</div></div>"
        "<footer class='ft'><p>© 2026 Talbote AG. Alle Rechte vorbehalten.</p></footer></body></html>"
    )


def _body(html: str) -> str:
    return extract_article(html, URL).body or ""


def _furniture_left(body: str) -> str:
    """What the body holds besides the story's paragraphs."""
    for t in STORY:
        body = body.replace(t, "")
    return " ".join(body.split())


# A reader poll inside the story: a question, two or three choices as radio buttons, a
# button to vote; in the markup shapes poll widgets use (labels in a box, a form of <p>s,
# a list of choices), with and without a label word naming it.
POLLS = [
    (
        "de-labels",
        "<div class='v8'><p>Umfrage</p><p>Benutzen Sie die neue Brücke?</p><label><input type='radio' name='q'> Ja, täglich</label><label><input type='radio' name='q'> Nein</label><button>Abstimmen</button></div>",
    ),
    (
        "de-form-paragraphs",
        "<div class='v8'><p>Benutzen Sie die neue Brücke regelmäßig?</p><form><p><label><input type='radio' name='q'> Ja, täglich auf dem Weg zur Arbeit</label></p><p><label><input type='radio' name='q'> Nein, ich fahre lieber mit dem Auto</label></p><button>Abstimmen</button></form></div>",
    ),
    (
        "de-list",
        "<div class='v8'><h3>Ihre Meinung ist gefragt</h3><p>Hat sich der Bau der Brücke gelohnt?</p><ul><li><input type='radio' name='q' id='a1'><label for='a1'>Ja, ganz sicher</label></li><li><input type='radio' name='q' id='a2'><label for='a2'>Nein, viel zu teuer</label></li><li><input type='radio' name='q' id='a3'><label for='a3'>Weiss nicht</label></li></ul></div>",
    ),
    (
        "de-checkboxes",
        "<div class='v8'><p>Wofür nutzen Sie die Brücke? Mehrere Antworten möglich.</p><label><input type='checkbox'> Arbeitsweg</label><label><input type='checkbox'> Freizeit</label><label><input type='checkbox'> Einkaufen</label><button>Senden</button></div>",
    ),
    (
        "en",
        "<div class='v8'><p>Poll</p><p>Will you use the new bridge?</p><label><input type='radio' name='q'> Yes</label><label><input type='radio' name='q'> No</label><button>Vote</button></div>",
    ),
    (
        "fr",
        "<div class='v8'><p>Sondage</p><p>Allez-vous emprunter le nouveau pont ?</p><label><input type='radio' name='q'> Oui</label><label><input type='radio' name='q'> Non</label><button>Voter</button></div>",
    ),
    (
        "es",
        "<div class='v8'><p>Encuesta</p><p>¿Usará usted el nuevo puente?</p><label><input type='radio' name='q'> Sí</label><label><input type='radio' name='q'> No</label><button>Votar</button></div>",
    ),
    (
        "it",
        "<div class='v8'><p>Sondaggio</p><p>Userete il nuovo ponte?</p><label><input type='radio' name='q'> Sì</label><label><input type='radio' name='q'> No</label><button>Vota</button></div>",
    ),
    (
        "pl",
        "<div class='v8'><p>Sonda</p><p>Czy będziesz korzystać z nowego mostu?</p><label><input type='radio' name='q'> Tak</label><label><input type='radio' name='q'> Nie</label><button>Głosuj</button></div>",
    ),
    (
        "de-select",
        "<div class='v8'><p>Wie oft werden Sie die Brücke benutzen?</p><select name='q'><option>Täglich</option><option>Wöchentlich</option><option>Nie</option></select><button>Abstimmen</button></div>",
    ),
]


@pytest.mark.parametrize(("name", "poll"), POLLS, ids=[p[0] for p in POLLS])
def test_a_reader_poll_inside_the_story_goes(name: str, poll: str) -> None:
    body = _body(_page(mid=poll))
    assert all(t in body for t in STORY), body
    assert _furniture_left(body) == "", body


# A comment form under the story: a heading, a text field, a name field, a line of rules.
COMMENT_FORMS = [
    (
        "de",
        "<div class='ks'><h3>Kommentar schreiben</h3><textarea></textarea><input type='text' name='name' placeholder='Ihr Name'><button>Senden</button><p>Bitte beachten Sie unsere Netiquette.</p></div>",
    ),
    (
        "de-form",
        "<div class='ks'><p>Was denken Sie über die neue Brücke? Schreiben Sie uns Ihre Meinung.</p><form><p><label>Ihr Kommentar</label><textarea name='c'></textarea></p><p><label>Name</label><input type='text' name='n'></p><button>Absenden</button></form></div>",
    ),
    (
        "fr",
        "<div class='ks'><h3>Laisser un avis</h3><textarea></textarea><button>Publier</button><p>Merci de respecter notre charte de modération.</p></div>",
    ),
    (
        "es",
        "<div class='ks'><h3>Escribe tu opinión</h3><textarea></textarea><button>Enviar</button><p>Los mensajes ofensivos serán eliminados.</p></div>",
    ),
]


@pytest.mark.parametrize(("lang", "form"), COMMENT_FORMS, ids=[c[0] for c in COMMENT_FORMS])
def test_a_comment_form_under_the_story_goes(lang: str, form: str) -> None:
    body = _body(_page(end=form))
    assert all(t in body for t in STORY), body
    assert _furniture_left(body) == "", body


# A ticker of the site's latest items under the story, headed in the site's language, its
# lines timed headlines with or without links.
TICKER_ITEMS = [
    "Stau auf der A1 bei Bern nach einem Unfall mit zwei Autos am Morgen",
    "Gemeinde Muri wählt neuen Präsidenten nach langer Debatte im Rat",
    "Zugausfall zwischen Olten und Aarau wegen einer Störung am Stellwerk",
]
TICKERS = [
    ("de", "Newsticker"),
    ("de-dash", "News-Ticker"),
    ("ch", "Die neusten Nachrichten"),
    ("de-neueste", "Neueste Meldungen"),
    ("at", "Aktuelle Meldungen"),
    ("fr", "Dernières infos"),
    ("es", "Últimas noticias"),
    ("it", "Ultime notizie"),
    ("nl", "Laatste nieuws"),
    ("sv", "Senaste nytt"),
    ("nb", "Siste nytt"),
    ("da", "Seneste nyt"),
    ("tr", "Son dakika"),
    ("ru", "Последние новости"),
    ("pl", "Najnowsze"),
    ("cs", "Nejnovější"),
    ("ja", "最新ニュース"),
    ("zh", "最新新闻"),
    ("ko", "실시간 뉴스"),
    ("ko-latest", "최신 기사"),
]


@pytest.mark.parametrize(("lang", "heading"), TICKERS, ids=[t[0] for t in TICKERS])
@pytest.mark.parametrize("linked", [False, True], ids=["plain", "links"])
def test_a_ticker_of_the_latest_items_goes(lang: str, heading: str, linked: bool) -> None:
    items = "".join(
        f"<li><time>0{9 - i}:12</time> <a href='/t/{i}'>{t}</a></li>"
        if linked
        else f"<li>0{9 - i}:12 {t}</li>"
        for i, t in enumerate(TICKER_ITEMS)
    )
    body = _body(_page(end=f"<div class='tk'><h2>{heading}</h2><ul>{items}</ul></div>"))
    assert all(t in body for t in STORY), body
    assert _furniture_left(body) == "", body


def test_a_section_of_the_story_headed_like_a_ticker_stays() -> None:
    """A subhead that reads like a ticker's over the story's own long paragraphs."""
    section = (
        "<h2>Neueste Meldungen</h2>"
        "<p>Nach neuesten Meldungen aus dem Gemeindehaus soll die alte Holzbrücke flussabwärts im kommenden Jahr abgerissen werden, sobald der Kanton zustimmt.</p>"
        "<p>Ob die Pfeiler der alten Brücke als Denkmal stehen bleiben dürfen, will der Gemeinderat nach einer Anhörung der Anwohner im Frühling entscheiden.</p>"
    )
    body = _body(_page(end=section))
    assert all(t in body for t in STORY), body
    assert "Ob die Pfeiler der alten Brücke" in body and "soll die alte Holzbrücke" in body, body


# A map's credit line set alone in the text under the map.
CREDITS = [
    "Karte: OpenStreetMap",
    "Map: OpenStreetMap contributors",
    "Carte : Talbote / OpenStreetMap",
    "Mapa: Instituto Geográfico",
]


@pytest.mark.parametrize("credit", CREDITS)
def test_a_map_credit_line_goes(credit: str) -> None:
    body = _body(
        _page(
            mid=f"<div class='map'><iframe src='https://maps.example/embed'></iframe><p>{credit}</p></div>"
        )
    )
    assert all(t in body for t in STORY), body
    assert _furniture_left(body) == "", body


def test_a_sentence_opening_with_a_credit_word_stays() -> None:
    line = "Karte: Wer die neue Brücke nutzen will, findet auf der Webseite der Gemeinde einen Plan mit allen Zugängen und Rampen für Rollstühle."
    body = _body(_page(mid=f"<p>{line}</p>"))
    assert line in body, body


# An embed's consent placeholder opened by its label, its line in the site's own words (no
# word of consent in it), a button to show the embed.
PLACEHOLDERS = [
    (
        "de",
        "Externer Inhalt",
        "Wir haben an dieser Stelle einen Beitrag von Instagram eingebunden. Mit einem Klick können Sie ihn sich anzeigen lassen.",
        "Anzeigen",
    ),
    (
        "de-empfohlen",
        "Empfohlener externer Inhalt",
        "Hier steht ein Video der Gemeinde zur Eröffnung der Brücke, das Sie mit einem Klick laden können.",
        "Video laden",
    ),
    (
        "en",
        "External content",
        "This part of the story holds a post from another platform. Click the button below to load it.",
        "Show post",
    ),
    (
        "fr",
        "Contenu externe",
        "Cet article contient une vidéo hébergée par une autre plateforme. Cliquez ci-dessous pour l'afficher.",
        "Afficher",
    ),
    (
        "es",
        "Contenido externo",
        "Aquí se muestra una publicación de otra plataforma. Pulse el botón para cargarla.",
        "Cargar",
    ),
    (
        "it",
        "Contenuto esterno",
        "Qui trovi un video di un'altra piattaforma. Clicca sul pulsante per caricarlo.",
        "Mostra",
    ),
    (
        "nb",
        "Eksternt innhold",
        "Her ligger en video fra en annen plattform. Trykk på knappen for å vise den.",
        "Vis",
    ),
    (
        "sv",
        "Externt innehåll",
        "Här finns en video från en annan plattform. Klicka på knappen för att visa den.",
        "Visa",
    ),
]


@pytest.mark.parametrize(
    ("lang", "label", "line", "button"), PLACEHOLDERS, ids=[p[0] for p in PLACEHOLDERS]
)
def test_an_embed_placeholder_opened_by_its_label_goes(
    lang: str, label: str, line: str, button: str
) -> None:
    box = f"<div class='e1'><p>{label}</p><p>{line}</p><button>{button}</button></div>"
    body = _body(_page(mid=box))
    assert all(t in body for t in STORY), body
    assert _furniture_left(body) == "", body


def test_a_paragraph_of_the_story_after_such_a_label_stays() -> None:
    """The label over a long paragraph of the story's own (no box of a placeholder's size)."""
    para = (
        "Externer Inhalt ist auch auf der Infotafel am Brückenkopf zu sehen, wo die Gemeinde die Geschichte der alten Fähre erzählt. "
        * 4
    )
    body = _body(
        _page(
            mid=f"<div class='e1'><p>Externer Inhalt</p><p>{para.strip()}</p><button>Mehr</button></div>"
        )
    )
    assert para.strip() in body, body


def test_a_poll_in_a_short_chunk_of_the_story_takes_only_its_own_box() -> None:
    """The story in chunks of two paragraphs, a poll's choices inside one chunk with no box
    of their own: the chunk's paragraphs stay."""
    poll = "<p>Ihre Meinung?</p><label><input type='radio' name='q'> Ja</label><label><input type='radio' name='q'> Nein</label>"
    chunks = "".join(
        f"<div class='c{i}'><p>{STORY[i]}</p><p>{STORY[i + 1]}</p>{poll if i == 2 else ''}</div>"
        for i in range(0, 6, 2)
    )
    html = (
        "<html lang='de'><head><title>Neue Brücke eröffnet</title></head><body>"
        f"<div class='k1'><h1>Neue Brücke über die Aare eröffnet</h1><div class='k2'>{chunks}</div></div></body></html>"
    )
    body = _body(html)
    assert all(t in body for t in STORY), body
