"""The article's language where the markup names none, a wrong one or a CMS's default "en":
py3langid reads the words (textlang.py), a declared language other than the default stands,
and the cascades that read word tables by language get the words' language too.

Every text here is invented for these tests (no publisher's sentences).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsarchive.extract import textlang
from newsarchive.extract.core import extract_article

URL = "https://news.example.com/a/1"


def _page(lang: str | None, head: str, paras: list[str], before: str = "") -> str:
    attr = f' lang="{lang}"' if lang is not None else ""
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<!DOCTYPE html><html{attr}><head><meta charset="utf-8"><title>{head}</title></head>'
        f"<body>{before}<article><h1>{head}</h1>{ps}</article></body></html>"
    )


# (lang attribute, headline, report, the item's language)
CASES = [
    # Latin-script languages the former word counts had no list for, or mixed up
    (None, "El pont del port tancarà durant l'hivern",
     "El vell pont del port estarà tancat durant quatre mesos a partir de dilluns per "
     "substituir-ne els cables rovellats, va informar dimarts l'ajuntament.", "ca"),
    ("en-US", "Lučki most zatvara se preko zime",
     "Stari lučki most bit će zatvoren četiri mjeseca od ponedjeljka jer treba zamijeniti "
     "zahrđale čelične užadi, priopćio je u utorak grad.", "hr"),
    (None, "Prístavný most na zimu zatvoria",
     "Starý prístavný most bude od pondelka na štyri mesiace zatvorený, pretože treba "
     "vymeniť zhrdzavené laná, oznámila v utorok radnica.", "sk"),
    ("en", "Isasara ang tulay sa pantalan ngayong tag-ulan",
     "Isasara ang lumang tulay sa pantalan nang apat na buwan simula sa Lunes dahil "
     "kailangang palitan ang mga kinakalawang na kable nito, ayon sa pamahalaang lungsod.",
     "tl"),
    ("en-US", "Jembatan pelabuhan ditutup selama musim hujan",
     "Jembatan tua di pelabuhan akan ditutup selama empat bulan mulai Senin karena kabelnya "
     "yang berkarat harus diganti, kata pemerintah kota pada hari Selasa.", "id"),
    (None, "Havnebroen lukker i vinter",
     "Den gamle havnebro lukker i fire måneder fra mandag, fordi de rustne kabler skal "
     "udskiftes, oplyste kommunen tirsdag.", "da"),
    # scripts several languages share: the words tell them apart
    (None, "हिवाळ्यात बंदरातील पूल बंद राहणार",
     "बंदरातील जुना पूल सोमवारपासून चार महिन्यांसाठी बंद राहणार आहे, कारण त्याच्या गंजलेल्या "
     "तारा बदलायच्या आहेत, असे महापालिकेने मंगळवारी सांगितले.", "mr"),
    ("en", "Пристанищният мост се затваря за зимата",
     "Старият пристанищен мост ще бъде затворен за четири месеца от понеделник, за да бъдат "
     "сменени ръждясалите въжета, съобщи във вторник общината.", "bg"),
    (None, "Портовий міст закриють на зиму",
     "Старий портовий міст буде закрито на чотири місяці з понеділка, щоб замінити іржаві "
     "троси, повідомила у вівторок міська рада.", "uk"),
    (None, "港口大橋冬季封閉維修",
     "市政府週二宣布，港口的舊橋將從週一起封閉四個月，以更換生鏽的鋼纜。", "zh"),
    # a declared language other than a CMS's default stands, region dropped as before
    ("pt-BR", "Ponte do porto vai fechar durante o inverno",
     "A velha ponte do porto vai ficar fechada por quatro meses a partir de segunda-feira "
     "para a troca dos cabos enferrujados, informou a prefeitura nesta terça-feira.", "pt"),
    ("de", "Harbour bridge to close for winter repairs",
     "The old harbour bridge will close for four months from Monday while engineers replace "
     "its rusted cables, the council said on Tuesday.", "de"),
    # English full of foreign names keeps its "en" (the library gives it ~7%, not < 1%)
    ("en", "Rossi, Souza meet Dubois",
     "Jean-Pierre Dubois, Giovanni Rossi and Ana Beatriz Souza met in São Paulo on Friday; "
     "Müller, Nowak and Yılmaz flew in from Düsseldorf, Gdańsk and İzmir.", "en"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "head", "report", "want"), CASES, ids=[f"{c[3]}-{c[0]}" for c in CASES]
)
def test_the_words_name_the_language(lang: str | None, head: str, report: str, want: str) -> None:
    assert extract_article(_page(lang, head, [report]), URL).language == want


@pytest.mark.parametrize(
    "head",
    ["Nguyễn Thị Lan wins Hà Nội marathon", "VIDEO: Ngā Tamatoa haka at Waitangi",
     "Olé! Sánchez stuns Alcaraz in São Paulo"],
)  # fmt: skip
def test_a_headline_alone_does_not_overrule_a_declared_en(head: str) -> None:
    # a video page: the headline and nothing else, too few letters to overrule (the library
    # gives the first Vietnamese at 0.98)
    assert extract_article(_page("en", head, []), URL).language == "en"


def test_a_close_call_names_none_without_a_code() -> None:
    # a few names and no sentence: no language leads clearly (py3langid says Luxembourgish)
    html = _page(None, "Rossi, Souza meet Dubois", ["Müller, Nowak and Yılmaz in Gdańsk."])
    assert extract_article(html, URL).language is None


_QUOTE_FR = (
    "« Nous avons pris cette décision parce que la sécurité des habitants passe avant tout, "
    "et nous ferons tout pour que les travaux soient terminés avant le printemps », a "
    "déclaré la maire lors d'une conférence de presse."
)
_EN = (
    "The old harbour bridge will close for four months from Monday while engineers replace "
    "its rusted cables, the council said on Tuesday."
)
_FR = (
    "Le vieux pont du port sera fermé pendant quatre mois à partir de lundi afin de "
    "remplacer ses câbles rouillés, a annoncé mardi la mairie."
)
_MENU = "".join(
    f"<li><a href='#'>{w}</a></li>"
    for w in [
        "Home",
        "News",
        "World",
        "Business",
        "Sport",
        "Opinion",
        "Subscribe",
        "Newsletter",
        "Privacy",
    ]
)


@pytest.mark.parametrize("lang", ["en", None])
def test_an_english_report_quoting_a_french_paragraph(lang: str | None) -> None:
    html = _page(lang, "Harbour bridge to close for winter repairs", [_QUOTE_FR, _EN])
    assert extract_article(html, URL).language == "en"


@pytest.mark.parametrize("lang", ["fr", None])
def test_a_french_report_under_english_menus(lang: str | None) -> None:
    signup = "<p>Sign up for our newsletter and get the best of the week in your inbox.</p>"
    html = _page(
        lang, "Le pont du port fermé pour l'hiver", [_FR], f"<nav><ul>{_MENU}</ul></nav>{signup}"
    )
    assert extract_article(html, URL).language == "fr"


# On a page declaring no language the words' language is the one the date lines read their
# month names by: Croatian "listopad" is October, Czech and Polish November.
def test_a_croatian_month_on_a_page_declaring_none() -> None:
    report = (
        "Stari lučki most bit će zatvoren četiri mjeseca od ponedjeljka jer treba zamijeniti "
        "zahrđale čelične užadi, priopćio je u utorak grad."
    )
    html = _page(None, "Lučki most zatvara se preko zime", [report]).replace(
        "<h1>", "<div class='date'>12. listopada 2025. u 14:05</div><h1>"
    )
    art = extract_article(html, "https://news.example.net/a/1")
    assert (art.language, (art.published or "")[:16]) == ("hr", "2025-10-12T14:05")


_ES = (
    "El viejo puente del puerto permanecerá cerrado durante cuatro meses a partir del lunes "
    "para sustituir sus cables oxidados, informó el martes el ayuntamiento."
)


def test_a_theme_left_in_english_keeps_its_date_words() -> None:
    # "en-US" over a Spanish report: the item's language is Spanish, but the theme's own
    # lines are English ("3 hours ago" is read as the markup's language says)
    html = _page("en-US", "El puente del puerto cerrará durante el invierno", [_ES]).replace(
        "<h1>", "<div class='date'>Updated 3 hours ago</div><h1>"
    )
    at = datetime(2026, 2, 3, 14, 30, tzinfo=UTC)
    art = extract_article(html, URL, fetched=at)
    assert (art.language, art.published) == ("es", "2026-02-03T06:30:00-05:00")  # US zone


def test_no_letters_no_ranking_and_one_model_a_process() -> None:
    assert textlang.ranked("") == []
    assert textlang.ranked("12:05 — 2025/06/05") == []
    first = textlang.ranked("Der Hafen bleibt im Winter geschlossen, teilte die Stadt mit.")
    assert first[0][0] == "de"
    assert abs(sum(p for _, p in first) - 1.0) < 1e-6
    assert all(len(code) == 2 for code, _ in first)  # no "yue", "zxx" ...
    textlang.ranked("Il porto resta chiuso per l'inverno.")
    assert len(textlang._MODEL) == 1  # loaded once, kept for the process
