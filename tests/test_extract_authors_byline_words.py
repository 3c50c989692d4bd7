"""Words a byline prints beside its writers on sites never seen: a job written right after the
name, a source between two writers, the place after the page's own "in"/"from", and a
dateline before an agency. Invented names, papers and markup."""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://www.probe-blatt.example/politik/hafen-wird-ausgebaut-123.html"
STORY = (
    "<p>Der Hafen der Stadt soll in den kommenden fünf Jahren deutlich wachsen, beschloss der "
    "Rat am Dienstag nach einer langen Sitzung mit vielen Wortmeldungen und Anträgen.</p>"
    "<p>Die Kosten tragen Land und Bund gemeinsam, ein Teil kommt aus einem Fonds der EU, "
    "sagte die Sprecherin der Stadt am Abend vor Journalisten.</p>"
)


def _page(lang: str, byline: str) -> str:
    """A page with no JSON-LD and no author meta: only the byline it prints."""
    return (
        f'<html lang="{lang}"><head><title>Hafen wird ausgebaut | Probe-Blatt</title>'
        '<meta property="og:site_name" content="Probe-Blatt"></head><body>'
        f"<article><h1>Hafen wird ausgebaut</h1>{byline}{STORY}</article></body></html>"
    )


def _authors(lang: str, byline: str) -> list[str]:
    return extract_article(_page(lang, byline), URL).authors


# A job title right after the name in the same text, with no mark between: the job goes
# (no one is named "Redakteur"; a surname a link spells whole stays, test_extract_leftovers).
JOB_AFTER = [
    ("de", "Von Anna Muster Redakteur", ["Anna Muster"]),
    ("de", "Von Anna Muster Korrespondent", ["Anna Muster"]),
    ("de", "Von Anna Muster Reporter", ["Anna Muster"]),
    ("en", "By Jane Doe Reporter", ["Jane Doe"]),
    ("en", "By Jane Doe Correspondent", ["Jane Doe"]),
    ("fr", "Par Claire Dupont Journaliste", ["Claire Dupont"]),
    ("es", "Por Ana López Periodista", ["Ana López"]),
    ("pt", "Por Ana Souza Repórter", ["Ana Souza"]),
    ("sv", "Av Anna Svensson Reporter", ["Anna Svensson"]),
]


@pytest.mark.parametrize(("lang", "raw", "want"), JOB_AFTER)
def test_a_job_right_after_the_name_goes(lang: str, raw: str, want: list[str]) -> None:
    assert _authors(lang, f'<p class="byline">{raw}</p>') == want


# A source credited between two writers: the source is no writer, the second writer is one.
SOURCE_BETWEEN = [
    ("en", "Jane Doe | Source: AP | John Roe", ["Jane Doe", "John Roe"]),
    ("de", "Anna Muster | Quelle: dpa | Bernd Beispiel", ["Anna Muster", "Bernd Beispiel"]),
    ("es", "Ana López | Fuente: EFE | Juan Pérez", ["Ana López", "Juan Pérez"]),
    ("pt", "João Silva | Fonte: Lusa | Maria Costa", ["João Silva", "Maria Costa"]),
    ("fr", "Claire Dupont | Source : AFP | Marc Leroy", ["Claire Dupont", "Marc Leroy"]),
    # a source after each writer: no source is a writer
    ("es", "Ana López | Fuente: EFE | Juan Pérez | Fuente: EFE", ["Ana López", "Juan Pérez"]),
    # guards: a source alone after the writer; nothing name-shaped after the source
    ("en", "Jane Doe | Source: AP", ["Jane Doe"]),
    ("en", "Jane Doe | Source: AP | Updated", ["Jane Doe"]),
]


@pytest.mark.parametrize(("lang", "raw", "want"), SOURCE_BETWEEN)
@pytest.mark.parametrize("markup", ['<p class="byline">{}</p>', "<div>{}</div>"])
def test_a_source_between_two_writers(lang: str, raw: str, want: list[str], markup: str) -> None:
    assert _authors(lang, markup.format(raw)) == want


# The place after the page's own word for "in" or "from", in any case ending ("v Praze", "z
# Prahy"): where the writer filed from. Names' particles stay ("Juan de la Cruz").
FILED_FROM = [
    ("cs", "Jan Novák v Praze", ["Jan Novák"]),
    ("cs", "Jan Novák z Prahy", ["Jan Novák"]),
    ("sk", "Ján Novák vo Zvolene", ["Ján Novák"]),
    ("pl", "Jan Kowalski w Warszawie", ["Jan Kowalski"]),
    ("pl", "Jan Kowalski ze Lwowa", ["Jan Kowalski"]),
    ("hr", "Ivan Horvat iz Zagreba", ["Ivan Horvat"]),
    ("ro", "Ion Popescu din Cluj", ["Ion Popescu"]),
    ("nl", "Jan de Vries uit Utrecht", ["Jan de Vries"]),
    ("sv", "Anna Svensson från Göteborg", ["Anna Svensson"]),
    ("es", "Ana López desde Bogotá", ["Ana López"]),
    ("ru", "Иван Петров из Москвы", ["Иван Петров"]),
    # guards: a particle of the name, no place
    ("es", "Juan de la Cruz", ["Juan de la Cruz"]),
    ("nl", "Jan van Dijk", ["Jan van Dijk"]),
]


@pytest.mark.parametrize(("lang", "raw", "want"), FILED_FROM)
def test_the_place_after_the_own_in_word(lang: str, raw: str, want: list[str]) -> None:
    assert _authors(lang, f'<p class="byline">{raw}</p>') == want


