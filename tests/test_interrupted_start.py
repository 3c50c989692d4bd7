"""Ctrl-C while `scrapy crawl` still imports the project: one line, not Python's traceback;
Ctrl-C during a crawl: none from its extraction workers either.

A real `scrapy crawl` whose spider modules include one that sends SIGINT to its own
process as it is imported (Scrapy's spider loader imports them before it installs its
own SIGINT handler): Python raised KeyboardInterrupt through the imports and printed
its traceback (some 40 lines of frames in Scrapy and copy.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import sysconfig
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newsarchive import settings as project_settings
from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import PROJECT, crawl_command

# Sends SIGINT to its own process as Scrapy's start-up imports scrapy.crawler, long before
# the project's package is imported (the time a Ctrl-C 0.05-0.25 s after the start hits).
CTRL_C_IN_SCRAPY = """
import os, signal, sys

class CtrlC:
    def find_spec(self, name, path=None, target=None):
        if name == "{probe_at}":
            sys.meta_path.remove(self)
            os.kill(os.getpid(), signal.{signal})
        return None

sys.meta_path.insert(0, CtrlC())
"""


def test_ctrl_c_while_importing_the_spiders_is_one_line() -> None:
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "site=demo"]
    command += ["-s", "SPIDER_MODULES=newsarchive.spiders,tests.plugins.interrupt_import"]
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGINT, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.stderr.rstrip().splitlines()[-1] == "scrapy crawl: interrupted (Ctrl-C)"


def _venv(at: Path, probe_at: str = "scrapy.crawler", signal: str = "SIGINT") -> Path:
    """A venv of its own, the project's venv's packages on its path (no pip, no copies),
    sending itself SIGINT as `probe_at` is first imported; returns its site-packages."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(at)], check=True)
    where = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = subprocess.run(
        [at / "bin" / "python", "-c", where], capture_output=True, text=True, check=True
    ).stdout.strip()
    ours = subprocess.run(
        [sys.executable, "-c", where], capture_output=True, text=True, check=True
    ).stdout.strip()
    (Path(site) / "packages.pth").write_text(ours + "\n")
    (Path(site) / "ctrl_c_in_scrapy.py").write_text(
        CTRL_C_IN_SCRAPY.format(probe_at=probe_at, signal=signal)
    )
    (Path(site) / "zz_ctrl_c_in_scrapy.pth").write_text("import ctrl_c_in_scrapy\n")
    return Path(site)


@pytest.mark.parametrize("installed", [True, False], ids=["hook installed", "not installed"])
def test_ctrl_c_while_scrapy_itself_imports_is_one_line_once_make_install_ran(
    tmp_path: Path, installed: bool
) -> None:
    """Before the project's package is imported, only the venv's copy of the hook (what
    `make install` puts there: `python -m newsarchive.venvhook`) can stop
    Python's traceback; without it, the traceback (4-5 of 10 Ctrl-Cs at 0.05-0.8 s)."""
    venv = tmp_path / "venv"
    _venv(venv)
    python = str(venv / "bin" / "python")
    if installed:
        subprocess.run([python, "-m", "newsarchive.venvhook"], cwd=PROJECT, check=True)
    command = [python, "-m", "scrapy", "crawl", "news", "-a", "site=demo"]
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGINT, done.stderr[-3000:]
    if not installed:  # the probe lands where the package's own hook cannot help
        assert "Traceback" in done.stderr and "scrapy/cmdline.py" in done.stderr
        assert "newsarchive" not in done.stderr
        return
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.stderr.rstrip().splitlines() == ["scrapy crawl: interrupted (Ctrl-C)"]


TERMINATED = (
    "scrapy crawl: terminated (SIGTERM) while starting, before the crawl took the signal over: "
    "nothing was fetched; the next run starts as after a kill"
)


def test_sigterm_while_importing_the_spiders_is_one_line() -> None:
    """Before, the process ended with status 143 (-SIGTERM) and not a word on stderr."""
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "site=demo"]
    command += ["-s", "SPIDER_MODULES=newsarchive.spiders,tests.plugins.terminate_import"]
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGTERM, done.stderr[-3000:]  # still ended by it: 143
    assert done.stderr.rstrip().splitlines()[-1:] == [TERMINATED]


