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
