"""A "Most read" box inside the article whose lines are other stories' headlines printed
without links (a script links them later, or the page never does): its lines are not the
story's, even where they outweigh a short story. Made-up pages and headlines in eight
languages, the box in three shapes; and the subheads that only happen to say "most"."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://ledger.example/town/2026/12/04/library-hours.html"
STORY = {
    "en": [
        "The town library will open on Sundays from January, the culture committee decided on Wednesday.",
        "Volunteers from the reading club offered to staff the desk so that no new posts are needed.",
        "The trial will run for six months before the council decides whether to keep the longer hours.",
    ],
    "de": [
        "Die Stadtbücherei öffnet ab Januar auch sonntags, hat der Kulturausschuss am Mittwoch beschlossen.",
        "Ehrenamtliche aus dem Leseclub wollen die Ausleihe betreuen, damit keine neuen Stellen nötig sind.",
        "Der Versuch läuft sechs Monate, danach entscheidet der Rat über die längeren Öffnungszeiten.",
    ],
    "fr": [
        "La médiathèque ouvrira le dimanche dès janvier, a décidé mercredi la commission culture.",
        "Des bénévoles du club de lecture se sont proposés pour tenir l'accueil sans créer de poste.",
        "L'essai durera six mois avant que le conseil ne décide de garder ces horaires élargis.",
    ],
    "es": [
        "La biblioteca municipal abrirá los domingos a partir de enero, decidió el miércoles la comisión de cultura.",
        "Voluntarios del club de lectura se ofrecieron a atender el mostrador para no crear nuevas plazas.",
        "La prueba durará seis meses antes de que el pleno decida si mantiene el horario ampliado.",
    ],
    "pt": [
        "A biblioteca municipal vai abrir aos domingos a partir de janeiro, decidiu a comissão de cultura.",
        "Voluntários do clube de leitura ofereceram-se para atender o balcão sem criar novos postos.",
        "O teste vai durar seis meses antes de a câmara decidir se mantém o horário alargado.",
    ],
    "nl": [
        "De bibliotheek gaat vanaf januari ook op zondag open, besloot de cultuurcommissie woensdag.",
        "Vrijwilligers van de leesclub bieden aan de balie te bemensen, zodat er geen nieuwe banen nodig zijn.",
        "De proef duurt zes maanden, daarna beslist de raad of de ruimere openingstijden blijven.",
    ],
    "pl": [
        "Miejska biblioteka od stycznia będzie otwarta także w niedziele, zdecydowała w środę komisja kultury.",
        "Wolontariusze z klubu czytelniczego zaproponowali dyżury przy ladzie, by nie tworzyć nowych etatów.",
        "Próba potrwa pół roku, potem rada zdecyduje, czy dłuższe godziny otwarcia zostaną.",
    ],
    "ar": [
        "قررت لجنة الثقافة يوم الأربعاء أن تفتح مكتبة البلدة أبوابها أيام الأحد ابتداء من شهر يناير.",
        "عرض متطوعون من نادي القراءة العمل في مكتب الاستقبال حتى لا تحتاج المكتبة إلى وظائف جديدة.",
        "وتستمر التجربة ستة أشهر قبل أن يقرر المجلس الإبقاء على ساعات العمل الأطول أو إلغاءها.",
    ],
}
BOX = {  # a "Most read" heading and five other stories' headlines
    "en": ("Most read", "Storm closes coast road for the second time this week"),
    "de": ("Meistgelesen", "Sturm sperrt die Küstenstraße zum zweiten Mal in dieser Woche"),
    "fr": ("Les plus lus", "La tempête ferme la route côtière pour la deuxième fois"),
    "es": ("Lo más leído", "El temporal cierra la carretera de la costa por segunda vez"),
    "pt": ("Mais lidas", "Tempestade fecha a estrada da costa pela segunda vez esta semana"),
    "nl": ("Meest gelezen", "Storm sluit de kustweg voor de tweede keer deze week"),
    "pl": ("Najczęściej czytane", "Sztorm znowu zamyka drogę wzdłuż wybrzeża w tym tygodniu"),
    "ar": ("الأكثر قراءة", "العاصفة تغلق الطريق الساحلي للمرة الثانية هذا الأسبوع"),
}


def _lines(lang: str) -> list[str]:
    return [f"{BOX[lang][1]} ({i + 1})" for i in range(5)]


def paragraphs_under_a_heading(lang: str) -> str:
    lines = "".join(f"<p>{t}</p>" for t in _lines(lang))
    return f"<div class='m4'><h3>{BOX[lang][0]}</h3>{lines}</div>"


def numbered_list(lang: str) -> str:
    lines = "".join(f"<li>{t}</li>" for t in _lines(lang))
    return f"<section><h2>{BOX[lang][0]}</h2><ol>{lines}</ol></section>"


def heading_in_a_header(lang: str) -> str:
    lines = "".join(f"<p>{t}</p>" for t in _lines(lang))
    return f"<div class='r2'><header><h4>{BOX[lang][0]}</h4></header>{lines}</div>"


def lines_in_a_wrapper(lang: str) -> str:
    lines = "".join(f"<p><span>{i + 1}</span> {t}</p>" for i, t in enumerate(_lines(lang)))
    return f"<section><h2>{BOX[lang][0]}</h2><div class='r3'>{lines}</div></section>"


def div_lines(lang: str) -> str:
    lines = "".join(f"<div>{t}</div>" for t in _lines(lang))
    return f"<div class='r2'><h3>{BOX[lang][0]}</h3>{lines}</div>"


SHAPES = {
    "<p>s under an <h3>": paragraphs_under_a_heading,
    "<p>s after the heading's <header>": heading_in_a_header,
    "numbered <p>s in a wrapper under an <h2>": lines_in_a_wrapper,
}
# shapes whose lines were never taken for paragraphs (list items, <div>s): still not
HELD = {"an <ol> under an <h2>": numbered_list, "<div> lines under an <h3>": div_lines}


def _page(lang: str, box: str) -> str:
    story = "".join(f"<p>{t}</p>" for t in STORY[lang])
    return (
        f"<html lang='{lang}'><head><title>Library hours</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/town'>Town</a></nav>"
        f"<article><h1>Library hours</h1><div class='x1'>{story}</div>{box}</article></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(STORY))
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_most_read_box_without_links_is_not_the_story(shape: str, lang: str) -> None:
    body = extract_article(_page(lang, SHAPES[shape](lang)), URL).body or ""
    assert all(t in body for t in STORY[lang]), body
    assert BOX[lang][1] not in body and BOX[lang][0] not in body


@pytest.mark.parametrize("lang", sorted(STORY))
@pytest.mark.parametrize("shape", sorted(HELD))
def test_list_and_div_lines_stay_out(shape: str, lang: str) -> None:
    body = extract_article(_page(lang, HELD[shape](lang)), URL).body or ""
    assert all(t in body for t in STORY[lang]) and BOX[lang][1] not in body


# guards: a subhead over the story's own lines, which are sentences or a list of words
@pytest.mark.parametrize(
    ("lang", "section", "kept"),
    [
        (
            "en",
            "<h2>Most popular destinations</h2><ul><li>Paris</li><li>Rome</li><li>Lisbon</li><li>Vienna</li></ul>",
            ["Paris", "Lisbon"],
        ),
        (
            "en",
            "<div><h2>Most read books of the year</h2><p>The reading club counted the loans of every title in the library.</p><p>A crime novel set in the harbour led the list for the third year running.</p><p>Children's books made up half of the top twenty, the librarians said.</p></div>",
            ["A crime novel set in the harbour", "Children's books made up half"],
        ),
        (
            "de",
            "<div><h2>Meistgelesen im Jahr</h2><p>Der Leseclub hat die Ausleihen jedes Titels gezählt.</p><p>Ein Krimi aus dem Hafenviertel führt die Liste zum dritten Mal an.</p><p>Kinderbücher stellen die Hälfte der zwanzig meistgelesenen Titel.</p></div>",
            ["Ein Krimi aus dem Hafenviertel", "Kinderbücher stellen die Hälfte"],
        ),
    ],
)
def test_a_subhead_that_says_most_over_the_story_s_lines_stays(
    lang: str, section: str, kept: list[str]
) -> None:
    story = "".join(f"<p>{t}</p>" for t in STORY[lang])
    html = (
        f"<html lang='{lang}'><head><title>Library hours</title></head><body>"
        f"<article><h1>Library hours</h1>{story}{section}</article></body></html>"
    )
    body = extract_article(html, URL).body or ""
    assert all(k in body for k in kept), body
