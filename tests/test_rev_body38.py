"""Body text of invented pages: a review of session 38's body rules on shapes they were not
written from.

1. Short lines under the story's last sentence stay as a list only when they are a list's
   items (<li>), opening on a capital: the same lines set as paragraphs are as often other
   stories' titles printed without their links, a comment box's lines or credits, and a
   lower-case line is a tag line.
2. A call quoted from an official ("Téléchargez notre application, a lancé la ministre",
   "Har du ett tips? Ring oss, uppmanade polisen", a Polish tip call followed by a dash and
   "apelowała straż miejska", "Have a tip? Call us, the sheriff told residents ...") is the
   story's.
3. A first-ran note whose "and" runs on to "appears here/under" stays a note ("... and the
   piece appears here with permission"); "the mayor appeared in court" is the story's.
4. A paywall pitch quoted or reported by a story about paywalls stays ("“You have reached
   your free article limit” is ...", "..., the message told readers ...").

Rows under "holds" passed before: they hold the rules to their shapes. Invented sites,
stories and names.
"""

# ruff: noqa: E501  -- one row a line reads best

from __future__ import annotations

import pytest

from tests.test_extract_body32 import _lines
from tests.test_extract_body37 import _lines_end

SHARE = '<div class="share-bar"><a href="#">Share</a></div>'
NEWSLETTER = '<div class="newsletter"><p>Sign up now</p></div>'

# (language, tail html, words that must be gone) -- each failed before the narrowing
TAIL_GOES = [
    (
        "en",
        "<p>Council approves new cycle lane on the high street</p><p>Firefighters rescue cat from a burning house</p><p>New outdoor pool to open in June</p>"
        + SHARE,
        ["cycle lane", "rescue cat", "outdoor pool"],
    ),
    (
        "de",
        "<p>Stadtrat beschließt neuen Radweg an der Hauptstraße</p><p>Feuerwehr rettet Katze aus brennendem Haus</p>"
        + SHARE,
        ["Radweg", "Katze"],
    ),
    (
        "sv",
        "<p>Kommunen bygger ny cykelbana i centrum</p><p>Brandkåren räddade katt ur brinnande hus</p>"
        + SHARE,
        ["cykelbana", "katt"],
    ),
    (
        "sv",
        "<p>klimat, energi, politik</p><p>stockholm, kommunen</p>" + SHARE,
        ["klimat", "stockholm"],
    ),
    (
        "en",
        "<ul><li>climate, energy, local politics</li><li>city council, libraries</li></ul>" + SHARE,
        ["climate", "libraries"],
    ),
    ("de", "<p>Fotos von Jana Beispiel</p><p>Mitarbeit von Tom Muster</p>" + SHARE, ["Mitarbeit"]),
    (
        "en",
        "<p>Comments are closed for this story</p><p>Join the conversation on our forum</p>"
        + NEWSLETTER,
        ["Comments are closed", "Join the"],
    ),
]

# (language, middle html, words that must stay) -- each failed before the narrowing
MIDDLE_STAYS = [
    ("en", "<p>Download our app, the minister urged residents on Tuesday.</p>", ["minister urged"]),
    (
        "fr",
        "<p>Téléchargez notre application, a lancé la ministre aux habitants mardi.</p>",
        ["ministre"],
    ),
    (
        "it",
        "<p>Scarica la nostra app, ha chiesto il sindaco ai cittadini durante la conferenza.</p>",
        ["sindaco"],
    ),
    (
        "sv",
        "<p>Har du ett tips? Ring oss, uppmanade polisen allmänheten på torsdagen.</p>",
        ["polisen"],
    ),
    (
        "pl",
        "<p>Masz temat? Napisz do nas – apelowała w poniedziałek straż miejska do mieszkańców.</p>",
        ["straż"],
    ),
    (
        "en",
        "<p>Have a tip? Call us, the sheriff told residents after the break-in on Main Street.</p>",
        ["sheriff told"],
    ),
    (
        "en",
        "<p>Have a tip? Call us, police told residents after the break-in on Main Street.</p>",
        ["police told"],
    ),
    (
        "tr",
        "<p>Belediye başkanı, mobil uygulamamızı hemen indirin diyerek vatandaşlara çağrıda bulundu.</p>",
        ["çağrıda"],
    ),
    (
        "en",
        "<p>You have reached your free article limit, the message told readers who had opened more than five stories in a month.</p>",
        ["the message told"],
    ),
    (
        "en",
        "<p>“You have reached your free article limit” is the line most readers now see on the Gazette's site.</p>",
        ["most readers"],
    ),
    ("en", "<p>“You have reached your free article limit.”</p>", ["free article limit"]),
    (
        "sv",
        "<p>Logga in för att läsa vidare, står det nu under artiklarna på tidningens webbplats.</p>",
        ["står det"],
    ),
]

