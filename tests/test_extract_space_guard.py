"""A pattern opening with the guard `(?!(?<=\\s)\\s)` (no try from inside a run of spaces: a
search from each space of a long run read the run to its end each time) finds what it found
without the guard: a match from inside a run is one from the run's start, which the search
tried first, and none of them ends inside a run. Held for every such pattern of the
extraction modules, over strings of spaces and each pattern's own characters, with every
call the modules make of them (search, match, fullmatch, sub, split, findall).
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re

import pytest

import newsarchive.extract

GUARD = r"(?!(?<=\s)\s)"


def _guarded() -> dict[str, re.Pattern[str]]:
    found = {}
    for info in pkgutil.iter_modules(newsarchive.extract.__path__, "newsarchive.extract."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            # (a bytes pattern, read over a page's UTF-8 bytes, holds no such guard)
            if isinstance(value, re.Pattern) and str(value.pattern).startswith(GUARD):
                found.setdefault(f"{info.name}.{name}", value)
    return found


GUARDED = _guarded()
WORDS = ["with ", "mit ", "für ", "for ", "of ", "the ", "site", "und", "and", "y", "e", "http://x"]
WORDS += ["https://a.b", "mailto:", "tel:", "javascript:", "px", "12", "...", "\u2026", "a", "Ab"]


def _texts(rx: re.Pattern[str], n: int) -> list[str]:
    own = sorted({c for c in rx.pattern if not c.isalnum() and c not in "\\^$*+?{}"})
    pieces = [" ", "  ", "\t", "\n", "\u00a0", *own, *WORDS]
    rng = random.Random(rx.pattern)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(n)]


def test_the_guarded_patterns_are_found() -> None:
    assert len(GUARDED) >= 20
    assert "newsarchive.extract.authornames._CREDIT_THEN" in GUARDED


@pytest.mark.parametrize("where", sorted(GUARDED))
def test_a_guarded_pattern_finds_what_it_found_unguarded(where: str) -> None:
    rx = GUARDED[where]
    plain = re.compile(rx.pattern.removeprefix(GUARD), rx.flags)
    for text in _texts(rx, 3000):
        assert rx.sub("#", text) == plain.sub("#", text), text
        assert rx.split(text) == plain.split(text), text
        assert rx.findall(text) == plain.findall(text), text
        for call in ("search", "match", "fullmatch"):
            a, b = getattr(rx, call)(text), getattr(plain, call)(text)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text
