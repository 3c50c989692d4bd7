"""Body text of invented pages (session 35).

1. A related block's heading that names its topic ("Mehr zum Thema Bibliothek", "More on
   libraries", "Lire aussi sur la culture") set over a single link to another piece, or over
   a few, goes with them in the middle of the story as it did at its end; the same heading
   over the story's own paragraph (a subhead that happens to open "Mehr über ...") stays.
2. A "back to the front page" phrase set as a subhead of its own, no link in it ("<h2>Back
   to home</h2>" over a story's section about coming home), is the writer's: the button's
   words go only as a plain line or a link.

Invented sites, stories and titles. Rows marked "(guard)" passed before too.
"""

# ruff: noqa: E501  -- one row a line reads best

from __future__ import annotations

import pytest

from benchmarks.body_invented import STORIES
from newsarchive.extract import extract_article
from tests.plugins.body_pages import URL
from tests.test_extract_body32 import _lines, _page

LINK = "<a href='/kultur/lesesaal-456.html'>{}</a>"
OTHER = {
    "de": ("Mehr zum Thema Bibliothek", "Neuer Lesesaal im Dachgeschoss eröffnet"),
    "en": ("More on libraries", "New reading room opens under the roof"),
    "fr": ("Lire aussi sur la culture", "Une nouvelle salle de lecture ouvre sous le toit"),
    "es": ("Más noticias de cultura", "Abre una nueva sala de lectura bajo el tejado"),
}
SHAPES = [
    "<h3>{h}</h3><p>{a}</p>",
    "<h3>{h}</h3><ul><li>{a}</li></ul>",
    "<div><h3>{h}</h3><p>{a}</p></div>",
    "<h2>{h}</h2>{a}",
    "<h3>{h}</h3><figure><img src='/b/t.jpg' alt=''></figure><p>{a}</p>",
    "<h3>{h}</h3><p>{a}</p><p>{a2}</p>",
]


@pytest.mark.parametrize("lang", sorted(OTHER))
@pytest.mark.parametrize("shape", SHAPES)
def test_a_related_heading_over_one_link_goes_with_it(lang: str, shape: str) -> None:
    heading, title = OTHER[lang]
    block = shape.format(
        h=heading, a=LINK.format(title), a2=LINK.format(title + " (2)").replace("456", "457")
    )
    assert _lines(lang, block) == STORIES[lang][1]


# counter-cases: the same words heading the story's own text, or a line with a link in a sentence
KEPT = [
    (
        "de",
        "<h3>Mehr über die Geschichte des Hauses</h3><p>Das Haus wurde 1910 als Lagerhalle gebaut und 1968 zur Bibliothek umgebaut.</p>",
    ),
    (
        "de",
        "<h3>Mehr zum Thema Kosten</h3><p>Die Kosten stiegen von 12 auf 19 Millionen Euro, wie aus einem <a href='/bericht.pdf'>Bericht</a> hervorgeht.</p>",
    ),
    (
        "en",
        "<h3>More on the costs</h3><p>The bill rose from 12 to 19 million, according to a <a href='/report.pdf'>council report</a>.</p>",
    ),
    (
        "de",
        "<h3>Mehr Platz für Kinder</h3><p><a href='/kultur/lesesaal-456.html'>Neuer Lesesaal im Dachgeschoss eröffnet</a></p>",
    ),  # (guard) no related heading
]


@pytest.mark.parametrize(("lang", "block"), KEPT)
def test_a_subhead_over_the_story_stays(lang: str, block: str) -> None:
    got = _lines(lang, block)
    heading = block.split("</h3>")[0].removeprefix("<h3>")
    assert heading in got


# counter-cases (review): a subhead over the line that names the story's source, a document
# or another site's page (its host not the page's canonical one), and the story's text after
SOURCES = [
    (
        "en",
        "<h3>More on the audit</h3><p><a href='/media/audit-2026.pdf'>Read the full audit report (PDF)</a></p>",
    ),
    (
        "de",
        "<h3>Mehr zum Thema Kosten</h3><p><a href='https://www.rat-beispielstadt.example/vorlagen/beschluss-17'>Die Beschlussvorlage des Stadtrats</a></p>",
    ),
    (
        "fr",
        "<h3>Lire aussi le rapport</h3><p><a href='https://cour.example/rapports/bibliotheques.docx'>Le rapport de la Cour</a></p>",
    ),
    (
        "de",
        "<h3>Mehr zu den Kosten</h3><ul><li><a href='https://rat-beispielstadt.example/haushalt'>Haushaltsplan der Stadt</a></li></ul>",
    ),
]
CANONICAL = (
    "<link rel='canonical' href='https://www.stadtblatt.example/kultur/bibliothek-123.html'>"
)


