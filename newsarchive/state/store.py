"""The crawl state: an embedded SQLite file remembering what earlier runs archived.

One row per URL (its latest capture) and one row per payload digest (the first
record that holds those bytes, so a later run can write a revisit that refers
to it). Rows are written only for records already flushed to a WARC file, so a
killed run never leaves the state pointing at bytes that are not on disk.

A crawl's writes are batched: one transaction holds up to `commit_writes` of
them or `commit_seconds` of crawling, whichever ends first (a commit costs
about as much as the writes of a whole article). The writes are committed in
the order they were made, so a killed run's state is the state of that run a
moment earlier: what it lacks is fetched again, never pointed at wrongly.
`flush` commits at once (the items feed asks for it before it calls its lines
safe; the crawl state's owner at the end of the run and on a timer).

A full disk undoes a whole batch: SQLite rolls the transaction back when a write
or the commit fails with SQLITE_FULL or an I/O error. The store then keeps the
error in `lost` and discards every later write, so the file stays the state of
the run up to its last commit (the items feed's repair and the next run rely on
that) instead of going on with a hole in it.

Rows keep the URL as fetched; "have we got this article" is asked by its identity
(`urlkeys.article_identity`), so a run whose listing spells a known story `/story/`
finds the capture an earlier run made of `/story`, and one whose site moved to https the
capture of its http page. A file written before the identity was kept gains the column, filled
in, when a crawl opens it (one transaction); one keyed with the scheme in each key gains the
key without it beside (kept for an earlier version opening the file again).
"""

from __future__ import annotations

import operator
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Protocol

from newsarchive.provenance import Provenance
from newsarchive.urlkeys import article_identity, scheme_identity

SCHEMA = """
CREATE TABLE IF NOT EXISTS captures (
    url TEXT PRIMARY KEY,
    captured_at TEXT NOT NULL,      -- WARC-Date of the latest capture
    checked_at TEXT NOT NULL,       -- last time the server was asked (a 304 counts)
    status INTEGER NOT NULL,
    digest TEXT,                    -- WARC-Payload-Digest of the latest body
    etag TEXT,
    last_modified TEXT,
    listed_modified TEXT,           -- what the listing/feed/sitemap said at capture
    warc_file TEXT,
    warc_offset INTEGER,
    record_id TEXT,
    record_type TEXT,
    version INTEGER NOT NULL,       -- 1 for the first body, +1 for each changed body
    version_date TEXT NOT NULL,     -- WARC-Date of the capture that started this version
    section TEXT,                   -- the article's section, from its item (run reports)
    identity TEXT,                  -- urlkeys.scheme_identity(url): as earlier versions key it
    identity_any_scheme TEXT        -- urlkeys.article_identity(url): its spellings' one key
);
CREATE TABLE IF NOT EXISTS payloads (
    digest TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    date TEXT NOT NULL,
    record_id TEXT NOT NULL,
    warc_file TEXT,
    warc_offset INTEGER
);
-- the WARC file this run archives payloads into, committed when the run starts it and
-- emptied at the run's end: after a kill it names the one file whose payload rows the
-- state may lack (newsarchive.state.unsynced)
CREATE TABLE IF NOT EXISTS writing (name TEXT PRIMARY KEY);
-- a page requisite (image, stylesheet, script) archived with validators: the next run
-- asks for it conditionally (its body is found in payloads by digest)
CREATE TABLE IF NOT EXISTS requisites (
    url TEXT PRIMARY KEY,
    digest TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    checked_at TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class Capture:
    """What the state knows about one URL."""

    url: str
    captured_at: str
    checked_at: str
    status: int
    digest: str | None
    etag: str | None
    last_modified: str | None
    listed_modified: str | None
    warc_file: str | None
    warc_offset: int | None
    record_id: str | None
    record_type: str | None
    version: int
    version_date: str
    item_section: str | None = None  # the section its item gave (Article.section), not a listing

    @property
    def provenance(self) -> Provenance:
        return Provenance(self.captured_at, self.warc_file, self.record_id, self.warc_offset)


@dataclass(frozen=True)
class Payload:
    """The original record holding one payload: what a revisit refers to."""

    digest: str
    url: str
    date: str
    record_id: str
    warc_file: str | None = None
    warc_offset: int | None = None


@dataclass(frozen=True)
class Requisite:
    """An image, stylesheet or script archived by an earlier run, with what the server
    said to ask again with (a requisite is no article: no capture, no version)."""

    url: str
    digest: str
    etag: str | None
    last_modified: str | None
    checked_at: str


class StateStore(Protocol):
    """What the crawl state's front door needs of a store: SQLite here, Redis for a shared crawl."""

    @property
    def path(self) -> object: ...
    @property
    def shared(self) -> bool:
        """Other workers read it as it is written (their next request may be one of ours)."""
        ...

    def capture(self, url: str) -> Capture | None: ...
    def payload(self, digest: str) -> Payload | None: ...
    def requisite(self, url: str) -> Requisite | None: ...
    def save_requisite(self, requisite: Requisite) -> None: ...
    def save(self, captures: Iterable[Capture], payloads: Iterable[Payload] = ()) -> None: ...
    def touch(self, url: str, checked_at: str) -> None: ...
    def raise_listed(self, url: str, listed_modified: str) -> None: ...
    def captures(self) -> Iterator[Capture]: ...
    def payloads(self) -> Iterator[Payload]: ...
    def requisites(self) -> Iterator[Requisite]: ...
    def count(self) -> int: ...
    def flush(self) -> None: ...
    def when_committed(self, callback: Callable[[], object]) -> None: ...
    def close(self) -> None: ...


