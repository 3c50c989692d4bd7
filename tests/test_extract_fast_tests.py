"""Quick tests extraction runs before a slower one give the slower one's answer.

`datelinetexts.has_year` skips HAS_YEAR's search on texts without a digit; statetext reads a
state's strings in their container's loop; furniture splits class names without a digit
in one pass. Invented texts and states check each against the plain reading it stands for.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

import pytest

from newsarchive.extract import datelinetexts, furniture, statetext
from newsarchive.extract.text import width

TEXTS = [
    "Published 3 December 2026, 14:05",
    "Aktualisiert am 03.12.26",
    "29/01/26",
    "14:05 3/2/26",
    "26. 2. 3. 오후 2:05",
    "令和元年12月3日",  # an era's first year: no digit before 年
    "平成 元 年",
    "令和8年12月3日",
    "民國115年12月3日",
    "٢٠٢٦/١٢/٠٣",  # Arabic-Indic digits
    "۱۴۰۵",
    "3 มี.ค. 69 14:05 น.",
    "๒๕๖๙",
    "２０２６年１２月３日",  # full-width
    "Storm hits coast as thousands lose power",
    "Vor 3 Stunden",
    "",
    "元",
    "2026",
    "12026",
]


@pytest.mark.parametrize("text", TEXTS)
def test_has_year_is_has_year_search(text: str) -> None:
    assert datelinetexts.has_year(text) == bool(datelinetexts.HAS_YEAR.search(text))


def test_has_year_finds_years_without_ascii_digits() -> None:
    assert datelinetexts.has_year("令和元年12月3日")
    assert datelinetexts.has_year("٢٠٢٦/١٢/٠٣")
    assert not datelinetexts.has_year("Storm hits coast")


def _plain_strings(value: Any, path: str, found: dict[str, list[str]], depth: int) -> None:
    """The reading statetext._collect stands for: one call per value."""
    if depth > statetext.MAX_DEPTH:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            _plain_strings(item, f"{path}.{key}", found, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _plain_strings(item, path + "[]", found, depth + 1)
    elif isinstance(value, str) and value.strip() and not value.startswith(statetext._ADDRESS):
        found[path].append(value)


def _nested(depth: int) -> Any:
    value: Any = {"text": "deepest " * 8, "n": 1}
    for i in range(depth):
        value = {"k": value, "s": f"level {i} words " * 4} if i % 2 else [value, "x y", 3]
    return value


STATES = [
    {"props": {"pageProps": {"article": {"body": [{"text": "Erster Absatz " * 6}, {"n": 2}]}}}},
    {"a": [["one two three " * 5, None, True, 1.5], {"b": "/path", "c": "https://x.test"}]},
    {"title": "Kurz", "items": [{"t": "Zweiter Text " * 5}, {"t": "  "}, {"t": "Dritter " * 9}]},
    "a state that is a string with words",
    [],
    _nested(statetext.MAX_DEPTH - 2),
    _nested(statetext.MAX_DEPTH + 3),
    {"zh": "这是一个没有空格的中文段落，用来测试宽字符的宽度计算是否正确无误。" * 2},
]


@pytest.mark.parametrize("state", STATES)
def test_state_strings_as_one_call_per_value(state: Any) -> None:
    state = json.loads(json.dumps(state))
    plain: dict[str, list[str]] = defaultdict(list)
    _plain_strings(state, "", plain, 0)
    found = statetext._strings(state)
    assert list(found.items()) == list(plain.items())  # the same paths, in the same order


@pytest.mark.parametrize("state", STATES)
def test_best_path_weighs_running_text(state: Any) -> None:
    found = statetext._strings(json.loads(json.dumps(state)))
    weights = {
        path: sum(
            width(t)
            for t in texts
            if width(t) >= statetext.MIN_STRING and (" " in t.strip() or width(t) > len(t))
        )
        for path, texts in found.items()
    }
    best = max(weights, key=weights.__getitem__) if weights and max(weights.values()) else None
    assert statetext._best_path(found) == best


@pytest.mark.parametrize(
    "attrs",
    [
        "article-body",
        "newsletter-signup",
        "InfoBox",
        "articleSideBar",
        "sc-3a2d8222 teaser2",
        "ad300x250 main",
        "hide-read-more-ad",
        "ABC_def GHIjkl",
        "story  content__body",
        "prómo-box",
        "e1ad2c3",
    ],
)
def test_class_words_read_whole_as_by_part(attrs: str) -> None:
    parts = re.split(r"[\s_-]+", attrs)
    words = [w.lower() for p in parts for w in furniture._WORDS.findall(furniture._lettered(p))]
    expected = not furniture.BOILERPLATE_WORDS.isdisjoint(words) or any(
        w in furniture.BOILERPLATE_WORDS for w in furniture._camel_compounds(attrs)
    )
    assert furniture._furniture_words.__wrapped__(attrs) == expected
