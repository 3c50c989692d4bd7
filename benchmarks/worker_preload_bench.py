"""Extraction workers with and without py3langid's model loaded in the fork server.

    .venv/bin/python benchmarks/worker_preload_bench.py [--workers 2] [--rounds 3] [--pages 40]

Each variant runs in a process of its own (the fork server is one a process), paired
rounds alternating: `before` preloads the extractor's modules only (each worker unpacks
the model at its warm-up), `after` adds newsarchive.extract.preload. Per worker, after
its warm-up and again after `--pages` pages (German, French, English text of the
benchmark's own): CPU seconds (utime+stime), and from /proc/PID/smaps_rollup its RSS,
PSS and USS (private pages) in MiB; the fork server's PSS too. Printed as JSON lines, then
medians.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
BASE = ("newsarchive.extract.core", "newsarchive.articles")
TEXTS = (
    "Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke über den Fluss im kommenden "
    "Frühjahr zu sanieren. Die Arbeiten sollen mehrere Monate dauern und werden von der "
    "Gemeinde selbst bezahlt, wie die Bürgermeisterin nach der Sitzung erklärte.",
    "Le conseil municipal a décidé mardi de rénover le vieux pont sur la rivière au printemps "
    "prochain. Les travaux devraient durer plusieurs mois et seront payés par la commune, a "
    "expliqué la maire après la séance.",
    "The town council decided on Tuesday to repair the old bridge over the river next spring. "
    "The work is expected to take several months and will be paid for by the town itself, the "
    "mayor said after the meeting.",
)


def _page(n: int) -> Any:
    from newsarchive.items import ArticlePage
    from newsarchive.provenance import Provenance

    text = TEXTS[n % len(TEXTS)]
    html = (
        f"<html><head><title>Bericht {n}</title></head><body><article><h1>Bericht {n}</h1>"
        + "".join(f"<p>{text} ({n}.{i})</p>" for i in range(6))
        + "</article></body></html>"
    )
    return ArticlePage(
        url=f"http://127.0.0.1:9/{n}", body=html.encode(), encoding="utf-8",
        provenance=Provenance(warc_file="x.warc.gz", record_id=f"<urn:uuid:{n}>"),
    )  # fmt: skip


def _memory(pid: int) -> dict[str, float]:
    found: dict[str, float] = {}
    with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
        for line in rollup:
            name, _, rest = line.partition(":")
            if name in ("Rss", "Pss", "Private_Clean", "Private_Dirty"):
                found[name] = int(rest.split()[0]) / 1024
    return {
        "rss": round(found["Rss"], 1),
        "pss": round(found["Pss"], 1),
        "uss": round(found["Private_Clean"] + found["Private_Dirty"], 1),
    }


def _cpu(pid: int) -> float:
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _snapshot(pids: list[int], server: int | None) -> dict[str, Any]:
    workers = [{"cpu": round(_cpu(pid), 2), **_memory(pid)} for pid in pids]
    return {"workers": workers, "server_pss": _memory(server)["pss"] if server else None}


def variant(name: str, workers: int, pages: int) -> dict[str, Any]:
    from multiprocessing import forkserver

    from newsarchive.articles import extract_page, warm_up
    from newsarchive.pipelines import PRELOAD
    from newsarchive.workers import ExtractWorkers, WorkerConfig

    preload = PRELOAD if name == "after" else BASE
    pool = ExtractWorkers(WorkerConfig(workers, 120.0, 4 * workers, 0, preload), warm_up)

    async def run() -> dict[str, Any]:
        try:
            # one call a worker: each has warmed up once it answers
            pids = await asyncio.gather(*(pool.run(os.getpid) for _ in range(workers)))
            pids = sorted({p.process.pid for p in pool._workers if p.process.pid})
            server = getattr(forkserver._forkserver, "_forkserver_pid", None)
            warmed = _snapshot(pids, server)
            from newsarchive.articles import article_item

            await asyncio.gather(
                *(pool.run(extract_page, article_item, _page(n), False) for n in range(pages))
            )
            worked = _snapshot(pids, server)
            return {"variant": name, "warmed": warmed, "worked": worked}
        finally:
            pool.close()

    return asyncio.run(run())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--variant", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:
        print(json.dumps(variant(args.variant, args.workers, args.pages)))
        return
    results: dict[str, list[dict[str, Any]]] = {"before": [], "after": []}
    for _ in range(args.rounds):
        for name in ("before", "after"):
            done = subprocess.run(
                [sys.executable, __file__, "--variant", name, "--workers", str(args.workers),
                 "--pages", str(args.pages)],
                cwd=ROOT, capture_output=True, text=True, check=True,
            )  # fmt: skip
            line = done.stdout.strip().splitlines()[-1]
            print(line, flush=True)
            results[name].append(json.loads(line))
    for name, runs in results.items():
        summary = {}
        for when in ("warmed", "worked"):
            for key in ("cpu", "rss", "pss", "uss"):
                values = [w[key] for run in runs for w in run[when]["workers"]]
                summary[f"{when}_{key}"] = round(statistics.median(values), 2)
            servers = [run[when]["server_pss"] for run in runs if run[when]["server_pss"]]
            if servers:
                summary[f"{when}_server_pss"] = round(statistics.median(servers), 1)
        print(json.dumps({"median_per_worker": name, **summary}), flush=True)


if __name__ == "__main__":
    main()
