"""Body text of invented pages whose story is split between the markup and a script state,
in 18 languages (the stories of benchmarks/body_invented.py): the server renders the
story's first paragraphs, scripts the rest from a
`window.__INITIAL_STATE__` global (the story's object stating the headline beside its
HTML text) or Nuxt 3's `__NUXT_DATA__` payload. The body is the markup's paragraphs and
the state's others, each once; a related story's teaser in the state stays out.
Invented sites and stories."""

from __future__ import annotations

import html
import json
from typing import Any

import pytest

from benchmarks.body_invented import STORIES
from newsarchive.extract import extract_article
from newsarchive.extract.bodystate import STATE_MIN_WIDTH
from newsarchive.extract.text import width

URL = "https://stadtblatt.example/lokales/bibliothek-123.html"
TEASER = "Other story: the river festival moves to a new date this summer"


def _initial(title: str, rest: list[str]) -> str:
    content = "".join(f"<p>{html.escape(t)}</p>" for t in rest)
    state = {
        "ROOT_QUERY": {"menu": ["Home", "News"], "teaser": TEASER},
        "Article:1": {"headline": title, "content": content},
    }
    return f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"


def _nuxt3(title: str, rest: list[str]) -> str:
    payload: list[Any] = [{"data": 1}, {"article": 2, "teaser": 5}, {"headline": 3, "blocks": 4}]
    payload += [title, [], TEASER]
    for t in rest:
        payload[4].append(len(payload))
        payload += [{"type": len(payload) + 1, "text": len(payload) + 2}, "paragraph", t]
    return f'<script id="__NUXT_DATA__" type="application/json">{json.dumps(payload)}</script>'


STATES = {"initial_state": _initial, "nuxt3": _nuxt3}


def _page(lang: str, state: str) -> tuple[str, list[str]]:
    title, ps = STORIES[lang]
    shown = "".join(f"<p>{html.escape(p)}</p>" for p in ps[:2])
    doc = (
        f'<html lang="{lang}"><head><title>{html.escape(title)}</title></head><body>'
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<main><h1>{html.escape(title)}</h1><div>{shown}</div></main>"
        f"{STATES[state](title, ps[2:])}</body></html>"
    )
    return doc, ps


# languages whose story's last two paragraphs are wide enough to be a story's missing part
# (the shorter Chinese, Korean and Hebrew stories' are a teaser's width: tested apart)
LONG = sorted(k for k, (_, ps) in STORIES.items() if width("".join(ps[2:])) >= STATE_MIN_WIDTH)


@pytest.mark.parametrize("state", sorted(STATES))
@pytest.mark.parametrize("lang", LONG)
def test_markup_start_and_state_rest_joined(lang: str, state: str) -> None:
    doc, ps = _page(lang, state)
    got = extract_article(doc, URL).body or ""
    assert got.split("\n\n") == ps
    assert "Other story" not in got


@pytest.mark.parametrize("state", sorted(STATES))
@pytest.mark.parametrize("lang", sorted(set(STORIES) - set(LONG)))
def test_state_adding_a_teasers_width_left_out(lang: str, state: str) -> None:
    """A state adding less than STATE_MIN_WIDTH to the markup's text may be a teaser's
    line: the markup's text stays as it is."""
    doc, ps = _page(lang, state)
    got = extract_article(doc, URL).body or ""
    assert got.split("\n\n") == ps[:2]
