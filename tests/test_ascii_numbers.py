"""Numbers a page or a server writes are ASCII digits or no number: '²' passes `str.isdigit`
and makes `int` raise, so a pager link `?page=²`, an `<img width="²">` or a `Retry-After: ²`
stopped the callback, extraction or download that read it with a traceback."""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.leadimage import pixels
from newsarchive.network.politeness import retry_after_seconds
from newsarchive.numbers import ascii_digits, header_number, shown_number
from newsarchive.spiders.pageurls import is_next_number
from newsarchive.spiders.pagination import generic_next

ODD = ["²", "١٢", "１２", "+2", "1_0", " 2", ""]


@pytest.mark.parametrize("text", ODD)
def test_only_ascii_digits_are_a_number(text: str) -> None:
    assert not ascii_digits(text)


def test_ascii_digits_are_a_number_and_blanks_around_a_header_value_are_allowed() -> None:
    assert ascii_digits("12") and header_number(" 12\t") == 12


@pytest.mark.parametrize("odd", ODD)
def test_a_pager_with_odd_numbers_is_no_next_page(odd: str) -> None:
    here = "https://news.example/politik?page=1"
    assert not is_next_number(here, f"https://news.example/politik?page={odd}")
    assert not is_next_number(f"https://news.example/politik?page={odd}", here)
    page = (
        "<html><body><main><a href='/politik/a-1'>Story</a></main>"
        f"<nav class='pagination'><a href='/politik?page={odd}'>{odd}</a>"
        f"<div data-next-page='{odd}'></div>"
        "<a href='/politik?page=2'>2</a></nav></body></html>"
    )
    assert generic_next(page, here) == ("https://news.example/politik?page=2", "numbered")


def test_a_picture_size_in_odd_digits_states_no_size() -> None:
    assert pixels("²") is None and pixels("640px") == 640
    page = (
        "<html lang='de'><head><title>Ein Titel</title></head><body><article>"
        "<h1>Ein Titel über die Brücke</h1><img src='/a.jpg' width='²' height='١٢'>"
        "<p>Die Brücke über den Fluss wird im Sommer für drei Wochen gesperrt, hieß es.</p>"
        "</article></body></html>"
    )
    assert extract_article(page, "https://news.example/a").image == "https://news.example/a.jpg"


def test_a_retry_after_in_odd_digits_asks_for_nothing() -> None:
    assert retry_after_seconds("²", None, 0.0) is None
    assert retry_after_seconds("120", None, 0.0) == 120.0


@pytest.mark.parametrize("digits", ["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९"])
def test_a_pager_counting_from_zero_in_its_own_script_s_digits(digits: str) -> None:
    """An Arabic, Persian or Hindi pager labels its links in its script's digits: "٢" goes to
    `?page=1` on a pager counting from 0 (Drupal). Read as no number, the counting was taken
    to start at 1 and `?page=2` ("٣") was followed: page 1's articles were never fetched."""
    page = (
        "<html><body><ul class='pager'>"
        f"<li><a href='?page=1'>{digits[2]}</a></li><li><a href='?page=2'>{digits[3]}</a></li>"
        "</ul></body></html>"
    )
    assert generic_next(page, "https://n.example/world") == (
        "https://n.example/world?page=1", "numbered",
    )  # fmt: skip


@pytest.mark.parametrize("odd", ["²", "①", "", "2a"])
def test_a_label_without_decimal_digits_is_no_shown_number(odd: str) -> None:
    assert shown_number(odd) is None and shown_number(" ٣ ") == 3
