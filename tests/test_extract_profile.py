"""benchmarks/extract_profile.py samples where extract_article spends CPU time.

An invented page read until the CPU timer has sampled it enough: the samples show the
extraction's own frames, a function's own samples never exceed its total, and the
profiler's signal handler is put back afterwards.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import extract_profile as prof

PAGE = (
    "<html lang='de'><head><title>Rat beschliesst Haushalt | Hafenblatt</title>"
    "<meta property='og:title' content='Rat beschliesst Haushalt'></head><body>"
    "<article><h1>Rat beschliesst Haushalt</h1><p class='byline'>Von Jana Beispiel</p>"
    "<time datetime='2026-01-29T18:40:00+01:00'>29. Januar 2026</time>"
    + "".join(
        f"<p>Der Rat der Stadt hat am Abend den Haushalt fuer das Jahr {2026 + i} "
        "nach langer Debatte mit knapper Mehrheit beschlossen.</p>"
        for i in range(20)
    )
    + "</article></body></html>"
).encode()
REC = {"url": "https://hafenblatt.example/politik/haushalt-123", "crawl_date": "2026-01-30"}


def test_samples_show_the_extraction_frames() -> None:
    profile = prof.Profile()
    before = signal.getsignal(signal.SIGPROF)
    profile.run(prof.extract_all([(REC, PAGE)]), least=200)
    assert profile.samples >= 200
    assert signal.getsignal(signal.SIGPROF) is before
    assert profile.total["core.py:extract_article"] > 0
    # the page's parse in any of its functions (one small page: a single function's share,
    # parse's own, may get no sample in 200: a failure seen under load)
    assert any(name.startswith("document.py:") for name in profile.total), profile.total
    assert all(n <= profile.total[name] for name, n in profile.own.items())
    assert sum(profile.own.values()) == profile.samples


def test_table_lists_shares_by_function() -> None:
    profile = prof.Profile()
    profile.run(prof.extract_all([(REC, PAGE)]), least=10)
    # every function a row: the callers all share the top total, and a tie is cut anywhere
    table = profile.table(len(profile.total))
    assert table.startswith(f"{profile.samples} samples")
    assert "--- self" in table and "--- total" in table and "--- lines" in table
    assert "core.py:extract_article" in table
