"""Many short `scrapy crawl` processes, forked from one process that imported Scrapy once.

A `scrapy crawl` that stops at its arguments spends much of its CPU importing Scrapy,
Twisted and the libraries under them: test_cli_errors' 72 such processes were the suite's
slowest setup (0.9 s CPU each; forked from here, 0.6 s; with what a crawl imports
preloaded, CRAWL_PRELOAD, not only what `scrapy crawl nosuch` does: 0.4 s). Each case here
is still its own process running `python -m scrapy` (`runpy`, as `-m` does) from the
project checkout, with its own argv, stdout, stderr and exit status; what it finds already
imported is only third-party code. The project's own modules are imported by each process afresh
(`newsarchive` is checked absent before any fork): their import-time behaviour, and any
traceback, is what a user's run gives.

`spawn_scrapy` does the same for one `scrapy crawl` a test waits on, watches or kills:
forked from a process kept for the session (one per pytest worker), it answers as a
`subprocess.Popen` does (pid, poll, wait, send_signal, kill, returncode), its output in
the file given.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
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
    # what a crawl imports, not only `crawl nosuch`: most cases stop at an argument checked
    # after the spider's module (and the downloader under it) is imported
    command = [sys.executable, "-c", _ZYGOTE, json.dumps(CRAWL_PRELOAD), str(at_once)]
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


# The zygote of `spawn_scrapy`, run by `python -c` in the project checkout: imports what
# every crawl imports, then reads one job a line (JSON) on stdin, forks it, and writes one
# line a fork ({"pid", "job"}) and one a child ended ({"ended": job, "code"}) on stdout, a
# job named by its number, not its pid: the zygote reaps its children itself (they are not
# the test's; SIGCHLD wakes its select through a pipe), and a reaped pid is soon another
# process's (pid_max is 32768 on some hosts: a session's crawls, threads and browsers wrap
# it), a later crawl's, whose handle would have answered with the earlier one's status. A
# child takes the job's folder, environment (PYTHONPATH's folders put in sys.path, as a new
# interpreter does) and output (stderr apart if given), closes every other descriptor (as Popen's
# close_fds), and runs the module as `python -m scrapy` does, with the arguments, sys.path
# and sys.orig_argv (the venv's interrupt hook names a SIGTERM while starting by it) such a
# process has. Its end of input (the test process gone) ends the zygote, not its children.
_SPAWNER = r"""
import importlib, importlib.util, json, os, runpy, select, signal, sys, threading
for name in json.loads(sys.argv[1]):
    if importlib.util.find_spec(name.split(".")[0]) is not None:
        importlib.import_module(name)
ours = sorted(m for m in sys.modules if m.split(".")[0] in ("newsarchive", "tests"))
assert not ours, f"project modules imported before the fork: {ours}"
wake_r, wake_w = os.pipe()
os.set_blocking(wake_w, False)
signal.set_wakeup_fd(wake_w)
signal.signal(signal.SIGCHLD, lambda *_: None)
def say(answer):
    os.write(1, (json.dumps(answer) + "\n").encode())
running = {}
def reap():
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        say({"ended": running.pop(pid), "code": os.waitstatus_to_exitcode(status)})
child, pending, jobs = None, b"", 0
while child is None:
    ready = select.select([0, wake_r], [], [])[0]
    if wake_r in ready:
        os.read(wake_r, 512)
    reap()
    if 0 not in ready:
        continue
    data = os.read(0, 65536)
    if not data:
        break
    *lines, pending = (pending + data).split(b"\n")
    for line in lines:
        job = json.loads(line)
        assert "twisted.internet.reactor" not in sys.modules, "a reactor installed before the fork"
        assert threading.active_count() == 1, "a thread started before the fork"
        pid = os.fork()
        if pid == 0:
            child = job
            break
        running[pid] = jobs
        say({"pid": pid, "job": jobs})
        jobs += 1
