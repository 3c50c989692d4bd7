"""Body text of invented pages: a bare picture credit ("Foto: dpa") set between a short line
and the next picture, that picture with no credit under it, is the next picture's credit (the
page sets its credits above its pictures): the short line above it is the story's and stays.
Where the next picture has its own credit under it, the page's credits sit under their
pictures and the line above the first credit is its picture's caption: it goes with it.
A "see also" label alone on its line ("Voir aussi", "Ver también", "Vedi anche", "Siehe auch")
goes, as "Lesen Sie auch" did; the same words opening a subhead or a sentence stay. Under a
promo's label a box of the story's facts stays, beside a plain line or a tip set as a kicker.
Invented sites, stories, credits and titles."""

# ruff: noqa: E501  -- a row of titles reads best on one line

from __future__ import annotations

import pytest

from tests.test_extract_body32 import STORIES, _lines

PIC_A = '<img src="/bilder/a.jpg" alt="">'
PIC_B = '<img src="/bilder/b.jpg" alt="">'
PIC_Z = '<img src="/bilder/z.jpg" alt="">'
# a short line of the story, then the next picture's credit above it
LINES = [
    ("de", "Der Umzug dauert bis Ende Mai.", "Foto: dpa"),
    ("de", "Die Eröffnung ist für Juni geplant.", "Foto: Stadtblatt/Jana Beispiel"),
    ("en", "The move takes until the end of May.", "Photo: Reuters"),
    ("fr", "Le déménagement durera jusqu'à fin mai.", "Photo : AFP"),
    ("es", "La mudanza durará hasta finales de mayo.", "Foto: EFE"),
    ("it", "Il trasloco durerà fino a fine maggio.", "Foto: Ansa"),
]
# the pictures bare, or each in a paragraph of its own
PICTURES = [(PIC_A, PIC_B), (f"<p>{PIC_A}</p>", f"<p>{PIC_B}</p>")]


@pytest.mark.parametrize(("lang", "line", "credit"), LINES)
@pytest.mark.parametrize(("pic_a", "pic_b"), PICTURES)
def test_a_credit_above_the_next_picture_keeps_the_line_before_it(
    lang: str, line: str, credit: str, pic_a: str, pic_b: str
) -> None:
    """The first picture's credit above it too: the page sets its credits above."""
    got = _lines(lang, f"<p>{credit}</p>{pic_a}<p>{line}</p><p>{credit}</p>{pic_b}")
    assert line in got
    assert credit not in got
    assert got == [*STORIES[lang][1][:2], line, *STORIES[lang][1][2:]]


def test_credits_above_a_row_of_pictures_keep_the_last_line() -> None:
    """Every picture's credit above it, the first one's too: the line over the last credit,
    the last picture with none under it, is the story's."""
    line = "Der Umzug dauert bis Ende Mai."
    got = _lines(
        "de",
        f"<p>Foto: Stadtblatt</p>{PIC_Z}<p>Die Halle steht seit 1950.</p>"
        f"<p>Foto: Stadtblatt</p>{PIC_A}<p>{line}</p><p>Foto: dpa</p>{PIC_B}",
    )
    assert line in got
    assert "Foto: dpa" not in got


# counter-cases: nothing says the credits sit above (no credit over the first picture, or the
# credit over it is an earlier picture's, under that one): the page sets them under, as most
# do, and its last picture (a chart, a logo) has none; the line is the caption and goes
UNCREDITED_LAST = [
    "{pic_a}<p>{line}</p><p>{credit}</p>{pic_b}",
    "{pic_z}<p>{credit}</p>{pic_a}<p>{line}</p><p>{credit}</p>{pic_b}",
    "{pic_z}<p>Der alte Bahnhof im Winter.</p><p>{credit}</p>{pic_a}<p>{line}</p><p>{credit}</p>{pic_b}",
]


@pytest.mark.parametrize(("lang", "line", "credit"), LINES)
@pytest.mark.parametrize(("pic_a", "pic_b"), PICTURES)
@pytest.mark.parametrize("shape", UNCREDITED_LAST)
def test_a_caption_goes_where_the_last_picture_has_no_credit(
    lang: str, line: str, credit: str, pic_a: str, pic_b: str, shape: str
) -> None:
    page = shape.format(pic_z=PIC_Z, pic_a=pic_a, pic_b=pic_b, line=line, credit=credit)
    assert _lines(lang, page) == STORIES[lang][1]


