"""The lenient JavaScript-literal pass reads right values or none, never wrong ones.

A block the strict passes could not read is read as a JavaScript object, or as one cut
off. A string holding its own quote unescaped ('It's here', "Er sagte "nein, author:
Max" heute") ended at that quote: the headline swallowed the members after it, or a word
inside it was quoted as a key. Every value read from a cut block must be one the whole
block has: a value cut mid-way is no value of the publisher's. Invented blocks.
"""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from newsarchive.extract.jsonld import _loads

DATE = "2026-05-12T09:00:00+02:00"


def _leaves(value: Any, key: str = "", out: set[tuple[str, str]] | None = None) -> set:
    """(key, value) of every string, number, boolean or null in `value`."""
    out = set() if out is None else out
    if isinstance(value, dict):
        for k, v in value.items():
            _leaves(v, k, out)
    elif isinstance(value, list):
        for v in value:
            _leaves(v, key, out)
    else:
        out.add((key, json.dumps(value)))
    return out


# (block, headline read): the quote inside the string is the publisher's slip
ROWS = [
    (
        "{'@type':'NewsArticle','headline':'Rock 'n' roll','datePublished':'" + DATE + "'}",
        "Rock 'n' roll",
    ),
    (
        "{'@type':'NewsArticle',headline:'L'école rouvre',datePublished:'" + DATE + "'}",
        "L'école rouvre",
    ),
    (
        "{'@type':'NewsArticle','headline':'Peter's, author: X','datePublished':'" + DATE + "'}",
        "Peter's, author: X",
    ),
    # the same, cut off after the date
    (
        "{'@type':'NewsArticle','headline':'Rock 'n' roll','datePublished':'" + DATE + "','x':'c",
        "Rock 'n' roll",
    ),
    (
        '{"@type":"NewsArticle","headline":"Er sagte "nein, author: Max" heute",'
        f'"datePublished":"{DATE}","articleBody":"cut',
        'Er sagte "nein, author: Max" heute',
    ),
]


@pytest.mark.parametrize(("block", "headline"), ROWS)
def test_a_quote_inside_a_string_keeps_the_string_whole(block, headline):
    data = _loads(block)
    assert data == {"@type": "NewsArticle", "headline": headline, "datePublished": DATE}


def test_a_cut_after_a_string_whose_end_is_a_guess_reads_no_half_of_it():
    # '"nein",' may end the headline or be inside it: a cut after it keeps no headline
    block = (
        '{"@type":"NewsArticle","headline":"Er sagte "nein", heute",'
        f'"datePublished":"{DATE}","author":{{"name":"Anna Berg"}}}}'
    )
    for end in range(len(block)):
        data = _loads(block[:end])
        assert not (isinstance(data, dict) and "headline" in data), block[:end]


# Headlines with what breaks a naive reading: an apostrophe, a quote left unescaped,
# a comma then "word:" inside, "//", a tag, a raw newline. None has a quote before a
# comma, colon or bracket (there, where the string ends is a guess: the test above).
HEADLINES = [
    "It's here: the new ferry",
    "Rock 'n' roll, say: yes",
    'Er sagte "nein, author: Max" heute',
    "Ce n'est pas fini // l'usine",
    "Hafen</p> wird, ausgebaut",
    "Zeile eins,\n\tZeile zwei",
    "Rada miasta: budżet przyjęty",
]
WRITERS = ["Jo O'Neill", "Katrin Wendel", "Amélie Garnier"]


def _block(rng: random.Random) -> tuple[str, dict[str, Any]]:
    """A NewsArticle block written as JSON with slips or as a JavaScript literal, and
    the object it states."""
    quote = rng.choice(["'", '"'])
    bare = rng.random() < 0.5

    def key(name: str) -> str:
        return name if bare and name.isalpha() else quote + name + quote

    def text(value: str) -> str:
        return quote + value + quote  # the quote inside left unescaped: the slip

    obj = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": rng.choice(HEADLINES),
        "datePublished": DATE,
        "wordCount": rng.randrange(100, 2000),
        "isAccessibleForFree": rng.random() < 0.5,
        "author": [{"@type": "Person", "name": w} for w in rng.sample(WRITERS, 2)],
        "publisher": {"@type": "Organization", "name": "Lokalblatt"},
        "description": rng.choice(HEADLINES),
    }

    def write(value: Any) -> str:
        if isinstance(value, dict):
            return "{" + ", ".join(f"{key(k)}: {write(v)}" for k, v in value.items()) + "}"
        if isinstance(value, list):
            return "[" + ", ".join(write(v) for v in value) + "]"
        if isinstance(value, str):
            return text(value)
        return json.dumps(value)

    block = write(obj)
    if rng.random() < 0.5:
        block = block.replace(", " + key("publisher"), ", // the site\n" + key("publisher"))
    return block, obj


@pytest.mark.parametrize("seed", range(24))
def test_every_cut_of_a_block_reads_only_its_values(seed):
    block, obj = _block(random.Random(seed))
    assert _loads(block) == obj
    whole = _leaves(obj)
    for end in range(len(block)):
        data = _loads(block[:end])
        assert _leaves(data) - whole <= {("", "null")}, repr(block[:end])


@pytest.mark.parametrize("gap", [" ", "\n  "])
def test_single_quoted_members_without_a_comma_between_read_apart(gap):
    # the headline swallowed the next member ("x' 'datePublished\":\"2026-...") before
    block = "{'@type':'NewsArticle','headline':'Fähre fährt'" + gap + "'datePublished':'" + DATE
    assert _loads(block + "'}") == {
        "@type": "NewsArticle",
        "headline": "Fähre fährt",
        "datePublished": DATE,
    }
    assert _loads(block + "','x':'cut") == _loads(block + "'}")
    assert _loads("['Fähre'" + gap + "'Hafen']") == ["Fähre", "Hafen"]


@pytest.mark.parametrize(
    "block",
    [
        '{"@type":"NewsArticle","headline":"Er sagte "nein", author: "Max" heute",'
        f'"datePublished":"{DATE}"}}',
        "{'@type':'NewsArticle','headline':'Er sagte 'nein', author: 'Max' heute',"
        f"'datePublished':'{DATE}','x':'cut",
    ],
)
def test_a_name_inside_a_broken_string_is_no_key(block):
    # "author" was quoted as a key: headline 'Er sagte "nein', author 'Max" heute'
    data = _loads(block)
    assert not (isinstance(data, dict) and ("author" in data or "headline" in data))


@pytest.mark.parametrize("quote", ["'", '"'])
def test_a_bare_key_after_a_string_holding_its_quote_stays_a_key(quote):
    headline = "Rock 'n' roll" if quote == "'" else 'Er sagte "nein" heute'
    q = quote
    block = f"{{'@type':'NewsArticle',headline:{q}{headline}{q},author:{q}Jo{q},"
    block += f"datePublished:'{DATE}'}}"
    assert _loads(block) == {
        "@type": "NewsArticle",
        "headline": headline,
        "author": "Jo",
        "datePublished": DATE,
    }
