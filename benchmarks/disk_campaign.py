"""Full-disk campaign: each writer's output on a small tmpfs filling at swept points (root).

    .venv/bin/python benchmarks/disk_campaign.py [--articles 60] [--points 8]
        [--writers crawl,items,...] [--keep DIR] [--spool-size BYTES]

A tmpfs is mounted, then for each writer and each fill point N a ballast file leaves
N bytes free on it and the command runs with that writer's output there (the rest on
the ordinary disk). Writers: `crawl` (WARCs, items, state and report all on the full
disk), `warc`, `items`, `state`, `report` (only that one there), `extract` (`extract -o`),
`cdxj` (`index --cdxj`), `wacz` (`index --wacz`), `recompress` (a `.warc.zst` of the crawl's
records on the full disk, its `.warc.gz` written beside it: one whole, the same records, or
none and no hidden file; its line naming the disk may come before the count). Each run is
checked: the exit status (0 only if everything fit), the last line of its output names the
full disk and a path, no traceback, every WARC file (`.open` too) reads with warcio to its
last record, every items line is a JSON object, no partial output left under the final
name. For the crawl
writers the ballast is then removed and the crawl runs again: it must exit 0, and the
items files must hold every article once, no article page archived whole twice.
Prints one line a run and a table writer x outcome; exit 1 on a failure.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from warcio.archiveiterator import ArchiveIterator  # noqa: E402

from newsarchive.demo.server import DemoServer  # noqa: E402

CRAWL_WRITERS = ("crawl", "warc", "items", "state", "report")
COMMAND_WRITERS = ("extract", "cdxj", "wacz", "recompress")
FAST = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "0", "LOG_LEVEL": "INFO"}
FULL_WORDS = ("No space left", "ENOSPC", "full disk", "disk is full", "database or disk is full")


@dataclass
class Run:
    writer: str
    free: int
    code: int = 0
    last: str = ""
    failures: list[str] = field(default_factory=list)

    @property
    def outcome(self) -> str:
        if self.failures:
            return "FAIL"
        return "fit" if self.code == 0 else "stopped"


def read_warc(path: Path) -> tuple[int, str | None]:
    count = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                record.content_stream().read()
                count += 1
    except Exception as exc:  # warcio raises several kinds on a cut member
        return count, f"{type(exc).__name__}: {exc}"[:200]
    return count, None


def torn_member(path: Path) -> str:
    """Where a gzip member that does not end (or inflate) is ("" if every member is whole):
    warcio reads a torn last member as a short record without a word; gzip and pywb fail."""
    data = path.read_bytes()
    offset = 0
    while offset < len(data):
        inflater = zlib.decompressobj(31)
        try:
            inflater.decompress(data[offset:])
        except zlib.error as exc:
            return f"a member at {offset} does not inflate ({exc})"
        if not inflater.eof:
            return f"a torn member at {offset} of {len(data)} bytes"
        offset = len(data) - len(inflater.unused_data)
    return ""


def ballast(disk: Path, free: int) -> None:
    """Fill the tmpfs so that `free` bytes are left."""
    stat = os.statvfs(disk)
    size = stat.f_bavail * stat.f_frsize - free
    if size > 0:
        with (disk / "ballast").open("wb") as stream:
            os.posix_fallocate(stream.fileno(), 0, size)


def empty(disk: Path) -> None:
    for path in disk.iterdir():
        shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()


def check_said(run: Run, said: str, anywhere: bool = False) -> None:
    """A failed run's last line (`anywhere`: any line, for `recompress`, whose last line counts
    the files not written) names the full disk and a path."""
    lines = [line for line in said.splitlines() if line.strip()]
    run.last = lines[-1] if lines else ""
    if "Traceback" in said:
        run.failures.append("a traceback in the output")
    if run.code == 0:
        return
    if anywhere:
        run.last = next((line for line in lines if any(w in line for w in FULL_WORDS)), run.last)
    if not any(word in run.last for word in FULL_WORDS):
        run.failures.append(f"last line does not name the full disk: {run.last[-240:]!r}")
    if "/" not in run.last:
        run.failures.append("last line names no path")


def check_outputs(run: Run, root: Path) -> None:
    for path in sorted(root.rglob("*.warc.gz*")):
        if path.name.endswith((".creating", ".partial")) or path.name.startswith("."):
            continue
        _, error = read_warc(path)
        error = error or torn_member(path)
        if error:
            run.failures.append(f"{path.name} does not read to its end: {error}")
    for path in sorted(root.rglob("*.jsonl")):
        if path.name.startswith("."):
            continue
        for number, line in enumerate(path.read_bytes().split(b"\n")[:-1], 1):
            try:
                ok = isinstance(json.loads(line), dict)
            except ValueError:
                ok = False
            if not ok:
                run.failures.append(f"{path.name} line {number} is no JSON object: {line[:80]!r}")
                break
        tail = path.read_bytes().rsplit(b"\n", 1)[-1]
        if tail:
            run.failures.append(f"{path.name} ends in a torn line: {tail[:80]!r}")


EXTRA: dict[str, str] = {}  # `--spool-size`: DOWNLOAD_SPOOL_SIZE for every crawl


class Campaign:
    def __init__(self, site: DemoServer, disk: Path, work: Path) -> None:
        self.site = site
        self.disk = disk
        self.work = work
        self.every = {
            site.url(site.site.catalog.article(n).path) for n in range(1, 1 + articles(site))
        }

    def places(self, writer: str) -> dict[str, Path]:
        """Where each crawl output goes: the writer's own on the full disk, the rest elsewhere."""
        on = {
            name: (self.disk if writer in ("crawl", name) else self.work) for name in CRAWL_WRITERS
        }
        return {
            "warc": on["warc"] / "warc",
            "items": on["items"] / "items",
            "state": on["state"] / "state",
            "report": on["report"] / "reports",
        }

    def crawl(self, writer: str) -> tuple[int, str]:
        where = self.places(writer)
        command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "site=demo"]
        command += ["-a", f"base_url={self.site.base_url}"]
        settings = {
            **FAST,
            "NETWORK_ALLOWED": f"127.0.0.1:{self.site.port}",
            "WARC_DIR": str(where["warc"]),
            "STATE_PATH": str(where["state"] / "%(site)s.sqlite"),
            "REPORT_DIR": str(where["report"]),
            "NEWSARCHIVE_ITEMS_FEED": str(where["items"] / "%(name)s-%(time)s.jsonl"),
            "STATE_COMMIT_WRITES": "20",
            "WARC_MAX_FILE_SIZE": "120000",
            **EXTRA,
        }
        for name, value in settings.items():
            command += ["-s", f"{name}={value}"]
        done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=900)
        return done.returncode, done.stdout + done.stderr

    def items(self, writer: str) -> Counter[str]:
        urls: Counter[str] = Counter()
        for path in self.places(writer)["items"].glob("*.jsonl"):
            for line in path.read_bytes().split(b"\n"):
                try:
                    urls[json.loads(line)["url"]] += 1
                except (ValueError, KeyError, TypeError):
                    continue
        return urls

    def whole_twice(self, writer: str) -> list[str]:
        seen: Counter[tuple[str, str]] = Counter()
        for path in self.places(writer)["warc"].glob("*.warc.gz"):
            with path.open("rb") as stream:
                for record in ArchiveIterator(stream):
                    if record.rec_type == "response":
                        uri = record.rec_headers.get_header("WARC-Target-URI")
                        digest = record.rec_headers.get_header("WARC-Payload-Digest")
                        seen[(uri, digest)] += 1
        return [uri for (uri, _), n in seen.items() if n > 1 and uri in self.every]

    def crawl_run(self, writer: str, free: int) -> Run:
        run = Run(writer, free)
        empty(self.disk)
        shutil.rmtree(self.work, ignore_errors=True)
        self.work.mkdir(parents=True)
        ballast(self.disk, free)
        run.code, said = self.crawl(writer)
        check_said(run, said)
        check_outputs(run, self.disk)
        kept = set(self.items(writer))
        (self.disk / "ballast").unlink(missing_ok=True)
        again, said = self.crawl(writer)
        if again != 0:
            last = [line for line in said.splitlines() if line.strip()][-1:]
            run.failures.append(f"the run with space again exited {again}: {last}")
        if "Traceback" in said:
            run.failures.append("a traceback in the run with space again")
        urls = self.items(writer)
        if set(urls) != self.every:
            run.failures.append(
                f"after the run with space: {len(self.every - set(urls))} not exported"
            )
        if kept - set(urls):
            run.failures.append(f"{len(kept - set(urls))} exported articles lost")
        doubled = [u for u, n in urls.items() if n > 1]
        if doubled:
            run.failures.append(f"{len(doubled)} articles exported twice")
        twice = self.whole_twice(writer)
        if twice:
            run.failures.append(f"{len(twice)} article pages archived whole twice: {twice[:2]}")
        return run

    def recompress_run(self, free: int, zst: Path, plain: bytes) -> Run:
        """`recompress` of a `.warc.zst` on the full disk (it writes beside the original): a
        run that does not fit exits 1 naming the disk, leaves no `.warc.gz` nor hidden file."""
        run = Run("recompress", free)
        empty(self.disk)
        out = self.disk / "out"
        out.mkdir()
        shutil.copy(zst, out / zst.name)
        ballast(self.disk, free)
        command = [sys.executable, "-m", "newsarchive", "recompress", str(out)]
        done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=900)
        run.code = done.returncode
        check_said(run, done.stdout + done.stderr, anywhere=True)
        written = out / zst.name.replace(".warc.zst", ".warc.gz")
        if run.code == 0 and gzip.decompress(written.read_bytes()) != plain:
            run.failures.append(f"{written.name} is not the records of {zst.name}")
        if run.code != 0 and written.exists():
            run.failures.append(f"{written.name} left by a run that failed")
        left = sorted(p.name for p in out.iterdir() if p.name not in (zst.name, written.name))
        if left:
            run.failures.append(f"left beside the output: {left}")
        return run

    def command_run(self, writer: str, free: int, source: Path) -> Run:
        run = Run(writer, free)
        empty(self.disk)
        self.work.mkdir(parents=True, exist_ok=True)  # the WACZ's CDXJ goes there
        out = self.disk / "out"
        out.mkdir()
        target = {"extract": "items.jsonl", "cdxj": "index.cdxj", "wacz": "archive.wacz"}[writer]
        before = b"old output\n" if writer != "extract" else b'{"old": 1}\n'
        (out / target).write_bytes(before)  # an earlier run's output must stay whole
        ballast(self.disk, free)
        command = [sys.executable, "-m", "newsarchive"]
        if writer == "extract":
            command += ["extract", str(source / "warc"), "-o", str(out / target)]
        elif writer == "cdxj":
            command += ["index", str(source / "warc"), "--cdxj", str(out / target)]
        else:
            command += ["index", str(source / "warc"), "--cdxj", str(self.work / "i.cdxj")]
            command += ["--wacz", str(out / target)]
        done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=900)
        run.code = done.returncode
        check_said(run, done.stdout + done.stderr)
        now = (out / target).read_bytes()
        if run.code != 0 and now != before:
            run.failures.append(f"{target} changed by a run that failed ({len(now)} bytes)")
        if run.code == 0 and writer == "wacz":
            with zipfile.ZipFile(out / target) as package:
                if package.testzip():
                    run.failures.append("the WACZ is damaged")
        if run.code == 0 and writer == "extract":
            check_outputs(run, out)
        left = [p.name for p in out.iterdir() if p.name != target]
        if left:
            run.failures.append(f"left beside the output: {left}")
        return run


