"""Authors, topics and body lines on invented pages of publishers never seen (issue 10,
authors-24), half German-language, the rest in a dozen other languages.

Bylines as such sites print them under the headline: two writers joined by "und", text and
picture credits ("Text: ..., Fotos: ...", "... (Text), ... (Fotos)"), a comment's or a guest
piece's lead-in, agency material and agencies after the writer ("mit Agenturen", "/dpa"), a
newsroom label, an agency alone; a surname and where she filed from ("Muster, Lörrach", on a
page that names no Lörrach: a word no country gives as a given name) beside a surname and a
given name ("Muster, Jannik"); Vietnamese writers either side of a dash beside a province
after it. Metadata: JSON-LD Person arrays with `url`s, an `author` meta holding an address
or a Facebook page (no name), rel=author links, JSON-LD naming fewer writers than the byline.

Topics: `news_keywords`, repeated `article:tag`, keywords split on ; | , ·, the site's name
and host among them, a keyword that is the headline copied in, a tag list whose last link
is another story's headline. Body: a paid piece's badge naming the site ("Beispielbote
Plus", "PLUS Artikel"), a "teaser" block of inline text that is the article's lead above a
bold first paragraph, a ranking's subhead "9 von 10".

Every name, paper, address and sentence here is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names

URL = "https://www.beispielbote.de/lokales/neue-bruecke-fuer-die-stadt-4711.html"

STORY = {
    "de": "Die Gemeinde hat am Dienstag beschlossen, die alte Brücke über den Fluss abzureißen und neu zu bauen; die Arbeiten sollen im Frühjahr beginnen.",
    "en": "The council decided on Tuesday to tear down the old bridge over the river and build a new one, with work due to start in the spring.",
    "fr": "Le conseil municipal a décidé mardi de démolir le vieux pont sur la rivière et d'en construire un nouveau, les travaux débutant au printemps.",
    "es": "El ayuntamiento decidió el martes derribar el viejo puente sobre el río y construir uno nuevo; las obras comenzarán en primavera.",
    "it": "Il consiglio comunale ha deciso martedì di demolire il vecchio ponte sul fiume e di costruirne uno nuovo; i lavori inizieranno in primavera.",
    "nl": "De gemeenteraad besloot dinsdag de oude brug over de rivier te slopen en een nieuwe te bouwen; de werkzaamheden beginnen in het voorjaar.",
    "pl": "Rada miasta postanowiła we wtorek rozebrać stary most na rzece i zbudować nowy; prace mają ruszyć wiosną przyszłego roku.",
    "cs": "Zastupitelstvo v úterý rozhodlo, že starý most přes řeku zbourá a postaví nový; práce mají začít na jaře příštího roku.",
    "sv": "Kommunfullmäktige beslutade på tisdagen att riva den gamla bron över ån och bygga en ny; arbetet ska börja under våren.",
    "pt": "A câmara decidiu na terça-feira demolir a velha ponte sobre o rio e construir uma nova; as obras devem começar na primavera.",
    "tr": "Belediye meclisi salı günü nehrin üzerindeki eski köprüyü yıkıp yenisini yapmaya karar verdi; çalışmalar baharda başlayacak.",
    "vi": "Hội đồng nhân dân thành phố hôm thứ Ba đã quyết định phá bỏ cây cầu cũ bắc qua sông và xây một cây cầu mới vào mùa xuân.",
    "hu": "A képviselő-testület kedden úgy döntött, hogy lebontja a folyó feletti régi hidat, és újat épít; a munkák tavasszal kezdődnek.",
    "da": "Byrådet besluttede tirsdag at rive den gamle bro over åen ned og bygge en ny; arbejdet skal begynde til foråret.",
    "ro": "Consiliul local a hotărât marți să demoleze vechiul pod peste râu și să construiască unul nou; lucrările încep în primăvară.",
}
HEADLINE = "Neue Brücke für die Stadt"


def _page(lang: str, under: str = "", head: str = "", tail: str = "", url: str = URL) -> str:
    paras = "".join(f"<p>{STORY[lang]}</p>" for _ in range(3))
    return (
        f"<html lang='{lang}'><head><title>{HEADLINE}</title>{head}</head><body><main><article>"
        f"<h1>{HEADLINE}</h1>{under}<div class='text'>{paras}</div>{tail}</article></main></body></html>"
    )


def _authors(lang: str, under: str = "", head: str = "", tail: str = "") -> list[str]:
    return extract_article(_page(lang, under, head, tail), URL).authors


# (lang, byline under the headline, authors)
BYLINES = [
    ("de", "Von Anna Muster und Jan Probe", ["Anna Muster", "Jan Probe"]),
    ("de", "Text: Anna Muster, Fotos: Jan Probe", ["Anna Muster"]),
    ("de", "Anna Muster (Text), Jan Probe (Fotos)", ["Anna Muster"]),
    ("de", "Ein Kommentar von Anna Muster", ["Anna Muster"]),
    ("de", "Gastbeitrag von Jan Probe", ["Jan Probe"]),
    ("de", "Anna Muster mit Agenturen", ["Anna Muster"]),
    ("de", "Anna Muster/dpa", ["Anna Muster", "dpa"]),
    ("de", "Redaktion: Anna Muster", ["Anna Muster"]),
    ("de", "dpa", ["dpa"]),
    ("de", "Von Anna Muster. Mit Material von dpa", ["Anna Muster", "dpa"]),
    # a surname and where she filed from, the page naming no such place: a word no
    # country gives as a first name is a place (was "Lörrach Muster"); a given name stays
    ("de", "Muster, Lörrach", ["Muster"]),
    ("de", "Von Keller, Schopfheim", ["Keller"]),
    ("de", "Probe, Olten", ["Probe"]),
    ("de", "Muster, Jannik", ["Jannik Muster"]),
    ("de", "Öztürk, Ayşe", ["Ayşe Öztürk"]),
    ("de", "Muster, Hans-Peter", ["Hans-Peter Muster"]),
    # given names of today's children and of other countries are names too (GPL table gone)
    ("de", "Muster, Fynn", ["Fynn Muster"]),
    ("de", "Muster, Thiago", ["Thiago Muster"]),
    ("de", "Yılmaz, Kwame", ["Kwame Yılmaz"]),
    ("de", "Muster, Rheinfelden", ["Muster"]),
    # the table's names in other letters count too: "Ł" folds to "L", Cyrillic names read
    # in Latin letters, Japanese and Chinese names as romanised
    ("de", "Nowak, Małgorzata", ["Małgorzata Nowak"]),
    ("de", "Muster, Oksana", ["Oksana Muster"]),
    ("de", "Muster, Dmytro", ["Dmytro Muster"]),
    ("de", "Muster, Mykhailo", ["Mykhailo Muster"]),
    ("de", "Muster, Dmitrij", ["Dmitrij Muster"]),
    ("en", "Doe, Dmitriy", ["Dmitriy Doe"]),
    ("de", "Tanaka, Yuki", ["Yuki Tanaka"]),
    ("de", "Muster, Wei", ["Wei Muster"]),
    # a letter German does not write ("ğ", "ş", "ł") is no German town's: a given name
    # from elsewhere, whether or not the table knows it
    ("de", "Muster, Tuğba", ["Tuğba Muster"]),
    ("de", "Muster, Şeyma", ["Şeyma Muster"]),
    ("de", "Muster, Ayşegül", ["Ayşegül Muster"]),
    ("de", "Muster, Çağla", ["Çağla Muster"]),
    ("nl", "Muster, Gülşen", ["Gülşen Muster"]),
    ("de", "Muster und Probe, Şeyma", ["Muster", "Probe", "Şeyma"]),
    ("de", "Probe, Todtnau", ["Probe"]),
    # a German piece's kind before "von" without its article; a name with "von" stays whole
    ("de", "Gastkommentar von Jan Probe", ["Jan Probe"]),
    ("de", "Leitartikel von Jan Probe", ["Jan Probe"]),
    ("de", "Bericht von Anna Muster und Jan Probe", ["Anna Muster", "Jan Probe"]),
    ("de", "Analyse von Anna Muster und Jan Probe", ["Anna Muster", "Jan Probe"]),
    ("de", "Ursula von der Leyen", ["Ursula von der Leyen"]),
    # a list closed by "und" or a slash, then one word no given name: where they filed from
    ("de", "Muster und Probe, Lörrach", ["Muster", "Probe"]),
    ("de", "Muster/Probe, Schopfheim", ["Muster", "Probe"]),
    ("de", "Muster, Probe und Beispiel", ["Muster", "Probe", "Beispiel"]),
    ("de", "Muster und Probe, dpa", ["Muster", "Probe", "dpa"]),
    ("de", "Von Anna Muster und Jan Probe, dpa", ["Anna Muster", "Jan Probe", "dpa"]),
    ("de", "Text und Fotos: Anna Muster", ["Anna Muster"]),
    ("de", "Fotos: Jan Probe | Text: Anna Muster", ["Anna Muster"]),
    ("de", "Von Anna Muster (Text) und Jan Probe (Bilder)", ["Anna Muster"]),
    ("de", "Anna Muster / Agenturen", ["Anna Muster"]),
    ("de", "AFP/dpa/Reuters", ["AFP", "dpa", "Reuters"]),
    ("en", "By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("en", "Words: Jane Doe; Photos: John Roe", ["Jane Doe"]),
    ("fr", "Texte : Jeanne Martin, photos : Paul Durand", ["Jeanne Martin"]),
    ("es", "Texto: Ana García. Fotos: Luis Pérez", ["Ana García"]),
    ("it", "Testo di Mario Rossi, foto di Luca Bianchi", ["Mario Rossi"]),
    ("pl", "Autor: Jan Kowalski, fot. Anna Nowak", ["Jan Kowalski"]),
    ("cs", "Text: Jan Novák, foto: Petr Svoboda", ["Jan Novák"]),
    ("sv", "Text: Anna Andersson Foto: Erik Berg", ["Anna Andersson"]),
    ("nl", "Tekst: Jan de Vries, foto's: Piet Jansen", ["Jan de Vries"]),
    ("pt", "Texto: Ana Souza; Fotos: João Lima", ["Ana Souza"]),
    ("hu", "Szöveg: Kovács Anna, fotó: Nagy Péter", ["Kovács Anna"]),
    ("da", "Tekst: Mette Hansen, foto: Lars Nielsen", ["Mette Hansen"]),
    ("en", "Doe, Bexhill", ["Doe"]),
    ("en", "Doe, Jane", ["Jane Doe"]),
    ("fr", "Par Jeanne Martin et Paul Durand", ["Jeanne Martin", "Paul Durand"]),
    ("fr", "Martin, Jeanne", ["Jeanne Martin"]),
    ("es", "Por Ana García y Luis Pérez", ["Ana García", "Luis Pérez"]),
    ("it", "di Mario Rossi", ["Mario Rossi"]),
    ("nl", "Door Jan de Vries", ["Jan de Vries"]),
    ("pl", "Jan Kowalski, PAP", ["Jan Kowalski", "PAP"]),
    ("cs", "Jan Novák, ČTK", ["Jan Novák", "ČTK"]),
    ("sv", "Av Anna Andersson", ["Anna Andersson"]),
    ("pt", "Por Ana Souza", ["Ana Souza"]),
    ("tr", "Ayşe Yılmaz / AA", ["Ayşe Yılmaz", "AA"]),
    ("hu", "Írta: Kovács Anna", ["Kovács Anna"]),
    ("da", "Af Mette Hansen", ["Mette Hansen"]),
    ("ro", "De Ion Popescu", ["Ion Popescu"]),
    # two Vietnamese writers either side of a dash (family names past the commonest, a
    # name's middle word); a province or city of three words after it is a place
    ("vi", "Nguyễn Văn An - Kiều Thị Bình", ["Nguyễn Văn An", "Kiều Thị Bình"]),
    ("vi", "Quách Văn An - Trần Thị Bình", ["Quách Văn An", "Trần Thị Bình"]),
    ("vi", "Tô Minh Tuấn - Lương Thu Hà", ["Tô Minh Tuấn", "Lương Thu Hà"]),
    ("vi", "Nguyễn Văn An - Hồ Chí Minh", ["Nguyễn Văn An"]),
    ("vi", "Nguyễn Văn An - Phan Rang Tháp Chàm", ["Nguyễn Văn An"]),
    ("vi", "Nguyễn Văn An - Mai Châu Sơn La", ["Nguyễn Văn An"]),
    ("vi", "Nguyễn Văn An - Thừa Thiên Huế", ["Nguyễn Văn An"]),
]
_IDS = [f"{c[0]}-{i}" for i, c in enumerate(BYLINES)]


@pytest.mark.parametrize(("lang", "byline", "expected"), BYLINES, ids=_IDS)
def test_a_byline_block(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(lang, f"<div class='byline'>{byline}</div>") == expected


# the rows a list's marks decide (a surname's comma, a dash between writers) read alone too
ALONE = [c for c in BYLINES if "," in c[1] or " - " in c[1]]


@pytest.mark.parametrize(
    ("lang", "byline", "expected"), ALONE, ids=[f"{c[0]}-{i}" for i, c in enumerate(ALONE)]
)
def test_a_byline_read_alone(lang: str, byline: str, expected: list[str]) -> None:
    assert clean_names([byline], lang=lang) == expected


def _ld(authors: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE}
    data["author"] = authors
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


PERSONS = [
    {
        "@type": "Person",
        "name": "Anna Muster",
        "url": "https://www.beispielbote.de/autoren/anna-muster",
    },
    {
        "@type": "Person",
        "name": "Jan Probe",
        "url": "https://www.beispielbote.de/autoren/jan-probe",
    },
]


@pytest.mark.parametrize(
    ("head", "under", "expected"),
    [
        # JSON-LD Person arrays with their pages' addresses
        (_ld(PERSONS), "", ["Anna Muster", "Jan Probe"]),
        # an author meta holding an address or a Facebook page names no one: the byline does
        (
            "<meta name='author' content='https://www.facebook.com/beispielbote'>",
            "<div class='byline'>Von Anna Muster</div>",
            ["Anna Muster"],
        ),
        (
            "<meta name='author' content='https://www.beispielbote.de/autoren/anna-muster'>",
            "<div class='byline'>Von Anna Muster</div>",
            ["Anna Muster"],
        ),
        (
            "<meta property='article:author' content='https://www.facebook.com/anna.muster'>",
            "<p class='author'>Von Anna Muster</p>",
            ["Anna Muster"],
        ),
        # rel=author links
        (
            "",
            "<p>Von <a rel='author' href='/autoren/anna-muster'>Anna Muster</a> und <a rel='author' href='/autoren/jan-probe'>Jan Probe</a></p>",
            ["Anna Muster", "Jan Probe"],
        ),
        # JSON-LD names one writer, the printed byline both
        (
            _ld(PERSONS[:1]),
            "<div class='byline'>Von <a rel='author' href='/autoren/anna-muster'>Anna Muster</a> und <a rel='author' href='/autoren/jan-probe'>Jan Probe</a></div>",
            ["Anna Muster", "Jan Probe"],
        ),
        # an author box after the text: the name, not her job title
        (
            "",
            "<div class='author'><a href='/autoren/anna-muster'>Anna Muster</a><span class='author-title'>Redakteurin Lokales</span></div>",
            ["Anna Muster"],
        ),
    ],
    ids=[
        "ld-persons",
        "meta-facebook",
        "meta-url",
        "og-author-url",
        "rel-author",
        "ld-fewer",
        "author-box-job",
    ],
)
def test_metadata_and_linked_bylines(head: str, under: str, expected: list[str]) -> None:
    assert _authors("de", under, head) == expected


# ---- topics -------------------------------------------------------------------------

TOPIC_STORY = (
    "<p>Die Deutsche Bahn und die Stadt Hannover haben am Dienstag den Bau einer neuen Brücke "
    "über die Leine beschlossen, die Sanierung von Brücken in Niedersachsen geht weiter.</p>"
)


@pytest.mark.parametrize("name", ["Muster, Kübra", "Muster, Eike", "Okafor, Chidi"])
def test_a_json_ld_persons_name_family_first_keeps_the_given_name(name: str) -> None:
    """A JSON-LD Person's name is a person's, written family first: a given name the table
    lacks is no place there (the page naming the place still tells one)."""
    family, given = name.split(", ")
    ld = _ld({"@type": "Person", "name": name})
    assert _authors("de", head=ld) == [f"{given} {family}"]


@pytest.mark.parametrize("name", ["Muster, Kübra", "Muster, Eike", "Okafor, Chidi"])
def test_an_author_meta_family_first_keeps_the_given_name(name: str) -> None:
    """An author meta names a person too: written family first, a given name the table lacks
    is no place there (a printed byline's "Muster, Lörrach" is the place's reading)."""
    family, given = name.split(", ")
    meta = f"<meta name='author' content='{name}'>"
    assert _authors("de", head=meta) == [f"{given} {family}"]


def _topics(head: str = "", tail: str = "") -> list[str]:
    html = (
        f"<html lang='de'><head><title>{HEADLINE}</title>"
        "<meta property='og:site_name' content='Beispielbote'>"
        f"{head}</head><body><main><article><h1>{HEADLINE}</h1><div class='text'>"
        f"{TOPIC_STORY * 3}</div>{tail}</article></main></body></html>"
    )
    return extract_article(html, URL).topics


@pytest.mark.parametrize(
    ("head", "tail", "expected"),
    [
        (
            "<meta name='news_keywords' content='Hannover; Brücke; Deutsche Bahn'>",
            "",
            ["Hannover", "Brücke", "Deutsche Bahn"],
        ),
        (
            "<meta property='article:tag' content='Hannover'><meta property='article:tag' content='Brücke'><meta property='article:tag' content='Deutsche Bahn'>",
            "",
            ["Hannover", "Brücke", "Deutsche Bahn"],
        ),
        (
            "<meta name='keywords' content='Hannover | Brücke | Deutsche Bahn'>",
            "",
            ["Hannover", "Brücke", "Deutsche Bahn"],
        ),
        (
            "<meta name='keywords' content='Hannover · Brücke · Deutsche Bahn'>",
            "",
            ["Hannover", "Brücke", "Deutsche Bahn"],
        ),
        (
            "<meta name='keywords' content='Hannover, Brücke, Beispielbote, beispielbote.de, Nachrichten aus Hannover'>",
            "",
            ["Hannover", "Brücke", "Nachrichten aus Hannover"],
        ),
        # a keyword of five words or more that is the headline copied in goes; a long topic stays
        (
            "<meta name='keywords' content='Hannover, Neue Brücke für die Stadt Hannover, Deutsche Bahn'>",
            "",
            ["Hannover", "Deutsche Bahn"],
        ),
        (
            "<meta name='keywords' content='Hannover, Sanierung von Brücken in Niedersachsen'>",
            "",
            ["Hannover", "Sanierung von Brücken in Niedersachsen"],
        ),
        # tag lists as links near the article; another story's headline among them is none
        (
            "",
            "<ul class='article-tags'><li><a href='/tag/hannover'>Hannover</a></li><li><a href='/tag/deutsche-bahn'>Deutsche Bahn</a></li></ul>",
            ["Hannover", "Deutsche Bahn"],
        ),
        (
            "",
            "<div class='tags'><span>Themen:</span> <a href='/thema/hannover'>Hannover</a> <a href='/thema/deutsche-bahn'>Deutsche Bahn</a> <a href='/lokales/markt-zieht-um-in-die-halle-456.html'>Der Wochenmarkt zieht im Winter in die alte Halle</a></div>",
            ["Hannover", "Deutsche Bahn"],
        ),
        (
            "",
            "<div class='tags'><a href='/thema/hannover'>Hannover</a> <a href='/thema/sanierung-von-bruecken-in-niedersachsen'>Sanierung von Brücken in Niedersachsen</a></div>",
            ["Hannover", "Sanierung von Brücken in Niedersachsen"],
        ),
    ],
    ids=[
        "news_keywords",
        "article-tag",
        "bars",
        "middots",
        "site-names",
        "headline-copied",
        "long-topic",
        "tag-list",
        "teaser-among-tags",
        "long-tag-link",
    ],
)
def test_topics(head: str, tail: str, expected: list[str]) -> None:
    assert _topics(head, tail) == expected


KICKER_TOPIC = "Russischer Angriffskrieg gegen die Ukraine"


def _kicker_topics(h1: str, head: str = "", tail: str = "") -> list[str]:
    html = (
        f"<html lang='de'><head><title>Selenskyj fordert mehr Hilfe</title>{head}</head><body>"
        f"<main><article><h1>{h1}</h1><div class='text'>{TOPIC_STORY * 3}</div>{tail}"
        "</article></main></body></html>"
    )
    return extract_article(html, "https://www.beispielbote.de/politik/hilfe-4712.html").topics


KEYWORDS = f"<meta name='keywords' content='{KICKER_TOPIC}, Selenskyj, Berlin'>"


@pytest.mark.parametrize(
    ("h1", "head"),
    [
        (f"{KICKER_TOPIC}: Selenskyj fordert mehr Hilfe", KEYWORDS),
        (f"<span class='kicker'>{KICKER_TOPIC}</span> Selenskyj fordert mehr Hilfe", KEYWORDS),
        (
            "Selenskyj fordert mehr Hilfe",
            f"{KEYWORDS}<meta name='description' content='{KICKER_TOPIC}: Der Präsident bittet in Berlin um Waffen.'>",
        ),
    ],
    ids=["kicker-before-colon", "kicker-element", "description-kicker"],
)
def test_a_long_topic_the_headline_leads_with_stays(h1: str, head: str) -> None:
    """A topic page's name as the headline's or description's kicker is the story's topic,
    no headline copied in."""
    assert _kicker_topics(h1, head) == [KICKER_TOPIC, "Selenskyj", "Berlin"]


@pytest.mark.parametrize(
    "href",
    [
        "/politik/russischer-angriffskrieg-gegen-die-ukraine/",
        "/politik/ukraine-krieg-2022/",
    ],
    ids=["topic-folder", "year-in-slug"],
)
def test_a_long_tag_linking_a_topic_folder_stays(href: str) -> None:
    tail = (
        f"<div class='tags'><a href='{href}'>{KICKER_TOPIC}</a> "
        "<a href='/thema/selenskyj'>Selenskyj</a></div>"
    )
    assert _kicker_topics("Selenskyj fordert mehr Hilfe", tail=tail) == [KICKER_TOPIC, "Selenskyj"]


@pytest.mark.parametrize(
    "href",
    [
        "/politik/russischer-angriffskrieg-gegen-die-ukraine.html",
        "/2026/12/russischer-angriffskrieg-gegen-die-ukraine/",
        "/politik/russischer-angriffskrieg-1234567",
    ],
    ids=["page-file", "date-folders", "story-number"],
)
def test_a_long_tag_linking_a_story_goes(href: str) -> None:
    tail = (
        f"<div class='tags'><a href='{href}'>{KICKER_TOPIC}</a> "
        "<a href='/thema/selenskyj'>Selenskyj</a></div>"
    )
    assert _kicker_topics("Selenskyj fordert mehr Hilfe", tail=tail) == ["Selenskyj"]


# ---- body ---------------------------------------------------------------------------


def _body(under: str = "", middle: str = "", head: str = "") -> list[str]:
    paras = [
        STORY["de"],
        "Die Arbeiten sollen rund zwei Jahre dauern, teilte die Stadtverwaltung am Abend mit, und der Verkehr wird umgeleitet.",
    ]
    html = (
        f"<html lang='de'><head><title>{HEADLINE}</title>{head}</head><body><main><article>"
        f"<h1>{HEADLINE}</h1>{under}<div class='text'><p>{paras[0]}</p>{middle}<p>{paras[1]}</p>"
        f"<p>{paras[0]}</p></div></article></main></body></html>"
    )
    return (extract_article(html, URL).body or "").split("\n\n")


SITE = "<meta property='og:site_name' content='Beispielbote Bremen'>"


@pytest.mark.parametrize(
    ("middle", "head"),
    [
        ("<h3>Beispielbote Plus</h3>", ""),
        ("<h3>BB+</h3>", SITE),
        ("<h3>BBplus</h3>", SITE),
        ("<h3>PLUS Artikel</h3>", ""),
        ("<h3>Plus-Inhalt</h3>", ""),
        ("<h3>Premium-Artikel</h3>", ""),
        ("<p><span>Nur mit Abo</span></p>", ""),
    ],
    ids=[
        "site-plus",
        "initials-plus",
        "initials-glued",
        "plus-artikel",
        "plus-inhalt",
        "premium-artikel",
        "nur-mit-abo",
    ],
)
def test_a_paid_pieces_badge_is_no_text(middle: str, head: str) -> None:
    body = _body(middle=middle, head=head)
    assert len(body) == 3 and body[0] == STORY["de"]


@pytest.mark.parametrize(
    "middle", ["<h3>Disney+</h3>", "<h3>Apple TV+</h3>", "<h3>Das Plus an Sicherheit</h3>"]
)
def test_a_subhead_naming_another_service_stays(middle: str) -> None:
    assert len(_body(middle=middle)) == 4


def test_a_teaser_block_of_inline_text_is_the_lead() -> None:
    lead = "Die Stadt baut eine neue Brücke über den Fluss, weil die alte seit Jahren marode ist."
    bold = "<p><strong>Hannover. Nach jahrelangem Streit ist die Entscheidung nun gefallen.</strong></p>"
    body = _body(under=f"<div class='teaser'>{lead}</div>", middle=bold)
    assert body[0] == lead
    assert "Hannover. Nach jahrelangem Streit ist die Entscheidung nun gefallen." in body


def test_a_teaser_block_holding_a_note_is_no_lead() -> None:
    """A site's note in the teaser block ("first in print") stays out of the text."""
    note = "<div class='teaser'>Dieser Artikel ist zuerst in der Printausgabe erschienen.</div>"
    body = _body(under=note)
    assert body[0] == STORY["de"] and not any("Printausgabe" in p for p in body)


def test_a_teaser_card_linking_another_story_stays_out() -> None:
    card = "<div class='teaser'><a href='/lokales/markt-zieht-um-99.html'>Der Markt zieht um</a> Die Händler sind sauer.</div>"
    assert not any("Markt" in p for p in _body(under=card))


@pytest.mark.parametrize(
    ("middle", "kept"),
    [
        ("<h2>9 von 10</h2>", True),  # a ranking's subhead
        ("<ul><li>9 von 10</li><li>7 von 10</li></ul>", True),
        ("<p>9 von 10 Eltern sind dafür.</p>", True),
        ("<p>Bild 9 von 10</p>", False),  # a slideshow's counter
        ("<p>9 / 10</p>", False),
    ],
    ids=["subhead", "list", "sentence", "picture-counter", "slash-counter"],
)
def test_nine_of_ten(middle: str, kept: bool) -> None:
    assert any("9 von 10" in p or "9 / 10" in p for p in _body(middle=middle)) == kept
