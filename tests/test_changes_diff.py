"""Comparing two versions of an article: what counts as a change and how it is summed up."""

from __future__ import annotations

from typing import Any

import pytest

from newsarchive.changes.diff import compare, paragraphs_of, word_diff
from newsarchive.changes.versions import Capture, versions_of

BASE: dict[str, Any] = {
    "title": "Council delays budget vote",
    "subtitle": "Residents worry about costs.",
    "authors": ["Jane Doe"],
    "published": "2025-05-03T20:49:00-04:00",
    "modified": "2025-05-03T20:49:00-04:00",
    "topics": ["Budget", "Cities"],
    "body": "First paragraph stays as it is.\n\nThe plan costs $4.2 million, the auditor said."
    "\n\nA last paragraph about the next hearing.",
    "section": "Politics",
}


def edited(**changes: Any) -> dict[str, Any]:
    return {**BASE, **changes}


@pytest.mark.parametrize(
    ("after", "summary"),
    [
        (edited(title="Council approves budget after all"), "title rewritten"),
        (edited(subtitle="Critics cite costs."), "subtitle rewritten"),
        (edited(authors=["Jane Doe", "Marcus Hart"]), "byline changed"),
        (edited(published="2025-05-03T17:49:00-04:00"), "published date changed"),
        (edited(topics=["Budget", "Transit"]), "topics changed"),
        (edited(body=BASE["body"] + "\n\nAn update.\n\nAnd another."), "2 paragraphs added"),
        (
            edited(body=BASE["body"].replace("$4.2 million", "$4.8 million")),
            "1 paragraph changed",
        ),
        (
            edited(
                body="First paragraph stays as it is.\n\nA last paragraph about the next hearing."
            ),
            "1 paragraph removed",
        ),
        (
            edited(title="Council approves budget", authors=["Marcus Hart"]),
            "title rewritten; byline changed",
        ),
        (edited(modified="2025-05-04T09:00:00-04:00"), "only the modification time changed"),
    ],
)
def test_each_kind_of_change_is_named(after: dict[str, Any], summary: str) -> None:
    diff = compare(BASE, after)
    assert diff.summary() == summary
    assert diff.changed == (summary != "only the modification time changed")


@pytest.mark.parametrize(
    "after",
    [
        # markup is gone before the comparison; whitespace and line breaks are not text
        edited(body=BASE["body"].replace(" ", "  ").replace("\n\n", "\n\n\n  \n")),
        edited(title="  Council delays\nbudget vote "),
        edited(published="2025-05-04T00:49:00Z"),  # the same moment in UTC
        edited(topics=["Cities", "Budget"]),  # listed in another order
        edited(section="News", tags=["x"], image="/other.jpg", word_count=9),  # not compared
    ],
)
def test_what_is_no_change_of_the_article(after: dict[str, Any]) -> None:
    diff = compare(BASE, after)
    assert not diff.changed and diff.summary() == "no change"


def test_an_edited_paragraph_shows_the_words_that_changed() -> None:
    after = edited(body=BASE["body"].replace("$4.2 million", "$4.8 million"))
    [change] = compare(BASE, after).paragraphs
    assert (change.kind, change.index) == ("changed", 1)
    assert change.words == [
        ("=", "The plan costs"),
        ("-", "$4.2"),
        ("+", "$4.8"),
        ("=", "million, the auditor said."),
    ]


def test_a_replaced_paragraph_is_removed_and_added_not_edited() -> None:
    after = edited(body=BASE["body"].replace(
        "The plan costs $4.2 million, the auditor said.", "Nobody came to the meeting on Friday."
    ))  # fmt: skip
    kinds = [(p.kind, p.before, p.after) for p in compare(BASE, after).paragraphs]
    assert kinds == [
        ("removed", "The plan costs $4.2 million, the auditor said.", None),
        ("added", None, "Nobody came to the meeting on Friday."),
    ]


def test_an_inserted_paragraph_before_an_edited_one() -> None:
    body = "First paragraph stays as it is.\n\nA new paragraph in between.\n\n" + (
        "The plan costs $4.2 million, the auditor said on Friday.\n\n"
        "A last paragraph about the next hearing."
    )
    diff = compare(BASE, edited(body=body))
    assert [(p.kind, p.index) for p in diff.paragraphs] == [("added", 1), ("changed", 2)]
    assert diff.summary() == "1 paragraph added; 1 paragraph changed"


def test_text_helpers() -> None:
    assert paragraphs_of("a  b\n\n\n c\n \n") == ["a b", "c"]
    assert paragraphs_of(None) == []
    assert word_diff("a b c", "a x c") == [("=", "a"), ("-", "b"), ("+", "x"), ("=", "c")]


def capture(at: str, record: str, **fields: Any) -> Capture:
    return Capture(url="http://x/a", fetched_at=at, fields=edited(**fields), warc_record_id=record)


def test_captures_become_versions_in_time_order() -> None:
    versions = versions_of(
        [
            capture("2026-01-03T00:00:00Z", "c", title="Third title"),
            capture("2026-01-01T00:00:00Z", "a"),
            capture("2026-01-02T00:00:00.5Z", "b", modified="2026-01-02T00:00:00Z"),  # no change
            capture("2026-01-01T00:00:00Z", "a"),  # the same capture, from items and the WARC
        ]
    )
    assert [(v.number, v.capture.warc_record_id) for v in versions] == [(1, "a"), (2, "c")]
    assert [c.warc_record_id for c in versions[0].seen_again] == ["b"]
    assert versions[1].diff is not None and versions[1].diff.summary() == "title rewritten"


PARAGRAPHS = paragraphs_of(BASE["body"])


def cut_at(at: str, record: str, paragraphs: int, chars: int) -> Capture:
    """A capture stored cut: its first `paragraphs` paragraphs whole, the next one's first
    `chars` characters."""
    held = [*PARAGRAPHS[:paragraphs], PARAGRAPHS[paragraphs][:chars]]
    return capture(at, record, body="\n\n".join(held), truncated=True, topics=[])


def test_a_whole_capture_after_a_cut_one_then_an_edit_is_one_change_from_the_whole() -> None:
    edit = BASE["body"].replace("next hearing", "hearing on Monday")
    versions = versions_of(
        [
            cut_at("2026-01-01T00:00:00Z", "a", 0, 10),
            capture("2026-01-02T00:00:00Z", "b"),
            capture("2026-01-03T00:00:00Z", "c", body=edit),
        ]
    )
    assert [(v.number, v.capture.warc_record_id) for v in versions] == [(1, "a"), (2, "c")]
    assert versions[0].whole is versions[0].seen_again[0]
    assert versions[1].diff == compare(BASE, edited(body=edit))
    assert versions[1].diff.summary() == "1 paragraph changed"


def test_two_captures_stored_cut_at_different_lengths_are_one_version() -> None:
    """Cut at two lengths (the second holding more), then whole: the article never changed.
    The longer cut was a second version "adding" the paragraphs past the first cut."""
    versions = versions_of(
        [
            cut_at("2026-01-01T00:00:00Z", "a", 0, 10),
            cut_at("2026-01-02T00:00:00Z", "b", 1, 12),
            capture("2026-01-03T00:00:00Z", "c"),
            cut_at("2026-01-04T00:00:00Z", "d", 0, 5),
        ]
    )
    assert [(v.number, v.capture.warc_record_id) for v in versions] == [(1, "a")]
    assert [c.warc_record_id for c in versions[0].seen_again] == ["b", "c", "d"]
    assert versions[0].fields == versions[0].seen_again[1].fields  # the whole one's
