"""Worker processes that turn archived pages into article items.

Extraction is CPU-bound Python: in threads it holds the GIL, so a crawl that
extracts runs its reactor and its parsing on one core. Here pages go to a small
pool of processes, so the crawl's process keeps its core for downloading and
archiving while the other cores parse.

The pool talks to its workers through pipes watched by the crawl's own event
loop: a page is one pickled message down a worker's pipe, its item one back.
No threads in the crawl's process: a pool library's three helper threads and
their locks cost more of the crawl's CPU per page (GIL hand-offs included).
A worker tells when it starts a page, so one that hangs past the time limit
(counted from there) is known and killed, and one that dies is known by its
pipe closing: either costs that page only (`WorkerFailed`); a fresh worker
takes its place and the pages queued behind it.

What the extractor logs in a worker comes back down the same pipe, ahead of its
page's answer, and goes to this process's logging under its logger's name (Scrapy's
format, LOG_FILE, `log_count/*`): in order with its page, and kept when the worker
dies or is killed (the pipe is read to its end). A worker ships only what this
process's handlers take (its level is set from theirs as it starts).
"""

from __future__ import annotations

import asyncio
import atexit
import collections
import contextlib
import fcntl
import logging
import multiprocessing
import os
import pickle
import signal
import struct
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib.machinery import ModuleSpec
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from newsarchive.saidonce import SaidOnce

logger = logging.getLogger(__name__)

PIPE_SIZE = 1024 * 1024  # Linux's default limit: most pages go down the pipe in one write
READ_CHUNK = 256 * 1024
# Seconds more a page may wait for its worker to take it (a fresh worker starting, the
# modules its pickle names being imported): only then does its time limit start.
START_GRACE = 60.0
EXIT_GRACE = 5.0  # seconds a dead worker's exit code may take to be known (it goes in the log)
_SHORT = struct.Struct("!i")  # multiprocessing.Connection's framing, which the worker reads
_LONG = struct.Struct("!Q")
_LOG = b"L"  # first byte of a log record's message (an answer's pickle starts b"\x80")


class WorkerFailed(Exception):
    """A page whose worker crashed or ran past the time limit; `reason` says which."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason


def default_workers() -> int:
    """The cores left after the crawl's own, at least one."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, cores - 1)


@dataclass(frozen=True)
class WorkerConfig:
    workers: int
    timeout: float  # seconds one page may take in a worker
    max_pending: int  # pages handed to the pool and not yet back
    nice: int  # added to the workers' niceness: the crawl's reactor wins a contended core
    preload: tuple[str, ...] = ()  # modules the fork server imports once for all workers


def _keep_main_out_of_workers() -> None:
    """Workers must not run the crawl's main script again on start.

    multiprocessing starts each worker by running the parent's `__main__` script
    (not a module run with -m): for the `scrapy` console script that imports Scrapy,
    Twisted and the rest of the crawl, about 24 MB per worker that extraction never
    uses. A main module known by the name `__main__` is left alone in the children.
    """
    main = sys.modules.get("__main__")
    if main is not None and getattr(main, "__spec__", None) is None:
        main.__spec__ = ModuleSpec("__main__", None)


class _PipeHandler(logging.Handler):
    """A worker's log records, sent down its results pipe to the crawl's process."""

    def __init__(self, results: Connection) -> None:
        super().__init__()
        self._results = results

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._results.send_bytes(_LOG + _shipped(record))
        except Exception:
            self.handleError(record)


