"""Body text of invented pages (session 37).

1. A list the writer's colon sentence announces ("Der Bürgermeister nannte drei Ziele:" over
   two or three short items) at the story's end, above a tag line or a share bar the walk
   drops, stays with its sentence: the furniture tail took the items and left the colon line
   hanging. A box's colon heading ("Mehr zum Thema:", "Lesen Sie auch:") still goes with
   the short lines under it.
2. A note that the piece ran first elsewhere goes only when the line is the note: "This
   report was first published in 2021 and it caused a storm ..." and a note followed by a
   sentence of the story are the story's, in English, French, Dutch and German.
3. A pull quote's class is a class word that is or ends in "quote" ("pullquote",
   "c-pull-quote", "ArticleQuote"), not one that only holds it ("misquoted-claim",
   "unquote", "quotemedia"): a short line there repeating the story's words stays.
4. Tag lines labelled in Hungarian, Romanian, Slovak and Bulgarian ("Címkék: könyvtár,
   felújítás", "Etichete: ...") go under the text as the other languages' did.
5. A table of body shapes in languages outside the world set (read-also teasers, ad labels,
   captions, newsletter boxes, social posts, related lists, share bars, comment counts,
   interviews, lists and tables, "Lesen Sie ..." as a sentence): each row passed before but
   the tag lines, and holds the shapes where they are.
6. A list of items the story discusses under its own subhead, each a link and a summary
   ("<a>Title</a>, a dash, a summary"), stays (it did before too: counter-cases for the rules above).

Invented sites, stories and titles. The counter-cases (KEPT/DROPPED lists) passed before
too: they hold the new rules to their shapes.
"""

# ruff: noqa: E501  -- one row a line reads best

from __future__ import annotations

import pytest

from benchmarks.body_invented import STORIES
from newsarchive.extract import extract_article
from tests.plugins.body_pages import URL
from tests.test_extract_body32 import _lines, _page


def _lines_end(lang: str, tail: str) -> list[str]:
    """The story with `tail` after its last paragraph."""
    html = _page(lang, "").replace("</div></div><footer>", f"{tail}</div></div><footer>")
    return [p for p in (extract_article(html, URL).body or "").split("\n") if p]


# 1. a colon sentence's list at the end, above a line the walk drops
INTROS = [
    (
        "de",
        "Der Bürgermeister nannte drei Ziele für das nächste Jahr:",
        ["Mehr Geld für die Bibliothek", "Ein neues Freibad"],
    ),
    (
        "en",
        "The mayor named three priorities for next year:",
        ["More money for the library", "A new swimming pool", "Longer bus hours"],
    ),
    (
        "nl",
        "De burgemeester noemde drie doelen voor volgend jaar:",
        ["Meer geld voor de bibliotheek", "Een nieuw zwembad"],
    ),
    (
        "pl",
        "Burmistrz wymienił trzy cele na przyszły rok:",
        ["Więcej pieniędzy na bibliotekę", "Nowy basen"],
    ),
]
AFTER = [
    "<p>Schlagworte: Stadtrat, Bibliothek, Haushalt</p>",
    "<p>Keywords: council, library, budget</p>",
    "<p>Teilen auf Facebook Teilen auf X</p>",
]


@pytest.mark.parametrize("after", AFTER)
@pytest.mark.parametrize(("lang", "intro", "items"), INTROS)
def test_a_colon_sentences_list_stays_above_a_dropped_line(
    lang: str, intro: str, items: list[str], after: str
) -> None:
    ul = "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    assert _lines_end(lang, f"<p>{intro}</p>{ul}{after}") == [*STORIES[lang][1], intro, *items]


# a box's heading over short lines, then a dropped line: the tail goes as before
TAIL_GOES = [
    (
        "de",
        "<p>Mehr zum Thema:</p><p>Neues Freibad öffnet im Juni</p><p>Schlagworte: Stadtrat, Bibliothek</p>",
    ),
    (
        "de",
        "<p>Lesen Sie auch:</p><p>Neues Freibad öffnet im Juni</p><p>Teilen auf Facebook Teilen auf X</p>",
    ),
    ("en", "<p>Latest stories:</p><p>New pool opens in June</p><p>Keywords: council, library</p>"),
]


@pytest.mark.parametrize(("lang", "tail"), TAIL_GOES)
def test_a_box_headings_short_lines_still_go_at_the_end(lang: str, tail: str) -> None:
    got = _lines_end(lang, tail)
    assert got[: len(STORIES[lang][1])] == STORIES[lang][1]
    assert not any(p in got for p in ("Neues Freibad öffnet im Juni", "New pool opens in June"))


