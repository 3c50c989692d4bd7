"""Review of session 19's extraction rules: invented rows where a rule must not misfire.
Every name here is made up."""

from __future__ import annotations

import pytest

from newsarchive.extract.authors import clean_names


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a byline's second sentence crediting the pictures: the photographer is no author
        pytest.param("By Ann Lee. Photos by Max Park", ["Ann Lee"], id="en-photos-by"),
        pytest.param("By Ann Lee; Photos by Max Park", ["Ann Lee"], id="en-photos-by-semicolon"),
        pytest.param("By Ann Lee. Photography by Max Park", ["Ann Lee"], id="en-photography-by"),
        pytest.param("By Ann Lee. Video by Max Park", ["Ann Lee"], id="en-video-by"),
        pytest.param(
            "By Ann Lee. Illustrations by Max Park", ["Ann Lee"], id="en-illustrations-by"
        ),
        pytest.param("Von Anna Muster. Fotos von Max Probe", ["Anna Muster"], id="de-fotos-von"),
        pytest.param("Von Anna Muster; Bilder von Max Probe", ["Anna Muster"], id="de-bilder-von"),
        pytest.param(
            "Par Jeanne Martin. Photos de Paul Durand", ["Jeanne Martin"], id="fr-photos-de"
        ),
        # the second sentence naming a second writer stays
        pytest.param(
            "Von Anna Muster. Mitarbeit: Max Probe", ["Anna Muster", "Max Probe"], id="de-mitarbeit"
        ),
        # a hyphenated surname before the full stop: the place after it goes as after any name
        pytest.param(
            "Von Hans-Peter Müller-Lüdenscheidt. Bern",
            ["Hans-Peter Müller-Lüdenscheidt"],
            id="de-hyphenated-stop",
        ),
        # initials and abbreviations are no sentence's end
        pytest.param("Von Dr. A. B. Meier", ["Dr. A. B. Meier"], id="de-initials"),
        pytest.param("By Mary Ann St. John", ["Mary Ann St. John"], id="en-st"),
    ],
)
def test_second_sentence_credits(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected
