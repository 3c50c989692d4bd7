"""The degraded copies benchmarks/dates_degraded_bench.py scores are what its README rows say.

An invented page, altered in memory as each copy is: what is removed is gone, the rest stays.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import dates_degraded_bench as bench

PAGE = (
    '<html><head><script type="application/ld+json">{"datePublished": "2026-01-29T17:40:00Z"}'
    '</script><meta property="article:published_time" content="2026-01-29T17:40:00+00:00">'
    '<meta property="og:title" content="Titel"></head><body><h1>Titel</h1>'
    '<time datetime="2026-01-29T18:40:00+01:00">29. Januar 2026, 18:40 Uhr</time>'
    '<div data-publish-date="2026-01-29T17:40:00Z">Text</div>'
    '<script>window.s = {"publishedAt": "2026-01-29T17:40:00.5Z"};</script></body></html>'
)
REC = {"country": "de"}


def test_jsonld_and_date_metas_removed_the_rest_kept() -> None:
    page = bench.MODES["no-jsonld-meta"](PAGE, REC)
    assert "ld+json" not in page and "article:published_time" not in page
    assert 'property="og:title"' in page and "publishedAt" in page and "datetime=" in page


def test_naive_copy_states_the_local_wall_clock_without_offset() -> None:
    page = bench.MODES["naive"](PAGE, REC)
    assert '"datePublished": "2026-01-29T18:40:00"' in page
    assert 'datetime="2026-01-29T18:40:00"' in page
    assert '"publishedAt": "2026-01-29T18:40:00.500000"' in page


def test_visible_only_copy_keeps_only_what_a_reader_sees() -> None:
    page = bench.MODES["visible-only"](PAGE, REC)
    assert "<script" not in page and "datetime=" not in page and "data-publish-date" not in page
    assert "29. Januar 2026, 18:40 Uhr" in page and 'property="og:title"' in page


def test_script_state_copy_blanks_visible_dates() -> None:
    page = bench.MODES["script-state"](PAGE, REC)
    assert "29. Januar 2026" not in page and "datetime=" not in page
    assert "publishedAt" in page and "data-publish-date" in page and "<h1>Titel</h1>" in page


def test_one_source_altered_copies_keep_the_instant_in_another_spelling() -> None:
    rec = {"country": "de", "url": "https://www.zeitung.example.de/a/1.html"}
    utc = bench.MODES["utc-stamps"](PAGE, rec)
    assert 'datetime="2026-01-29T17:40:00Z"' in utc and "18:40 Uhr" in utc
    assert 'content="2026-01-29T17:40:00+0000"' in bench.MODES["offset-colonless"](PAGE, rec)
    rfc = bench.MODES["meta-rfc822"](PAGE, rec)
    assert 'content="Thu, 29 Jan 2026 17:40:00 +0000"' in rfc and "ld+json" not in rfc
    assert '"publishedAt": 1769708400' in bench.MODES["epoch-state"](PAGE, rec)
    assert '"publishedAt": 1769708400500' in bench.MODES["epoch-ms-state"](PAGE, rec)


def test_extra_jsonld_comes_before_the_pages_own_and_names_another_page() -> None:
    page = bench.MODES["extra-jsonld"](PAGE, {"country": "de", "url": "https://z.example.de/a"})
    extra, own = (
        page.index("BreadcrumbList"),
        page.index('{"datePublished": "2026-01-29T17:40:00Z"}'),
    )
    assert extra < own and '"datePublished": "2026-01-22T17:40:00+00:00"' in page


def test_escaped_state_keeps_the_jsonld_only_as_an_escaped_string() -> None:
    page = bench.MODES["escaped-state"](PAGE, REC)
    assert "ld+json" not in page and '{\\"datePublished\\": \\"2026-01-29T17:40:00Z\\"}' in page


def test_an_event_in_the_text_and_a_photos_moment_are_added_before_the_date_is_read() -> None:
    text = (
        "Der Rat hat am Abend lange beraten und am Ende eine Entscheidung getroffen, die viele " * 2
    )
    page = PAGE.replace("<h1>Titel</h1>", f"<h1>Titel</h1><p>{text} Menschen betrifft.</p>")
    rec = {"country": "de", "expected": {"published": "2026-01-29T18:40:00+01:00"}}
    event = bench.MODES["event-in-text"](page, rec)
    assert "ld+json" not in event and "article:published_time" not in event
    assert 'the council met on <time datetime="2026-01-20T18:40:00+01:00">' in event
    photo = bench.MODES["photo-caption"](page, rec)
    assert "<h1>Titel</h1><figure>" in photo and "am 27.01.2026 um 18:40 Uhr vor dem" in photo


def test_utc_naive_metadata_copy_drops_the_offset_of_jsonld_and_metas_only() -> None:
    page = bench.MODES["utc-naive-metadata"](PAGE, REC)
    assert '"datePublished": "2026-01-29T17:40:00"' in page
    assert 'content="2026-01-29T17:40:00"' in page
    assert 'datetime="2026-01-29T18:40:00+01:00"' in page  # the markup as served
    assert '"publishedAt": "2026-01-29T17:40:00.5Z"' in page
