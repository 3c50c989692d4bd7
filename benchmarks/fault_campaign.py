"""Fault campaign: the demo crawl SIGKILLed at random and chosen moments, rerun, checked (by hand).

    .venv/bin/python benchmarks/fault_campaign.py [--rounds 6] [--kills 4] [--seed N]
        [--out DIR] [--full-disk] [--large] [--keep]

Serves the demo site (300 articles) on 127.0.0.1. Each round is one output folder
(warc/, items/, state/ as a user's `scrapy crawl news -a site=demo` makes them),
`--kills` runs killed with SIGKILL, then a run to the end. A kill lands at a random
moment (a random delay from start-up, or a random number of new items plus a random
pause) or at a chosen one through benchmarks/fault_points.py: half-way through a
WARC record, between the gzip members of a record group, half-way through an items
line, inside the state's COMMIT, inside the items export's last state flush, at a
rewrite of the items journal. Commit batches (7, 40, 1,000 writes) and WARC file
sizes (150 KB, 1 MB, 1 GB) are drawn at random each round.

After each kill (a cycle): every closed WARC reads to its end with warcio; half the time
`python -m newsarchive recover` closes the killed run's `.open` file, naming it on one line
(else the next run's start-up does), and half of those times a `recover` killed after
cutting a file back, before its rename, comes first. At the end of a round `index --items
--wacz` runs whole, then again killed (before renaming its CDXJ or its WACZ, once py-wacz
made the package, or at a random moment): the CDXJ must be the same bytes and the WACZ a
whole zip. Then the round's WARCs, rewritten as `.warc.zst` files, are `recompress`ed and
killed (before renaming a whole copy, at a random write, at a random moment): `extract` of
their folder must give each file's items as before (a killed run's hidden copy left out),
and a `recompress` to the end must write every `.warc.gz` with the same records and leave
no hidden file. After each round: no `.open` or `.creating` file is left, every WARC reads to its
end and passes `warcio check` (digests); every article any items file held after any kill is
still in the items files, which hold the 300 articles once each; every killed run that held
the state's lock is named by a later run's log ("the previous run of this crawl (pid P,
started ...)"); every whole record a killed run's `.open` file held after its kill is still in
a WARC file; every capture and payload row of the crawl state names the record at its
offset in its WARC file, by id; no article page is archived as a whole response twice;
`index --items --wacz` exits 0 and leaves no hidden file in the WARC folder (a killed
index's partial files removed). `--full-disk` (root only) adds a round whose folder is a 700
KB tmpfs: a run on the full disk must stop with exit 1, then the mount is grown
(`remount,size=64m`) and a run finishes the work, checked the same way.
`--large` sets DOWNLOAD_SPOOL_SIZE to 1,000 or 6,000 bytes each round (the demo's lead images
and about half its article pages past it: hashed, compressed and written by the archive's
thread into the large-body WARC file) and adds kills in that path (fault_points.py: as the
large-body file opens, while a body is hashed, half-way through its compressed response
member, between its response and request records, after its group is written and before
the state's payload row), and a kill between writing the run lock's note over the old one
and cutting the old one's rest (as the run takes the lock or lets it go), and at the rename of
an `.open` file (the start-up recovery's, a rotation's, the run's end); a killed `recover`
may then cut either `.open` file first.
Prints one line per cycle and the totals; exit 1 on a failure.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from warcio.archiveiterator import ArchiveIterator  # noqa: E402

from newsarchive import settings as project_settings  # noqa: E402
from newsarchive.demo.server import DemoServer  # noqa: E402

# warcio's `check`, given a br decoder that works with brotli 1.2 (tests/plugins/crawling.py)
WARCIO_CHECK = (
    "import sys; from newsarchive.warc.encodings import install_warcio_decoders as i; i(); "
    "from warcio.cli import main; sys.exit(main())"
)
MODES = ("startup", "random", "warc", "member", "items", "state", "feedclose", "journal")
POINTS = ("warc", "member", "items", "state", "feedclose", "journal")  # fault_points.py
# `--large`: bodies past a low DOWNLOAD_SPOOL_SIZE, and kills in their path (fault_points.py)
LARGE_POINTS = ("largeopen", "largehash", "large", "largemember", "largerow", "lock", "closing")
SPOOL_SIZES = (1000, 6000)  # the demo's lead images are ~1.2 KB, its article pages 5-7 KB
# `python -m newsarchive ...` with a kill point armed (FAULT_COMMAND_POINT)
ARMED = "from benchmarks.fault_points import command; command()"
INDEX_KILLS = ("rename:1", "rename:2", "wacz", "random")
RECOMPRESS_KILLS = ("rename", "write", "random")
EMPTY_PAYLOAD = "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ"  # the digest of no bytes
PACED = {  # about 100 requests a second: a run lasts a few seconds, kills land inside it
    "DOWNLOAD_DELAY": "0.01",
    "RANDOMIZE_DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "4",
    "AUTOTHROTTLE_ENABLED": "0",
    "LOG_LEVEL": "INFO",
}


@dataclass
class Round:
    out: Path
    settings: dict[str, str]
    seen: set[str] = field(default_factory=set)  # every URL any items file held after a kill
    held: set[str] = field(default_factory=set)  # ids of whole records in killed runs' `.open`
    failures: list[str] = field(default_factory=list)


def crawl(site: DemoServer, work: Round, extra: dict[str, str] | None = None) -> subprocess.Popen:
    command = [sys.executable, "-m", "scrapy", "crawl", "news"]
    command += ["-a", "site=demo", "-a", f"base_url={site.base_url}"]
    settings = {
        "NETWORK_ALLOWED": f"127.0.0.1:{site.port}",
        "WARC_DIR": str(work.out / "warc"),
        **PACED,
        **work.settings,
        **(extra or {}),
    }
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    log = (work.out / "logs").joinpath(f"{time.time_ns()}.log")
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as stream:
        process = subprocess.Popen(command, cwd=PROJECT, stdout=stream, stderr=subprocess.STDOUT)
    process.log = log  # type: ignore[attr-defined]
    return process


def item_lines(out: Path) -> list[dict[str, Any]]:
    """Whole JSON lines of every items file (a torn last line is left out: not exported)."""
    items = []
    for path in sorted((out / "items").glob("news-*.jsonl")):
        for line in path.read_bytes().split(b"\n"):
            try:
                items.append(json.loads(line))
            except ValueError:
                continue
    return items


def read_warc(path: Path) -> tuple[int, str | None]:
    """Records read, and why the reading stopped early (None: read to the end)."""
    count = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                record.content_stream().read()
                count += 1
    except Exception as exc:  # warcio raises several kinds on a cut member
        return count, f"{type(exc).__name__}: {exc}"[:200]
    return count, None


def open_record_ids(out: Path) -> set[str]:
    """The ids of the whole records the `.open` files hold."""
    ids: set[str] = set()
    for path in (out / "warc").glob("*.warc.gz.open"):
        ids |= whole_record_ids(path)
    return ids


def whole_record_ids(path: Path) -> set[str]:
    """The ids of the records of a WARC file, read up to where it is cut, whose gzip member
    ends in the file (warcio reads a torn last member's headers and short body without a
    word; recovery rightly cuts it). kill_shared_campaign.py reads its files with it too."""
    data = path.read_bytes()
    starts: list[tuple[int, str]] = []
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                record.content_stream().read()
                record_id = record.rec_headers.get_header("WARC-Record-ID")
                starts.append((records.get_record_offset(), record_id))
    except Exception:  # warcio raises several kinds on a cut member: the records before count
        pass
    ids = set()
    ends = [start for start, _ in starts[1:]] + [len(data)]
    for (start, record_id), end in zip(starts, ends, strict=True):
        member = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            member.decompress(data[start:end])
        except zlib.error:
            continue
        if member.eof and not member.unused_data:
            ids.add(record_id)
    return ids


def torn_member(path: Path) -> int | None:
    """Where the gzip member that does not end in the file starts (None: every one ends).
    warcio reads a torn last member's headers and short body without a word."""
    data = memoryview(path.read_bytes())
    at = 0
    while at < len(data):
        member, fed = zlib.decompressobj(zlib.MAX_WBITS | 16), at
        try:
            while not member.eof and fed < len(data):  # a piece at a time: no copy of the rest
                piece = data[fed : fed + 65536]
                member.decompress(piece)
                fed += len(piece)
        except zlib.error:
            return at
        if not member.eof:
            return at
        at = fed - len(member.unused_data)
    return None