def _regional(byline: str, opening: str) -> str:
    return (
        '<html lang="de"><head><title>Rat beschließt Umbau | Probe-Blatt</title></head><body>'
        f'<article><h1>Rat beschließt Umbau</h1><p class="byline">{byline}</p>'
        f"<p>{opening} Der Rat hat am Dienstag den Umbau des Marktplatzes beschlossen, die "
        "Kosten liegen bei zwei Millionen Euro.</p><p>Die Bauarbeiten sollen im Frühjahr "
        "beginnen und bis zum Herbst dauern, teilte die Stadt mit.</p></article></body></html>"
    )


# A city and its district after the writer ("Hannover Neustadt", two capitalised words as a
# name has): a place where the address's folders or the story's dateline name the city.
CITY_DISTRICT = [
    ("/lokales/hannover/umbau-1.html", "Von Anna Muster, Hannover Neustadt", "", ["Anna Muster"]),
    ("/politik/umbau-1.html", "Von Anna Muster, Hannover Neustadt", "Hannover.", ["Anna Muster"]),
    ("/politik/umbau-1.html", "Von Anna Muster, Hannover Neustadt", "HANNOVER -", ["Anna Muster"]),
    ("/region/muenchen/umbau-1.html", "Von Anna Muster, München Schwabing", "", ["Anna Muster"]),
    # guards: a second writer; nothing naming the city (no gazetteer tells it)
    (
        "/lokales/hannover/umbau-1.html",
        "Von Anna Muster, Bernd Beispiel",
        "",
        ["Anna Muster", "Bernd Beispiel"],
    ),
    (
        "/politik/umbau-1.html",
        "Von Anna Muster, Bernd Beispiel",
        "Hannover.",
        ["Anna Muster", "Bernd Beispiel"],
    ),
]


@pytest.mark.parametrize(("path", "byline", "opening", "want"), CITY_DISTRICT)
def test_a_city_and_district_after_the_writer(
    path: str, byline: str, opening: str, want: list[str]
) -> None:
    url = "https://www.probe-blatt.example" + path
    assert extract_article(_regional(byline, opening), url).authors == want


# A one-word place, then only agencies ("Praha, ČTK"): the dateline, then the credit, where the
# story opens at that place or the address's folders name it; a surname otherwise (a meta's
# "Muster, SDA": no gazetteer tells a town from a surname).
DATELINE_AGENCY = [
    ("/politik/umbau-1.html", "Praha, ČTK", "Praha -", ["ČTK"]),
    ("/domov/praha/umbau-1.html", "Praha, ČTK", "", ["ČTK"]),
    ("/politik/umbau-1.html", "Warszawa, PAP", "WARSZAWA", ["PAP"]),
    ("/politik/umbau-1.html", "Berlin, dpa", "Berlin (dpa)", ["dpa"]),
    ("/politik/umbau-1.html", "Bad Homburg | Quelle: dpa", "", ["dpa"]),
    # guards: a full name before the agency; a word nothing names as the place
    ("/politik/umbau-1.html", "Anna Muster, dpa", "Berlin (dpa)", ["Anna Muster", "dpa"]),
    ("/politik/umbau-1.html", "Muster, SDA", "Bern (SDA)", ["Muster", "SDA"]),
]


@pytest.mark.parametrize(("path", "byline", "opening", "want"), DATELINE_AGENCY)
def test_a_dateline_before_an_agency(path: str, byline: str, opening: str, want: list[str]) -> None:
    url = "https://www.probe-blatt.example" + path
    assert extract_article(_regional(byline, opening), url).authors == want


# Bylines of Japanese, Korean and Italian sites: a role before the name, a label of two words,
# the role then where the reporter is, a capitalised "A cura di" ("edited by").
CJK_ITALIAN = [
    ("ja", "（編集委員 山田太郎）", ["山田太郎"]),
    ("ja", "取材・文／山田太郎", ["山田太郎"]),
    ("ja", "取材・文：山田太郎", ["山田太郎"]),
    ("ko", "김민수 특파원 워싱턴", ["김민수"]),
    ("ko", "김민수 기자 = 서울", ["김민수"]),
    ("it", "A cura di Marco Rossi", ["Marco Rossi"]),
    # guards: a surname's "Di" (capitalised "Di" stays a name's: "Di Stefano Marco",
    # test_extract_unseen_languages); Korean names listed before one role
    ("it", "Marco Di Stefano", ["Marco Di Stefano"]),
    ("ko", "김민수·이영희 기자", ["김민수", "이영희"]),
]


@pytest.mark.parametrize(("lang", "raw", "want"), CJK_ITALIAN)
def test_cjk_and_italian_bylines(lang: str, raw: str, want: list[str]) -> None:
    assert _authors(lang, f'<p class="byline">{raw}</p>') == want


# A job after a name whose particles are capitalised, and a name printed twice with the job
# between (a copy for screen readers): the name once, without the job.
NAME_SHAPES = [
    ("en", "By Fouzia Van Der Fort Reporter", ["Fouzia Van Der Fort"]),
    ("nl", "Door Jan Van Den Berg Verslaggever", ["Jan Van Den Berg"]),
    ("nb", "Martin Beispiel Journalist Martin Beispiel", ["Martin Beispiel"]),
    ("de", "Anna Muster Redakteurin Anna Muster", ["Anna Muster"]),
]


@pytest.mark.parametrize(("lang", "raw", "want"), NAME_SHAPES)
def test_names_with_capital_particles_or_printed_twice(
    lang: str, raw: str, want: list[str]
) -> None:
    assert _authors(lang, f'<p class="byline">{raw}</p>') == want