# counter-cases: the next picture has its own credit (or caption and credit) under it
UNDER = [
    "<p>{credit}</p>",
    "<p>Zweite Aufnahme vom Umzug.</p><p>{credit}</p>",
    "<p>Zweite Aufnahme vom Umzug. {credit}</p>",
]


@pytest.mark.parametrize(("lang", "line", "credit"), LINES)
@pytest.mark.parametrize("under", UNDER)
def test_a_caption_goes_where_the_next_picture_has_a_credit_under_it(
    lang: str, line: str, credit: str, under: str
) -> None:
    got = _lines(lang, f"{PIC_A}<p>{line}</p><p>{credit}</p>{PIC_B}" + under.format(credit=credit))
    assert line not in got
    assert got == STORIES[lang][1]


@pytest.mark.parametrize(("lang", "line", "credit"), LINES)
def test_a_caption_and_credit_under_the_one_picture_go(lang: str, line: str, credit: str) -> None:
    """The picture's caption and credit under it, the story going on below: both go."""
    assert _lines(lang, f"{PIC_A}<p>{line}</p><p>{credit}</p>") == STORIES[lang][1]


# a "see also" label alone on its line, in the languages of unseen sites: its link gone below
# it (one linked title, which goes as a promo), or nothing left under it
SEE_ALSO = [
    ("fr", "Voir aussi"),
    ("fr", "À voir aussi"),
    ("fr", "À lire également"),
    ("es", "Ver también"),
    ("es", "Vea también"),
    ("it", "Vedi anche"),
    ("de", "Siehe auch"),
    ("de", "Lesen Sie auch"),
    ("pt", "Leia também"),
    ("it", "Leggi anche"),
]
LABEL_SHAPES = [
    "<h3>{label}</h3>",
    "<h2>{label}</h2>",
    "<h3>{label}</h3><p><a href='/n/7.html'>Ein anderer Titel der Seite</a></p>",
    "<p><strong>{label}</strong></p><p><a href='/n/7.html'>Ein anderer Titel der Seite</a></p>",
]


@pytest.mark.parametrize(("lang", "label"), SEE_ALSO)
@pytest.mark.parametrize("shape", LABEL_SHAPES)
def test_a_see_also_label_alone_goes(lang: str, label: str, shape: str) -> None:
    assert _lines(lang, shape.format(label=label)) == STORIES[lang][1]


# counter-cases: the same words opening a subhead or a sentence of the story
OPENING = [
    ("fr", "<h3>Voir aussi loin que possible</h3>"),
    ("fr", "<p>Voir aussi les enfants jouer dans la cour a ému les parents.</p>"),
    ("es", "<h3>Ver también a los vecinos</h3>"),
    ("es", "<p>Ver también el lado bueno del cierre fue difícil para los vecinos.</p>"),
    ("it", "<p>Vedi anche tu la differenza, ha detto la direttrice ai visitatori.</p>"),
    ("de", "<h3>Siehe auch die Nachbarn</h3>"),
]


@pytest.mark.parametrize(("lang", "line"), OPENING)
def test_see_also_words_opening_a_story_line_stay(lang: str, line: str) -> None:
    text = line.split(">", 1)[1].rsplit("<", 1)[0]
    assert text in _lines(lang, line)