# Column names are the fields' own, but for the item's section (column `section` in
# state files written before the field was renamed).
_CAPTURE_COLUMNS = ", ".join(
    "section" if f.name == "item_section" else f.name for f in fields(Capture)
)
_PAYLOAD_COLUMNS = ", ".join(f.name for f in fields(Payload))
_REQUISITE_COLUMNS = ", ".join(f.name for f in fields(Requisite))
# A row's values in column order (dataclasses.astuple deep-copies every value: far slower).
capture_row = operator.attrgetter(*(f.name for f in fields(Capture)))
payload_row = operator.attrgetter(*(f.name for f in fields(Payload)))
_SAVE_CAPTURE = (
    f"INSERT OR REPLACE INTO captures ({_CAPTURE_COLUMNS}, identity, identity_any_scheme) "
    f"VALUES ({', '.join('?' * (len(fields(Capture)) + 2))})"
)
# an article's latest capture under any of its spellings (the one asked first on a tie)
_CAPTURE_OF = (
    f"SELECT {_CAPTURE_COLUMNS} FROM captures WHERE identity_any_scheme = ? "
    "ORDER BY captured_at DESC, url = ? DESC LIMIT 1"
)
_SAVE_PAYLOAD = (
    f"INSERT OR IGNORE INTO payloads ({_PAYLOAD_COLUMNS}) "
    f"VALUES ({', '.join('?' * len(fields(Payload)))})"
)


def read_only(path: Path | str) -> tuple[list[Capture], list[Payload], list[Requisite]]:
    """Every row of a state file, which is opened read-only: copying from it changes nothing
    there (no tables made in a file without them, no switch to WAL journaling).

    A file with no write-ahead log beside it holds all its rows: it is read as
    immutable, so SQLite leaves no `-wal` and `-shm` files behind either.
    """
    path = Path(path).resolve()
    whole = not path.with_name(path.name + "-wal").exists()
    uri = path.as_uri() + ("?immutable=1" if whole else "?mode=ro")
    with closing(sqlite3.connect(uri, uri=True)) as db:
        captures = db.execute(f"SELECT {_CAPTURE_COLUMNS} FROM captures ORDER BY url")
        kept = [Capture(*row) for row in captures]
        rows = db.execute(f"SELECT {_PAYLOAD_COLUMNS} FROM payloads ORDER BY digest")
        payloads = [Payload(*row) for row in rows]
        try:  # a file written before requisites were kept has no such table
            rows = db.execute(f"SELECT {_REQUISITE_COLUMNS} FROM requisites ORDER BY url")
            requisites = [Requisite(*row) for row in rows]
        except sqlite3.OperationalError:
            requisites = []
        return kept, payloads, requisites


# Each row holds two keys: `identity`, as versions before the scheme-free key made it (with
# the scheme: `http://host/path`) under their index, and `identity_any_scheme` (one key for
# http and https), the one looked up. Both are written: a file this version keyed stays
# current for an earlier one (a rollback finds every article, instead of none: each fetched,
# archived and itemized again, its version counted from 1), and rows an earlier version
# writes meanwhile lack only the new key, filled at the next open as any unkeyed row.
_SCHEME_KEYED_INDEX = "captures_identity"
IDENTITY_INDEX = "captures_any_scheme"
_UNKEYED = "identity_any_scheme IS NULL"  # an earlier version's rows: `identity` alone


