"""Review of body-23's rules on invented pages of publishers never seen: story lines that
look like the furniture those rules drop stay in the body (a Dutch "stuurde ons
WhatsApp-berichten", a call reported on a poster or said by a club's speaker, a subhead
"Mer omfattande ..." or "Meer overlast ..." opening with a related block's heading word, a
sentence after "Más información:", a product test's "Plus:" over a list, an update note
"Update, 14:32 Uhr: ..." or a short dated sentence at the end, a Japanese paper's "to be
continued" in brackets beside Kyodo's tag), and a one-paragraph "teaser" block in a side
column or a row of teaser cards is another story's, not the lead. The furniture itself
still goes. Invented sites, stories and sentences; no publisher's page."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

STORIES = {
    "de": (
        "Flussbote",
        "Neue Brücke über den Fluss beschlossen",
        "Nach langem Streit hat der Gemeinderat am Donnerstagabend den Bau einer neuen Brücke über den Fluss beschlossen.",
        [
            "Die Abstimmung fiel mit elf zu vier Stimmen deutlich aus, nachdem die Planer ihre Entwürfe im Sommer noch einmal überarbeitet hatten.",
            "Die neue Brücke soll die alte Fähre ersetzen, die seit mehr als vierzig Jahren in Betrieb ist und immer häufiger ausfällt.",
            "Die Gesamtkosten werden auf rund dreißig Millionen geschätzt, wovon die Gemeinde einen Anteil von knapp einem Fünftel übernehmen will.",
            "Umweltverbände kritisieren vor allem die geplante Rampe am Ufer, für die mehrere hundert Bäume gefällt werden müssten.",
            "Der Bau soll im kommenden Frühjahr beginnen, die ersten Autos könnten nach Angaben der Planer im Winter darauf fahren.",
        ],
    ),
    "nl": (
        "Kanaalkoerier",
        "Nieuwe fietsbrug over het kanaal",
        "Na jaren van discussie komt er een nieuwe fietsbrug over het kanaal, zo besloot de gemeenteraad donderdag.",
        [
            "De stemming was duidelijk, nadat de ontwerpers hun plannen in de zomer nog eens hadden aangepast aan de wensen van de buurt.",
            "De brug moet de oude pont vervangen, die al meer dan veertig jaar in gebruik is en steeds vaker uitvalt door storingen.",
            "De totale kosten worden geschat op ongeveer twaalf miljoen euro, waarvan de provincie een groot deel voor haar rekening neemt.",
            "Omwonenden vrezen vooral voor meer verkeer in de smalle straten rond het station, zeker in de drukke ochtendspits.",
            "De bouw moet in het voorjaar beginnen, de eerste fietsers kunnen er volgens de gemeente over twee jaar overheen.",
        ],
    ),
    "sv": (
        "Sjöstadsbladet",
        "Ny simhall vid idrottsplatsen",
        "Efter flera års diskussioner får kommunen en ny simhall, det beslutade kommunfullmäktige på torsdagen.",
        [
            "Omröstningen blev tydlig sedan arkitekterna under sommaren hade arbetat om ritningarna efter kritik från föreningarna.",
            "Den nya hallen ska ersätta det gamla badhuset, som har varit i drift i mer än fyrtio år och ofta stängs för reparationer.",
            "Kostnaden beräknas till omkring tvåhundra miljoner kronor, vilket gör bygget till det största i kommunens historia.",
            "Oppositionen kritiserar främst placeringen, eftersom flera hundra träd måste fällas för att ge plats åt parkeringen.",
            "Bygget ska enligt planen påbörjas i vår och hallen kan stå klar för de första besökarna om två år.",
        ],
    ),
    "es": (
        "Gaceta del Río",
        "El ayuntamiento aprueba un nuevo puente",
        "Tras años de debate, el pleno municipal aprobó el jueves la construcción de un nuevo puente sobre el río.",
        [
            "La votación fue clara después de que los arquitectos revisaran durante el verano los planos para atender las quejas vecinales.",
            "El nuevo puente sustituirá a la vieja pasarela, que lleva más de cuarenta años en servicio y se cierra cada vez más a menudo.",
            "El coste total se estima en unos doce millones de euros, de los que la comunidad autónoma aportará casi la mitad.",
            "Los vecinos temen sobre todo más tráfico en las calles estrechas del casco antiguo durante las horas punta.",
            "Las obras comenzarán en primavera y los primeros peatones podrían cruzar el puente dentro de dos años.",
        ],
    ),
    "ja": (
        "港町日報",
        "港の再開発計画を可決",
        "港町の顔が大きく変わる。市議会は５日、港の再開発計画を賛成多数で可決した。",
        [
            "総事業費は約１２０億円で、２０３０年の完成を目指す。老朽化した倉庫群を取り壊し、商業施設と公園を一体的に整備する。",
            "一方、地元の漁業者からは、作業場所が狭くなることへの懸念の声も上がっている。市は丁寧に説明するとしている。",
            "市長は記者会見で「港が生まれ変わるきっかけにしたい」と述べ、事業への理解を求めた。",
            "観光客の増加を見込み、駅から港までの道路も歩きやすく整える。市民の意見も募集する。",
            "工事は来年春に始まり、段階的に施設を開業させる予定だという。",
        ],
    ),
}


def _page(lang: str, inner: str, where: str) -> tuple[str, str]:
    site, title, lead, paras = STORIES[lang]
    ps = [f"<p>{t}</p>" for t in paras]
    ps.insert(2 if where == "mid" else len(ps), inner)
    html = (
        f"<html lang='{lang}'><head><title>{title} | {site}</title></head><body>"
        f"<article><h1>{title}</h1><p class='lead'>{lead}</p><div class='article-body'>{''.join(ps)}</div></article></body></html>"
    )
    return html, f"https://www.{site.lower()}.example/region/2026/12/05/a-1.html"


def _body(lang: str, inner: str, where: str) -> str:
    html, url = _page(lang, inner, where)
    return " ".join((extract_article(html, url).body or "").split())


# (language, the story's line as HTML, its text): each stays in the body, mid-story and
# among the last three paragraphs (where stamps and tags are looked for)
STAYS = [
    pytest.param(
        "nl",
        "<p>De verdachte stuurde ons WhatsApp-berichten met bedreigingen, zegt de eigenaar van het café aan de markt.</p>",
        "De verdachte stuurde ons WhatsApp-berichten met bedreigingen",
        id="nl-ons-whatsapp-berichten",
    ),
    pytest.param(
        "de",
        "<p>Auf den Plakaten der Stadt steht: Folgen Sie uns auf WhatsApp, dann erhalten Sie Warnungen bei Hochwasser sofort.</p>",
        "Auf den Plakaten der Stadt steht: Folgen Sie uns auf WhatsApp",
        id="de-call-reported",
    ),
    pytest.param(
        "sv",
        "<p>Mer omfattande information finns hos <a href='https://kommun.example/simhall'>kommunen</a></p>",
        "Mer omfattande information finns hos kommunen",
        id="sv-mer-omfattande-link",
    ),
    pytest.param(
        "nl",
        "<p>Meer overlast verwacht volgens <a href='https://politie.example/'>de politie</a></p>",
        "Meer overlast verwacht volgens de politie",
        id="nl-meer-overlast-link",
    ),
    pytest.param(
        "es",
        "<p>Más información: el plazo de inscripción termina el 15 de enero y se puede presentar en cualquier oficina.</p>",
        "Más información: el plazo de inscripción termina el 15 de enero",
        id="es-mas-informacion-sentence",
    ),
    pytest.param(
        "sv",
        "<p>Mer om det: kommunen har redan köpt marken av en privat ägare för tolv miljoner kronor.</p>",
        "Mer om det: kommunen har redan köpt marken",
        id="sv-mer-om-sentence",
    ),
    pytest.param(
        "de",
        "<p>Update, 14:32 Uhr: Der Täter ist gefasst.</p>",
        "Update, 14:32 Uhr: Der Täter ist gefasst.",
        id="de-update-note",
    ),
    pytest.param(
        "de",
        "<p>Aktualisiert um 15.20 Uhr: Die Straße ist wieder frei.</p>",
        "Aktualisiert um 15.20 Uhr: Die Straße ist wieder frei.",
        id="de-updated-note",
    ),
    pytest.param(
        "de", "<p>Am 12. Dezember 2026.</p>", "Am 12. Dezember 2026.", id="de-dated-sentence"
    ),
    pytest.param(
        "de", "<p>Ab 1. Januar 2027.</p>", "Ab 1. Januar 2027.", id="de-from-date-sentence"
    ),
    pytest.param(
        "de",
        "<p><strong>Plus:</strong></p><ul><li>Die Brücke verkürzt den Schulweg für viele Kinder deutlich.</li></ul><p><strong>Minus:</strong></p><ul><li>Die Bauzeit von zwei Jahren belastet die Anwohner.</li></ul>",
        "Plus: Die Brücke verkürzt den Schulweg",
        id="de-plus-label-over-a-list",
    ),
    pytest.param(
        "es",
        "<p>Nuestro canal de WhatsApp ya tiene diez mil seguidores, explicó la portavoz del club en rueda de prensa.</p>",
        "Nuestro canal de WhatsApp ya tiene diez mil seguidores",
        id="es-channel-said",
    ),
    pytest.param("ja", "<p>（続く）</p>", "（続く）", id="ja-continued-note"),
    pytest.param(
        "ja",
        "<p>「港を未来につなぎたい」と市長は語った。（共同）</p>",
        "「港を未来につなぎたい」と市長は語った。（共同）",
        id="ja-quote-with-agency",
    ),
]


@pytest.mark.parametrize("where", ["mid", "end"])
@pytest.mark.parametrize(("lang", "inner", "text"), STAYS)
def test_a_story_line_stays(lang: str, inner: str, text: str, where: str) -> None:
    body = _body(lang, inner, where)
    assert text in body
    assert STORIES[lang][3][-1] in body  # the page read as the story it is


# The furniture the rules were written for still goes
GOES = [
    pytest.param(
        "nl",
        "<p>Volg ons WhatsApp-kanaal voor het belangrijkste nieuws uit de regio.</p>",
        "Volg ons",
        id="nl-channel-call",
    ),
    pytest.param(
        "de",
        "<p>Sie wollen nichts aus der Region verpassen? Folgen Sie uns auf WhatsApp.</p>",
        "verpassen",
        id="de-channel-call",
    ),
    pytest.param(
        "es",
        "<p>Más información: El metro amplía su horario en Navidad</p>",
        "metro",
        id="es-read-also-title",
    ),
    pytest.param(
        "sv", "<p>Mer om: Hamnen byggs om för nya färjor</p>", "Hamnen", id="sv-read-also-title"
    ),
    pytest.param(
        "es", "<p>Actualizado: 05/12/2026 14:32 h.</p>", "Actualizado", id="es-stamp-abbreviated"
    ),
    pytest.param(
        "de", "<p>Aktualisiert: 05.12.2026, 14:32 Uhr.</p>", "Aktualisiert", id="de-stamp-uhr-dot"
    ),
    pytest.param("ja", "<p>（共同）</p>", "（共同）", id="ja-agency-tag"),
    pytest.param("ja", "<p>（時事）</p>", "（時事）", id="ja-agency-tag-jiji"),
]


@pytest.mark.parametrize(("lang", "inner", "word"), GOES)
def test_furniture_still_goes(lang: str, inner: str, word: str) -> None:
    body = _body(lang, inner, "end")
    assert word not in body
    assert STORIES[lang][3][-1] in body


_SITE, _TITLE, _LEAD, _PARAS = STORIES["de"]
_TEXT = "".join(f"<p>{t}</p>" for t in _PARAS)
_OTHER = "Im Nachbarort eröffnet am Wochenende ein neuer Wochenmarkt mit regionalen Produkten und einem Café."
# (page's <body>, whether the teaser's paragraph is this story's lead)
TEASERS = [
    pytest.param(
        f"<main><h1>{_TITLE}</h1><div class='teaser'><p>{_LEAD}</p></div><section class='txt'>{_TEXT}</section></main>",
        True,
        id="lead-beside-the-text",
    ),
    pytest.param(
        f"<div class='page'><div class='head'><h1>{_TITLE}</h1></div><div class='col-side'><div class='teaser'><p>{_OTHER}</p></div></div><div class='col-main'><section class='txt'><p><strong>{_LEAD}</strong></p>{_TEXT}</section></div></div>",
        False,
        id="side-column-after-the-headline",
    ),
    pytest.param(
        f"<div class='page'><div class='head'><h1>{_TITLE}</h1></div><div class='col-side'><h3>Aus der Region</h3><div class='teaser'><p>{_OTHER}</p></div></div><div class='col-main'><section class='txt'><p><strong>{_LEAD}</strong></p>{_TEXT}</section></div></div>",
        False,
        id="headed-side-column",
    ),
    pytest.param(
        f"<main><h1>{_TITLE}</h1><div class='teaser-list'><div class='teaser'><p>{_OTHER}</p></div><div class='teaser'><p>Die Musikschule sucht für das neue Semester noch Lehrerinnen und Lehrer für Geige und Cello.</p></div></div><section class='txt'><p><strong>{_LEAD}</strong></p>{_TEXT}</section></main>",
        False,
        id="row-of-teaser-cards",
    ),
]


@pytest.mark.parametrize(("page", "lead"), TEASERS)
def test_a_teaser_block_joins_the_body_beside_the_text_only(page: str, lead: bool) -> None:
    html = (
        f"<html lang='de'><head><title>{_TITLE} | {_SITE}</title></head><body>{page}</body></html>"
    )
    body = (
        extract_article(html, "https://www.flussbote.example/region/2026/12/05/a-1.html").body or ""
    )
    assert body.startswith(_LEAD)
    assert (_OTHER in body) is False
    assert _PARAS[-1] in body
    if lead:
        assert body.count(_LEAD) == 1
