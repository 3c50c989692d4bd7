"""py3langid's model is loaded once, in the extraction fork server, and shared by the
workers it forks: a worker has it before any warm-up or page (each worker unpacked its own
at its warm-up: ~0.4 s CPU and ~90 MiB of private memory a worker, before;
benchmarks/worker_preload_bench.py measures it). So are the towns' and given names' tables
(each worker read them at its first byline that needed them, 0.2-0.8 s each); the crawl's
own process (the reactor's) loads none of them."""

from __future__ import annotations

import subprocess
import sys

from tests.plugins.crawling import PROJECT

SCRIPT = """
import asyncio, json, sys
from newsarchive.pipelines import PRELOAD
from newsarchive.workers import ExtractWorkers, WorkerConfig
from tests.test_extract_preload import loaded_here

pool = ExtractWorkers(WorkerConfig(1, 60.0, 4, 0, PRELOAD), warm_up=None)

async def main():
    try:
        return await pool.run(loaded_here)
    finally:
        pool.close()

crawl = "py3langid" in sys.modules or "newsarchive.extract.placenames" in sys.modules
print(json.dumps({"worker": asyncio.run(main()), "crawl": crawl}))
"""


def loaded_here() -> bool:
    """In the worker: whether it has the model and the tables, though it extracted nothing
    (the towns' countries and Babel's languages of countries too: the first far town weighed;
    and countries' names in English, Babel's English locale: "Jane Doe, El Paso, Texas")."""
    from newsarchive.extract import givennames, placenames, textlang

    tables = (
        placenames._places,
        placenames._town_rows,
        placenames._speakers,
        placenames._country_names,
        givennames._names,
    )
    return bool(textlang._MODEL) and all(t.cache_info().currsize for t in tables)


def test_a_fresh_worker_has_the_model_from_its_fork_server() -> None:
    # a process of its own: the fork server is one a process, started with the first pool
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=PROJECT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == '{"worker": true, "crawl": false}'


PIPELINE = """
import asyncio, json, sys
from scrapy.utils.test import get_crawler
from newsarchive.pipelines import ExtractArticlePipeline
from tests.test_extract_preload import loaded_parts

async def main(workers):
    crawler = get_crawler(settings_dict={"EXTRACT_WORKERS": workers, "STATE_ENABLED": False})
    pipeline = ExtractArticlePipeline.from_crawler(crawler)
    pipeline.open_spider()
    try:
        return await pipeline.extract_with(loaded_parts)
    finally:
        pipeline.close_spider()

print(json.dumps(asyncio.run(main(int(sys.argv[1])))))
"""


def loaded_parts(extract: object) -> list[bool]:
    """In the worker, before any page: [the model, the towns' and names' tables]."""
    from newsarchive.extract import givennames, placenames, textlang

    tables = (placenames._places, givennames._names)
    return [bool(textlang._MODEL), all(t.cache_info().currsize for t in tables)]


def test_one_worker_leaves_the_tables_to_their_first_use() -> None:
    """One worker reads the tables once either way: its fork server no longer reads them
    before the crawl (0.65 s of CPU at each crawl's start, though most small crawls never
    ask); several workers share them, read once there."""
    answers = []
    for workers in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", PIPELINE, workers],
            cwd=PROJECT,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        answers.append(done.stdout.strip().splitlines()[-1])
    assert answers == ["[true, false]", "[true, true]"]