def check_closed_warcs(work: Round, when: str) -> None:
    for path in sorted((work.out / "warc").glob("*.warc.gz")):
        _, error = read_warc(path)
        if error:
            work.failures.append(f"{when}: {path.name} does not read to its end: {error}")
        torn = torn_member(path)
        if torn is not None:
            work.failures.append(f"{when}: {path.name} holds a torn gzip member at {torn}")


def kill_after(process: subprocess.Popen, out: Path, rng: random.Random, mode: str) -> str:
    """SIGKILL the run at a random moment of `mode`; what happened, in a few words."""
    if mode == "startup":
        time.sleep(rng.uniform(0.2, 4.0))
    elif mode == "random":
        target = len(item_lines(out)) + rng.randint(1, 80)
        deadline = time.monotonic() + 120
        while len(item_lines(out)) < target and process.poll() is None:
            if time.monotonic() > deadline:
                break
            time.sleep(0.05)
        time.sleep(rng.uniform(0, 0.3))
    if process.poll() is None and mode in ("startup", "random"):
        process.send_signal(signal.SIGKILL)
    try:
        code = process.wait(timeout=180)
    except subprocess.TimeoutExpired:
        process.kill()
        code = process.wait()
    return "killed" if code == -signal.SIGKILL else f"ended by itself ({code})"


