"""Many short `scrapy crawl` processes, forked from one process that imported Scrapy once.

A `scrapy crawl` that stops at its arguments spends much of its CPU importing Scrapy,
Twisted and the libraries under them: test_cli_errors' 72 such processes were the suite's
slowest setup (0.9 s CPU each; forked from here, 0.6 s). Each case here is still its own
process running `python -m scrapy` (`runpy`, as `-m` does) from the project checkout, with
its own argv, stdout, stderr and exit status; what it finds already imported is only
third-party code. The project's own modules are imported by each process afresh
(`newsarchive` is checked absent before any fork): their import-time behaviour, and any
traceback, is what a user's run gives."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

Done = subprocess.CompletedProcess[str]

# Imported before forking: what even `scrapy crawl nosuch` imports (`python -X importtime`),
# none of it ours. (Not redis: a crawl imports it only when it is shared.)
PRELOAD = (
    "scrapy",
    "scrapy.cmdline",
    "scrapy.crawler",
    "scrapy.utils.test",
    "scrapy.shell",
    "itemadapter",
    "twisted.web.http",
    "tldextract",
    "pydantic",
    "warcio",
    "protego",
)

# Run by `python -c` in the project checkout: reads the jobs (a JSON list) from stdin, forks
# up to `at_once` at a time, and writes each one's exit status as JSON to stdout. A child
# leaves the loop by running the module as `-m` does; if that raises, the interpreter prints
# the traceback and exits with 1, as `python -m scrapy` would.
_ZYGOTE = r"""
import importlib, importlib.util, json, os, runpy, sys
for name in json.loads(sys.argv[1]):
    if importlib.util.find_spec(name.split(".")[0]) is not None:
        importlib.import_module(name)
assert "twisted.internet.reactor" not in sys.modules, "a reactor installed before the fork"
ours = sorted(m for m in sys.modules if m.split(".")[0] in ("newsarchive", "tests"))
assert not ours, f"project modules imported before the fork: {ours}"
jobs, at_once = json.load(sys.stdin), int(sys.argv[2])
running, codes, child = {}, {}, None
for index, job in enumerate(jobs):
    while len(running) >= at_once:
        pid, status = os.wait()
        codes[running.pop(pid)] = os.waitstatus_to_exitcode(status)
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        child = job
        break
    running[pid] = index
if child is None:
    while running:
        pid, status = os.wait()
        codes[running.pop(pid)] = os.waitstatus_to_exitcode(status)
    json.dump([codes[i] for i in range(len(jobs))], sys.stdout)
else:
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(os.open(child["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 1)
    os.dup2(os.open(child["err"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 2)
    sys.argv = ["scrapy", *child["argv"]]
    runpy.run_module("scrapy", run_name="__main__", alter_sys=True)
"""


def run_scrapy(
    runs: Mapping[str, Sequence[str]], *, cwd: Path, out: Path, at_once: int = 4, timeout: float
) -> dict[str, Done]:
    """Each `scrapy <argv>` of `runs` as its own process in `cwd`; `out` keeps their output."""
    names = list(runs)
    jobs = [
        {"argv": list(runs[name]), "out": str(out / f"{i}.out"), "err": str(out / f"{i}.err")}
        for i, name in enumerate(names)
    ]
    command = [sys.executable, "-c", _ZYGOTE, json.dumps(PRELOAD), str(at_once)]
    with subprocess.Popen(
        command,
        cwd=cwd,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its children with it: one group to end on a timeout
    ) as zygote:
        try:
            answer, _ = zygote.communicate(json.dumps(jobs), timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(zygote.pid, signal.SIGKILL)
            raise
    assert zygote.returncode == 0, f"the forking process failed ({zygote.returncode})"
    codes = json.loads(answer)
    return {
        name: subprocess.CompletedProcess(
            [sys.executable, "-m", "scrapy", *job["argv"]],
            code,
            Path(job["out"]).read_text(),
            Path(job["err"]).read_text(),
        )
        for name, job, code in zip(names, jobs, codes, strict=True)
    }