# 2. a story's sentence on its first publication, and the note alone
STORY_SENTENCES = [
    (
        "en",
        "This report was first published in 2021 and it caused a storm in the council, where two members resigned.",
    ),
    (
        "en",
        "This report was first published in 2021. Since then the council has twice cut the library's budget and the mayor has changed.",
    ),
    (
        "fr",
        "Cet article a été publié initialement en 2021 et il a provoqué un long débat au conseil municipal.",
    ),
    ("nl", "Dit artikel verscheen eerder in 2021 en leidde tot een lang debat in de gemeenteraad."),
    (
        "de",
        "Dieser Artikel erschien zuerst 2021 und löste im Stadtrat eine lange Debatte über die Kosten aus.",
    ),
]


@pytest.mark.parametrize(("lang", "sentence"), STORY_SENTENCES)
def test_a_story_sentence_on_a_first_publication_stays(lang: str, sentence: str) -> None:
    assert sentence in _lines(lang, f"<p>{sentence}</p>")


NOTES = [
    ("en", "This report was first published in 2021 and has been updated."),
    ("en", "This report was first published in 2021 and has been updated with new figures."),
    ("en", "This story was originally published on Example News. Read the original article."),
    ("de", "Dieser Artikel erschien zuerst im Stadtblatt und wurde seitdem aktualisiert."),
    ("de", "Dieser Beitrag ist zuerst bei der Kreiszeitung erschienen."),
    ("nl", "Dit artikel verscheen eerder in Het Dorpsblad."),
]


@pytest.mark.parametrize(("lang", "note"), NOTES)
def test_the_note_alone_still_goes(lang: str, note: str) -> None:
    assert _lines(lang, f"<p>{note}</p>") == STORIES[lang][1]


# 3. a class only holding "quote": the line stays; a quote's class: the repeat goes
REPEAT = "Die Bibliothek hat nun einen Lesesaal auf dem Dach und eine Werkstatt für Kinder"


def _with_box(cls: str) -> list[str]:
    return _lines(
        "de",
        f"<div class='{cls}'><p>„{REPEAT}.“</p></div><p>{REPEAT}, sagte die Leiterin am Samstag bei der Eröffnung vor vielen Gästen.</p>",
    )


@pytest.mark.parametrize("cls", ["misquoted-claim", "unquote", "quotemedia-box", "box excitation"])
def test_a_class_only_holding_quote_names_no_pull_quote(cls: str) -> None:
    assert f"„{REPEAT}.“" in _with_box(cls)


@pytest.mark.parametrize(
    "cls",
    [
        "pullquote",
        "c-pull-quote",
        "flex ArticleQuote",
        "quote-box",
        "quotebox",
        "Zitat-Größe",
        "zitatbox",
        "box CITA",
        "wp-block-pullquote",
    ],
)
def test_a_quote_class_still_names_a_pull_quote(cls: str) -> None:
    assert f"„{REPEAT}.“" not in _with_box(cls)


# 4. the story's own list of items, each linking out, under its subhead
ITEMS = [
    ("The Night Garden", "a novel about a flooded town"),
    ("Paper Boats", "short stories from the coast"),
    ("Salt and Stone", "a memoir of a quarry family"),
]


@pytest.mark.parametrize("href", ["https://books.example/{k}", "/kultur/{k}-12.html"])
@pytest.mark.parametrize("sep", [" – ", ": "])
def test_a_story_list_of_linked_items_under_its_subhead_stays(href: str, sep: str) -> None:
    lis = "".join(
        f"<li><a href='{href.format(k=t.split()[-1].lower())}'>{t}</a>{sep}{s}</li>"
        for t, s in ITEMS
    )
    got = _lines("en", f"<h2>Three books the library bought first</h2><ul>{lis}</ul>")
    assert "Three books the library bought first" in got
    assert [f"{t}{sep}{s}" for t, s in ITEMS] == [
        p for p in got if p.startswith(tuple(t for t, _ in ITEMS))
    ]