def zstd_copy(warcs: Path, folder: Path) -> tuple[Path, bytes]:
    """The crawl's records as one `.warc.zst` (a frame a record, as other crawlers write),
    and their bytes."""
    from newsarchive.warc.encodings import zstd_module

    module = zstd_module()
    assert module is not None, "no zstd module"
    folder.mkdir(parents=True, exist_ok=True)
    records: list[bytes] = []
    for path in sorted(warcs.glob("*.warc.gz")):
        data = path.read_bytes()
        while data:
            member = zlib.decompressobj(16 + zlib.MAX_WBITS)
            records.append(member.decompress(data))
            data = member.unused_data
    zst = folder / "crawl.warc.zst"
    zst.write_bytes(b"".join(module.compress(record) for record in records))
    return zst, b"".join(records)


def articles(site: DemoServer) -> int:
    return int(site.site.catalog.size)


def mount(disk: Path, size: str) -> bool:
    disk.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(disk)])
    return done.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--points", type=int, default=8, help="fill points a writer")
    parser.add_argument("--writers", default=",".join(CRAWL_WRITERS + COMMAND_WRITERS))
    parser.add_argument("--size", type=int, default=0, help="bytes swept (default: by writer)")
    parser.add_argument("--keep", type=Path, default=None, help="copy failed runs' folders here")
    parser.add_argument(
        "--spool-size",
        type=int,
        default=None,
        help="DOWNLOAD_SPOOL_SIZE (1000: the disk fills while large bodies are written too)",
    )
    args = parser.parse_args()
    if args.spool_size is not None:
        EXTRA["DOWNLOAD_SPOOL_SIZE"] = str(args.spool_size)
    base = Path(tempfile.mkdtemp(prefix="disk-campaign-"))
    disk = base / "disk"
    if not mount(disk, "16m"):
        print("cannot mount a tmpfs here (root is needed)")
        return 2
    runs: list[Run] = []
    try:
        with DemoServer(articles=args.articles) as site:
            campaign = Campaign(site, disk, base / "work")
            source = base / "source"  # a whole crawl, read by extract and index
            source_campaign = Campaign(site, source, source / "work")
            source.mkdir()
            code, said = source_campaign.crawl("crawl")
            assert code == 0, said[-2000:]
            warc_bytes = sum(p.stat().st_size for p in (source / "warc").glob("*.warc.gz"))
            zst, plain = zstd_copy(source / "warc", base / "zst")
            spans: dict[str, Callable[[], int]] = {
                "crawl": lambda: warc_bytes + 200_000,
                "warc": lambda: warc_bytes + 40_000,
                "items": lambda: 160_000,
                "state": lambda: 600_000,
                "report": lambda: 40_000,
                "extract": lambda: 160_000,
                "cdxj": lambda: 40_000,
                "recompress": lambda: warc_bytes * 2,
                "wacz": lambda: warc_bytes + 60_000,
            }
            for writer in args.writers.split(","):
                span = args.size or spans[writer]()
                points = sorted(
                    {(span * k // args.points) // 4096 * 4096 for k in range(args.points)}
                )
                for free in points:
                    if writer in CRAWL_WRITERS:
                        run = campaign.crawl_run(writer, free)
                    elif writer == "recompress":
                        run = campaign.recompress_run(free, zst, plain)
                    else:
                        run = campaign.command_run(writer, free, source)
                    runs.append(run)
                    print(
                        f"{writer:8} free {free:>9,} exit {run.code} {run.outcome:7} "
                        f"{run.last[-150:]}",
                        flush=True,
                    )
                    for line in run.failures:
                        print(f"    FAIL {line[:400]}", flush=True)
                    if run.failures and args.keep:
                        kept = args.keep / f"{writer}-{free}"
                        shutil.copytree(disk, kept / "disk", dirs_exist_ok=True)
                        if (base / "work").exists():
                            shutil.copytree(base / "work", kept / "work", dirs_exist_ok=True)
    finally:
        for _ in range(60):
            if subprocess.run(["umount", str(disk)], capture_output=True).returncode == 0:
                break
            import time

            time.sleep(1)
        shutil.rmtree(base, ignore_errors=True)
    table: dict[str, Counter[str]] = {}
    for run in runs:
        table.setdefault(run.writer, Counter())[run.outcome] += 1
    print(f"{'writer':8} {'points':>6} {'stopped':>7} {'fit':>4} {'FAIL':>4}")
    for writer, counts in table.items():
        total = sum(counts.values())
        print(f"{writer:8} {total:6} {counts['stopped']:7} {counts['fit']:4} {counts['FAIL']:4}")
    failed = sum(1 for run in runs if run.failures)
    print(f"{len(runs)} runs, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