@pytest.mark.parametrize(("lang", "block"), SOURCES)
def test_a_subhead_over_the_storys_source_stays(lang: str, block: str) -> None:
    page = _page(lang, block).replace("</title>", "</title>" + CANONICAL)
    got = [p for p in (extract_article(page, URL).body or "").split("\n") if p]
    heading = block.split("</h3>")[0].removeprefix("<h3>")
    assert heading in got


def test_a_related_heading_over_the_sites_own_absolute_link_goes() -> None:
    """(guard) the site's own piece, linked with its host."""
    link = "<p><a href='https://stadtblatt.example/kultur/lesesaal-456.html'>Neuer Lesesaal im Dachgeschoss eröffnet</a></p>"
    page = _page("de", "<h3>Mehr zum Thema Bibliothek</h3>" + link)
    page = page.replace("</title>", "</title>" + CANONICAL)
    got = [p for p in (extract_article(page, URL).body or "").split("\n") if p]
    assert got == STORIES["de"][1]


HOME = [
    ("en", "Back to home"),
    ("en", "Back to homepage"),
    ("de", "Zurück zur Startseite"),
    ("fr", "Retour à l'accueil"),
    ("it", "Torna alla home"),
]
SECTION = {
    "en": "After three years abroad the collection came back to the city in crates.",
    "de": "Nach drei Jahren im Ausland kam die Sammlung in Kisten zurück in die Stadt.",
    "fr": "Après trois ans à l'étranger, la collection est revenue en caisses.",
    "it": "Dopo tre anni all'estero la collezione è tornata in città nelle casse.",
}


@pytest.mark.parametrize(("lang", "line"), HOME)
@pytest.mark.parametrize("tag", ["h2", "h3"])
def test_a_back_home_subhead_stays(lang: str, line: str, tag: str) -> None:
    got = _lines(lang, f"<{tag}>{line}</{tag}><p>{SECTION[lang]}</p>")
    assert got == [*STORIES[lang][1][:2], line, SECTION[lang], *STORIES[lang][1][2:]]


@pytest.mark.parametrize(("lang", "line"), HOME)
@pytest.mark.parametrize(
    "shape", ["<h2><a href='/'>{}</a></h2>", "<p>{}</p>", "<p><a href='/'>{}</a></p>"]
)
def test_a_back_home_button_goes(lang: str, line: str, shape: str) -> None:
    """(guard) a link, or a plain line, as before."""
    assert _lines(lang, shape.format(line)) == STORIES[lang][1]


# 3. an ad's box in the story's column: its label first, set in a <div> of its own as in a <p>
# or <span>, then the advertiser's copy and the offer's link
ADS = [
    (
        "de",
        "Anzeige",
        "Jetzt Ihr neues Sofa finden – bis zu 40 Prozent sparen bei Möbelhaus Beispiel.",
    ),
    (
        "de",
        "Werbung",
        "Der neue Beispielwagen: Jetzt Probefahrt vereinbaren und 500 Euro Bonus sichern.",
    ),
    (
        "en",
        "Advertisement",
        "Find your new sofa today and save up to 40 percent at Example Furniture.",
    ),
    (
        "fr",
        "Publicité",
        "Trouvez votre nouveau canapé et économisez jusqu'à 40 % chez Meubles Exemple.",
    ),
    ("es", "Publicidad", "Encuentra tu nuevo sofá y ahorra hasta un 40 % en Muebles Ejemplo."),
]
AD_BOXES = [
    "<div><div class='lbl'>{label}</div><a href='https://shop.example/sofa'><img src='/ad.jpg' alt=''><p>{copy}</p></a></div>",
    "<div><div class='lbl'>{label}</div><p>{copy}</p><p><a href='https://shop.example/sofa'>Zum Angebot</a></p></div>",
    "<aside><p class='k1'>{label}</p><p>{copy}</p><a href='https://shop.example/sofa'>Zum Angebot</a></aside>",  # (guard)
]


