"""Topic lists shown on the page: the story's own list under its headline wins over a bar
of the site's sections above it, and a label counts as named in the text only opening a word
(inflected, or a compound's start: "Klima" in "Klimawandel"), not inside one after other letters
("Politik" is not named by "Kommunalpolitiker", "Sport" not by "transport"), except in scripts
that join words. Invented pages, several languages."""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://www.beispielblatt.example/lokales/artikel-20123.html"


def _ul(folder: str, labels: list[str]) -> str:
    items = "".join(f"<li><a href='/{folder}/{i}/'>{v}</a></li>" for i, v in enumerate(labels))
    return f"<ul>{items}</ul>"


def _box(heading: str, folder: str, labels: list[str], tag: str = "span") -> str:
    return f"<div class='box'><{tag}>{heading}</{tag}>{_ul(folder, labels)}</div>"


def _page(
    lang: str, headline: str, text: str, *, before: str = "", after: str = "", below: str = ""
) -> str:
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{headline}"
        f"</title></head><body><header><nav><a href='/'>Start</a></nav></header>{before}<main>"
        f"<article><h1>{headline}</h1><p>{text}</p>{after}</article>{below}</main></body></html>"
    )


# (lang, headline, text naming one section of the bar as a whole word, bar heading, bar
# folder, bar labels, own heading, own folder, own labels)
DISPLACED = [
    ("de", "Stadtrat streitet über die Grundsteuer",
     "In der Politik der Stadt ist die Grundsteuer umstritten, sagt der Kämmerer.",
     "Themen", "thema", ["Politik", "Wirtschaft", "Sport", "Kultur"],
     "Schlagworte", "thema", ["Grundsteuer", "Kämmerer"]),
    ("nl", "Gemeente verhoogt de parkeertarieven",
     "De economie van de binnenstad lijdt onder de hogere parkeertarieven, zegt de wethouder.",
     "Onderwerpen", "onderwerp", ["Politiek", "Economie", "Cultuur", "Sport"],
     "Trefwoorden", "trefwoord", ["Parkeren", "Binnenstad"]),
    ("pl", "Rada miasta podnosi podatek od nieruchomości",
     "Gospodarka miasta ucierpi, a podatek od nieruchomości wzrośnie, mówią radni.",
     "Tematy", "tematy", ["Polityka", "Gospodarka", "Kultura", "Sport"],
     "Tagi", "tagi", ["Podatek od nieruchomości", "Rada miasta"]),
    ("fi", "Valtuusto nosti kiinteistöveroa",
     "Kaupungin talous on tiukalla, ja kiinteistövero nousee ensi vuonna.",
     "Aiheet", "aihe", ["Kotimaa", "Talous", "Urheilu", "Kulttuuri"],
     "Avainsanat", "avainsana", ["Kiinteistövero", "Valtuusto"]),
    ("en", "Council row over property levy",
     "Politics at the town hall turned sour over the property levy on Tuesday.",
     "Topics", "topic", ["Politics", "Business", "Sport", "Culture"],
     "Tags", "tag", ["Property levy", "Town hall"]),
    ("es", "El ayuntamiento sube el impuesto de bienes inmuebles",
     "La economía local sufrirá, y el impuesto subirá el próximo año, dicen los concejales.",
     "Temas", "temas", ["Política", "Economía", "Deportes", "Cultura"],
     "Etiquetas", "etiquetas", ["Impuesto", "Ayuntamiento"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "headline", "text", "bar", "bar_folder", "bar_labels", "own", "folder", "labels"),
    DISPLACED,
    ids=[r[0] for r in DISPLACED],
)
def test_a_section_bar_above_the_headline_does_not_displace_the_storys_list(
    lang: str,
    headline: str,
    text: str,
    bar: str,
    bar_folder: str,
    bar_labels: list[str],
    own: str,
    folder: str,
    labels: list[str],
) -> None:
    """(failed before: the first headed list of the page won, the bar above the headline;
    the text names one of its sections as a word, so the naming check passes it)"""
    page = _page(
        lang,
        headline,
        text + " " + " ".join(labels) + ".",
        before=_box(bar, bar_folder, bar_labels),
        after=_box(own, folder, labels, "h3"),
    )
    assert extract_article(page, URL).topics == labels


# The only list on the page sits over the headline (a CMS that prints tags under the kicker):
# it stays the story's.
KICKER = [
    ("de", "Stadtrat streitet über die Grundsteuer",
     "Die Grundsteuer steigt, sagt der Kämmerer.", "Schlagworte", "thema",
     ["Grundsteuer", "Kämmerer"]),
    ("en", "Council row over property levy",
     "The property levy rises, the treasurer said.", "Tags", "tag", ["Property levy", "Treasurer"]),
    ("ja", "市議会が新年度予算案を可決", "市議会は新年度予算案を賛成多数で可決した。",
     "タグ", "tag",
     ["市議会", "予算案"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "headline", "text", "heading", "folder", "labels"), KICKER, ids=[r[0] for r in KICKER]
)
def test_a_tag_list_above_the_headline_stays_where_it_is_the_only_one(
    lang: str, headline: str, text: str, heading: str, folder: str, labels: list[str]
) -> None:
    kicker = _box(heading, folder, labels)
    page = (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{headline}"
        f"</title></head><body><main><article><header>{kicker}<h1>{headline}</h1></header>"
        f"<p>{text}</p></article></main></body></html>"
    )
    assert extract_article(page, URL).topics == labels


# A site's section list under the story, its labels in the text only inside longer words:
# "Politik" in "Kommunalpolitiker", "Sport" in "Transport", "Cultura" in "agricultura".
INSIDE_WORDS = [
    ("de", "Stadtrat streitet über die Grundsteuer",
     "Die Kommunalpolitiker streiten, im Profisport und in der Esskultur ist das Geld knapp.",
     "Themen", "thema", ["Politik", "Sport", "Kultur"]),
    ("en", "Council row over property levy",
     "The transport department and the geopolitics desk argued about the levy.",
     "Topics", "topic", ["Sport", "Art", "Politics"]),
    ("nl", "Gemeente verhoogt de parkeertarieven",
     "De wereldeconomie en de bedrijfscultuur van het stadhuis speelden mee, aldus de wethouder.",
     "Onderwerpen", "onderwerp", ["Economie", "Cultuur", "Politiek"]),
    ("pl", "Rada miasta podnosi podatek od nieruchomości",
     "Geopolityka i popkultura nie interesują radnych, liczy się podatek.",
     "Tematy", "tematy", ["Polityka", "Kultura", "Sport"]),
    ("fi", "Valtuusto nosti kiinteistöveroa",
     "Kuntatalous on tiukalla, ja nuorisourheilu saa vähemmän rahaa.",
     "Aiheet", "aihe", ["Talous", "Urheilu", "Kotimaa"]),
    ("es", "El ayuntamiento sube el impuesto de bienes inmuebles",
     "La agricultura y la geopolítica quedan fuera del debate, dicen los concejales.",
     "Temas", "temas", ["Cultura", "Política", "Deportes"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "headline", "text", "heading", "folder", "labels"),
    INSIDE_WORDS,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(INSIDE_WORDS)],
)
def test_a_label_inside_a_longer_word_does_not_confirm_a_site_list(
    lang: str, headline: str, text: str, heading: str, folder: str, labels: list[str]
) -> None:
    """(failed before: a label anywhere in the text, inside a word too, named it)"""
    page = _page(lang, headline, text, below=_box(heading, folder, labels, "h3"))
    assert extract_article(page, URL).topics == []


# Must not change: a label the text names as a word (or opening one, in a language that joins
# words: "Klimawandel" names "Klima"); a label in a script written without spaces.
NAMED = [
    ("de", "Stadtrat streitet über die Grundsteuer",
     "Der Stadtrat streitet über die Grundsteuer.", "Schlagworte", "thema",
     ["Grundsteuer", "Stadtrat"]),
    ("de", "Neue Trasse quer durch das Land",
     "Der Ausbau Deutschlands Schienen beschäftigt die Ausschüsse des Bundestages.", "Themen",
     "thema", ["Deutschland", "Bundestag"]),
    ("sv", "Nya regler för hyresgäster", "Regeringen vill ändra reglerna redan i år.", "Ämnen",
     "amne", ["Regering", "Hyresrätt"]),
    ("hu", "Drágul a közlekedés a fővárosban", "Budapesten a bérlet ára jövőre emelkedik.",
     "Címkék", "cimke", ["Budapest", "Tömegközlekedés"]),
    ("en", "Turnout falls again", "Both elections drew fewer voters than in 2019.", "Topics",
     "topic", ["Election", "Voting"]),
    # Turkish stacks its suffixes: "seçim" in "seçimlerde", "ekonomi" in "ekonomisinin"
    ("tr", "Belediye bütçesi onaylandı", "Seçimlerde ekonomisinin durumu konuşuldu.",
     "Etiketler", "etiket", ["Seçim", "Ekonomi"]),
    ("en", "Council row over property levy", "The council argued about the levy.", "Topics",
     "topic", ["Council", "Levy"]),
    # (each label only inside a run of letters: the text's words are no spaced words)
    ("ja", "市議会が新年度予算案を可決", "市議会は新年度予算案を賛成多数で可決した。",
     "タグ", "tag",
     ["予算案", "可決"]),
    ("zh", "市议会通过新年度预算", "市议会以多数票通过了新年度预算案。", "标签", "tag",
     ["预算", "多数票"]),
    ("th", "สภาเมืองอนุมัติงบประมาณ", "สภาเมืองอนุมัติงบประมาณประจำปีใหม่แล้ว", "แท็ก", "tag",
     ["ประจำปี", "เมือง"]),
    ("ko", "부산시의회, 예산 통과", "부산시의회는 예산을 통과시켰다.", "태그", "tag",
     ["시의회", "예산안"]),
    ("ar", "مجلس المدينة يقر الميزانية", "قال المجلس إن الاقتصاد المحلي سيتأثر بالميزانية الجديدة.",
     "الوسوم", "tag", ["اقتصاد", "ميزانية"]),
    ("he", "מועצת העיר אישרה את התקציב", "המועצה אישרה את התקציב, והפגיעה בכלכלה תהיה קטנה.",
     "תגיות", "tag", ["כלכלה", "תקציב"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "headline", "text", "heading", "folder", "labels"),
    NAMED,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(NAMED)],
)
def test_a_list_whose_label_the_text_names_stays(
    lang: str, headline: str, text: str, heading: str, folder: str, labels: list[str]
) -> None:
    page = _page(lang, headline, text, below=_box(heading, folder, labels, "h3"))
    assert extract_article(page, URL).topics == labels


def test_the_storys_tags_under_its_kicker_stay_where_a_site_list_follows_the_story() -> None:
    """The list after the headline is tried first; where the text names none of its labels
    (the site's sections), the tags over the headline are the story's."""
    kicker = _box("Schlagworte", "thema", ["Grundsteuer", "Kämmerer"])
    below = _box("Themen", "thema", ["Politik", "Wirtschaft", "Sport"], "h3")
    page = (
        "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Stadtrat streitet"
        "</title></head><body><main><article><header>"
        f"{kicker}<h1>Stadtrat streitet</h1></header><p>Die Grundsteuer steigt, sagt der"
        f" Kämmerer.</p></article>{below}</main></body></html>"
    )
    assert extract_article(page, URL).topics == ["Grundsteuer", "Kämmerer"]


def test_a_label_with_an_ending_at_the_very_end_of_the_text_is_named() -> None:
    """(failed before: fewer than four letters left after the label read as a longer word)"""
    page = _page(
        "hu",
        "Drágul a bérlet",
        "Jövőre drágul a bérlet Budapesten",
        below=_box("Címkék", "cimke", ["Budapest", "Tömegközlekedés"], "h3"),
    )
    assert extract_article(page, URL).topics == ["Budapest", "Tömegközlekedés"]


# The story's own tags, which its text names only opening compounds or with longer endings
# ("Klima" in "Klimawandel", "Bahn" in "Bahnstreik", "Tampere" in "Tampereella"): a word's
# start names the label, as it did before; only a label inside a word after others does not.
OWN_IN_COMPOUNDS = [
    ("de", "Stadt legt Plan für Klimaschutz vor",
     "Der Klimawandel trifft die Innenstadt, die Energiewende soll bis 2035 gelingen.",
     "Schlagworte", "thema", ["Klima", "Energie"]),
    ("de", "Bahnstreik legt Pendlerverkehr lahm",
     "Der Bahnstreik hat den Berufsverkehr getroffen, die Streikenden fordern mehr Lohn.",
     "Themen", "thema", ["Bahn", "Streik"]),
    ("de", "Neue Radwege für die Innenstadt",
     "Die Verkehrswende kommt voran: der Verkehrsausschuss stimmte zu.",
     "Schlagworte", "thema", ["Verkehr"]),
    ("nl", "Kabinet presenteert klimaatplan",
     "Het klimaatakkoord moet strenger, en de landbouwsector vreest voor banen.",
     "Trefwoorden", "tag", ["Klimaat", "Landbouw"]),
    ("fi", "Ratikka laajenee", "Tampereella raitiotie laajenee, ja kouluissa kerrotaan reiteistä.",
     "Avainsanat", "avainsana", ["Tampere", "Koulu"]),
    ("sv", "Regeringen presenterar klimatpolitiken",
     "Klimatpolitiken kritiseras, och energipriserna väntas stiga.",
     "Ämnen", "amne", ["Klimat", "Energi"]),
    ("ru", "Новые тарифы на проезд", "В Москве подорожает проезд, объясняют транспортники.",
     "Теги", "tag", ["Москва", "Транспорт"]),
    ("en", "Tories split again",
     "Brexiteers demanded a vote; campaigners said electioneering began.",
     "Tags", "tag", ["Brexit", "Election"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "headline", "text", "heading", "folder", "labels"),
    OWN_IN_COMPOUNDS,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(OWN_IN_COMPOUNDS)],
)
def test_the_storys_tags_named_opening_longer_words_stay(
    lang: str, headline: str, text: str, heading: str, folder: str, labels: list[str]
) -> None:
    """(failed before: a label counted only with three letters at most after it)"""
    page = _page(lang, headline, text, below=_box(heading, folder, labels, "h3"))
    assert extract_article(page, URL).topics == labels


def test_the_storys_tags_over_its_headline_in_its_article_stay_over_a_named_site_list() -> None:
    """A list over the headline inside the story's own `<article>` is the story's (a kicker),
    read first as before, even where the text names a section of a site list under the story
    as a word ("Politik"). (failed before: any list over the headline was set aside)"""
    kicker = _box("Schlagworte", "thema", ["Grundsteuer", "Kämmerer"])
    below = _box("Themen", "thema", ["Politik", "Wirtschaft", "Sport"], "h3")
    page = (
        "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Stadtrat streitet"
        "</title></head><body><main><article><header>"
        f"{kicker}<h1>Stadtrat streitet</h1></header><p>In der Politik der Stadt ist die"
        f" Grundsteuer umstritten, sagt der Kämmerer.</p></article>{below}</main></body></html>"
    )
    assert extract_article(page, URL).topics == ["Grundsteuer", "Kämmerer"]
