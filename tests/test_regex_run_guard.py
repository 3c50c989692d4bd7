"""The guard `(?!(?<=\\s)\\s)` before a pattern's run of spaces (speed-23: authorjoins.SPLIT,
_AND; authorperson._FOLLOW_EDGE; topiclinks._BUTTON_AFTER; bodytaglines._NEXT_LABEL's own
run) only keeps a search from trying again inside a run that its try from the run's start
covers: the pattern with the guard taken out finds the same matches, splits and substitutions, on
runs of every kind of space `\\s` takes (no-break, thin, ideographic, tabs, line and
paragraph separators, \\x1c-\\x1f, \\x85) and marks. Built from the patterns as they are, so
a later edit that breaks the guard's premise (a lookbehind before it, a match ending
inside a run) fails here."""

from __future__ import annotations

import random
import re

import pytest

from newsarchive.extract import authorjoins, authorperson, bodytaglines, langwords, topiclinks

SPACES = [" ", "\u00a0", "\u2009", "\u202f", "\u3000", "\t", "\n", "\r\n", "\x0b", "\x0c"]
SPACES += ["\x1c", "\x1f", "\x85", "\u2028", "\u1680", "\u200b", "\ufeff"]  # (the last two: no \\s)
GUARD = r"(?!(?<=\s)\s)"
MARK_GUARD = r"(?!(?<=[\s|·•,;])[\s|·•,;])"


def _words(*lists: object) -> list[str]:
    out: list[str] = []
    for words in lists:
        out += list(langwords.entries(words))[:25]  # type: ignore[arg-type]
    return out


CASES = {
    "SPLIT": (authorjoins.SPLIT, GUARD, [*_words(langwords.PHOTO_CREDITS), ",", "|", "&", "and"]),
    "_AND": (authorjoins._AND, GUARD, _words(langwords.AND_WORDS)),
    "_FOLLOW_EDGE": (authorperson._FOLLOW_EDGE, GUARD, [*_words(langwords.FOLLOW_WORDS), "!", "."]),
    "_BUTTON_AFTER": (
        topiclinks._BUTTON_AFTER,
        GUARD,
        [w for w in topiclinks._BUTTON_TEXTS if w.isalpha()][:25],
    ),
    "_NEXT_LABEL": (
        bodytaglines._NEXT_LABEL,
        MARK_GUARD,
        [*list(langwords.DATE_LABELS)[:25], "|", "·", "•", ",", ";", ":"],
    ),
}


def _text(rng: random.Random, words: list[str]) -> str:
    out = []
    for _ in range(rng.randint(1, 9)):
        r = rng.random()
        if r < 0.45:
            out.append("".join(rng.choice(SPACES) for _ in range(rng.randint(1, 4))))
        elif r < 0.85:
            word = rng.choice(words)
            out.append(word.upper() if rng.random() < 0.2 else word)
        else:
            out.append(rng.choice(["Jane", "Doe", "É", "1", ".", "\u0627", "中", "-", "—"]))
    return "".join(out)


def _uses(pattern: re.Pattern[str], text: str) -> list[object]:
    return [
        [(m.span(), m.groups()) for m in pattern.finditer(text)],
        pattern.split(text),
        pattern.split(text, maxsplit=1),
        pattern.sub(lambda m: f"<{m.group(0)}>", text),
        (m := pattern.fullmatch(text)) and m.span(),
        (m := pattern.search(text)) and m.span(),
    ]


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_guard_changes_no_match(name: str) -> None:
    pattern, guard, words = CASES[name]
    assert guard in pattern.pattern
    unguarded = re.compile(pattern.pattern.replace(guard, ""), pattern.flags)
    rng = random.Random(name)
    texts = [_text(rng, words) for _ in range(1_500)]
    texts += [f"Jane Doe{s * 3}{w}{s * 2}" for s in SPACES for w in words[:8]]
    differ = [t for t in texts if _uses(pattern, t) != _uses(unguarded, t)]
    assert not differ, differ[:5]


def test_the_guard_is_needed_where_a_lookbehind_comes_first() -> None:
    """What this file would catch: `(?<![\\w.])` before the guard ("Jane   @jd") loses the
    try from inside the run that the lookbehind left as the only one."""
    plain = re.compile(r"(?<![\w.])\s*@\w+")
    guarded = re.compile(r"(?<![\w.])" + GUARD + r"\s*@\w+")
    assert [m.span() for m in plain.finditer("Jane   @jd")] == [(5, 10)]
    assert [m.span() for m in guarded.finditer("Jane   @jd")] == [(7, 10)]  # spaces kept
