"""`check` run twice in one process through `newsarchive.cli.main(argv)`, as a program that
runs the commands does: Twisted's reactor runs once a process, and the second check raised
ReactorNotRestartable as a traceback. The second now runs in a process of its own, its lines
and exit status the same as the first's.

The two calls run in a fresh Python process (the suite's must not get Scrapy's reactor), from
a folder that is not the project's, against an invented site on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import queue
import select
import signal
import subprocess
import sys
import threading
from pathlib import Path

from tests.plugins.page_origin import answering_origin
from tests.plugins.root_listing import ROOT, run_against_root_site

PROJECT = Path(__file__).resolve().parents[1]


def _elsewhere() -> dict[str, str]:
    """A process's environment as a user's shell outside the project has it: newsarchive
    importable, no SCRAPY_SETTINGS_MODULE (an in-process crawl or check of this test
    process sets it, from the project's scrapy.cfg: the test would pass without the fix)."""
    env = {name: value for name, value in os.environ.items() if name != "SCRAPY_SETTINGS_MODULE"}
    return {**env, "PYTHONPATH": str(PROJECT)}


LOUD = ["-s", "LOG_LEVEL=INFO"]  # "Spider opened" and Scrapy's other INFO lines


def _check_argv(origin: str) -> list[str]:
    """`check` of `origin`'s home page as a section, one article, no delay, no retry."""
    return [
        "check", "-a", f"url={origin}/", "--articles", "1",
        "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}", "-s", "RETRY_TIMES=0",
        "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
    ]  # fmt: skip


SCRIPT = r"""
import contextlib
import io
import json
import sys

sys.path.insert(0, sys.argv[1])
from newsarchive import cli

ends = []
for _ in range(2):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(sys.argv[2:], log_lines=True)
    ends.append({"code": code, "out": out.getvalue(), "err": err.getvalue()})
print(json.dumps(ends))
"""


def test_check_runs_twice_in_one_process(tmp_path: Path) -> None:
    done = run_against_root_site(
        lambda origin: [sys.executable, "-c", SCRIPT, str(PROJECT), *_check_argv(origin)],
        tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    first, second = json.loads(done.stdout.splitlines()[-1])
    assert "Traceback" not in first["err"] + second["err"], second["err"][-3000:]
    assert "verdict: " in first["out"], first
    assert second["code"] == first["code"], second["err"][-3000:]
    # the same verdicts (the first line names the origin and the time of the check)
    assert second["out"].splitlines()[1:] == first["out"].splitlines()[1:], second


def test_a_check_run_from_another_folder_has_the_projects_settings(tmp_path: Path) -> None:
    """`python -m newsarchive check` run from a folder with no scrapy.cfg (as the second check
    of a program is: its child process runs where the program runs) reads robots.txt as a
    crawl does, ROBOTSTXT_OBEY on (the project's setting). Before, it crawled with Scrapy's
    defaults: robots.txt not obeyed, Scrapy's telnet console and remote-control server
    opened, the project's network rules and download timeout left out."""

    done = run_against_root_site(
        lambda origin: [sys.executable, "-m", "newsarchive", *_check_argv(origin), *LOUD],
        tmp_path, robots=b"User-agent: *\nDisallow: /private/\n", env=_elsewhere(),
    )  # fmt: skip
    (robots,) = [line for line in done.stdout.splitlines() if line.startswith("robots.txt")]
    assert "not obeyed" not in robots, done.stdout
    assert "Telnet console listening" not in done.stderr, done.stderr[-3000:]
    assert "Remote control HTTP server" not in done.stderr, done.stderr[-3000:]


# a program whose process ran Twisted's reactor before: its `check` runs in a child process
RAN_BEFORE = r"""
import json
import sys

sys.path.insert(0, sys.argv[1])
from twisted.internet import reactor

reactor.callWhenRunning(reactor.stop)
reactor.run()
from newsarchive import cli

code = cli.main(sys.argv[2:], log_lines=True)
print(json.dumps({"code": code}), flush=True)
"""


def _kill_when_opened(
    program: subprocess.Popen[str],
    lines: queue.Queue[str],
    release: threading.Event,
) -> dict[str, int]:
    """Once the program's stderr has its check's "Spider opened" line (passed on as it came),
    its check process is killed: what the program ends with. (Not the robots.txt error line,
    as before: in one CI run on a loaded box it did not come in 120 s, for a reason not
    found; "Spider opened" is written before any request.)"""
    assert program.stderr is not None and program.stdout is not None
    errors = program.stderr
    reader = threading.Thread(target=lambda: [lines.put(line) for line in errors])
    reader.start()
    try:
        said: list[str] = []
        while not any("Spider opened" in line for line in said):
            said.append(lines.get(timeout=120))  # raises Empty: the lines were held back
        # killed at once: the child cannot have ended, its home page is held until `release`
        # (it waited for the child to ask for the home page before: in two CI runs on a
        # loaded box it did not within 120 s, for a reason not found)
        (child,) = _children(program.pid)
        os.kill(child, signal.SIGKILL)
        release.set()
        end: dict[str, int] = json.loads(program.stdout.read().splitlines()[-1])
    finally:
        release.set()
        if program.poll() is None:
            program.kill()
        program.wait(120)
        reader.join(120)
    for line in reversed(said):
        lines.queue.appendleft(line)
    return end


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (Linux: /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def test_a_check_in_a_child_process_streams_its_lines_and_names_its_kill(tmp_path: Path) -> None:
    """The child's lines come as it writes them (its "Spider opened", while it still waits
    for the home page), and a child killed by a signal (as the out-of-memory killer does) is
    said in one line, exit 1. Before, nothing came until the child ended, and a kill gave
    exit -9 without a word."""
    release = threading.Event()

    def answer(target: str) -> tuple[int, dict[str, str], bytes]:
        if target == "/robots.txt":
            return 500, {}, b"broken"  # one ERROR line, at once (no retry)
        if target == "/":
            release.wait(120)  # the child is killed meanwhile
            return 200, {"Content-Type": "text/html"}, ROOT.encode()
        return 404, {}, b"not here"

    lines: queue.Queue[str] = queue.Queue()
    with answering_origin(answer) as origin, subprocess.Popen(
        [sys.executable, "-c", RAN_BEFORE, str(PROJECT), *_check_argv(origin), *LOUD],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as program:  # fmt: skip
        end = _kill_when_opened(program, lines, release)
    rest = list(lines.queue)
    killed = [line for line in rest if "was killed by SIGKILL" in line]
    assert end == {"code": 1}, rest
    assert len(killed) == 1 and killed[0].startswith("check: its process (pid "), rest
    assert not any("Traceback" in line for line in rest), rest


def test_a_sigterm_to_a_program_whose_check_runs_in_a_child_stops_the_child(
    tmp_path: Path,
) -> None:
    """SIGTERM to the program while its check's child process fetches: passed on to the
    child, which stops; one line, exit 128 + 15, no process left. Before, the handler the
    reactor left in the program took it for a reactor no longer running: the check ran on
    to its verdict (and a SIGKILL of the program left the child running alone)."""
    fetching, release = threading.Event(), threading.Event()

    def answer(target: str) -> tuple[int, dict[str, str], bytes]:
        if target == "/":
            fetching.set()
            release.wait(120)  # answered once the program has its SIGTERM
            return 200, {"Content-Type": "text/html"}, ROOT.encode()
        return 404, {}, b"not here"

    with answering_origin(answer) as origin, subprocess.Popen(
        [sys.executable, "-c", RAN_BEFORE, str(PROJECT), *_check_argv(origin), *LOUD],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as program:  # fmt: skip
        assert program.stderr is not None and program.stdout is not None
        errors, lines = program.stderr, queue.Queue[str]()
        reader = threading.Thread(target=lambda: [lines.put(line) for line in errors])
        reader.start()
        try:
            assert fetching.wait(120)
            (child,) = _children(program.pid)
            os.kill(program.pid, signal.SIGTERM)
            said: list[str] = []  # the child has it: Scrapy says so, waits for the page
            while not any("Received SIGTERM" in line for line in said):
                said.append(lines.get(timeout=120))  # raises Empty: it never came
            release.set()
            out = program.stdout.read()
            program.wait(120)
            reader.join(120)
            err = "".join(said + list(lines.queue))
        finally:
            release.set()
            if program.poll() is None:
                program.kill()
                program.wait(120)
    assert "Traceback" not in err, err[-3000:]
    assert json.loads(out.splitlines()[-1]) == {"code": 128 + signal.SIGTERM}, err[-3000:]
    said = [line for line in err.splitlines() if line.startswith("check: interrupted")]
    assert said == ["check: interrupted (SIGTERM, passed on to its process): no verdict"], err
    assert not Path(f"/proc/{child}").exists() or _zombie(child)


def _zombie(pid: int) -> bool:
    """Whether process `pid` ended, not yet waited for by its parent."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def _ends_within(pid: int, seconds: float) -> bool:
    """Whether process `pid` (not a child of this one) ends within `seconds` (a bound on a
    wait, not a measure: it ends at once or never)."""
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        readable, _, _ = select.select([handle], [], [], seconds)
        return bool(readable) or _zombie(pid)
    finally:
        os.close(handle)


def test_a_sigkill_of_a_program_whose_check_runs_in_a_child_ends_the_child(
    tmp_path: Path,
) -> None:
    """SIGKILL of the program while its check's child process waits for the home page: the
    child ends with it (the kernel's PR_SET_PDEATHSIG). Before, it ran on alone, its page
    still to come, until a write met the closed pipe."""
    fetching, release = threading.Event(), threading.Event()

    def answer(target: str) -> tuple[int, dict[str, str], bytes]:
        if target == "/":
            fetching.set()
            release.wait(120)  # held while the program is killed
            return 200, {"Content-Type": "text/html"}, ROOT.encode()
        return 404, {}, b"not here"

    with answering_origin(answer) as origin:
        argv = [
            "check", "-a", f"url={origin}/", "--articles", "1",
            "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}", "-s", "RETRY_TIMES=0",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
        ]  # fmt: skip
        with subprocess.Popen(
            [sys.executable, "-c", RAN_BEFORE, str(PROJECT), *argv],
            cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        ) as program:  # fmt: skip
            child = None
            try:
                assert fetching.wait(120)
                (child,) = _children(program.pid)
                os.kill(program.pid, signal.SIGKILL)
                program.wait(120)
                ended = _ends_within(child, 60)  # its home page still held
            finally:
                release.set()
                if child is not None and not _ends_within(child, 0):
                    os.kill(child, signal.SIGKILL)
    assert ended, f"check process {child} ran on after its program was killed"
