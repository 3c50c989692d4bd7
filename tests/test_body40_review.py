"""Review of session 40's body rules on invented pages: a Polish story sentence naming where
its footage, post or quote comes from, or on a reprint, is no republication notice; a story's
section under a poll's word ("Abstimmung", "Poll") with one button of its own (a figure's
zoom, a chart's toggle) or a label is no poll."""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://www.portowa.example/miasto/nowa-plywalnia-a987"

PL_STORY = [
    "Rada miasta zdecydowała w czwartek o budowie nowej pływalni przy porcie w Przykładowie.",
    "Budowa ma ruszyć wiosną, a obiekt zostanie otwarty jesienią 2028 roku.",
    "Opozycja krytykuje wzrost kosztów o prawie jedną trzecią w porównaniu z zeszłym rokiem.",
]


def _page(inner: str) -> str:
    return f"<html><body><article><h1>Nowa pływalnia w porcie</h1><div class='article-text'>{inner}</div></article></body></html>"


def _p(lines: list[str]) -> str:
    return "".join(f"<p>{s}</p>" for s in lines)


PL_STAYS = [
    # "comes from" a camera, a profile, a statement, a recording, a law: the story's sources
    "Materiał pochodzi z kamery przemysłowej.",
    "Wpis pochodzi z profilu burmistrza na Facebooku.",
    "Komentarz pochodzi z oświadczenia rzecznika ratusza.",
    "Rozmowa pochodzi z nagrania, które trafiło do redakcji.",
    "Tekst pochodzi z ustawy uchwalonej w marcu.",
    "Publikacja pochodzi z archiwum Instytutu Pamięci.",
    # a sentence on a reprint, its verb after the paper's name
    "Przedruk z „Gazety Miejskiej” wywołał burzę w radzie miasta.",
    # the story's photo run with the family's consent
    "Publikujemy za zgodą rodziny wizerunek zaginionego chłopca.",
]


@pytest.mark.parametrize("line", PL_STAYS)
def test_a_polish_story_sentence_on_its_sources_stays(line: str) -> None:
    lines = [*PL_STORY[:2], line, PL_STORY[2]]
    assert extract_article(_page(_p(lines)), URL).body == "\n\n".join(lines)


PL_NOTICES = [
    "Felieton pochodzi z serwisu Przykładowy.pl.",
    "Reportaż pochodzi z najnowszego numeru miesięcznika „Port”.",
    "Publikujemy za zgodą autora.",
]


@pytest.mark.parametrize("notice", PL_NOTICES)
def test_a_polish_notice_naming_its_paper_still_goes(notice: str) -> None:
    html = _page(_p([*PL_STORY, notice]))
    assert extract_article(html, URL).body == "\n\n".join(PL_STORY)


EN = [
    "The council will build a new swimming hall by the harbour at a cost of 24 million pounds.",
    "Work is due to start in the spring and the hall should open in the autumn of 2028.",
    "The opposition says the cost has risen by almost a third since last year.",
    "Council leader Eva Lind said the old pool could no longer be repaired.",
]

SECTIONS = {
    "figure-zoom-de": (
        "<section><h2>Abstimmung</h2><p>Wie stimmte der Rat ab? Zwölf Räte waren dafür, acht dagegen.</p><figure><img src='/a.jpg'><button>Vergrößern</button></figure></section>",
        "Wie stimmte der Rat ab?",
    ),
    "chart-toggle-en": (
        "<div><h2>Poll</h2><p>Should the harbour be closed? A survey by the institute found 62 per cent in favour.</p><button>Show chart</button></div>",
        "Should the harbour be closed?",
    ),
    "label-de": (
        "<div><h3>Umfrage</h3><p>Wie viele wollen das Bad? Das Institut fragte 1.000 Bürger.</p><label>Quelle: Institut Beispiel</label></div>",
        "Wie viele wollen das Bad?",
    ),
}


@pytest.mark.parametrize("name", list(SECTIONS))
def test_a_story_section_under_a_polls_word_with_a_button_of_its_own_stays(name: str) -> None:
    html, line = SECTIONS[name]
    body = extract_article(_page(_p(EN[:2]) + html + _p(EN[2:])), URL).body or ""
    assert line in body and body.endswith("\n\n".join(EN[2:]))


POLLS = {
    "two-buttons": "<div><h3>Ankieta</h3><p>Czy miasto powinno zbudować basen?</p><button>Tak</button><button>Nie</button></div>",
    "vote-button": "<div><h3>Umfrage</h3><p>Soll die Stadt das Bad bauen?</p><ul><li>Ja</li><li>Nein</li></ul><button>Abstimmen</button></div>",
    "checkbox": "<div><h3>Poll</h3><p>Which lanes would you use?</p><label><input type='checkbox'>Fast</label><label><input type='checkbox'>Slow</label></div>",
    "select": "<div><h3>Encuesta</h3><p>¿Cuándo nadaría usted?</p><select><option>Mañana</option><option>Tarde</option></select></div>",
}


@pytest.mark.parametrize("name", list(POLLS))
def test_a_poll_with_its_answers_controls_still_goes(name: str) -> None:
    html = _page(_p(EN[:2]) + POLLS[name] + _p(EN[2:]))
    assert extract_article(html, URL).body == "\n\n".join(EN)


LONG = [*EN, *(s[:-1] + ", the paper learned." for s in EN), *(s[:-1] + " on Tuesday." for s in EN)]
# a live ticker's first hour: the German stamp in the singular or in words, Italian's minute
STAMPS = [
    "vor 1 Stunde",
    "vor 1 Minute",
    "vor 1 Tag",
    "vor einer Stunde",
    "Vor einem Tag",
    "1 minuto fa",
]


@pytest.mark.parametrize("stamp", STAMPS)
def test_a_live_entrys_stamp_in_the_singular_is_not_the_body(stamp: str) -> None:
    html = _page(_p(LONG[:6]) + f"<p>{stamp}</p>" + _p(LONG[6:]))
    assert extract_article(html, URL).body == "\n\n".join(LONG)


def test_a_sentence_opening_with_a_stamp_in_words_stays() -> None:
    lines = [*LONG[:6], "Vor einer Stunde brannte die alte Halle am Hafen ab.", *LONG[6:]]
    assert extract_article(_page(_p(lines)), URL).body == "\n\n".join(lines)


# a writer's box whose head (heading, name, role) sits in a wrapper of its own and whose bio
# stands beside it: the bio names the writer, and the whole box stays out as on main
WRITER_HEADS = {
    "en": (
        "About the author",
        "Jane Doe",
        "Jane Doe has written three books on the harbour and its ferries.",
    ),
    "de": (
        "Über den Autor",
        "Hans Muster",
        "Muster schreibt seit 2015 für die Zeitung über den Hafen.",
    ),
    "sv": (
        "Om skribenten",
        "Eva Exempel",
        "Eva Exempel är reporter och har bevakat hamnen sedan 2010.",
    ),
}


@pytest.mark.parametrize("lang", list(WRITER_HEADS))
def test_a_writers_bio_beside_its_boxs_head_is_not_the_body(lang: str) -> None:
    heading, name, bio = WRITER_HEADS[lang]
    box = f"<div class='x'><div class='head'><h3>{heading}</h3><p>{name}</p><p>Reporter</p></div><p>{bio}</p></div>"
    html = _page(_p(EN) + box)
    assert extract_article(html, URL).body == "\n\n".join(EN)
