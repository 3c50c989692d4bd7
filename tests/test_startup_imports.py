"""What a crawl's process imports to start: the spiders and components, not the extractor.

Every `scrapy crawl`, `scrapy list` and scrapyd job imports the spiders; they need the
profiles' link rules only. The extractor (lxml trees, the field cascades and their
compiled patterns) cost a few tenths of a second of CPU at each start; with extraction
in worker processes the crawl's own process never needs it.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from benchmarks.startup_bench import CRAWL_IMPORTS
from newsarchive import settings as project_settings
from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import run_crawl

PROJECT = Path(__file__).resolve().parents[1]
# Plain data a spider or an item may use: dataclasses, constants, word tables.
DATA_ONLY = {
    "newsarchive.extract",
    "newsarchive.extract.article",
    "newsarchive.extract.langwords",
    "newsarchive.extract.limits",
    "newsarchive.extract.rules",
}

# Imports every newsarchive module the settings name, as a crawl's start does (the
# benchmark's scenario), then lists what was loaded.
CRAWL_START = CRAWL_IMPORTS + "import json; print(json.dumps(sorted(sys.modules)))\n"

# A crawl's pipeline with one extraction worker, given one page.
PIPELINE_PAGE = """
import asyncio, json, sys
from scrapy.utils.test import get_crawler
from newsarchive.items import ArticlePage
from newsarchive.pipelines import ExtractArticlePipeline
from newsarchive.provenance import Provenance

async def main():
    crawler = get_crawler(settings_dict={"EXTRACT_WORKERS": 1, "STATE_ENABLED": False})
    pipeline = ExtractArticlePipeline.from_crawler(crawler)
    html = b"<html><head><title>Quiet harbour reopens</title></head><body><p>Boats.</p>"
    page = ArticlePage(url="http://127.0.0.1:9/quiet-harbour-reopens", body=html,
        encoding="utf-8", provenance=Provenance(warc_file="x.warc.gz", record_id="<urn:uuid:1>"))
    pipeline.open_spider()
    try:
        item = await pipeline.process_item(page)
    finally:
        pipeline.close_spider()
    return item.title

title = asyncio.run(main())
print(json.dumps([title, sorted(m for m in sys.modules if m.startswith("newsarchive.extract"))]))
"""


def _run(code: str) -> object:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _extract_modules(loaded: object) -> set[str]:
    assert isinstance(loaded, list)
    return {name for name in loaded if name.startswith("newsarchive.extract")}


def test_importing_the_spiders_loads_no_extractor() -> None:
    loaded = _run("import json, sys, newsarchive.spiders.sites; print(json.dumps([*sys.modules]))")
    assert isinstance(loaded, list) and "newsarchive.spiders.news" in loaded
    assert _extract_modules(loaded) - DATA_ONLY == set()


def test_a_crawls_components_load_no_extractor() -> None:
    loaded = _run(CRAWL_START)
    assert isinstance(loaded, list)
    assert {"newsarchive.pipelines", "newsarchive.warc.extension"} <= set(loaded)
    assert _extract_modules(loaded) - DATA_ONLY == set()


def test_a_crawl_extracting_in_workers_never_loads_the_extractor_itself() -> None:
    answer = _run(PIPELINE_PAGE)
    assert isinstance(answer, list)
    title, modules = answer
    assert title == "Quiet harbour reopens"  # a worker extracted it
    assert set(modules) - DATA_ONLY == set()


def test_extract_article_is_still_importable_from_the_package() -> None:
    from newsarchive.extract import extract_article
    from newsarchive.extract.core import extract_article as in_core

    assert extract_article is in_core


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


def test_the_data_modules_import_only_the_standard_library_and_each_other() -> None:
    """So importing them stays cheap (the package's own imports of the extractor wait
    for `extract_article` to be asked for, under TYPE_CHECKING or in `__getattr__`)."""
    heavy: dict[str, set[str]] = {}
    for name in DATA_ONLY - {"newsarchive.extract"}:
        path = PROJECT / (name.replace(".", "/") + ".py")
        outside = {
            imported
            for imported in _imports(path)
            if imported.split(".")[0] not in sys.stdlib_module_names and imported not in DATA_ONLY
        }
        if outside:
            heavy[name] = outside
    assert heavy == {}


# What a crawl that renders nothing never needs: spidermon's expression monitors (its own
# extension imported them, jsonschema and arrow, ~0.2 s of CPU, at every crawl's start)
# until the run is judged at the close; scrapy-playwright and Playwright's client (the
# http/https handler subclassed scrapy-playwright's, ~0.15 s) until a request is rendered.
NOT_IN_A_PLAIN_CRAWL = (
    "spidermon.python.monitors,jsonschema,newsarchive.health.monitors,"
    "scrapy_playwright,playwright,newsarchive.browser.handler"
)


def test_a_plain_crawl_loads_no_browser_and_spidermon_only_when_the_run_is_judged(
    tmp_path: Path, small_demo_site: DemoServer
) -> None:
    """The modules are not there as the crawl closes (LoadedModules logs before the judge
    runs), yet the run is judged: the report's status is the suite's verdict."""
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.loaded_modules.LoadedModules": 0}
    settings = {
        "WARC_DIR": str(tmp_path / "warc"),
        "REPORT_DIR": str(tmp_path / "reports"),
        "EXTENSIONS": json.dumps(extensions),
        "TEST_LOADED_MODULES": NOT_IN_A_PLAIN_CRAWL,
        "LOG_LEVEL": "INFO",
    }
    args = {"site": "demo", "base_url": small_demo_site.base_url}
    run = run_crawl("news", args, settings, tmp_path / "run")
    assert "test: modules loaded at the close: none" in run.log, run.log[-3000:]
    assert run.stats["item_scraped_count"] > 0
    assert "[Spidermon] OK" in run.log, run.log[-3000:]
    (report,) = (tmp_path / "reports").glob("*.json")
    assert json.loads(report.read_text())["status"] == "ok"
