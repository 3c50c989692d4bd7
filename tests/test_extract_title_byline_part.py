"""A title's last part naming its writer ("Title | by Anna Muster") goes, as a site's name does.

Every page is invented. Rows marked "cut" fail without the rule; rows marked "keeps" fail
under a looser one that cuts any part after a word for "by".
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://news.example/stadt/a-123.html"


def _page(head: str) -> str:
    return f"<html><head>{head}</head><body><article><p>Ein Absatz.</p></article></body></html>"


def _og(title: str) -> str:
    return f'<meta property="og:title" content="{title}">'


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # cut: the writer's part after the title, with no name for the site's part before it
        pytest.param(_og("Harbour bridge reopens after storm | by Anna Muster"),
                     "Harbour bridge reopens after storm", id="en-writer-only"),
        pytest.param(_og("Harbour bridge reopens after storm * by Jon de Vries"),
                     "Harbour bridge reopens after storm", id="en-star-mark"),
        pytest.param(_og("Stadtrat stimmt dem Hafenplan zu | von Anna Muster"),
                     "Stadtrat stimmt dem Hafenplan zu", id="de-writer-only"),
        pytest.param(_og("Le conseil adopte le plan du port - par Jean Dupont"),
                     "Le conseil adopte le plan du port", id="fr-writer-only"),
        pytest.param(_og("Majlis bandaraya luluskan pelan pelabuhan | oleh Siti Aminah"),
                     "Majlis bandaraya luluskan pelan pelabuhan", id="ms-writer-only"),
        # keeps: a headline's own tail after "by" in lower case, or too long for a name
        pytest.param(_og("Harbour trade - by the numbers"), "Harbour trade - by the numbers", id="en-by-the-numbers"),
        pytest.param(_og("Ein letzter Gruß an den Hafen - von Bürgermeisterin"),
                     "Ein letzter Gruß an den Hafen - von Bürgermeisterin", id="de-von-one-word"),
        pytest.param(_og("Новый план порта - от Министерства"), "Новый план порта - от Министерства", id="ru-ot-one-word"),
        pytest.param(_og("Port strike ends - by Friday All Ships Will Sail Again From The Quay"),
                     "Port strike ends - by Friday All Ships Will Sail Again From The Quay", id="en-long-tail"),
    ],
)  # fmt: skip
def test_writer_part_cut(head: str, expected: str) -> None:
    assert extract_article(_page(head), URL).title == expected
