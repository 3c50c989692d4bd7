"""Which of a page's title sources is the expected title, and how the sources agree.

    .venv/bin/python benchmarks/title_sources.py [--newsbench DIR] [--per-page]

For every page looked at (dev and world minus kept-aside; the kept-aside part is never
read) the candidates are taken as the title cascade sees them, site names cut: the first
h1 (a breadcrumb's last crumb marked), the JSON-LD headline, og:title, twitter:title and
<title>. Pages are grouped by which candidates agree ("h1=hl=tab / og=tw": three say one
title, two another), and each group counts, per dev / world A / world B, which candidate
the expected title is and how often the extractor (generic rules) gets the page right.

A general decision rule between og:title and the headline needs a group whose pages
agree on the answer; a group whose pages split (some publishers expect og:title, others
the headline, for the same pattern of agreement) is a per-publisher convention no rule
over these candidates can read. Exits 2 without newsbench.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from variant_pages import GROUPS, arguments, looked_at, open_newsbench

from newsarchive.extract import extract_article
from newsarchive.extract.document import Document, parse
from newsarchive.extract.text import as_strings, clean
from newsarchive.extract.title import heading_text
from newsarchive.extract.titleparts import section_names, site_names, strip_sites
from newsarchive.extract.titlevotes import in_trail, norm

SOURCES = ("h1", "hl", "og", "tw", "tab")


def candidates(doc: Document) -> dict[str, str]:
    """The page's titles by source, site names cut; "h1" is "crumb" where it is one."""
    sites, sections = site_names(doc), section_names(doc)
    h1 = next(doc.tree.iter("h1"), None)
    tab = next((clean(t.text_content()) for t in doc.tree.iter("title")), "")
    found = {
        "h1": heading_text(h1) if h1 is not None else "",
        "hl": clean(next(iter(as_strings(doc.article.get("headline"))), "")),
        "og": doc.first_meta("og:title") or "",
        "tw": doc.first_meta("twitter:title") or "",
        "tab": tab,
    }
    found = {k: strip_sites(v, sites, sections) if v and k != "hl" else v for k, v in found.items()}
    found["crumb"] = "yes" if h1 is not None and in_trail(h1) else ""
    return found


def pattern(found: dict[str, str], want: str) -> tuple[str, str]:
    """Which sources agree ("h1=hl=tab / og=tw", largest group first) and which of them
    the expected title is ("hl" where it is the headline's group, "-" where none)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for k in SOURCES:
        if key := norm(found[k]):
            groups[key].append(k)
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), SOURCES.index(kv[1][0])))
    sig = " / ".join("=".join(ks) for _, ks in ordered)
    hit = next(("=".join(ks) for key, ks in ordered if key == norm(want)), "-")
    return sig, hit


def main() -> int:
    args = arguments(__doc__).parse_args()
    found = open_newsbench(args.newsbench)
    if found is None:
        return 2
    root, scorer = found
    table: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    rows: list[tuple[str, str, str, str, bool, dict[str, Any]]] = []
    for group, rec, raw in looked_at(root, "title"):
        doc = parse(raw, rec["url"])
        if doc is None:
            continue
        cands = candidates(doc)
        want = rec["expected"]["title"]
        sig, hit = pattern(cands, want)
        ok = scorer.norm(want) == scorer.norm(extract_article(raw, rec["url"]).title)
        table[sig][hit][group] += 1
        table[sig][f"{hit} ok"][group] += ok
        rows.append((rec["id"], group, sig, hit, ok, cands))
    print("| sources agreeing | expected is | " + " | ".join(GROUPS) + " | extractor right |")
    print("|---|---|" + "---|" * len(GROUPS) + "---|")
    for sig in sorted(table, key=lambda s: -sum(sum(c.values()) for c in table[s].values())):
        for hit, counts in sorted(table[sig].items()):
            if hit.endswith(" ok"):
                continue
            right = sum(table[sig][f"{hit} ok"].values())
            cells = " | ".join(str(counts[g]) for g in GROUPS)
            print(f"| {sig} | {hit} | {cells} | {right}/{sum(counts.values())} |")
    if args.per_page:
        for pid, group, sig, hit, ok, cands in rows:
            crumb = " (h1 a crumb)" if cands["crumb"] else ""
            print(f"\n{pid} [{group}] {sig}: expected {hit}{crumb}, {'right' if ok else 'MISS'}")
            for k in SOURCES:
                print(f"    {k:4} {cands[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
