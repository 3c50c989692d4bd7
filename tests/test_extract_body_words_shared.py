"""Whether the markup's text is JSON-LD articleBody's, told by the words they share, when the
markup's text is read a piece at a time (`bodystate._other_text` stops once 30% are shared): the
answer must be the one the whole texts give, wherever in the markup the shared words stand."""

from __future__ import annotations

import pytest

from newsarchive.extract.bodystate import WORDS_PIECE, _other_text
from newsarchive.extract.text import chunks

STORY = (
    "The harbour bridge reopened on Monday after three months of repairs to its deck, "
    "and the first buses crossed it before dawn while divers checked the old piers. "
)
NOTICE = "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren. "
TEASERS = "Weitere Nachrichten aus der Region lesen Sie hier jeden Morgen neu. "
FAR = NOTICE * (3 * WORDS_PIECE // len(NOTICE))  # other words over three pieces and more

CASES = [
    pytest.param(STORY * 40, STORY * 40, False, id="the-markup-is-the-story"),
    pytest.param(NOTICE * 60, STORY * 40, True, id="a-consent-notice-taken-for-the-story"),
    pytest.param(FAR + STORY, STORY * 40, False, id="the-story-after-three-pieces-of-notice"),
    pytest.param(FAR + TEASERS, STORY * 40, True, id="pieces-of-other-words-only"),
    pytest.param("", STORY * 40, True, id="no-markup-text"),
    pytest.param(NOTICE * 60, STORY, False, id="articlebody-too-short-to-tell"),
    pytest.param("Bridge " * 900 + "harbour", STORY * 8, True, id="one-word-per-piece-is-few"),
    pytest.param("Bridge" * 900, "Bridge " * 100, True, id="a-word-run-without-spaces"),
]


@pytest.mark.parametrize(("text", "declared", "other"), CASES)
def test_markup_text_is_articlebody_or_another(text: str, declared: str, other: bool) -> None:
    assert _other_text(text, declared) is other


@pytest.mark.parametrize("size", [1, 7, WORDS_PIECE])
def test_pieces_halve_no_word_and_join_to_the_text(size: int) -> None:
    text = FAR + STORY + "Bridge" * 900 + " end"
    pieces = list(chunks(text, size))
    assert "".join(pieces) == text
    assert all(p[:1].isspace() for p in pieces[1:])  # each cut where a space follows
