"""The command line dispatcher lists every command."""

import argparse
import gc
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from newsarchive.cli import COMMANDS

# A file or pipe left open is an error here (it printed 401 ResourceWarnings).
pytestmark = pytest.mark.filterwarnings(
    "error::ResourceWarning", "error::pytest.PytestUnraisableExceptionWarning"
)

PROJECT = Path(__file__).resolve().parents[1]


def _elsewhere() -> dict[str, str]:
    """A process's environment as a user's shell outside the project has it: newsarchive
    importable, no SCRAPY_SETTINGS_MODULE (an in-process crawl or check of this test
    process sets it, from the project's scrapy.cfg: the test would pass without the fix)."""
    env = {name: value for name, value in os.environ.items() if name != "SCRAPY_SETTINGS_MODULE"}
    return {**env, "PYTHONPATH": str(PROJECT)}


@pytest.fixture(autouse=True)
def _earlier_garbage_collected() -> None:
    """What earlier tests in this process left for the garbage collector is collected
    first, under the suite's own filters: their leaks are listed in the summary there,
    and fail no test of this file at a random moment (an unclosed file of another test
    failed one here, xdist worker gw1)."""
    with warnings.catch_warnings():
        warnings.simplefilter("default")
        gc.collect()


def test_help_lists_every_command() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "newsarchive", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for name in COMMANDS:
        assert name in out


DEMO = [sys.executable, "-m", "newsarchive", "demo", "--articles", "10", "--out"]


@pytest.fixture(scope="module")
def demo_elsewhere(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """One demo run from a folder with no scrapy.cfg: its folder, and the run. The next test
    runs the demo again in that folder (one demo run fewer: each is a crawl)."""
    out = tmp_path_factory.mktemp("cli-demo") / "demo"
    done = subprocess.run(
        [*DEMO, str(out)], cwd=out.parent, capture_output=True, text=True, timeout=300,
        env=_elsewhere(),
    )  # fmt: skip
    return out, done


def test_the_demo_runs_from_a_folder_with_no_scrapy_cfg(
    demo_elsewhere: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    """`python -m newsarchive demo` run from another folder (newsarchive importable, no
    scrapy.cfg there) crawls with the project's settings. Before, its `scrapy crawl` said
    "The crawl command is not available from this location" and the demo failed, exit 2."""
    _, done = demo_elsewhere
    assert done.returncode == 0, done.stderr[-3000:]
    assert "items        10 articles (10 with a title)" in done.stdout


def test_demo_runs_again_in_its_own_folder_and_spares_others(
    demo_elsewhere: tuple[Path, subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    out, first = demo_elsewhere
    assert first.returncode == 0 and list(out.glob("*.warc.gz")), first.stderr[-3000:]
    # the second run, from the project, empties the folder the first one wrote
    done = subprocess.run(
        [*DEMO, str(out)], cwd=PROJECT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "items        10 articles (10 with a title)" in done.stdout
    assert len(list(out.glob("*.warc.gz"))) == 1
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "crawl.warc.gz").write_bytes(b"a user's archive")
    done = subprocess.run(
        [*DEMO, str(tmp_path / "mine")], cwd=PROJECT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 2 and "holds files the demo did not write" in done.stderr
    assert (tmp_path / "mine" / "crawl.warc.gz").read_bytes() == b"a user's archive"


def test_a_reader_that_stops_early_gets_no_traceback_and_no_error_line(tmp_path: Path) -> None:
    """`extract x.warc.gz | head -1`: the closed pipe ends the run quietly, as for `cat`."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "many.warc.gz"
    with warc.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n in range(400):
            page = f"<html><head><title>Story {n}</title></head><body><h1>Story {n}</h1>"
            page += "<p>" + "A sentence of the story. " * 40 + "</p></body></html>"
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"http://news.example/story/{n}",
                "response",
                payload=BytesIO(page.encode()),
                length=len(page.encode()),
                http_headers=headers,
            )
            writer.write_record(record)
            record.raw_stream.close()  # warcio's temporary file of the block (digests)
    with subprocess.Popen(
        [sys.executable, "-m", "newsarchive", "extract", "--all-pages", str(warc)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).parents[1],
    ) as process:  # closes its pipes
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()  # the reader goes away, as `head -1` does
        stderr = process.stderr.read().decode()
        assert process.wait(timeout=120) == 141  # 128 + SIGPIPE, what a shell reports for `cat`
    assert b"Story" in first
    assert "Traceback" not in stderr and "Broken pipe" not in stderr, stderr


def test_serve_demo_names_the_articles_its_revision_serves() -> None:
    """A revision past 1 adds articles (`--revision 3`: two); the first line said the count
    of revision 1, which a crawl then contradicted ("1 new" of "300 articles")."""
    command = [sys.executable, "-m", "newsarchive", "serve-demo", "--articles", "10"]
    with subprocess.Popen(
        [*command, "--revision", "3"], cwd=PROJECT, stdout=subprocess.PIPE, text=True
    ) as server:
        try:
            assert server.stdout is not None
            first = server.stdout.readline()
        finally:
            server.terminate()
            server.wait(timeout=30)
            if server.stdout is not None:
                server.stdout.close()
    assert first.startswith("Demo news site (12 articles): http://127.0.0.1:"), first


def _command_options() -> list[tuple[str, argparse.Action]]:
    from newsarchive.cli import build_parser

    options = []
    for name in COMMANDS:
        parser = build_parser(name)
        commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        options += [(name, action) for action in commands.choices[name]._actions]
    return options


def test_every_option_with_a_default_says_it_in_its_help() -> None:
    """What happens when a user leaves an option out (`replay` with no archive reads warc/,
    `demo` writes warc/demo) is in `--help`; 10 options did not say it."""
    silent = [
        f"{name} {'/'.join(action.option_strings) or action.dest}"
        for name, action in _command_options()
        if action.default not in (None, False, [], argparse.SUPPRESS)
        and action.help != argparse.SUPPRESS
        and "default" not in (action.help or "")
    ]
    assert len(_command_options()) > 40
    assert silent == []