def lock_holder(out: Path) -> int | None:
    """The pid the crawl state's lock names (a run killed while it held it), if any."""
    path = out / "state" / "demo.sqlite.lock"
    text = path.read_text() if path.exists() else ""
    return int(text.split()[1]) if text.startswith("pid ") else None


def state_rows(out: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    path = out / "state" / "demo.sqlite"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        captures = db.execute(
            "SELECT url, warc_file, warc_offset, record_id FROM captures WHERE version >= 1"
        ).fetchall()
        payloads = db.execute(
            "SELECT url, warc_file, warc_offset, record_id FROM payloads"
        ).fetchall()
    return captures, payloads


def record_ids(out: Path) -> dict[tuple[str, int], str]:
    found = {}
    for path in (out / "warc").glob("*.warc.gz"):
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                offset = records.get_record_offset()
                found[(path.name, offset)] = record.rec_headers.get_header("WARC-Record-ID")
    return found


def whole_twice(out: Path, every: set[str]) -> tuple[int, list[str]]:
    """Payloads archived as whole responses more than once (revisits expected): of article
    pages, and the URLs of any other (robots.txt, listings, images; a truncated or empty
    body is never deduplicated)."""
    digests: Counter[tuple[str, str]] = Counter()
    for path in (out / "warc").glob("*.warc.gz"):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                headers = record.rec_headers
                if record.rec_type != "response" or headers.get_header("WARC-Truncated"):
                    continue
                digest = headers.get_header("WARC-Payload-Digest") or ""
                if digest and digest != EMPTY_PAYLOAD:
                    digests[(headers.get_header("WARC-Target-URI") or "", digest)] += 1
    twice = [uri for (uri, _), n in digests.items() if n > 1]
    return sum(1 for uri in twice if uri in every), sorted(u for u in twice if u not in every)


def final_checks(site: DemoServer, work: Round, every: set[str], when: str) -> None:
    out = work.out
    left_open = sorted(p.name for p in (out / "warc").glob("*.open"))
    left_open += sorted(p.name for p in (out / "warc").glob(".*.creating"))
    if left_open:
        work.failures.append(f"{when}: .open files left: {left_open}")
    check_closed_warcs(work, when)
    urls = Counter(item["url"] for item in item_lines(out))
    doubled = {u: n for u, n in urls.items() if n > 1}
    if doubled:
        work.failures.append(f"{when}: {len(doubled)} articles exported twice: {list(doubled)[:3]}")
    if set(urls) != every:
        missing = sorted(every - set(urls))
        work.failures.append(f"{when}: {len(missing)} articles not exported: {missing[:3]}")
    lost = work.seen - set(urls)
    if lost:
        work.failures.append(f"{when}: {len(lost)} exported articles lost: {sorted(lost)[:3]}")
    captures, payloads = state_rows(out)
    if {url for url, *_ in captures} & every != every:
        work.failures.append(f"{when}: the state lacks articles the items files hold")
    ids = record_ids(out)
    dropped = work.held - set(ids.values())
    if dropped:
        work.failures.append(
            f"{when}: {len(dropped)} whole records a killed run's .open file held are gone: "
            f"{sorted(dropped)[:2]}"
        )
    wrong = [row for row in captures + payloads if row[1] and ids.get((row[1], row[2])) != row[3]]
    if wrong:
        work.failures.append(
            f"{when}: {len(wrong)} state rows name no such record: {wrong[:2]} (of "
            f"{len(captures)} captures, {len(payloads)} payloads)"
        )
    closed = [str(p) for p in sorted((out / "warc").glob("*.warc.gz"))]
    checked = subprocess.run([sys.executable, "-c", WARCIO_CHECK, "check", *closed], cwd=PROJECT)
    if checked.returncode != 0:  # warcio's own check: every record's digests
        work.failures.append(f"{when}: warcio check exit {checked.returncode}")
    twice, others = whole_twice(out, every)
    if twice:
        work.failures.append(f"{when}: {twice} article pages archived whole twice")
    if others:
        shown = others[:3]
        work.failures.append(f"{when}: {len(others)} other pages archived whole twice: {shown}")
    index = [sys.executable, "-m", "newsarchive", "index", str(out / "warc")]
    index += ["--items", str(out / "items"), "--wacz", str(out / "warc" / "archive.wacz")]
    done = subprocess.run(index, cwd=PROJECT, capture_output=True, text=True)
    if done.returncode != 0:
        work.failures.append(f"{when}: index exit {done.returncode}: {done.stderr[-300:]}")
    spooled = sorted(p.name for p in (out / "spool").glob("*"))  # `--large` only
    if spooled:
        work.failures.append(f"{when}: spool files left by killed runs: {spooled[:3]}")
    hidden = sorted(p.name for p in (out / "warc").glob(".*"))  # a killed index's partials
    if hidden:
        work.failures.append(f"{when}: hidden files left after index: {hidden}")


def one_round(
    site: DemoServer,
    out: Path,
    rng: random.Random,
    kills: int,
    every: set[str],
    number: int,
    large: bool = False,
) -> tuple[Round, Counter[str]]:
    settings = {
        "STATE_COMMIT_WRITES": str(rng.choice([7, 40, 1000])),
        "STATE_COMMIT_SECONDS": str(rng.choice([0.25, 1])),
        "WARC_MAX_FILE_SIZE": str(rng.choice([150_000, 1_000_000, 1_000_000_000])),
    }
    if large:  # the spool files in the round's folder: none may be left after kills
        settings["DOWNLOAD_SPOOL_SIZE"] = str(rng.choice(SPOOL_SIZES))
        settings["DOWNLOAD_SPOOL_DIR"] = str(out / "spool")
        (out / "spool").mkdir(parents=True)
    work = Round(out, settings)
    tally: Counter[str] = Counter()
    to_name: list[int] = []  # killed runs that held the lock
    for kill in range(kills):
        mode = rng.choice(MODES + LARGE_POINTS if large else MODES)
        if large and kill == 0:  # a run that ends the crawl leaves no large body to kill in
            mode = rng.choice(LARGE_POINTS)
        extra = {}
        if mode in POINTS + LARGE_POINTS:
            count = {
                "warc": rng.randint(2, 900),
                "member": rng.randint(2, 900),
                "items": rng.randint(1, 120),
                "journal": rng.randint(1, 3),
                "largeopen": rng.randint(1, 2),
                "largehash": rng.randint(1, 60),
                "large": rng.randint(1, 60),
                "largemember": rng.randint(1, 60),
                "largerow": rng.randint(1, 60),
                "lock": rng.randint(1, 2),
                "closing": rng.randint(1, 3),
            }
            extra = {
                "FAULT_POINT": f"{mode}:{count.get(mode, rng.randint(1, 8))}",
                "EXTENSIONS": json.dumps(
                    {**project_settings.EXTENSIONS, "benchmarks.fault_points.FaultPoint": 0}
                ),
            }
        process = crawl(site, work, extra)
        what = kill_after(process, out, rng, mode)
        tally[f"{mode} {what}"] += 1
        if what == "killed" and lock_holder(out) == process.pid:  # a later run must name it
            to_name.append(process.pid)
        check_closed_warcs(work, f"round {number} kill {kill} ({mode})")
        opened = sorted(p.name for p in (out / "warc").glob("*.warc.gz.open"))
        work.held |= open_record_ids(out)
        work.seen |= {item["url"] for item in item_lines(out)}
        done = len(work.seen & every)
        print(
            f"round {number} kill {kill}: {mode:7} {what}, {extra.get('FAULT_POINT', '')} "
            f"{done}/300 articles in the items files, {len(opened)} .open",
            flush=True,
        )
        if opened and rng.random() < 0.5:  # else the next run's start-up recovers them
            if rng.random() < 0.5:  # a `recover` killed first, its file cut, not renamed
                tally["recover killed"] += killed_recover(work, number, rng, len(opened))
                opened = sorted(p.name for p in (out / "warc").glob("*.warc.gz.open"))
            recover = [sys.executable, "-m", "newsarchive", "recover", str(out / "warc")]
            done = subprocess.run(recover, cwd=PROJECT, capture_output=True, text=True)
            said = (done.stdout + done.stderr).splitlines()
            for name in opened:
                if len([x for x in said if name.removesuffix(".open") in x]) != 1:
                    work.failures.append(f"round {number}: recover named {name} not once: {said}")
            if done.returncode != 0 or "Traceback" in done.stderr:
                work.failures.append(f"round {number}: recover exit {done.returncode}: {said[-3:]}")
    last = crawl(site, work)
    code = last.wait(timeout=600)
    if code != 0:
        work.failures.append(f"round {number}: the last run exited {code}: {last.log}")  # type: ignore[attr-defined]
    again = crawl(site, work)  # a run after the end: nothing new
    if again.wait(timeout=600) != 0:
        work.failures.append(f"round {number}: the run after the end exited {again.returncode}")
    logs = "".join(p.read_text(errors="replace") for p in sorted((out / "logs").glob("*.log")))
    for pid in to_name:
        named = f"the previous run of this crawl (pid {pid}, started" in logs
        tally["killed run named by a later run" if named else "killed run NOT named"] += 1
        if not named:
            work.failures.append(f"round {number}: the killed run {pid} was named by no run")
    how = rng.choice(INDEX_KILLS)
    killed_index(work, rng, how, f"round {number}")
    tally[f"index killed ({how})"] += 1
    how = rng.choice(RECOMPRESS_KILLS)
    killed_recompress(work, rng, how, f"round {number}")
    tally[f"recompress killed ({how})"] += 1
    final_checks(site, work, every, f"round {number}")
    return work, tally


def armed(args: list[str], point: str) -> subprocess.Popen:
    """`python -m newsarchive ARGS` with the kill point `point` armed (fault_points.command)."""
    env = {**os.environ, "FAULT_COMMAND_POINT": point}
    return subprocess.Popen(
        [sys.executable, "-c", ARMED, *args],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def killed_recover(work: Round, number: int, rng: random.Random, files: int) -> int:
    """`recover` SIGKILLed once it has cut a file back (one of the `files` `.open` ones: the
    large-body file too), before renaming it; 1 when it was."""
    done = armed(["recover", str(work.out / "warc")], f"cut:{rng.randint(1, files)}")
    said, _ = done.communicate(timeout=300)
    if done.returncode != -signal.SIGKILL and done.returncode != 0:
        work.failures.append(f"round {number}: armed recover exit {done.returncode}: {said[-300:]}")
    check_closed_warcs(work, f"round {number} killed recover")
    return 1 if done.returncode == -signal.SIGKILL else 0


def index_command(out: Path) -> list[str]:
    return [
        "index",
        str(out / "warc"),
        "--items",
        str(out / "items"),
        "--wacz",
        str(out / "warc" / "archive.wacz"),
    ]


def killed_index(work: Round, rng: random.Random, how: str, when: str) -> None:
    """`index` run whole, then again SIGKILLed (before renaming its CDXJ or its WACZ into
    place, once py-wacz made the package, or at a random moment): the outputs of the
    first stay whole, the CDXJ the same bytes."""
    out = work.out
    first = subprocess.run(
        [sys.executable, "-m", "newsarchive", *index_command(out)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    if first.returncode != 0:
        work.failures.append(f"{when}: index exit {first.returncode}: {first.stderr[-300:]}")
        return
    cdxj, wacz = out / "warc" / "index.cdxj", out / "warc" / "archive.wacz"
    before = cdxj.read_bytes()
    process = armed(index_command(out), "none:0" if how == "random" else how)
    if how == "random":
        time.sleep(rng.uniform(0.1, 3.0))
        process.send_signal(signal.SIGKILL)
    said, _ = process.communicate(timeout=600)
    if process.returncode not in (0, -signal.SIGKILL):
        work.failures.append(f"{when}: killed index exit {process.returncode}: {said[-300:]}")
    if cdxj.read_bytes() != before:
        work.failures.append(f"{when}: a killed index ({how}) changed index.cdxj")
    try:
        with zipfile.ZipFile(wacz) as package:
            broken = package.testzip()
    except (OSError, zipfile.BadZipFile) as exc:
        broken = str(exc)
    if broken:
        work.failures.append(f"{when}: a killed index ({how}) left {wacz.name} broken: {broken}")


def zstd_copies(warcs: Path, folder: Path) -> dict[str, bytes]:
    """Each WARC of `warcs` as a `.warc.zst` in `folder` (a frame a record, as other crawlers
    write them): name of the `.warc.gz` recompress writes -> its records' bytes."""
    from newsarchive.warc.encodings import zstd_module

    module = zstd_module()
    assert module is not None, "no zstd module"
    folder.mkdir(parents=True, exist_ok=True)
    expected = {}
    for path in sorted(warcs.glob("*.warc.gz")):
        data, records = path.read_bytes(), []
        while data:
            member = zlib.decompressobj(16 + zlib.MAX_WBITS)
            records.append(member.decompress(data))
            data = member.unused_data
        zst = folder / path.name.replace(".warc.gz", ".warc.zst")
        zst.write_bytes(b"".join(module.compress(record) for record in records))
        expected[path.name] = b"".join(records)
    return expected


def extract_urls(folder: Path) -> tuple[int, Counter[tuple[str, str]], str]:
    """`extract` of `folder`: its exit status, its items as (file, URL), its stderr."""
    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", "extract", str(folder)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    items = (json.loads(line) for line in done.stdout.splitlines())
    return done.returncode, Counter((i["warc_file"], i["url"]) for i in items), done.stderr


def killed_recompress(work: Round, rng: random.Random, how: str, when: str) -> None:
    """The round's WARCs as `.warc.zst` files, `recompress`ed and SIGKILLed (before renaming a
    whole copy, at a random write, at a random moment): `extract` of the folder then gives
    the items it gave before (a killed run's hidden copy left out), and a `recompress` run
    whole writes every `.warc.gz`, the records unchanged, and leaves no hidden file."""
    folder = work.out / "zst"
    shutil.rmtree(folder, ignore_errors=True)
    expected = zstd_copies(work.out / "warc", folder)
    _, before, _ = extract_urls(folder)
    args = ["recompress", str(folder)]
    if how == "random":
        process = armed(args, "none:0")
        time.sleep(rng.uniform(0.1, 3.0))
        process.send_signal(signal.SIGKILL)
    else:
        writes = sum(len(records.split(b"\r\nWARC/1.")) for records in expected.values())
        count = rng.randint(1, len(expected)) if how == "rename" else rng.randint(1, writes)
        process = armed(args, f"{how}:{count}")
    said, _ = process.communicate(timeout=600)
    if process.returncode not in (0, -signal.SIGKILL):
        work.failures.append(f"{when}: killed recompress exit {process.returncode}: {said[-300:]}")
    code, after, stderr = extract_urls(folder)
    written = {p.name for p in folder.glob("*.warc.gz")}
    if code != 0 or "Traceback" in stderr:
        work.failures.append(
            f"{when}: extract after a killed recompress exit {code}: {stderr[-300:]}"
        )
    wanted = before + Counter(
        (name.replace(".warc.zst", ".warc.gz"), url)
        for (name, url), count in before.items()
        for _ in range(count)
        if name.replace(".warc.zst", ".warc.gz") in written
    )
    if after != wanted:  # a hidden copy read: its items twice, or a damaged file named
        work.failures.append(
            f"{when}: extract after a killed recompress ({how}): {after.total()} items, not "
            f"{wanted.total()}: {stderr[-300:]}"
        )
    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", *args], cwd=PROJECT, capture_output=True, text=True
    )
    if done.returncode not in (0, 3) or "Traceback" in done.stderr:
        work.failures.append(
            f"{when}: recompress after a kill exit {done.returncode}: {done.stderr[-300:]}"
        )
    for name, records in expected.items():
        target = folder / name
        if not target.exists() or gzip.decompress(target.read_bytes()) != records:
            work.failures.append(f"{when}: {name} not written whole by recompress after a kill")
    hidden = sorted(p.name for p in folder.glob(".*"))
    if hidden:
        work.failures.append(f"{when}: hidden files left after recompress: {hidden}")


def full_disk_round(
    site: DemoServer, out: Path, every: set[str], large: bool = False
) -> Round | None:
    out.mkdir(parents=True)
    mount = ["mount", "-t", "tmpfs", "-o", "size=700k", "tmpfs", str(out)]
    if os.geteuid() != 0 or subprocess.run(mount, capture_output=True).returncode != 0:
        print("full disk: skipped (mounting a tmpfs is not allowed here)")
        return None
    work = Round(out, {"STATE_COMMIT_WRITES": "40", "WARC_MAX_FILE_SIZE": "150000"})
    if large:  # the disk fills while the archive's thread writes the large-body file too
        work.settings["DOWNLOAD_SPOOL_SIZE"] = "1000"
    try:
        full = crawl(site, work)
        code = full.wait(timeout=600)
        log = full.log.read_text(errors="replace")  # type: ignore[attr-defined]
        reasons = [
            x for x in ("warc_write_error", "items_write_error", "state_write_error") if x in log
        ]
        tracebacks = log.count("Traceback")
        work.seen = {item["url"] for item in item_lines(out)}
        print(
            f"full disk: exit {code}, {reasons}, {tracebacks} tracebacks, "
            f"{len(work.seen)} articles in the items files"
        )
        if code != 1 or not reasons:
            work.failures.append(f"full disk: exit {code}, reasons {reasons}")
        if tracebacks:
            work.failures.append(f"full disk: {tracebacks} tracebacks in the log")
        subprocess.run(["mount", "-o", "remount,size=64m", str(out)], check=True)
        code = crawl(site, work).wait(timeout=600)
        if code != 0:
            work.failures.append(f"full disk: the run with space again exited {code}")
        final_checks(site, work, every, "full disk")
    finally:
        shutil.copytree(out, out.with_name("full-disk-kept"), dirs_exist_ok=True)
        for _ in range(120):  # a crawl's extraction workers may still be exiting (a loaded box)
            if subprocess.run(["umount", str(out)], capture_output=True).returncode == 0:
                break
            time.sleep(1)
        else:
            print(f"full disk: could not unmount {out}: umount it by hand")
    return work


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--kills", type=int, default=4, help="killed runs a round")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None, help="keep the rounds' folders here")
    parser.add_argument("--full-disk", action="store_true", help="a round on a 700 KB tmpfs")
    parser.add_argument(
        "--large",
        action="store_true",
        help="DOWNLOAD_SPOOL_SIZE of 1,000 or 6,000 bytes: kills in the large-body path too",
    )
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else time.time_ns() % 100_000
    rng = random.Random(seed)
    base = args.out or Path(tempfile.mkdtemp(prefix="fault-campaign-"))
    print(f"seed {seed}, folders under {base}", flush=True)
    failures: list[str] = []
    tally: Counter[str] = Counter()
    started = time.monotonic()
    with DemoServer(articles=300) as site:
        every = {site.url(site.site.catalog.article(n).path) for n in range(1, 301)}
        for number in range(args.rounds):
            work, counts = one_round(
                site, base / f"round{number}", rng, args.kills, every, number, args.large
            )
            tally += counts
            failures += work.failures
            print(f"round {number}: {len(work.failures)} failures {work.settings}", flush=True)
            for line in work.failures:
                print("  FAIL", line[:500], flush=True)
        if args.full_disk:
            work_disk = full_disk_round(site, base / "full-disk", every, args.large)
            if work_disk:
                failures += work_disk.failures
                for line in work_disk.failures:
                    print("  FAIL", line[:500], flush=True)
    cycles = sum(count for what, count in tally.items() if not what.startswith("killed run"))
    took = time.monotonic() - started
    print(f"{cycles} killed cycles in {args.rounds} rounds, {took:.0f} s, seed {seed}")
    for what, count in sorted(tally.items()):
        print(f"  {count:3} {what}")
    print(f"{len(failures)} failures")
    if not args.out:
        shutil.rmtree(base, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