# 5. body shapes in languages outside the world set; stories written for this table
EXTRA: dict[str, tuple[str, list[str]]] = {
    "el": (
        "Η δημοτική βιβλιοθήκη ανοίγει ξανά",
        [
            "Η δημοτική βιβλιοθήκη άνοιξε ξανά τις πόρτες της το Σάββατο το πρωί, ύστερα από ανακαίνιση δύο ετών που κόστισε πολύ περισσότερο από ό,τι είχε προβλεφθεί.",
            "Εκατοντάδες αναγνώστες περίμεναν στη βροχή πριν από τα εγκαίνια, και τους πρώτους επισκέπτες υποδέχθηκαν ο δήμαρχος και η διευθύντρια της βιβλιοθήκης.",
            "Το κτίριο έχει τώρα αναγνωστήριο στην ταράτσα, εργαστήριο για παιδιά και μεγαλύτερο ωράριο τα βράδια των καθημερινών, ανακοίνωσε ο δήμος.",
            "Επικριτές στο δημοτικό συμβούλιο είχαν προειδοποιήσει ότι το κόστος αυξανόταν πολύ γρήγορα, όμως οι περισσότεροι ήρθαν στην τελετή και επαίνεσαν το αποτέλεσμα.",
        ],
    ),
    "hu": (
        "Újra megnyílt a városi könyvtár",
        [
            "A városi könyvtár szombat reggel nyitotta meg újra kapuit egy kétéves felújítás után, amely sokkal többe került, mint amennyit eredetileg terveztek.",
            "Olvasók százai vártak az esőben a megnyitó előtt, az első látogatókat a polgármester és a könyvtár igazgatója fogadta a bejáratnál.",
            "Az épületben most olvasóterem van a tetőn, műhely a gyerekeknek, és hétköznap esténként hosszabb a nyitvatartás, közölte a város.",
            "A képviselő-testület bírálói arra figyelmeztettek, hogy a költségek túl gyorsan nőnek, de legtöbbjük eljött az ünnepségre, és dicsérte az eredményt.",
        ],
    ),
    "ro": (
        "Biblioteca orașului se redeschide",
        [
            "Biblioteca centrală și-a redeschis porțile sâmbătă dimineață, după o renovare de doi ani care a costat mult mai mult decât se plănuise la început.",
            "Sute de cititori au așteptat în ploaie înainte de deschidere, iar primii vizitatori au fost întâmpinați de primar și de directoarea bibliotecii.",
            "Clădirea are acum o sală de lectură pe acoperiș, un atelier pentru copii și un program prelungit în serile din timpul săptămânii, a anunțat primăria.",
            "Criticii din consiliul local avertizaseră că prețurile cresc prea repede, dar cei mai mulți dintre ei au venit la ceremonie și au lăudat rezultatul.",
        ],
    ),
    "fi": (
        "Kaupunginkirjasto avautuu uudelleen",
        [
            "Keskuskirjasto avasi ovensa uudelleen lauantaiaamuna kaksi vuotta kestäneen remontin jälkeen, joka maksoi paljon enemmän kuin alun perin suunniteltiin.",
            "Sadat lukijat jonottivat sateessa ennen avajaisia, ja ensimmäiset kävijät toivottivat tervetulleiksi pormestari ja kirjaston johtaja.",
            "Rakennuksessa on nyt lukusali katolla, työpaja lapsille ja pidemmät aukioloajat arki-iltaisin, kaupunki kertoi.",
            "Valtuuston kriitikot olivat varoittaneet kustannusten noususta, mutta useimmat heistä tulivat juhlaan ja kehuivat lopputulosta.",
        ],
    ),
}


def _story(lang: str) -> tuple[str, list[str]]:
    return EXTRA.get(lang) or STORIES[lang]


def _shape_lines(lang: str, mid: str = "", after: str = "") -> list[str]:
    headline, ps = _story(lang)
    inner = (
        "".join(f"<p>{p}</p>" for p in ps[:2])
        + mid
        + "".join(f"<p>{p}</p>" for p in ps[2:])
        + after
    )
    html = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title>'
        f'</head><body><header><a href="/">Stadtblatt</a></header><div class="k3x"><h1>{headline}</h1>'
        f'<div class="a1b2">{inner}</div></div><footer><p>© 2026 Stadtblatt</p></footer></body></html>'
    )
    return [p for p in (extract_article(html, URL).body or "").split("\n") if p]


