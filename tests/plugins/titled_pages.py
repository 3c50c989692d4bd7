"""Test helper: the invented article page the title tables fill in
(tests/test_extract_titles_unseen24.py, test_extract_titles_unseen27.py): a head with the
title sources a row names (<title>, og:title, twitter:title, og:site_name, other <meta>s, a
canonical link, JSON-LD), then the row's body, whose "{story}" is four paragraphs of the
page's language. Every page is made up; the markup is the kind news pages use."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def attr(text: str) -> str:
    """`text` fit for a double-quoted attribute."""
    return text.replace("&", "&amp;").replace('"', "&quot;")


def titled_page(
    stories: Mapping[str, str],
    lang: str,
    body: str,
    tab: str | None = None,
    og: str | None = None,
    tw: str | None = None,
    site: str | None = None,
    ld: Any = None,
    metas: dict[str, str] | None = None,
    canonical: str | None = None,
) -> str:
    """An article page in `lang` (its story's text `stories[lang]`, a region tag aside): its
    head's title sources, then `body` (whose "{story}" is the text)."""
    head = ['<meta charset="utf-8">']
    if tab is not None:
        head.append(f"<title>{tab}</title>")
    for key, value in (("og:title", og), ("og:site_name", site)):
        if value is not None:
            head.append(f'<meta property="{key}" content="{attr(value)}">')
    if tw is not None:
        head.append(f'<meta name="twitter:title" content="{attr(tw)}">')
    for key, value in (metas or {}).items():
        head.append(f'<meta name="{key}" content="{attr(value)}">')
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    if ld is not None:
        head.append(
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
    rtl = ' dir="rtl"' if lang in ("ar", "he") else ""
    story = "".join(f"<p>{stories[lang.split('-')[0]]}</p>" for _ in range(4))
    return (
        f'<!doctype html><html lang="{lang}"{rtl}><head>{"".join(head)}</head>'
        f"<body>{body.replace('{story}', story)}</body></html>"
    )
