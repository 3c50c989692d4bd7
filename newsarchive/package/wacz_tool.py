"""`python -m newsarchive.package.wacz_tool create|validate ...`: py-wacz for others' WARCs.

py-wacz reads every record through warcio and stops at the first it cannot
read: a br body (warcio's decoder breaks on brotli 1.2), a malformed date.
This runs py-wacz's own command line with working decoders and its indexer
made tolerant like ours (`newsarchive.package.cdxj.Tolerant`), each record
left out named on stderr. A process of its own, as py-wacz is used here.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import sys
from typing import Any

import wacz.main
from wacz.waczindexer import WACZIndexer

from newsarchive.package.cdxj import Tolerant
from newsarchive.warc.archives import Skips
from newsarchive.warc.encodings import install_warcio_decoders

# JSON object of fields `index` adds to datapackage.json (what the package knows of itself
# that py-wacz cannot: revisits whose originals are in earlier packages, originals copied)
EXTRA_FIELDS = "NEWSARCHIVE_DATAPACKAGE_EXTRA"


class TolerantWaczIndexer(Tolerant, WACZIndexer):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.skips = Skips()

    def generate_datapackage(self, res: Any, wacz: Any) -> str:
        text: str = super().generate_datapackage(res, wacz)
        extra = json.loads(os.environ.get(EXTRA_FIELDS) or "{}")
        if not extra:
            return text
        return json.dumps({**json.loads(text), **extra}, indent=2)


WRITE_FAILED = "cannot write "  # how the one line of a write error (a full disk) starts


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(message)s", stream=sys.stderr)
    install_warcio_decoders()
    wacz.main.WACZIndexer = TolerantWaczIndexer  # create_wacz builds it by this name
    try:
        return int(wacz.main.main(argv) or 0)
    except OSError as exc:  # a full disk: py-wacz's traceback, then its ZipFile's at exit
        output = argv[argv.index("-o") + 1] if "-o" in argv[:-1] else exc.filename
        code = errno.errorcode.get(exc.errno or 0)
        why = (exc.strerror or str(exc)) + (f" ({code})" if code else "")
        print(f"{WRITE_FAILED}{output}: {why}", file=sys.stderr, flush=True)
        os._exit(1)  # nothing to clean up: the caller removes the partial package


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