@pytest.mark.parametrize("installed", [True, False], ids=["hook installed", "not installed"])
def test_sigterm_while_scrapy_itself_imports_is_one_line_once_make_install_ran(
    tmp_path: Path, installed: bool
) -> None:
    """Before the project's package is imported only the venv's copy of the hook can say
    it; without it (or before this change) the process ended by SIGTERM without a word."""
    venv = tmp_path / "venv"
    _venv(venv, signal="SIGTERM")
    python = str(venv / "bin" / "python")
    if installed:
        subprocess.run([python, "-m", "newsarchive.venvhook"], cwd=PROJECT, check=True)
    command = [python, "-m", "scrapy", "crawl", "news", "-a", "site=demo"]
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGTERM, done.stderr[-3000:]
    assert done.stderr.rstrip().splitlines() == ([TERMINATED] if installed else [])


def test_sigterm_of_other_programs_is_left_alone(tmp_path: Path) -> None:
    """Only `scrapy crawl` is named: another program of the venv ends as it did."""
    venv = tmp_path / "venv"
    _venv(venv, probe_at="json.decoder", signal="SIGTERM")
    python = str(venv / "bin" / "python")
    subprocess.run([python, "-m", "newsarchive.venvhook"], cwd=PROJECT, check=True)
    done = subprocess.run(
        [python, "-c", "import json"], cwd=PROJECT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == -signal.SIGTERM and done.stderr == ""


def test_sigterm_as_the_spider_opens_is_not_called_a_kill(tmp_path: Path) -> None:
    """Scrapy has the signal (its handlers go in as the reactor starts) but a graceful stop
    before its engine runs closes no spider: the line said "(killed)", which it was not."""
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.term_at_open.TermAtOpen": 900}
    settings = {"EXTENSIONS": json.dumps(extensions)}
    command = crawl_command("demo", {"base_url": "http://127.0.0.1:9"}, settings, tmp_path)
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr[-3000:]
    assert "Received SIGTERM" in done.stderr
    assert done.stderr.rstrip().splitlines()[-1] == (
        "scrapy crawl: the crawl was stopped as it started, before its spider ran (a Ctrl-C or "
        "SIGTERM then closes nothing): the next run makes good what it left, as after a kill "
        "(exit status 1)"
    )


def test_ctrl_c_during_a_crawl_reaches_the_extraction_workers_without_a_traceback(
    demo_server_factory: Callable[..., DemoServer], tmp_path: Path
) -> None:
    """Ctrl-C in a terminal goes to the whole process group, the extraction workers too:
    each printed a KeyboardInterrupt traceback and died with its page (3 runs of 3: 1 to 6
    pages reported failed as `extraction worker_crashed` or `ValueError`)."""
    demo = demo_server_factory(articles=300)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    command = crawl_command("news", args, {"DOWNLOAD_DELAY": "0"}, tmp_path)
    log_path = tmp_path / "crawl.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=PROJECT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    items = tmp_path / "items.jsonl"
    deadline = time.monotonic() + 240
    try:
        while not (items.exists() and items.read_bytes().count(b"\n") >= 20):
            assert process.poll() is None, "the crawl ended before its 20th item"
            assert time.monotonic() < deadline, "no 20th item"
            time.sleep(0.05)  # till the workers are extracting
        assert process.poll() is None, "the crawl ended before the Ctrl-C"
    except AssertionError:
        with contextlib.suppress(ProcessLookupError):  # its workers too
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise
    os.killpg(process.pid, signal.SIGINT)  # as a terminal's Ctrl-C does
    assert process.wait(timeout=120) == 1
    _wait_for_group(process.pid)  # a worker's last words, if any, are in the log then
    log_text = log_path.read_text(errors="replace")
    assert "Received SIGINT" in log_text, log_text[-3000:]
    assert "Traceback" not in log_text, log_text[-5000:]
    # the pages the workers held were extracted (before: worker_crashed, ValueError ...)
    assert "failed: extraction" not in log_text, log_text[-3000:]
    last = log_text.rstrip().splitlines()[-1]
    assert last == (
        "scrapy crawl: the crawl did not finish its job: shutdown (stopped by Ctrl-C or SIGTERM: "
        "what it archived and exported is kept, the next run fetches the rest) (exit status 1)"
    )


def _wait_for_group(group: int) -> None:
    """Until no process of the process group `group` lives (a zombie left to be reaped does
    not count): the crawl's extraction workers outlive its main process by a moment, longer
    on a loaded machine than any fixed pause."""
    deadline = time.monotonic() + 120  # a hang guard only
    while True:
        alive = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except (FileNotFoundError, ProcessLookupError):  # gone while read
                continue
            if fields[0] != "Z" and int(fields[2]) == group:
                alive.append(stat.parent.name)
        if not alive:
            return
        assert time.monotonic() < deadline, f"the crawl's processes {alive} did not end"
        time.sleep(0.05)


def _run_bare(code: str) -> subprocess.CompletedProcess[str]:
    """`code` run by this venv's Python without its site start-up (so without the `.pth`
    copy of the hook `make install` puts there), its packages still importable through
    PYTHONPATH."""
    return subprocess.run(
        [sys.executable, "-S", "-c", code],
        cwd=PROJECT,
        env={**os.environ, "PYTHONPATH": sysconfig.get_paths()["purelib"]},
        capture_output=True,
        text=True,
        timeout=120,
    )


IMPORTS = (
    "newsarchive, newsarchive.settings, newsarchive.cli, newsarchive.spiders.news,"
    " newsarchive.network.download, newsarchive.pipelines, newsarchive.scrapy_commands.crawl"
)


def test_importing_the_package_leaves_the_excepthook_alone() -> None:
    """A library's import must not change a process-wide hook (it took the excepthook over:
    a program importing the package had its own Ctrl-C handling changed)."""
    code = f"import sys; import {IMPORTS}; print(sys.excepthook is sys.__excepthook__)"
    done = _run_bare(code)
    assert done.stdout.strip() == "True", done.stderr[-3000:]


def test_a_program_importing_the_package_keeps_pythons_traceback(tmp_path: Path) -> None:
    """The venv's copy of the hook speaks for `scrapy` and `python -m newsarchive` only; a
    program of the venv that merely imports the package gets Python's own traceback (it
    printed `newsarchive: interrupted (Ctrl-C)`, as if the package were the program)."""
    venv = tmp_path / "venv"
    _venv(venv)
    python = str(venv / "bin" / "python")
    subprocess.run([python, "-m", "newsarchive.venvhook"], cwd=PROJECT, check=True)
    code = "import newsarchive\nraise KeyboardInterrupt"
    done = subprocess.run(
        [python, "-c", code], cwd=PROJECT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == -signal.SIGINT, done.stderr[-3000:]
    assert "interrupted (Ctrl-C)" not in done.stderr
    assert done.stderr.rstrip().splitlines()[-1] == "KeyboardInterrupt", done.stderr


@pytest.mark.parametrize(
    ("error", "last_line"),
    [
        ("KeyboardInterrupt", "scrapy crawl: interrupted (Ctrl-C)"),
        ("ValueError('not a Ctrl-C')", "ValueError: not a Ctrl-C"),
    ],
)
def test_the_hook_speaks_for_ctrl_c_only(error: str, last_line: str) -> None:
    """Installed, the hook gives Ctrl-C its one line; any other error reaches the hook it
    found (here Python's own: the traceback)."""
    code = "from newsarchive.interrupt import install_hook\ninstall_hook('scrapy crawl')\n"
    code += f"raise {error}\n"
    done = _run_bare(code)
    assert done.stderr.rstrip().splitlines()[-1] == last_line, done.stderr
    assert ("Traceback" in done.stderr) == (error != "KeyboardInterrupt")


@pytest.mark.parametrize(
    ("program", "probe_at", "line"),
    [
        (
            ["-m", "scrapy", "crawl", "news", "-a", "site=demo"],
            "newsarchive.spiders.news",
            "scrapy crawl: interrupted (Ctrl-C)",
        ),
        (
            ["-m", "newsarchive", "extract", "--help"],
            "newsarchive.commands.extract",
            "python -m newsarchive: interrupted (Ctrl-C)",
        ),
    ],
    ids=["scrapy crawl", "python -m newsarchive"],
)
def test_ctrl_c_while_the_project_imports_is_one_line_without_the_venv_copy(
    tmp_path: Path, program: list[str], probe_at: str, line: str
) -> None:
    """Without `make install`'s copy, the entry points take the hook over themselves (the
    crawl command before Scrapy imports the spiders, `python -m newsarchive` first thing):
    a Ctrl-C while the project's modules import is still one line, status 130."""
    venv = tmp_path / "venv"
    site = _venv(venv, probe_at=probe_at)
    assert not (site / "newsarchive_interrupt.pth").exists()
    done = subprocess.run(
        [str(venv / "bin" / "python"), *program],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGINT, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.stderr.rstrip().splitlines()[-1] == line
