"""Topic links count where the story names one of them; in languages that inflect, a tag of
several words is named in another case ("Donald Tusk" as "Donalda Tuska"). Invented pages."""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article


def _page(lang: str, sentence: str, heading: str, tags: list[str]) -> str:
    paragraph = "<p>" + sentence * 3 + "</p>"
    links = " ".join(f'<a href="/x/{i}">{t}</a>' for i, t in enumerate(tags))
    return (
        f'<html lang="{lang}"><head><title>T</title></head><body><article><h1>Titulek dnes</h1>'
        f"{paragraph}{paragraph}<div><span>{heading}:</span> {links}</div></article></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "sentence", "heading", "tags", "expected"),
    [
        pytest.param("pl", "Premier spotkał się z Donaldem Tuskiem i przedstawicielami Unii Europejskiej. ", "Tagi", ["Donald Tusk", "Unia Europejska"], ["Donald Tusk", "Unia Europejska"], id="pl"),
        pytest.param("cs", "Premiér Andreje Babiše se setkal se zástupci Evropské unie v Bruselu. ", "Témata", ["Andrej Babiš", "Evropská unie"], ["Andrej Babiš", "Evropská unie"], id="cs"),
        pytest.param("ru", "Встреча Владимира Путина с представителями Европейского союза прошла в среду. ", "Темы", ["Владимир Путин", "Европейский союз"], ["Владимир Путин", "Европейский союз"], id="ru"),
        pytest.param("de", "Die Chefin der Deutschen Bahn traf am Mittwoch Vertreter der Europäischen Union. ", "Themen", ["Deutsche Bahn", "Europäische Union"], ["Deutsche Bahn", "Europäische Union"], id="de"),
        pytest.param("lt", "Prezidento Gitano Nausėdos susitikimas su Europos Sąjungos atstovais vyko trečiadienį. ", "Žymės", ["Gitanas Nausėda"], ["Gitanas Nausėda"], id="lt"),
        # guards: a list the story does not name; the words apart or out of order
        pytest.param("pl", "Rząd w środę przyjął nowy budżet na przyszły rok, który zakłada niższy deficyt. ", "Tagi", ["Donald Tusk", "Unia Europejska"], [], id="not-named"),
        pytest.param("pl", "Donald był w środę w Krakowie, a Tusk w Gdańsku, gdzie mówił o budżecie miasta. ", "Tagi", ["Donald Tusk"], [], id="words-apart"),
    ],
)  # fmt: skip
def test_a_tag_named_in_another_case(
    lang: str, sentence: str, heading: str, tags: list[str], expected: list[str]
) -> None:
    html = _page(lang, sentence, heading, tags)
    assert extract_article(html, "https://www.priklad.cz/a/1").topics == expected