# (language, tail html, words that must stay or go, stay?) -- failed before the narrowing
NOTES = [
    (
        "en",
        "<p>This story first appeared in The Riverside Courier and the piece appears here with permission.</p>",
        ["first appeared"],
        False,
    ),
    (
        "en",
        "<p>This article was originally published by The Riverside Courier and their partners and appears under a Creative Commons license.</p>",
        ["originally published"],
        False,
    ),
]

# rows that passed before: the rules hold on them
HOLDS_END = [
    # a list's items under the sentence stay, with markup inside an item
    (
        "en",
        "<p>The mayor listed the winners.</p><ul><li>Best new <b>bakery</b> on the square</li><li>Best small shop in the old town</li></ul>"
        + SHARE,
        ["Best new bakery on the square", "Best small shop in the old town"],
        True,
    ),
    # a clause of the story's after "and", whatever verb it has
    (
        "en",
        "<p>This story was first published in 2021 and the mayor appeared in court on Monday with permission of the judge.</p>",
        ["appeared in court"],
        True,
    ),
    (
        "en",
        "<p>This article was first published by the Riverside Courier and is republished with permission.</p>",
        ["first published"],
        False,
    ),
    # the site's pitch still goes
    (
        "en",
        "<p>You have reached your free article limit.</p><p>Subscribe for full access.</p>",
        ["free article limit", "full access"],
        False,
    ),
    (
        "en",
        "<p>You have reached your free article limit, subscribe now for unlimited access.</p>",
        ["free article limit"],
        False,
    ),
    ("sv", "<p>Logga in för att läsa vidare.</p>", ["Logga in"], False),
    (
        "de",
        "<p>Jetzt abonnieren und weiterlesen</p><p>Nur 1 Euro im ersten Monat.</p>",
        ["abonnieren"],
        False,
    ),
]
HOLDS_MIDDLE = [
    (
        "es",
        "<p>Descarga nuestra app, pidió el alcalde a los vecinos durante la presentación.</p>",
        ["alcalde"],
        True,
    ),
    (
        "sv",
        "<p>Ladda ner vår app, sa kommunens it-chef när tjänsten lanserades i går.</p>",
        ["it-chef"],
        True,
    ),
    ("ja", "<p>市は住民にアプリをダウンロードしてくださいと呼びかけた。</p>", ["呼びかけた"], True),
    ("fr", "<p>Téléchargez notre application gratuite.</p>", ["Téléchargez"], False),
    ("sv", "<p>Har du ett tips? Mejla oss på tips@stadsbladet.se</p>", ["Har du"], False),
    ("pl", "<p>Masz temat? Napisz do nas – redakcja@gazeta.pl</p>", ["Masz temat"], False),
    (
        "tr",
        "<p>Son dakika haberleri için mobil uygulamamızı hemen indirin.</p>",
        ["uygulamamızı"],
        False,
    ),
]


@pytest.mark.parametrize(("lang", "tail", "words"), TAIL_GOES)
def test_short_lines_that_are_no_list_still_go(lang: str, tail: str, words: list[str]) -> None:
    text = "\n".join(_lines_end(lang, tail))
    assert [w for w in words if w in text] == []


@pytest.mark.parametrize(("lang", "middle", "words"), MIDDLE_STAYS)
def test_a_call_or_pitch_the_story_reports_stays(lang: str, middle: str, words: list[str]) -> None:
    got = _lines(lang, middle)
    assert [w for w in words if w not in "\n".join(got)] == []
    assert len(got) == 5  # the story's four paragraphs and the reported line


def _check(got: list[str], words: list[str], stay: bool) -> None:
    text = "\n".join(got)
    assert [w for w in words if (w in text) != stay] == []


@pytest.mark.parametrize(("lang", "tail", "words", "stay"), NOTES + HOLDS_END)
def test_end_lines(lang: str, tail: str, words: list[str], stay: bool) -> None:
    _check(_lines_end(lang, tail), words, stay)


@pytest.mark.parametrize(("lang", "middle", "words", "stay"), HOLDS_MIDDLE)
def test_middle_lines(lang: str, middle: str, words: list[str], stay: bool) -> None:
    _check(_lines(lang, middle), words, stay)
