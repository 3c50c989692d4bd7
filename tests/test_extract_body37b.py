"""Body text of invented pages (session 37, b): the site's call at the story's end.

A short line calling the reader to more of the site ("You might also be interested in:",
"Diese Themen könnten Sie auch interessieren:", "Download our free news app now:", "Got a
news tip for our team?") goes when it stands last in the body: the links under it were
dropped, or a tag line the walk drops follows, or nothing does. In English, German, French,
Spanish, Dutch, Portuguese and Italian.

Counter-cases that stay: a writer's sentence naming interest or downloads (in the middle or
last), a colon sentence over a list the story keeps, an interview's question and answer, a
closing question without the site's words, a long question.

Invented sites, stories and titles.
"""

# ruff: noqa: E501  -- one row a line reads best

from __future__ import annotations

import pytest

from benchmarks.body_invented import STORIES
from tests.test_extract_body32 import _lines
from tests.test_extract_body37 import _lines_end

CALLS = [
    ("en", "You might also be interested in:"),
    ("en", "Download our free news app now:"),
    ("en", "Got a news tip for our team?"),
    ("de", "Diese Themen könnten Sie auch interessieren:"),
    ("de", "Das könnte Sie auch interessieren:"),
    ("fr", "Ces articles pourraient vous intéresser :"),
    ("es", "También te puede interesar:"),
    ("nl", "Dit vind je misschien ook interessant:"),
    ("nl", "Download onze gratis nieuwsapp:"),
    ("pt", "Você também pode se interessar por:"),
    ("it", "Potrebbe interessarti anche:"),
]
# what may follow the call: nothing, its links (dropped), a tag line (dropped)
TAILS = [
    "",
    '<ul><li><a href="/a/7731">Stadtrat vertagt Haushalt</a></li><li><a href="/a/7732">Neues Freibad öffnet</a></li></ul>',
    "<p>Keywords: council, library</p>",
]


@pytest.mark.parametrize("tail", TAILS)
@pytest.mark.parametrize(("lang", "call"), CALLS)
def test_a_call_to_more_of_the_site_at_the_end_goes(lang: str, call: str, tail: str) -> None:
    assert _lines_end(lang, f"<p>{call}</p>{tail}") == STORIES[lang][1]


KEPT_END = [
    # the writer's sentences naming interest or downloads
    ("en", ["Residents may also be interested in the new timetable, the council said."]),
    ("de", ["Wer sich für das Programm interessiert, kann sich bis Freitag melden."]),
    ("en", ["The app was downloaded 4,000 times in its first week."]),
    # a colon sentence over a list the story keeps
    ("en", ["Those interested in taking part should bring:", "A bicycle", "A helmet", "Water"]),
    ("fr", ["Les personnes intéressées doivent apporter :", "Un vélo", "Un casque"]),
    # an interview's question and answer
    ("en", ["Would you download the app again?", "Yes, every morning on the tram."]),
    ("es", ["¿Le interesa volver a presentarse?", "Sí, pero no este año."]),
    # a closing question without the site's words; a long question with them
    ("en", ["What happens to the library now?"]),
    (
        "en",
        [
            "Will the families who might also be interested in the cheaper tickets ever hear of them before the scheme ends next spring?"
        ],
    ),
]


@pytest.mark.parametrize(("lang", "lines"), KEPT_END)
def test_the_writers_lines_at_the_end_stay(lang: str, lines: list[str]) -> None:
    got = _lines_end(lang, "".join(f"<p>{p}</p>" for p in lines))
    assert got == STORIES[lang][1] + lines


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Residents may also be interested in the new timetable, the council said."),
        ("en", "Got a news tip for our team?"),  # in the middle: no end, left as it stands
        ("pt", "Os moradores interessados podem baixar o formulário no site da prefeitura."),
    ],
)
def test_a_call_like_line_in_the_middle_stays(lang: str, line: str) -> None:
    assert line in _lines(lang, f"<p>{line}</p>")