TEASE = "<p><strong>{label}</strong> <a href='/lokales/freibad-456.html'>{title}</a></p>"
MIDDLE = [
    # read-also teaser lines inside the body: DROP
    (
        "de",
        "tease",
        TEASE.format(label="Lesen Sie auch:", title="Neues Freibad öffnet im Juni"),
        [],
        ["Neues Freibad öffnet im Juni"],
    ),
    (
        "nl",
        "tease",
        TEASE.format(label="Lees ook:", title="Nieuw zwembad opent in juni"),
        [],
        ["Nieuw zwembad opent in juni"],
    ),
    (
        "pl",
        "tease",
        TEASE.format(label="Czytaj także:", title="Nowy basen otwarty w czerwcu"),
        [],
        ["Nowy basen otwarty w czerwcu"],
    ),
    (
        "pt",
        "tease",
        TEASE.format(label="Leia também:", title="Nova piscina abre em junho"),
        [],
        ["Nova piscina abre em junho"],
    ),
    (
        "cs",
        "tease",
        TEASE.format(label="Čtěte také:", title="Nový bazén otevře v červnu"),
        [],
        ["Nový bazén otevře v červnu"],
    ),
    (
        "el",
        "tease",
        TEASE.format(label="Διαβάστε επίσης:", title="Νέα πισίνα ανοίγει τον Ιούνιο"),
        [],
        ["Νέα πισίνα ανοίγει τον Ιούνιο"],
    ),
    (
        "hu",
        "tease",
        TEASE.format(label="Ezt is olvassa el:", title="Júniusban nyit az új uszoda"),
        [],
        ["Júniusban nyit az új uszoda"],
    ),
    (
        "ro",
        "tease",
        TEASE.format(label="Citește și:", title="Piscina nouă se deschide în iunie"),
        [],
        ["Piscina nouă se deschide în iunie"],
    ),
    (
        "fi",
        "tease",
        TEASE.format(label="Lue myös:", title="Uusi uimahalli avautuu kesäkuussa"),
        [],
        ["Uusi uimahalli avautuu kesäkuussa"],
    ),
    (
        "ar",
        "tease",
        TEASE.format(label="اقرأ أيضا:", title="افتتاح مسبح جديد في يونيو"),
        [],
        ["افتتاح مسبح جديد في يونيو"],
    ),
    (
        "he",
        "tease",
        TEASE.format(label="קראו גם:", title="בריכה חדשה נפתחת ביוני"),
        [],
        ["בריכה חדשה נפתחת ביוני"],
    ),
    (
        "zh",
        "tease",
        TEASE.format(label="延伸阅读：", title="新游泳池六月开放"),
        [],
        ["新游泳池六月开放"],
    ),
    (
        "id",
        "tease",
        TEASE.format(label="Baca juga:", title="Kolam renang baru dibuka Juni"),
        [],
        ["Kolam renang baru dibuka Juni"],
    ),
    # plain teaser (no strong), link whole
    (
        "de",
        "tease-plain",
        "<p>Lesen Sie auch: <a href='/lokales/freibad-456.html'>Neues Freibad öffnet im Juni</a></p>",
        [],
        ["Neues Freibad öffnet im Juni"],
    ),
    (
        "pl",
        "tease-plain",
        "<p>CZYTAJ TAKŻE: <a href='/lokales/freibad-456.html'>Nowy basen otwarty w czerwcu</a></p>",
        [],
        ["Nowy basen otwarty w czerwcu"],
    ),
    (
        "hu",
        "tease-plain",
        "<p>Kapcsolódó: <a href='/lokales/freibad-456.html'>Júniusban nyit az új uszoda</a></p>",
        [],
        ["Júniusban nyit az új uszoda"],
    ),
    (
        "ro",
        "tease-plain",
        "<p>CITEȘTE ȘI <a href='/lokales/freibad-456.html'>Piscina nouă se deschide în iunie</a></p>",
        [],
        ["Piscina nouă se deschide în iunie"],
    ),
    # "Lesen Sie ..." as a real sentence: KEEP
    (
        "de",
        "lesen-real",
        "<p>Lesen Sie die Satzung genau, rät die Verbraucherzentrale, denn viele Gebühren stehen im Kleingedruckten.</p>",
        [
            "Lesen Sie die Satzung genau, rät die Verbraucherzentrale, denn viele Gebühren stehen im Kleingedruckten."
        ],
        [],
    ),
    (
        "de",
        "lesen-real2",
        "<p>Lesen Sie auch das Kleingedruckte, sagt die Anwältin: Dort stehen die Kündigungsfristen.</p>",
        [
            "Lesen Sie auch das Kleingedruckte, sagt die Anwältin: Dort stehen die Kündigungsfristen."
        ],
        [],
    ),
    (
        "nl",
        "lees-real",
        "<p>Lees ook de kleine lettertjes, zegt de advocaat, want daar staan de opzegtermijnen in.</p>",
        ["Lees ook de kleine lettertjes, zegt de advocaat, want daar staan de opzegtermijnen in."],
        [],
    ),
    # ad labels: DROP
    ("de", "anzeige", "<p>Anzeige</p>", [], ["Anzeige"]),
    ("nl", "advertentie", "<p>Advertentie</p>", [], ["Advertentie"]),
    ("pl", "reklama", "<p>Reklama</p>", [], ["Reklama"]),
    ("cs", "reklama", "<div class='ad'><span>Reklama</span></div>", [], ["Reklama"]),
    ("hu", "hirdetes", "<p>Hirdetés</p>", [], ["Hirdetés"]),
    ("ro", "publicitate", "<p>Publicitate</p>", [], ["Publicitate"]),
    ("fi", "mainos", "<p>Mainos</p>", [], ["Mainos"]),
    ("el", "diafimisi", "<p>Διαφήμιση</p>", [], ["Διαφήμιση"]),
    ("pt", "publicidade", "<p>Publicidade</p>", [], ["Publicidade"]),
    # captions: DROP
    (
        "de",
        "caption",
        "<figure><img src='/a.jpg'><figcaption>Die Leiterin im neuen Lesesaal. Foto: dpa</figcaption></figure>",
        [],
        ["Die Leiterin im neuen Lesesaal. Foto: dpa"],
    ),
    (
        "de",
        "caption-p",
        "<p><img src='/a.jpg'></p><p>Die Leiterin im neuen Lesesaal. Foto: dpa</p>",
        [],
        ["Die Leiterin im neuen Lesesaal. Foto: dpa"],
    ),
    (
        "hu",
        "caption-p",
        "<p><img src='/a.jpg'></p><p>Az igazgató az új olvasóteremben. Fotó: MTI/Példa Anna</p>",
        [],
        ["Az igazgató az új olvasóteremben. Fotó: MTI/Példa Anna"],
    ),
    (
        "pl",
        "caption-p",
        "<p><img src='/a.jpg'></p><p>Dyrektorka w nowej czytelni. Fot. Jan Przykład</p>",
        [],
        ["Dyrektorka w nowej czytelni. Fot. Jan Przykład"],
    ),
    (
        "ro",
        "caption-p",
        "<p><img src='/a.jpg'></p><p>Directoarea în noua sală de lectură. Foto: Ion Exemplu</p>",
        [],
        ["Directoarea în noua sală de lectură. Foto: Ion Exemplu"],
    ),
    (
        "fi",
        "caption-p",
        "<p><img src='/a.jpg'></p><p>Johtaja uudessa lukusalissa. Kuva: Matti Esimerkki</p>",
        [],
        ["Johtaja uudessa lukusalissa. Kuva: Matti Esimerkki"],
    ),
    (
        "el",
        "caption-p",
        "<p><img src='/a.jpg'></p><p>Η διευθύντρια στο νέο αναγνωστήριο. Φωτογραφία: Eurokinissi</p>",
        [],
        ["Η διευθύντρια στο νέο αναγνωστήριο. Φωτογραφία: Eurokinissi"],
    ),
    # newsletter / paywall boxes: DROP
    (
        "de",
        "newsletter",
        "<div class='nl-box'><h3>Newsletter</h3><p>Die wichtigsten Nachrichten aus der Stadt jeden Morgen in Ihrem Postfach.</p><form><input type='email'><button>Jetzt anmelden</button></form></div>",
        [],
        ["Die wichtigsten Nachrichten aus der Stadt jeden Morgen in Ihrem Postfach."],
    ),
    (
        "nl",
        "newsletter",
        "<div class='nieuwsbrief'><p>Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het laatste nieuws.</p><form><input type='email'><button>Aanmelden</button></form></div>",
        [],
        ["Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het laatste nieuws."],
    ),
    (
        "pl",
        "newsletter",
        "<div class='box'><p>Zapisz się na nasz newsletter i otrzymuj najważniejsze wiadomości.</p><form><input type='email'><button>Zapisz się</button></form></div>",
        [],
        ["Zapisz się na nasz newsletter i otrzymuj najważniejsze wiadomości."],
    ),
    # embedded social post: DROP
    (
        "de",
        "tweet",
        "<blockquote class='twitter-tweet'><p>Endlich wieder offen! Die Bibliothek ist wunderschön geworden.</p>— Anna Beispiel (@anna) <a href='https://twitter.com/anna/status/1'>6. Dezember 2026</a></blockquote>",
        [],
        ["Endlich wieder offen! Die Bibliothek ist wunderschön geworden."],
    ),
    (
        "pt",
        "insta",
        "<blockquote class='instagram-media'><p>Ver esta publicação no Instagram</p><p>Uma publicação partilhada por Biblioteca (@bib)</p></blockquote>",
        [],
        ["Ver esta publicação no Instagram"],
    ),
    # Mehr zum Thema list: DROP
    (
        "de",
        "mehr",
        "<h3>Mehr zum Thema</h3><ul><li><a href='/lokales/a-1.html'>Neues Freibad öffnet im Juni</a></li><li><a href='/lokales/b-2.html'>Stadtrat beschließt Radweg</a></li></ul>",
        [],
        ["Mehr zum Thema", "Neues Freibad öffnet im Juni"],
    ),
    (
        "cs",
        "mehr",
        "<h3>Související články</h3><ul><li><a href='/a-1.html'>Nový bazén otevře v červnu</a></li><li><a href='/b-2.html'>Rada schválila cyklostezku</a></li></ul>",
        [],
        ["Související články", "Nový bazén otevře v červnu"],
    ),
    # share bar & comment count: DROP
    (
        "de",
        "share",
        "<div class='share'><a href='https://facebook.com/x'>Facebook</a> <a href='https://x.com/x'>X</a> <a href='mailto:'>E-Mail</a></div>",
        [],
        ["Facebook"],
    ),
    ("de", "comments", "<p><a href='#comments'>12 Kommentare</a></p>", [], ["12 Kommentare"]),
    ("pl", "comments", "<p><a href='#comments'>Komentarze (12)</a></p>", [], ["Komentarze (12)"]),
    ("cs", "comments", "<p><a href='#diskuse'>Diskuse (12)</a></p>", [], ["Diskuse (12)"]),
    # Q&A interview: KEEP bold questions
    (
        "de",
        "qa",
        "<p><strong>Frau Beispiel, warum hat der Umbau so lange gedauert?</strong></p><p>Wir haben im Dach Asbest gefunden, das hat uns ein halbes Jahr gekostet.</p>",
        [
            "Frau Beispiel, warum hat der Umbau so lange gedauert?",
            "Wir haben im Dach Asbest gefunden, das hat uns ein halbes Jahr gekostet.",
        ],
        [],
    ),
    (
        "nl",
        "qa",
        "<p><b>Waarom duurde de verbouwing zo lang?</b></p><p>We vonden asbest in het dak, dat kostte ons een half jaar.</p>",
        [
            "Waarom duurde de verbouwing zo lang?",
            "We vonden asbest in het dak, dat kostte ons een half jaar.",
        ],
        [],
    ),
    (
        "pl",
        "qa",
        "<p><strong>Dlaczego remont trwał tak długo?</strong></p><p>Znaleźliśmy azbest w dachu, to kosztowało nas pół roku.</p>",
        [
            "Dlaczego remont trwał tak długo?",
            "Znaleźliśmy azbest w dachu, to kosztowało nas pół roku.",
        ],
        [],
    ),
    (
        "hu",
        "qa",
        "<p><strong>Miért tartott ilyen sokáig a felújítás?</strong></p><p>Azbesztet találtunk a tetőben, ez fél évbe került.</p>",
        [
            "Miért tartott ilyen sokáig a felújítás?",
            "Azbesztet találtunk a tetőben, ez fél évbe került.",
        ],
        [],
    ),
    (
        "el",
        "qa",
        "<p><strong>Γιατί κράτησε τόσο πολύ η ανακαίνιση;</strong></p><p>Βρήκαμε αμίαντο στη στέγη και αυτό μας κόστισε έξι μήνες.</p>",
        [
            "Γιατί κράτησε τόσο πολύ η ανακαίνιση;",
            "Βρήκαμε αμίαντο στη στέγη και αυτό μας κόστισε έξι μήνες.",
        ],
        [],
    ),
    (
        "de",
        "qa-label",
        "<p><strong>Stadtblatt:</strong> Warum hat der Umbau so lange gedauert?</p><p><strong>Beispiel:</strong> Wir haben im Dach Asbest gefunden.</p>",
        [
            "Stadtblatt: Warum hat der Umbau so lange gedauert?",
            "Beispiel: Wir haben im Dach Asbest gefunden.",
        ],
        [],
    ),
    # lists & tables in the story: KEEP
    (
        "de",
        "list",
        "<p>Die neuen Öffnungszeiten:</p><ul><li>Montag bis Freitag: 9 bis 21 Uhr</li><li>Samstag: 10 bis 18 Uhr</li><li>Sonntag: geschlossen</li></ul>",
        [
            "Die neuen Öffnungszeiten:",
            "Montag bis Freitag: 9 bis 21 Uhr",
            "Samstag: 10 bis 18 Uhr",
            "Sonntag: geschlossen",
        ],
        [],
    ),
    (
        "ro",
        "list",
        "<ul><li>Luni-vineri: 9-21</li><li>Sâmbătă: 10-18</li></ul>",
        ["Luni-vineri: 9-21", "Sâmbătă: 10-18"],
        [],
    ),
    (
        "fi",
        "table",
        "<table><tr><th>Päivä</th><th>Aukioloaika</th></tr><tr><td>Maanantai</td><td>9–21</td></tr><tr><td>Lauantai</td><td>10–18</td></tr></table>",
        ["Maanantai"],
        [],
    ),
    (
        "cs",
        "table",
        "<table><tr><td>Pondělí</td><td>9–21</td></tr><tr><td>Sobota</td><td>10–18</td></tr></table>",
        ["Pondělí"],
        [],
    ),
    (
        "ar",
        "list",
        "<ul><li>قاعة قراءة على السطح</li><li>ورشة للأطفال</li><li>ساعات عمل أطول في المساء</li></ul>",
        ["قاعة قراءة على السطح", "ورشة للأطفال"],
        [],
    ),
    (
        "he",
        "list",
        "<ul><li>חדר קריאה על הגג</li><li>סדנה לילדים</li><li>שעות פתיחה ארוכות יותר בערב</li></ul>",
        ["חדר קריאה על הגג", "סדנה לילדים"],
        [],
    ),
    (
        "zh",
        "list",
        "<ul><li>屋顶阅览室</li><li>儿童工作坊</li><li>工作日晚上延长开放时间</li></ul>",
        ["屋顶阅览室", "儿童工作坊"],
        [],
    ),
    (
        "id",
        "list",
        "<p>Fasilitas baru perpustakaan:</p><ul><li>Ruang baca di atap</li><li>Bengkel anak-anak</li></ul>",
        ["Ruang baca di atap", "Bengkel anak-anak"],
        [],
    ),
]
END = [
    (
        "de",
        "bio",
        "<p><em>Jana Beispiel ist Redakteurin im Lokalressort des Stadtblatts.</em></p>",
        [],
        ["Jana Beispiel ist Redakteurin im Lokalressort des Stadtblatts."],
    ),
    (
        "nl",
        "bio",
        "<p><em>Jan Voorbeeld is verslaggever bij Stadsblad.</em></p>",
        [],
        ["Jan Voorbeeld is verslaggever bij Stadsblad."],
    ),
    (
        "de",
        "mehr-end",
        "<h3>Mehr zum Thema</h3><ul><li><a href='/lokales/a-1.html'>Neues Freibad öffnet im Juni</a></li><li><a href='/lokales/b-2.html'>Stadtrat beschließt Radweg</a></li></ul>",
        [],
        ["Mehr zum Thema", "Neues Freibad öffnet im Juni"],
    ),
    (
        "pl",
        "tags-end",
        "<p>Tagi: biblioteka, remont, ratusz</p>",
        [],
        ["Tagi: biblioteka, remont, ratusz"],
    ),
    (
        "cs",
        "tags-end",
        "<p>Štítky: knihovna, rekonstrukce</p>",
        [],
        ["Štítky: knihovna, rekonstrukce"],
    ),
    ("hu", "tags-end", "<p>Címkék: könyvtár, felújítás</p>", [], ["Címkék: könyvtár, felújítás"]),
    (
        "ro",
        "tags-end",
        "<p>Etichete: bibliotecă, renovare</p>",
        [],
        ["Etichete: bibliotecă, renovare"],
    ),
    (
        "hu",
        "keywords-end",
        "<p>Kulcsszavak: könyvtár, felújítás, városháza</p>",
        [],
        ["Kulcsszavak: könyvtár, felújítás, városháza"],
    ),
    (
        "ro",
        "keywords-end",
        "<p>Cuvinte cheie: bibliotecă, renovare</p>",
        [],
        ["Cuvinte cheie: bibliotecă, renovare"],
    ),
    (
        "cs",
        "sk-keywords-end",
        "<p>Kľúčové slová: knižnica, rekonštrukcia</p>",
        [],
        ["Kľúčové slová: knižnica, rekonštrukcia"],
    ),
    (
        "ru",
        "bg-tags-end",
        "<p>Етикети: библиотека, ремонт</p>",
        [],
        ["Етикети: библиотека, ремонт"],
    ),
    (
        "el",
        "tags-end",
        "<p>Ετικέτες: βιβλιοθήκη, ανακαίνιση</p>",
        [],
        ["Ετικέτες: βιβλιοθήκη, ανακαίνιση"],
    ),
    (
        "fi",
        "tags-end",
        "<p>Avainsanat: kirjasto, remontti</p>",
        [],
        ["Avainsanat: kirjasto, remontti"],
    ),
    (
        "de",
        "comments-end",
        "<p><a href='#comments'>Kommentare (12)</a></p>",
        [],
        ["Kommentare (12)"],
    ),
    (
        "hu",
        "share-end",
        "<p>Megosztás: <a href='https://facebook.com/x'>Facebook</a> <a href='https://x.com/x'>X</a></p>",
        [],
        ["Megosztás: Facebook X"],
    ),
    (
        "de",
        "paywall",
        "<div class='paywall'><p>Weiterlesen mit Stadtblatt Plus</p><p>Jetzt 4 Wochen für 0,99 € testen</p></div>",
        [],
        ["Weiterlesen mit Stadtblatt Plus", "Jetzt 4 Wochen für 0,99 € testen"],
    ),
]


def _check(got: list[str], lang: str, keep: list[str], drop: list[str]) -> None:
    assert all(p in got for p in _story(lang)[1])
    assert all(k in got for k in keep)
    assert not any(d in got for d in drop)


@pytest.mark.parametrize(("lang", "name", "block", "keep", "drop"), MIDDLE)
def test_a_shape_in_the_middle(
    lang: str, name: str, block: str, keep: list[str], drop: list[str]
) -> None:
    _check(_shape_lines(lang, mid=block), lang, keep, drop)


@pytest.mark.parametrize(("lang", "name", "block", "keep", "drop"), END)
def test_a_shape_at_the_end(
    lang: str, name: str, block: str, keep: list[str], drop: list[str]
) -> None:
    _check(_shape_lines(lang, after=block), lang, keep, drop)


# comment counts in Portuguese, Dutch, Hungarian, Romanian, Finnish, Indonesian, Czech
COUNTS = [
    ("pt", "0 comentários"),
    ("pt", "12 comentários"),
    ("nl", "12 reacties"),
    ("hu", "12 hozzászólás"),
    ("ro", "12 comentarii"),
    ("fi", "12 kommenttia"),
    ("id", "12 komentar"),
    ("cs", "12 komentářů"),
]


@pytest.mark.parametrize(("lang", "count"), COUNTS)
@pytest.mark.parametrize("link", [True, False])
def test_a_comment_count_goes(lang: str, count: str, link: bool) -> None:
    line = f"<a href='#comments'>{count}</a>" if link else count
    _check(_shape_lines(lang, after=f"<p>{line}</p>"), lang, [], [count])


