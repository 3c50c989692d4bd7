"""The extraction caches (`parse_date`, `has_year`, `site.compact`, `clean` of short texts) live
for the worker's whole life, not a page's: a result may depend only on what the key holds.
Two pages in one process with the same date line in languages that read it differently
(Croatian "listopad" is October, Polish November) each get their own month; and the site
badge's gate passes every body the badge's own pattern finds a line in."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsarchive.extract import extract_article
from newsarchive.extract.core import _SITE_BADGE, _badge_ending

SENTENCE = "Ovo je rečenica broj {n} u članku o gradu i njegovim ljudima."


def _page(lang: str) -> bytes:
    body = "".join(f"<p>{SENTENCE.format(n=n)}</p>" for n in range(6))
    return (
        f'<html lang="{lang}"><head><title>Naslov</title></head><body><article>'
        f'<h1>Naslov članka</h1><p class="date">15. listopada 2026. 10:30</p>{body}'
        "</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "langs", [("hr", "pl", "hr"), ("pl", "hr", "pl")], ids=lambda langs: "-".join(langs)
)
def test_same_date_line_read_per_page_language(langs: tuple[str, ...]) -> None:
    month = {"hr": "2026-10-15", "pl": "2026-11-15"}
    for lang in langs:
        article = extract_article(_page(lang), f"https://example.{lang}/a/1")
        assert (article.published or "")[:10] == month[lang], lang


@settings(max_examples=300, derandomize=True, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["plus", "PLUS", "Premium", "+", "Pluſ", "-", " ", "\n", "\r", "x"]),
            st.text(alphabet="ab +-\n\r\t\u00a0Pp", max_size=6),
        ),
        max_size=8,
    ).map("".join)
)
def test_badge_gate_passes_every_badge_line(text: str) -> None:
    if _SITE_BADGE.search(text):
        assert _badge_ending(text), re.escape(text)