def _fill_identities(db: sqlite3.Connection) -> sqlite3.Error | None:
    """The identity column added, filled and indexed in one transaction on `db` (a kill
    leaves the file as it was); None: done, else why the file took no write (its write lock
    held elsewhere, a full disk: read by exact URL, or refused by a crawl). The rows of a
    file keyed by an earlier version (the scheme in each key) gain the key without it."""
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        return exc
    try:
        columns = {row[1] for row in db.execute("PRAGMA table_info(captures)")}
        for column in ("identity", "identity_any_scheme"):
            if column not in columns:
                db.execute(f"ALTER TABLE captures ADD COLUMN {column} TEXT")
        rows = db.execute(f"SELECT url FROM captures WHERE {_UNKEYED}")
        filled = [(scheme_identity(url), article_identity(url), url) for (url,) in rows]
        db.executemany(
            "UPDATE captures SET identity = ?, identity_any_scheme = ? WHERE url = ?", filled
        )
        db.execute(f"CREATE INDEX IF NOT EXISTS {_SCHEME_KEYED_INDEX} ON captures (identity)")
        index = f"CREATE INDEX IF NOT EXISTS {IDENTITY_INDEX} ON captures (identity_any_scheme)"
        db.execute(index)
        db.execute("COMMIT")
    except sqlite3.Error as exc:
        if db.in_transaction:
            db.execute("ROLLBACK")
        return exc
    return None


LOCKED_WHILE_WRITING = (
    "database is locked by another program (after waiting 5 s: a sqlite3 shell or a backup "
    "writing it?)"
)


