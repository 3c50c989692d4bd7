"""A minified JavaScript-literal JSON-LD block keeps its booleans and nulls.

A template that writes the block as a minified JavaScript literal puts `false`, `true` and
`null` right before a comma and a bare key: they are the publisher's booleans and nulls,
not the strings "false" and "null" (a paywall flag read as the string "false" is true).
chompjs 1.4.1, weighed as a replacement for the hand-written literal pass, reads them as
strings; this pins the behaviour for any later replacement. Invented blocks.
"""

from __future__ import annotations

import pytest

from newsarchive.extract.jsonld import _loads

DATE = "2026-05-12T09:00:00+02:00"


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (
            "{'@type':'NewsArticle',isAccessibleForFree:false,wordCount:12,"
            "author:[null,{name:'Jo Berg',url:null}],hasPart:true}",
            {
                "@type": "NewsArticle",
                "isAccessibleForFree": False,
                "wordCount": 12,
                "author": [None, {"name": "Jo Berg", "url": None}],
                "hasPart": True,
            },
        ),
        (
            "{'@type':'NewsArticle',headline:'Fähre fährt',isAccessibleForFree:true,"
            f"datePublished:'{DATE}'}}",
            {
                "@type": "NewsArticle",
                "headline": "Fähre fährt",
                "isAccessibleForFree": True,
                "datePublished": DATE,
            },
        ),
    ],
)
def test_minified_literal_keeps_booleans_and_nulls(block, expected):
    assert _loads(block) == expected
