"""`python -m newsarchive serve-demo`: serve the bundled demo news site until Ctrl-C.

For browsing it and pointing other tools (wget, a browser, the benchmark) at it.
Loopback by default; the site map is in `newsarchive.demo`'s docstring.
"""

from __future__ import annotations

import argparse
import sys

from newsarchive.commands.args import whole_number
from newsarchive.demo.catalog import DEFAULT_ARTICLES
from newsarchive.demo.server import DemoServer


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=_port, default=0, help="port (default: a free one)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback)")
    parser.add_argument(
        "--articles", type=int, default=DEFAULT_ARTICLES, help="number of articles (default: 300)"
    )
    parser.add_argument(
        "--revision",
        type=whole_number(1),  # 0 was a ValueError traceback from the site
        default=1,
        help="site revision (default 1; 2: one new article, 3: two ...)",
    )
    parser.add_argument(
        "--edits",
        action="store_true",
        help="revisions 2 and 3 also edit articles (title, byline, date, paragraphs) "
        "and change only the furniture of others",
    )
    parser.add_argument(
        "--drift",
        action="store_true",
        help="the unannounced redesign: the Politics listing and article bylines change",
    )
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")


def _port(raw: str) -> int:
    """0 (a free one) to 65535: checked here, as bind() says it with an OverflowError."""
    if not raw.isdigit() or int(raw) > 65535:
        raise argparse.ArgumentTypeError(f"must be a port from 0 to 65535, got {raw!r}")
    return int(raw)


def run(args: argparse.Namespace) -> int:
    try:
        server = DemoServer(
            args.articles, args.host, args.port, verbose=args.verbose, edits=args.edits
        )
    except OSError as exc:  # said "[Errno 98] Address already in use": which address, which port?
        where = f"{args.host}:{args.port}" if args.port else args.host
        print(f"serve-demo: cannot listen on {where}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"serve-demo: {exc}", file=sys.stderr)
        return 2
    if args.revision != 1:
        server.set_revision(args.revision)
    if args.drift:
        server.set_drift(True)
    count = len(server.site.catalog.ids)  # a revision past 1 adds articles
    print(f"Demo news site ({count} articles): {server.base_url}/", flush=True)
    print("Press Ctrl-C to stop.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    return 0