@pytest.mark.parametrize(("lang", "label", "copy"), ADS)
@pytest.mark.parametrize("box", AD_BOXES)
def test_an_ads_box_goes_with_its_copy(lang: str, label: str, copy: str, box: str) -> None:
    assert _lines(lang, box.format(label=label, copy=copy)) == STORIES[lang][1]


# counter-cases: the label over the story's own text (a wrapper opening with an empty slot), a
# subhead saying "Anzeige" (a criminal complaint) over the story's section, the word in a sentence
AD_KEPT = [
    (
        "de",
        "<div><div class='slot'><span>Anzeige</span></div><p>Die Polizei ermittelt nun wegen Sachbeschädigung. Der Schaden liegt bei rund 20.000 Euro, teilte die Stadt mit.</p><p>Zeugen werden gebeten, sich bei der Polizei zu melden, auch wenn sie nur Kleinigkeiten beobachtet haben.</p></div>",
        [
            "Die Polizei ermittelt nun wegen Sachbeschädigung. Der Schaden liegt bei rund 20.000 Euro, teilte die Stadt mit.",
            "Zeugen werden gebeten, sich bei der Polizei zu melden, auch wenn sie nur Kleinigkeiten beobachtet haben.",
        ],
    ),
    (
        "de",
        "<div><p>Anzeige gegen Unbekannt</p><p>Die Stadt hat Anzeige gegen Unbekannt erstattet.</p></div>",
        ["Anzeige gegen Unbekannt", "Die Stadt hat Anzeige gegen Unbekannt erstattet."],
    ),
    # (review) a police brief's kicker in a <div>, its sentence linking the police's page
    (
        "de",
        "<div class='item'><div class='kicker'>Anzeige</div><p>Ein Besucher erstattete nach der Feier Anzeige wegen eines gestohlenen Fahrrads, meldet <a href='/polizei'>die Polizei</a>.</p></div>",
        [
            "Ein Besucher erstattete nach der Feier Anzeige wegen eines gestohlenen Fahrrads, meldet die Polizei."
        ],
    ),
    (
        "en",
        "<div class='item'><div class='kicker'>Advertisement</div><p>The council spent 40,000 pounds on posters, according to <a href='/council/budget'>its budget</a> for the year.</p></div>",
        ["The council spent 40,000 pounds on posters, according to its budget for the year."],
    ),
    (
        "de",
        "<div><p>Werbung für die Bibliothek machte vor allem die Leiterin selbst, auf Plakaten in der ganzen Stadt.</p></div>",
        [
            "Werbung für die Bibliothek machte vor allem die Leiterin selbst, auf Plakaten in der ganzen Stadt."
        ],
    ),
]


@pytest.mark.parametrize(("lang", "block", "kept"), AD_KEPT)
def test_the_storys_text_after_an_ad_label_stays(lang: str, block: str, kept: list[str]) -> None:
    """(guard)"""
    got = _lines(lang, block)
    assert all(k in got for k in kept)


@pytest.mark.parametrize(
    "wrap",
    [
        "<article><h1>Bibliothek wieder offen</h1><div class='t'>{}</div></article>",
        "<main><h1>Bibliothek wieder offen</h1><div><div class='t'>{}</div></div></main>",
    ],
)
def test_a_short_story_under_an_ad_label_stays(wrap: str) -> None:
    """(guard) a brief's text block opening with an ad slot's label is no ad's box."""
    from newsarchive.extract import extract_article

    story = "<p>Die Stadtbibliothek hat am Samstag wieder geöffnet.</p><p>Hunderte Menschen kamen zur Feier, trotz Regen.</p>"
    page = f"<html lang='de'><head><title>Bibliothek wieder offen</title></head><body>{wrap.format('<p>Anzeige</p>' + story)}</body></html>"
    assert extract_article(page, "https://x.example/a/b-1.html").body == (
        "Die Stadtbibliothek hat am Samstag wieder geöffnet.\n\nHunderte Menschen kamen zur Feier, trotz Regen."
    )