# ... and a sentence with a count of comments is the story's
COUNT_SENTENCES = [
    ("pt", "A prefeitura recebeu 120 comentários de moradores sobre o projeto da biblioteca."),
    ("nl", "De gemeente kreeg 120 reacties van bewoners op het plan voor de bibliotheek."),
]


@pytest.mark.parametrize(("lang", "sentence"), COUNT_SENTENCES)
def test_a_sentence_counting_comments_stays(lang: str, sentence: str) -> None:
    _check(_shape_lines(lang, after=f"<p>{sentence}</p>"), lang, [sentence], [])


# review: a republication notice goes whatever its tail says of the permission or licence, and a
# camelCase quote class ("quoteWrapper", "pullquoteRight") still names a pull quote
REPUBLISHED = [
    (
        "en",
        "This article was first published by Harbour Weekly and is reproduced here with permission.",
    ),
    (
        "en",
        "This article was first published by Harbour Weekly and appears here under a content-sharing agreement.",
    ),
    (
        "en",
        "This article was first published on Harbour Weekly. It is republished here under a Creative Commons Attribution licence, version four.",
    ),
    (
        "en",
        "This article was first published by Harbour Weekly, a nonprofit newsroom covering courts and schools.",
    ),
    (
        "fr",
        "Cet article a été publié initialement par Le Port et il est reproduit ici avec autorisation.",
    ),
    (
        "es",
        "Este artículo fue publicado originalmente en Diario del Puerto y se reproduce aquí bajo licencia Creative Commons.",
    ),
    (
        "nl",
        "Dit artikel verscheen eerder in Het Dorpsblad en wordt hier met toestemming overgenomen.",
    ),
    (
        "de",
        "Dieser Artikel erschien zuerst bei der Kreiszeitung und wird mit freundlicher Genehmigung veröffentlicht.",
    ),
    (
        "de",
        "Dieser Text erschien zuerst im Hafenblatt und wird hier unter einer Creative-Commons-Lizenz veröffentlicht.",
    ),
]