# a story's own box under a label that also heads promos ("Más información", "Mehr zum Thema"):
# a place without a number beside a tip set as a key and its colon ("Tipp: ...", "Consejo: ...")
# reads as a kicker title beside a service word's kicker; the box is the story's and stays
# (a promo titled "Wann: ..." is rarer than a box's "Tipp:" line)
TIPPED = [
    ("es", "Más información", ["Dónde: Centro cívico", "Consejo: reservar pronto"]),
    ("de", "Mehr zum Thema", ["Wo: In der Stadthalle", "Tipp: Karten vorab kaufen"]),
    ("de", "Mehr zum Thema", ["Wann: Am Wochenende", "Hinweis: Parkplätze sind knapp"]),
    ("en", "See also", ["Where: Riverside Hall", "Tip: Book tickets early"]),
    ("fr", "Lire aussi", ["Où : Salle des fêtes", "Conseil : réserver tôt"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "label", "facts"), TIPPED)
def test_a_box_with_a_tip_line_stays(lang: str, label: str, facts: list[str]) -> None:
    got = _lines(lang, f"<p>{label}</p>" + "".join(f"<p>{f}</p>" for f in facts))
    assert all(f in got for f in facts)


# counter-cases: the story's own box, its facts beside a plain line of its own or a fact
# with a number
BOXES = [
    ("de", "Mehr zum Thema", ["Eintritt: frei", "Ort: Stadthalle", "Anmeldung erbeten"]),
    ("de", "Lesen Sie auch", ["Wo: im Innenhof der Stadtbibliothek", "Wann: Samstag ab 10 Uhr"]),
    ("en", "See also", ["Where: Riverside Hall", "Admission: free", "Booking essential"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "label", "facts"), BOXES)
def test_a_service_box_beside_a_plain_line_stays(lang: str, label: str, facts: list[str]) -> None:
    got = _lines(lang, f"<p>{label}</p>" + "".join(f"<p>{f}</p>" for f in facts))
    assert all(f in got for f in facts)


# a reading time said roughly ("ca.", "etwa", "about", "environ"): the site's stamp, no text
ROUGH_TIMES = [
    ("de", "Lesezeit: ca. 3 Minuten"),
    ("de", "Lesezeit: etwa 4 Min."),
    ("de", "Lesedauer: circa 5 Minuten"),
    ("de", "ca. 3 Min. Lesezeit"),
    ("en", "Reading time: about 4 minutes"),
    ("fr", "Temps de lecture : environ 3 min"),
    ("es", "Tiempo de lectura: aprox. 3 minutos"),
    ("pt", "Tempo de leitura: cerca de 3 minutos"),
]


@pytest.mark.parametrize(("lang", "line"), ROUGH_TIMES)
def test_a_rough_reading_time_goes(lang: str, line: str) -> None:
    assert _lines(lang, f"<p>{line}</p>") == STORIES[lang][1]


# counter-cases: the story's sentences on reading and minutes
READING_SENTENCES = [
    ("de", "Die Lesezeit der Kinder stieg im Schnitt um etwa 3 Minuten am Tag."),
    ("de", "Ca. 3 Minuten dauerte die Lesung der Bürgermeisterin."),
    ("en", "Reading time for pupils rose by about 4 minutes a day, the survey found."),
]


@pytest.mark.parametrize(("lang", "line"), READING_SENTENCES)
def test_a_sentence_on_reading_minutes_stays(lang: str, line: str) -> None:
    assert line in _lines(lang, f"<p>{line}</p>")


# a paywall's call to read on and a "back to the front page" button left in the text, alone on
# their line, in the languages of unseen sites (German "Jetzt abonnieren und weiterlesen" went)
BUTTONS = [
    ("de", "Zurück zur Startseite"),
    ("de", "Zurück zur Übersicht"),
    ("en", "Back to homepage"),
    ("en", "Back to home"),
    ("fr", "Abonnez-vous pour lire la suite"),
    ("fr", "Retour à l'accueil"),
    ("es", "Suscríbete para seguir leyendo"),
    ("es", "Volver a la portada"),
    ("it", "Abbonati per continuare a leggere"),
    ("it", "Torna alla home"),
    ("pt", "Assine para continuar lendo"),
    ("pt", "Voltar para a página inicial"),
]


@pytest.mark.parametrize(("lang", "line"), BUTTONS)
@pytest.mark.parametrize(
    "shape", ["<p>{}</p>", "<p><a href='/'>{}</a></p>", "<div><span>{}</span></div>"]
)
def test_a_read_on_or_back_button_goes(lang: str, line: str, shape: str) -> None:
    assert _lines(lang, shape.format(line)) == STORIES[lang][1]


# counter-cases: the same words inside the story's sentences
BUTTON_SENTENCES = [
    ("de", "Zurück zur Startseite ihres Lebens wollte die Leiterin nach dem Umbau nicht."),
    ("fr", "Retour à l'accueil des lecteurs : la médiathèque rouvre ses portes samedi matin."),
    ("es", "Volver a la portada del periódico local fue el sueño de la alcaldesa durante años."),
    (
        "it",
        "Abbonati per continuare a leggere? Molti lettori preferiscono la biblioteca, dice la direttrice.",
    ),
]


@pytest.mark.parametrize(("lang", "line"), BUTTON_SENTENCES)
def test_button_words_in_a_sentence_stay(lang: str, line: str) -> None:
    assert line in _lines(lang, f"<p>{line}</p>")