class CrawlState:
    """SQLite-backed store; one connection, used from the reactor thread only.

    Writes are grouped into transactions of up to `commit_writes` writes or
    `commit_seconds` (1 and 0: each write commits alone); reads on this
    connection see the writes not yet committed, other connections do not.
    """

    shared = False  # one machine's file: no other worker reads it mid-run

    def __init__(
        self,
        path: Path | str,
        commit_writes: int = 1,
        commit_seconds: float = 0.0,
        upgrade: bool = True,
    ) -> None:
        """`upgrade=False`: an old file's identity upgrade is left to `upgrade_apart` (a
        crawl runs it in a thread); meanwhile captures are looked up by exact URL."""
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        self._identities = self._keep_identities() if upgrade else self._identities_kept()
        self._commit_writes = max(1, commit_writes)
        self._commit_seconds = commit_seconds
        self._writes = 0  # in the open transaction
        self._began = 0.0  # time.monotonic() of its BEGIN
        self.lost: sqlite3.Error | None = None  # what undid a batch; later writes discarded
        self.discarded = 0  # writes not made since
        self._after_commit: list[Callable[[], object]] = []  # called when the batch commits

    def _keep_identities(self) -> bool:
        """Whether captures are looked up by identity: a file written before it was kept
        gains the column, and rows an earlier version wrote since gain their identity, in one
        transaction (a kill leaves the file as it was). A file that takes no write is read
        by exact URL, as before (`write_error` refuses it to a crawl). A file kept up to
        date is only read: opened beside a running crawl, it waits on no write lock."""
        return self._identities_kept() or _fill_identities(self._db) is None

    def rows_to_key(self) -> int | None:
        """How many rows an upgrade keys by identity; None: the file is kept up to date."""
        if self._identities:
            return None
        if not self._has_identity_columns():
            return int(self._db.execute("SELECT count(*) FROM captures").fetchone()[0])
        unkeyed = f"SELECT count(*) FROM captures WHERE {_UNKEYED}"
        return int(self._db.execute(unkeyed).fetchone()[0])

    def upgrade_apart(self) -> sqlite3.Error | None:
        """The upgrade `upgrade=False` left, on a connection of its own: safe in a thread
        while this one only reads (a crawl's 200,000-row file takes ~9 s, which held the
        reactor's thread at the start). None: captures are now looked up by identity
        (`identities_upgraded` tells this connection, on its own thread), else why not."""
        try:
            with closing(sqlite3.connect(str(self.path), isolation_level=None, timeout=5.0)) as db:
                return _fill_identities(db)
        except sqlite3.Error as exc:  # not opened again (gone, its folder unreadable)
            return exc

    def identities_upgraded(self, kept: bool) -> None:
        self._identities = kept

    def _identities_kept(self) -> bool:
        if not self._has_identity_columns():
            return False
        index = "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"
        indexed = self._db.execute(index, (IDENTITY_INDEX,)).fetchone() is not None
        unkeyed = f"SELECT 1 FROM captures WHERE {_UNKEYED} LIMIT 1"
        return indexed and self._db.execute(unkeyed).fetchone() is None

    def _has_identity_columns(self) -> bool:
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(captures)")}
        return {"identity", "identity_any_scheme"} <= columns

    def damage(self) -> str:
        """What SQLite's quick check finds wrong with the file ("" when nothing): a page
        damaged deep in the file would otherwise fail only the query that reads it, in
        the middle of a crawl (a traceback from each listing). 0.06-0.12 s for 100,000 URLs."""
        rows = self._db.execute("PRAGMA quick_check(3)").fetchall()
        found = [line.strip() for row in rows for line in str(row[0]).splitlines()]
        found = [line for line in found if line and not line.startswith("***")]  # "*** in main"
        return "" if found == ["ok"] else "; ".join(found)

    def write_error(self) -> str:
        """Why this file takes no write ("" when it does): a state file the user cannot write
        (read-only, immutable) otherwise opened and read fine, then failed the run's first
        write with a spider traceback, and the run exited 0 remembering nothing."""
        try:
            version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(f"PRAGMA user_version = {version}")  # writes, then undone
            finally:
                self._db.execute("ROLLBACK")
        except sqlite3.Error as exc:
            return str(exc)
        return ""

    def identity(self) -> str:
        """The file's own id: a UUID made the first time it is asked and kept in the file, so
        the file moved or mounted elsewhere (another host, a new container) is still the same
        state, and another file is not (a shared crawl's STATE_SHARED=0 owner). Made on asking,
        not on opening: a read-only file opens as before."""
        self._db.execute("CREATE TABLE IF NOT EXISTS identity (id TEXT NOT NULL)")
        self._db.execute(
            "INSERT INTO identity (id) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM identity)",
            (str(uuid.uuid4()),),
        )
        self.flush()
        return str(self._db.execute("SELECT id FROM identity LIMIT 1").fetchone()[0])

    def flush(self) -> None:
        """Commit the writes made so far."""
        if self._db.in_transaction:
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                if self._db.in_transaction:
                    raise  # still open (the file was busy): the next flush retries
                self.lost = exc  # rolled back (a full disk): the batch is gone
                self._after_commit.clear()  # never committed: nobody is told it was
        self._writes = 0
        self._committed()

    def when_committed(self, callback: Callable[[], object]) -> None:
        """`callback()` once the writes made so far are committed: at once when none
        waits, at the batch's commit otherwise, never when the batch is lost (a shared
        crawl holds an article's request in Redis until its capture is on disk)."""
        if self.lost is not None:
            return
        self._after_commit.append(callback)
        if not self._db.in_transaction:
            self._committed()

    def _committed(self) -> None:
        callbacks, self._after_commit = self._after_commit, []
        for callback in callbacks:
            callback()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._db.close()

    def capture(self, url: str) -> Capture | None:
        """The article's latest capture, whichever of its spellings was fetched."""
        if self._identities:
            row = self._db.execute(_CAPTURE_OF, (article_identity(url), url)).fetchone()
        else:
            row = self._db.execute(
                f"SELECT {_CAPTURE_COLUMNS} FROM captures WHERE url = ?", (url,)
            ).fetchone()
        return Capture(*row) if row else None

    def payload(self, digest: str) -> Payload | None:
        row = self._db.execute(
            f"SELECT {_PAYLOAD_COLUMNS} FROM payloads WHERE digest = ?", (digest,)
        ).fetchone()
        return Payload(*row) if row else None

    def requisite(self, url: str) -> Requisite | None:
        row = self._db.execute(
            f"SELECT {_REQUISITE_COLUMNS} FROM requisites WHERE url = ?", (url,)
        ).fetchone()
        return Requisite(*row) if row else None

    def requisites(self) -> Iterator[Requisite]:
        for row in self._db.execute(f"SELECT {_REQUISITE_COLUMNS} FROM requisites ORDER BY url"):
            yield Requisite(*row)

    def save_requisite(self, requisite: Requisite) -> None:
        if self._discarding():
            return
        with self._write():
            self._db.execute(
                "INSERT OR REPLACE INTO requisites VALUES (?, ?, ?, ?, ?)",
                (requisite.url, requisite.digest, requisite.etag, requisite.last_modified,
                 requisite.checked_at),
            )  # fmt: skip

    def save(self, captures: Iterable[Capture], payloads: Iterable[Payload] = ()) -> None:
        """Write a batch as one unit (all or nothing)."""
        if self._discarding():
            return
        capture_rows = [
            (*capture_row(c), scheme_identity(c.url), article_identity(c.url)) for c in captures
        ]
        payload_rows = [payload_row(p) for p in payloads]
        with self._write():
            if capture_rows:
                self._db.executemany(_SAVE_CAPTURE, capture_rows)
            if payload_rows:
                self._db.executemany(_SAVE_PAYLOAD, payload_rows)

    def touch(self, url: str, checked_at: str) -> None:
        """Remember that the server was asked again and said nothing changed."""
        if self._discarding():
            return
        with self._write():
            self._db.execute("UPDATE captures SET checked_at = ? WHERE url = ?", (checked_at, url))

    def raise_listed(self, url: str, listed_modified: str) -> None:
        """Keep the latest date a listing gave (ISO 8601 UTC strings compare as dates), on
        the capture `capture` finds (the listing may spell the article otherwise)."""
        known = self.capture(url)
        if known is None or self._discarding():
            return
        url = known.url
        with self._write():
            self._db.execute(
                "UPDATE captures SET listed_modified = ? WHERE url = ? "
                "AND (listed_modified IS NULL OR listed_modified < ?)",
                (listed_modified, url, listed_modified),
            )

    def captures(self) -> Iterator[Capture]:
        for row in self._db.execute(f"SELECT {_CAPTURE_COLUMNS} FROM captures ORDER BY url"):
            yield Capture(*row)

    def payloads(self) -> Iterator[Payload]:
        for row in self._db.execute(f"SELECT {_PAYLOAD_COLUMNS} FROM payloads ORDER BY digest"):
            yield Payload(*row)

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM captures").fetchone()[0])

    def writing(self) -> list[str]:
        """The WARC files a run was archiving payloads into when it last stopped (each of
        its writers' current file: the current one, the large bodies' one)."""
        return [name for (name,) in self._db.execute("SELECT name FROM writing ORDER BY name")]

    def last_payload_offset(self, warc_file: str) -> int:
        """Where the last payload row the state has for `warc_file` points (0: none): rows are
        committed in the order their records were written, so every record before it has one."""
        row = self._db.execute(
            "SELECT MAX(warc_offset) FROM payloads WHERE warc_file = ?", (warc_file,)
        ).fetchone()
        return int(row[0] or 0)

    def set_writing(self, *names: str | None) -> None:
        """Name the WARC files payloads now go into (none: no file), with the writes before.

        Committed at once: the rows of the files before are in this commit, so only the
        named files can hold records the state lacks when the run is killed."""
        if self._discarding():
            return
        with self._write():
            self._db.execute("DELETE FROM writing")
            self._db.executemany(
                "INSERT OR IGNORE INTO writing (name) VALUES (?)",
                [(name,) for name in names if name is not None],
            )
        self.flush()

    def _write(self) -> _Write:
        return _Write(self)

    def _discarding(self) -> bool:
        """After a lost batch no write is made: a later commit would leave a hole. A batch
        that cannot begin is lost too: another program held the write lock past SQLite's
        wait (every later write waited 5 s on the reactor, a SIGTERM unheard, and a write
        that failed alone left a hole: its item exported again by the next run)."""
        if self.lost is None and not self._db.in_transaction:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                busy = "locked" in str(exc)
                self.lost = sqlite3.OperationalError(LOCKED_WHILE_WRITING) if busy else exc
                self._after_commit.clear()
            else:
                self._began = time.monotonic()
        if self.lost is None:
            return False
        self.discarded += 1
        return True

    def _began_write(self) -> None:
        if not self._db.in_transaction:  # a write not begun by `_discarding` (none yet)
            self._db.execute("BEGIN IMMEDIATE")
            self._began = time.monotonic()
        self._db.execute("SAVEPOINT write")

    def _ended_write(self, error: BaseException | None) -> bool:
        """True when `error` undid the whole batch (it is kept in `lost`, not raised)."""
        if error is not None and not self._db.in_transaction:
            if not isinstance(error, sqlite3.Error):
                return False
            self.lost = error
            self._writes = 0
            self._after_commit.clear()
            return True
        if error is not None:  # this write alone is undone; the batch's others stay
            self._db.execute("ROLLBACK TO write")
        self._db.execute("RELEASE write")
        self._writes += 1
        if self._writes >= self._commit_writes or (
            time.monotonic() - self._began >= self._commit_seconds
        ):
            self.flush()
        return False


class _Write:
    """One write of the batch: a savepoint, undone alone if it fails."""

    def __init__(self, store: CrawlState) -> None:
        self._store = store

    def __enter__(self) -> None:
        self._store._began_write()

    def __exit__(self, exc_type: object, error: BaseException | None, *_: object) -> bool:
        return self._store._ended_write(error)