def _shipped(record: logging.LogRecord) -> bytes:
    """The record pickled, its message merged with its arguments and its exception as text
    (as logging.handlers.QueueHandler prepares one), every other value that is not a plain
    str, number or None as its repr: nothing this process cannot unpickle (an `extra=`
    object may pickle in the worker, yet name a class only the worker can import)."""
    state = dict(record.__dict__)
    state["msg"] = record.getMessage()
    state["args"] = None
    if record.exc_info:
        state["exc_text"] = record.exc_text or logging.Formatter().formatException(record.exc_info)
    state["exc_info"] = None
    for key, value in state.items():
        if type(value) not in _PLAIN:
            try:
                state[key] = repr(value)
            except Exception:
                state[key] = f"<unprintable {type(value).__name__}>"
    return pickle.dumps(state, pickle.HIGHEST_PROTOCOL)


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _log_to_pipe(results: Connection, level: int) -> None:
    """The worker's logging: every record at `level` or above goes to the crawl's process,
    what the fork server's preloaded modules logged as they were imported first
    (`newsarchive.preloadlog`: every worker sends it, the crawl's process says it once)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    pipe = _PipeHandler(results)
    root.addHandler(pipe)
    root.setLevel(level)
    preloaded = sys.modules.get(PRELOAD_HOLD)
    for record in getattr(preloaded, "held", []):
        if record.levelno >= level:
            record.newsarchive_preloaded = True
            pipe.handle(record)


# imported first by the fork server: holds what the modules after it log as they are imported
PRELOAD_HOLD = "newsarchive.preloadlog"
# each worker sends them: said once (bounded: a long process's runs do not grow it)
_preloaded_said = SaidOnce(1024)


def _emit(message: bytes) -> None:
    """A worker's log record, handed to this process's logger of its name."""
    try:
        record = logging.makeLogRecord(pickle.loads(message))
    except Exception as exc:
        logger.warning("unreadable log record from an extraction worker: %r", exc)
        return
    if getattr(record, "newsarchive_preloaded", False) and not _preloaded_said.first(
        (record.name, record.created, record.getMessage())
    ):
        return  # sent by each worker: said once
    target = logging.getLogger(record.name)
    if target.isEnabledFor(record.levelno):
        target.handle(record)


def taken_level(name: str = "newsarchive") -> int:
    """The lowest level this process's logging passes on for `name`'s records: its logger's
    level, and the handlers the records reach (Scrapy's root handler is at LOG_LEVEL while
    the root logger is at NOTSET); Python's last resort (WARNING) when they reach none."""
    current: logging.Logger | None = logging.getLogger(name)
    levels = []
    while current is not None:
        levels += [handler.level for handler in current.handlers]
        current = current.parent if current.propagate else None
    lowest = min(levels) if levels else logging.WARNING
    disabled = logging.root.manager.disable  # logging.disable(level): that level and below
    return max(logging.getLogger(name).getEffectiveLevel(), lowest, disabled + 1)


