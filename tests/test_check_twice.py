"""`check` run twice in one process through `newsarchive.cli.main(argv)`, as a program that
runs the commands does: Twisted's reactor runs once a process, and the second check raised
ReactorNotRestartable as a traceback. The second now runs in a process of its own, its lines
and exit status the same as the first's.

The two calls run in a fresh Python process (the suite's must not get Scrapy's reactor), from
a folder that is not the project's, against an invented site on 127.0.0.1.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.plugins.page_origin import answering_origin
from tests.test_check_root_pages import ARTICLE, ROOT, STORIES

PROJECT = Path(__file__).resolve().parents[1]

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
    def answer(target: str) -> tuple[int, dict[str, str], bytes]:
        if target in ("/", "/?p=2"):
            return 200, {"Content-Type": "text/html"}, ROOT.encode()
        if target in STORIES:
            return 200, {"Content-Type": "text/html"}, ARTICLE.encode()
        return 404, {}, b"not here"

    with answering_origin(answer) as origin:
        argv = [
            "check", "-a", f"url={origin}/", "--articles", "1",
            "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
        ]  # fmt: skip
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(PROJECT), *argv],
            cwd=tmp_path, capture_output=True, text=True, timeout=240,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    first, second = json.loads(done.stdout.splitlines()[-1])
    assert "Traceback" not in first["err"] + second["err"], second["err"][-3000:]
    assert "verdict: " in first["out"], first
    assert second["code"] == first["code"], second["err"][-3000:]
    # the same verdicts (the first line names the origin and the time of the check)
    assert second["out"].splitlines()[1:] == first["out"].splitlines()[1:], second