if child is not None:
    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    os.chdir(child["cwd"])
    os.environ.clear()
    os.environ.update(child["env"])
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(os.open(child["out"], os.O_WRONLY), 1)
    os.dup2(os.open(child["err"], os.O_WRONLY) if child["err"] else 1, 2)
    os.closerange(3, os.sysconf("SC_OPEN_MAX"))
    if "tempfile" in sys.modules:
        sys.modules["tempfile"].tempdir = None  # found from TMPDIR at its first use, as anew
    sys.orig_argv = [sys.executable, "-m", "scrapy", *child["argv"]]
    sys.argv = ["-m", *child["argv"]]
    sys.path[0] = os.getcwd()
    sys.path[1:1] = child["path"]  # PYTHONPATH's, where a new interpreter puts them
    sys.path[:] = list(dict.fromkeys(sys.path))  # the first of each, as site.py leaves them
    if "newsarchive_interrupt" in sys.modules:
        sys.modules["newsarchive_interrupt"].install_hook()
    runpy.run_module("scrapy", run_name="__main__", alter_sys=True)
"""

# What every `scrapy crawl` of the project imports (`python -X importtime`), none of it ours:
# about half a crawl's CPU. (Not redis, Chromium's driver or the extractor's libraries: only
# some crawls import them.)
CRAWL_PRELOAD = (
    *PRELOAD,
    "scrapy.core.engine",
    "scrapy.core.scraper",
    "scrapy.core.downloader.handlers.http11",
    "scrapy.extensions.feedexport",
    "scrapy.downloadermiddlewares.robotstxt",
    "scrapy.pipelines",
    "twisted.internet.asyncioreactor",
    "twisted.web.client",
    "twisted.internet.ssl",
    "OpenSSL",
    "cryptography.x509",
    "service_identity",
    "lxml.html",
    "parsel",
    "w3lib.html",
    "attr",
    "requests",
    "urllib3",
    "aiohttp",
    "filelock",
    "queuelib",
    "spidermon",
    "slugify",
    "regex",
    "charset_normalizer",
    "brotli",
)


class ForkedProcess:
    """One forked `scrapy` process, answering as `subprocess.Popen` does."""

    def __init__(self, zygote: _Zygote, job: int, pid: int, args: list[str]) -> None:
        self.zygote, self.job, self.pid, self.args = zygote, job, pid, args
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            with self.zygote.changed:
                self.returncode = self.zygote.ended.get(self.job)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        with self.zygote.changed:
            if not self.zygote.changed.wait_for(self._known, timeout):
                raise subprocess.TimeoutExpired(self.args, timeout or 0)
            if self.job not in self.zygote.ended:
                raise RuntimeError(f"the zygote ended before its child {self.pid} did")
            self.returncode = self.zygote.ended[self.job]
        return self.returncode

    def _known(self) -> bool:
        return self.job in self.zygote.ended or self.zygote.gone

    def send_signal(self, sig: int) -> None:
        if self.poll() is None:  # as Popen: never a signal to a reaped pid
            # reaped by the zygote, its end not yet read here: gone, as Popen's race (bpo-40550)
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, sig)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


# The environment of the session (this module is imported as pytest loads its plugins), the
# zygote's: not that of the test whose crawl happens to start it. A zygote started in a
# test's changed environment (test_browser_shutdown sets one) made every later crawl of its
# worker start afresh, and spawn_scrapy's own tests fail in that worker.
_SESSION_ENV = dict(os.environ)


class _Zygote:
    def __init__(self, cwd: Path) -> None:
        self.env = _SESSION_ENV
        command = [sys.executable, "-c", _SPAWNER, json.dumps(CRAWL_PRELOAD)]
        self.process = subprocess.Popen(
            command, cwd=cwd, env=self.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        self.changed = threading.Condition()
        self.ended: dict[int, int] = {}  # exit status by job number
        self.started: list[int] = []  # pid by job number
        self.gone = False
        self.lock = threading.Lock()  # one job a time: its pid is the next answer "pid"
        threading.Thread(target=self._read, name="scrapy-zygote", daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            answer = json.loads(line)
            with self.changed:
                if "pid" in answer:
                    assert answer["job"] == len(self.started), answer
                    self.started.append(answer["pid"])
                else:
                    self.ended[answer["ended"]] = answer["code"]
                self.changed.notify_all()
        with self.changed:
            self.gone = True
            self.changed.notify_all()

    def spawn(
        self, argv: Sequence[str], cwd: Path, out: Path, err: Path | None, env: Mapping[str, str]
    ) -> ForkedProcess | None:
        job = {
            "argv": list(argv),
            "cwd": str(cwd),
            "env": dict(env),
            "path": _added_path(self.env, env),
            "out": str(out),
            "err": str(err) if err else "",
        }
        assert self.process.stdin is not None
        with self.lock:
            with self.changed:
                count = len(self.started)
            # written without the condition's lock: the reader thread takes it for each
            # line, and the zygote, its output unread, would stop reading this
            try:
                self.process.stdin.write(json.dumps(job).encode() + b"\n")
                self.process.stdin.flush()
            except BrokenPipeError:
                return None  # the zygote gone: the caller starts the crawl afresh
            with self.changed:
                if not self.changed.wait_for(lambda: len(self.started) > count or self.gone, 120):
                    raise RuntimeError("the zygote did not fork in 120 s")
                if len(self.started) <= count:
                    return None  # gone before it forked: the crawl starts afresh
                pid = self.started[count]
        return ForkedProcess(self, count, pid, [sys.executable, "-m", "scrapy", *argv])

    def close(self) -> None:
        """Its input's end ends it (its children run on); never a session left waiting on it
        (a process forked from the test's, holding the pipe, would keep it reading)."""
        assert self.process.stdin is not None
        with contextlib.suppress(BrokenPipeError):
            self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# Read when a run starts, not as a library is imported: the child is given them. pytest's
# name of the running test (set anew for each test), the settings module Scrapy reads as a
# command starts, and PYTHONPATH, whose folders the child puts in sys.path (_added_path).
_READ_AT_RUN = ("PYTEST_CURRENT_TEST", "SCRAPY_SETTINGS_MODULE", "PYTHONPATH")


def _read_at_import(env: Mapping[str, str]) -> dict[str, str]:
    return {name: value for name, value in env.items() if name not in _READ_AT_RUN}


def _folders(env: Mapping[str, str]) -> list[str]:
    return [os.path.abspath(p) for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]


def _added_path(zygotes: Mapping[str, str], env: Mapping[str, str]) -> list[str]:
    """The folders a new interpreter started in `env` puts in sys.path after the script's own
    and before the zygote's PYTHONPATH folders (which end `env`'s: `_forks_as_new`)."""
    ours, theirs = _folders(env), _folders(zygotes)
    return ours[: len(ours) - len(theirs)]


def _forks_as_new(zygotes: Mapping[str, str], env: Mapping[str, str]) -> bool:
    """A library reads the environment as it is imported (tldextract its cache folder): a
    fork gives what a new process gives only where that part is the zygote's. PYTHONPATH may
    put folders before the zygote's, no other change."""
    ours, theirs = _folders(env), _folders(zygotes)
    ends = len(ours) >= len(theirs) and ours[len(ours) - len(theirs) :] == theirs
    return ends and _read_at_import(zygotes) == _read_at_import(env)


_zygotes: dict[Path, _Zygote] = {}
_zygotes_lock = threading.Lock()


def spawn_scrapy(
    argv: Sequence[str],
    *,
    cwd: Path,
    out: Path,
    err: Path | None = None,
    env: Mapping[str, str] | None = None,
    folder: Path | None = None,
) -> ForkedProcess | None:
    """`scrapy <argv>` forked from the zygote started in `cwd`, run in `folder` (`cwd` if not
    given) in `env` (this process's if not given), its stdout and stderr into `out` (stderr
    into `err` if given; files that exist); None where a fork would not be what a fresh
    `python -m scrapy` is: the environment is no longer the one the zygote was started with
    (read by a library at its import), or the process is gone."""
    env = os.environ if env is None else env
    with _zygotes_lock:
        zygote = _zygotes.get(cwd)
        if zygote is None:
            zygote = _zygotes[cwd] = _Zygote(cwd)
            atexit.register(zygote.close)
    if zygote.gone or not _forks_as_new(zygote.env, env):
        return None
    return zygote.spawn(argv, folder or cwd, out, err, env)