def _serve(
    jobs: Connection, results: Connection, nice: int, warm_up: Any, level: int = logging.WARNING
) -> None:
    """A worker's life: one pickled (function, args) in, one (ok, value) out, until EOF.

    Ctrl-C reaches the whole process group: a worker took it as KeyboardInterrupt,
    printed a traceback and died with its page, while the crawl's process shut down
    gracefully and waited for that page. The crawl's process alone decides: a worker
    ignores SIGINT, finishes its page and ends when the pool closes its pipe.

    SIGTERM ends it, whatever the crawl's process had made of it: a pool started after
    Scrapy's forced shutdown (which ignores SIGTERM) had workers ignoring it too, and
    multiprocessing, ending them at exit with SIGTERM, waited for them for ever.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _log_to_pipe(results, level)
    if nice:
        os.nice(nice)
    if warm_up is not None:
        warm_up()  # imports and first-call costs paid before the first real page
    while True:
        try:
            function, args = pickle.loads(jobs.recv_bytes())
        except EOFError:  # the pool closed its end: done
            return
        results.send_bytes(b"")  # started: the time limit counts from here
        try:
            answer = (True, function(*args))
        except Exception as exc:  # the caller's to judge, like any failure of its own
            answer = (False, exc)
        try:
            message = pickle.dumps(answer, pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # an exception or value that does not pickle
            message = pickle.dumps((False, RuntimeError(repr(exc))), pickle.HIGHEST_PROTOCOL)
        results.send_bytes(message)


def _frame(data: bytes) -> bytes:
    """`data` framed as `Connection.send_bytes` frames it."""
    if len(data) > 0x7FFFFFFF:
        return _SHORT.pack(-1) + _LONG.pack(len(data)) + data
    return _SHORT.pack(len(data)) + data


@dataclass
class _Job:
    message: bytes  # framed
    answer: asyncio.Future[tuple[bool, Any]]


class _Worker:
    """One worker process, its two pipe ends in this process, and the pages sent to it.

    Pages queue in the worker's pipe (it takes the next as soon as it is done with
    one, without waiting for this process); the first of `jobs` is the one it works on.
    """

    def __init__(self, process: BaseProcess, jobs_fd: int, results_fd: int) -> None:
        self.process = process
        self.jobs_fd = jobs_fd
        self.results_fd = results_fd
        self.jobs: collections.deque[_Job] = collections.deque()
        self.unsent = bytearray()  # what the pipe did not take yet
        self.received = bytearray()
        self.timer: asyncio.TimerHandle | None = None
        self.alive = True
        self.reading = True  # its results pipe is read to its end, also once it is given up


class ExtractWorkers:
    """A bounded pool of extraction processes, awaited from asyncio."""

    def __init__(self, config: WorkerConfig, warm_up: Callable[[], Any] | None = None) -> None:
        self.config = config
        self._warm_up = warm_up
        # forkserver: workers start from a clean process, not a fork of a reactor with
        # threads; the server imports only what extraction needs (not the crawl's
        # `__main__`), and the workers it forks share those pages with it.
        self._context = multiprocessing.get_context("forkserver")
        _keep_main_out_of_workers()
        self._context.set_forkserver_preload([PRELOAD_HOLD, *config.preload])
        self._loop: asyncio.AbstractEventLoop | None = None
        self._workers: list[_Worker] = []
        # killed or lost, exit not yet seen: the timer, and the page's failure (None: "crashed"
        # with the exit code)
        self._exiting: dict[_Worker, tuple[asyncio.TimerHandle, WorkerFailed | None]] = {}
        self._reading: set[_Worker] = set()  # results pipes not read to their end yet
        self._slots = asyncio.Semaphore(config.max_pending)
        self.pending = 0
        self.max_seen_pending = 0
        self.closed = False

    async def run(self, function: Callable[..., Any], *args: Any) -> Any:
        """`function(*args)` in a worker; raises WorkerFailed if the worker dies or hangs.

        At most `max_pending` calls are in the pool at once: past that, callers
        wait here, which keeps their responses in Scrapy's scraper slot and so
        makes the engine stop downloading until extraction catches up.
        """
        if self.closed:
            raise WorkerFailed("closed", "the pool was closed")
        async with self._slots:
            self.pending += 1
            self.max_seen_pending = max(self.max_seen_pending, self.pending)
            try:
                message = _frame(pickle.dumps((function, args), pickle.HIGHEST_PROTOCOL))
                if self._loop is None:
                    self._start()
                assert self._loop is not None
                job = _Job(message, self._loop.create_future())
                self._submit(min(self._workers, key=lambda w: len(w.jobs)), job)
                ok, value = await job.answer
            finally:
                self.pending -= 1
        if not ok:
            raise value
        return value

    def _start(self) -> None:
        self._loop = asyncio.get_running_loop()
        # registered after multiprocessing's own exit hook, so it runs before it
        atexit.register(self._kill_left_open)
        for _ in range(self.config.workers):
            self._spawn()

    def _spawn(self) -> _Worker:
        jobs_read, jobs_write = os.pipe()
        results_read, results_write = os.pipe()
        with contextlib.suppress(OSError):  # a smaller pipe only means more writes
            fcntl.fcntl(jobs_write, fcntl.F_SETPIPE_SZ, PIPE_SIZE)
        child_jobs = Connection(jobs_read, writable=False)
        child_results = Connection(results_write, readable=False)
        process = self._context.Process(
            target=_serve,
            args=(child_jobs, child_results, self.config.nice, self._warm_up, taken_level()),
            name="extract-worker",
            daemon=True,
        )
        try:
            process.start()
        finally:
            child_jobs.close()
            child_results.close()
        os.set_blocking(jobs_write, False)
        os.set_blocking(results_read, False)
        worker = _Worker(process, jobs_write, results_read)
        assert self._loop is not None
        self._loop.add_reader(results_read, self._readable, worker)
        self._workers.append(worker)
        self._reading.add(worker)
        return worker

    def _submit(self, worker: _Worker, job: _Job) -> None:
        worker.jobs.append(job)
        if len(worker.jobs) == 1:
            self._time(worker, START_GRACE)  # a worker that never takes its page is hung too
        worker.unsent += job.message
        self._writable(worker)

    def _time(self, worker: _Worker, grace: float = 0.0) -> None:
        assert self._loop is not None
        if worker.timer is not None:
            worker.timer.cancel()
        limit = self.config.timeout + grace
        worker.timer = self._loop.call_later(limit, self._expired, worker)

    def _writable(self, worker: _Worker) -> None:
        assert self._loop is not None
        try:
            written = os.write(worker.jobs_fd, worker.unsent)
        except BlockingIOError:
            written = 0
        except OSError:  # the worker is gone; its pipe's EOF says how
            written = len(worker.unsent)
        del worker.unsent[:written]
        if worker.unsent:
            self._loop.add_writer(worker.jobs_fd, self._writable, worker)
        elif written:
            self._loop.remove_writer(worker.jobs_fd)

    def _readable(self, worker: _Worker) -> bool:
        """What the worker wrote, taken; False once there is nothing more to read for now."""
        try:
            data = os.read(worker.results_fd, READ_CHUNK)
        except BlockingIOError:
            return False
        except OSError:
            data = b""
        if not data:  # every record it logged is read: its pipe closes
            self._read_out(worker)
            if worker.alive:
                self._lost(worker)
            return False
        worker.received += data
        while (message := _message(worker.received)) is not None:
            if message[:1] == _LOG:  # logged before its page's answer, or as it died
                _emit(message[1:])
            elif not worker.alive:  # given up on: its pages were failed or sent elsewhere
                continue
            elif message:
                self._answered(worker, _unpickled(message))
            else:  # the worker has its page (modules the pickle names are imported)
                self._time(worker)
        return True

    def _read_out(self, worker: _Worker) -> None:
        if not worker.reading:
            return
        worker.reading = False
        self._reading.discard(worker)
        assert self._loop is not None
        self._loop.remove_reader(worker.results_fd)
        os.close(worker.results_fd)

    def _answered(self, worker: _Worker, answer: tuple[bool, Any]) -> None:
        job = worker.jobs.popleft()
        if not job.answer.done():
            job.answer.set_result(answer)
        if worker.jobs:
            self._time(worker, START_GRACE)
        elif worker.timer is not None:
            worker.timer.cancel()
            worker.timer = None

    def _expired(self, worker: _Worker) -> None:
        """Past its time limit: killed. Its page fails once it has exited, after what it
        logged until then (in its pipe), not among the next worker's lines."""
        worker.process.kill()
        self._discard(worker)
        self._await_exit(worker, WorkerFailed("timeout", f"over {self.config.timeout:g} s"))

    def _lost(self, worker: _Worker) -> None:
        """Its pipe closed: the worker died; its exit code goes in the page's failure."""
        self._discard(worker)
        self._await_exit(worker, None)

    def _await_exit(self, worker: _Worker, failure: WorkerFailed | None) -> None:
        """The process's end comes through its sentinel, watched by the loop (or EXIT_GRACE
        passes): the reactor never waits for a dying worker."""
        assert self._loop is not None
        timer = self._loop.call_later(EXIT_GRACE, self._exited, worker)
        self._exiting[worker] = (timer, failure)
        self._loop.add_reader(worker.process.sentinel, self._exited, worker)

    def _exited(self, worker: _Worker) -> None:
        """A dead worker's end is known (or EXIT_GRACE passed): what is left in its pipe is
        read (logged before its page fails), then it is replaced."""
        entry = self._exiting.pop(worker, None)
        if entry is None:
            return  # replaced already
        timer, failure = entry
        timer.cancel()
        assert self._loop is not None
        self._loop.remove_reader(worker.process.sentinel)
        while worker.reading and self._readable(worker):
            pass
        if failure is None:
            failure = WorkerFailed("crashed", f"worker exit code {worker.process.exitcode}")
        self._replace(worker, failure)

    def _replace(self, worker: _Worker, failure: WorkerFailed) -> None:
        """The worker is dead or killed: its page fails, a fresh worker takes the rest."""
        self._discard(worker)
        if worker.jobs:
            job = worker.jobs.popleft()
            if not job.answer.done():
                job.answer.set_exception(failure)
        if self.closed:
            _fail_all(worker, WorkerFailed("closed", "the pool was closed"))
            return
        logger.warning("extraction worker replaced (%s)", failure)
        fresh = self._spawn()
        for job in worker.jobs:  # pages it had not started: not theirs to pay for
            self._submit(fresh, job)

    def _discard(self, worker: _Worker) -> None:
        """Given up on: nothing more goes to it. Its results pipe is still read to its end
        (what it logged before it ended or was killed), the answers in it ignored."""
        if not worker.alive:
            return
        worker.alive = False
        if worker.timer is not None:
            worker.timer.cancel()
        assert self._loop is not None
        self._loop.remove_writer(worker.jobs_fd)
        os.close(worker.jobs_fd)  # a live worker reads EOF and ends
        self._workers.remove(worker)

    def close(self) -> None:
        """End every worker (those still busy are killed) and wait for them."""
        self.closed = True
        atexit.unregister(self._kill_left_open)  # else the exit hook kept the pool alive
        for lost in list(self._exiting):  # their pages fail now, not after the loop is gone
            self._exited(lost)
        workers = list(self._workers)
        for worker in workers:
            self._discard(worker)
            if worker.jobs:
                worker.process.kill()
                _fail_all(worker, WorkerFailed("closed", "the pool was closed"))
        for worker in workers:
            worker.process.join(timeout=10)
            if worker.process.exitcode is None:
                worker.process.kill()
                worker.process.join()
        for worker in list(self._reading):  # ended: what they logged is in their pipes
            if worker.process.exitcode is None:  # killed at its timeout, not yet reaped
                worker.process.join(timeout=10)
            while self._readable(worker):
                pass
            self._read_out(worker)

    def _kill_left_open(self) -> None:
        """At exit, kill workers of a pool never closed (the reactor stopped under it).

        multiprocessing ends daemon workers at exit with SIGTERM and joins them; a worker
        forked before its first line reset SIGTERM (the fork server inherits the crawl's
        disposition, ignored after Scrapy's forced shutdown) never ended, and the
        process waited for ever after its last log line. Their pages are lost either way.
        """
        for worker in self._workers:
            if worker.process.exitcode is None:
                with contextlib.suppress(OSError, ValueError):
                    worker.process.kill()


def _unpickled(message: bytes) -> tuple[bool, Any]:
    try:
        answer: tuple[bool, Any] = pickle.loads(message)
    except Exception as exc:  # e.g. an exception class this process cannot import
        return False, RuntimeError(f"unreadable answer from a worker: {exc!r}")
    return answer


def _fail_all(worker: _Worker, failure: WorkerFailed) -> None:
    """Pages still queued for a worker that is gone for good."""
    while worker.jobs:
        job = worker.jobs.popleft()
        if not job.answer.done():
            job.answer.set_exception(failure)


def _message(buffer: bytearray) -> bytes | None:
    """The first whole framed message in `buffer`, taken out of it; None until it is whole."""
    if len(buffer) < _SHORT.size:
        return None
    (size,) = _SHORT.unpack_from(buffer)
    start = _SHORT.size
    if size == -1:
        if len(buffer) < start + _LONG.size:
            return None
        (size,) = _LONG.unpack_from(buffer, start)
        start += _LONG.size
    if len(buffer) < start + size:
        return None
    message = bytes(buffer[start : start + size])
    del buffer[: start + size]
    return message
