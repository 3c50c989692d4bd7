"""An agency's tag or picture credit set as a line of its own, without brackets, in the
languages of unseen sites ("ČTK/jb", a Russian agency alone, "Nuotr. BNS/Jonas Jonaitis"). Invented pages."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

STORY = {
    "cs": [
        "Zastupitelstvo v úterý večer rozhodlo, že starý přístav bude znovu rozšířen pro trajektovou dopravu.",
        "Rozhodnutí padlo po dlouhé debatě, v níž opozice varovala před zdvojnásobením nákladů na stavbu.",
        "Podle plánu by první trajekty mohly u nového nábřeží přistávat již v létě roku 2028.",
        "Zahájení stavby je plánováno na jaro, práce mají trvat téměř dva roky v několika etapách.",
    ],
    "ru": [
        "Городской совет во вторник вечером решил снова расширить старый порт для паромного сообщения.",
        "Решение было принято после долгих дебатов, в ходе которых оппозиция предупреждала об удвоении расходов.",
        "Согласно плану, первые паромы смогут причалить к новой набережной уже летом 2028 года.",
        "Начало строительства запланировано на весну, работы продлятся почти два года в несколько этапов.",
    ],
    "lt": [
        "Miesto taryba antradienio vakarą nusprendė vėl išplėsti senąjį uostą keltų eismui.",
        "Sprendimas priimtas po ilgų diskusijų, kuriose opozicija perspėjo apie padvigubėjusias statybų išlaidas.",
        "Pagal planą pirmieji keltai prie naujosios krantinės galės švartuotis jau 2028 metų vasarą.",
        "Statybas planuojama pradėti pavasarį, o darbai truks beveik dvejus metus keliais etapais.",
    ],
    "de": [
        "Der Gemeinderat hat am Dienstagabend beschlossen, den alten Hafen für den Fährverkehr wieder auszubauen.",
        "Die Entscheidung fiel nach einer langen Debatte, in der die Opposition vor den verdoppelten Kosten warnte.",
        "Nach dem Plan sollen die ersten Fähren bereits im Sommer 2028 an der neuen Kaimauer anlegen können.",
        "Der Baubeginn ist für das Frühjahr geplant, die Arbeiten sollen in mehreren Etappen fast zwei Jahre dauern.",
    ],
}


def _body(lang: str, line: str, at: int) -> list[str]:
    ps = [f"<p>{s}</p>" for s in STORY[lang]]
    ps.insert(at, f"<p>{line}</p>")
    html = (
        f"<html lang='{lang}'><head><title>X</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<div class='w1'><h1>Přístav</h1>{''.join(ps)}</div><footer><p>Kontakt</p></footer></body></html>"
    )
    return (extract_article(html, "https://x.example/a/1").body or "").split("\n\n")


@pytest.mark.parametrize("at", [0, 4])
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("cs", "ČTK/jb"),
        ("ru", "ТАСС"),
        ("lt", "BNS"),
        ("lt", "Nuotr. BNS/Jonas Jonaitis"),
        ("de", "dpa"),
        # agencies authors.py knew and body.py did not, before the one list in langwords.py
        ("de", "dpa-AFX"),
        ("de", "Bloomberg"),
        ("de", "ATS/red"),
        ("de", "STT"),
        ("de", "Ukrinform"),
        ("ru", "Interfax"),
        # the generic word for "agencies" in any language authors.py reads it in
        # (langwords.GENERIC_AGENCIES), not only the German and English ones
        ("de", "Reuters, agences"),
        ("de", "EFE, agencias"),
        ("de", "Redazione/Agenzie"),
    ],
)
def test_an_agency_tag_or_credit_at_either_end_is_not_the_body(
    lang: str, line: str, at: int
) -> None:
    assert _body(lang, line, at) == STORY[lang]


@pytest.mark.parametrize("line", ["Agenturen", "AP", "Agencias", "Agenzie"])
def test_an_agency_name_that_is_a_word_stays(line: str) -> None:
    assert _body("de", line, 4) == [*STORY["de"], line]