@pytest.mark.parametrize(("lang", "note"), REPUBLISHED)
def test_a_republication_notice_with_its_permission_still_goes(lang: str, note: str) -> None:
    assert _lines(lang, f"<p>{note}</p>") == STORIES[lang][1]


@pytest.mark.parametrize("cls", ["quoteWrapper", "pullquoteRight", "quoteContent", "quote-inner"])
def test_a_camelcase_quote_class_still_names_a_pull_quote(cls: str) -> None:
    assert f"„{REPEAT}.“" not in _with_box(cls)


# review: a colon line calling the reader to more of the site (what might interest them, an app,
# a tip line) is no sentence of the writer's announcing a list: the short lines under it at the
# story's end go with the tag line as before
CALLS = [
    ("en", "You might also be interested in:", ["Council race tightens", "Mayor debates rival"]),
    (
        "de",
        "Diese Themen könnten Sie auch interessieren:",
        ["Neues Freibad öffnet im Juni", "Bibliothek bleibt zu"],
    ),
    ("en", "Download our free news app now:", ["App Store", "Google Play"]),
    ("en", "Got a news tip for our team:", ["Email the newsroom", "Call the desk"]),
]


@pytest.mark.parametrize(("lang", "call", "items"), CALLS)
def test_a_call_to_more_of_the_site_is_no_intro(lang: str, call: str, items: list[str]) -> None:
    after = "<p>Keywords: council, library</p>" if lang == "en" else "<p>Schlagworte: Stadtrat</p>"
    got = _lines_end(lang, "".join(f"<p>{p}</p>" for p in [call, *items]) + after)
    assert not any(i in got for i in items)
