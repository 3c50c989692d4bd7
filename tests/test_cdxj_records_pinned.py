"""An index written in a process that also loaded py-wacz holds the same lines as one written
in a process that never did: py-wacz's waczindexer appends "warcinfo" to cdxj-indexer's
record kinds for the whole process when imported (a `--cdxj` written after packaging a WACZ
in one process, or a crawl that packages, held warcinfo and ARC filedesc lines)."""

import subprocess
import sys
from pathlib import Path

from newsarchive.package.cdxj import write_cdxj
from newsarchive.warc.skips import Skips
from tests.test_foreign_archives import arc_file, page

ARC = "old.arc"


def _arc(folder: Path) -> None:
    """An ARC of one page: a filedesc header, then the capture."""
    arc_file(folder / ARC, [("http://old.news.test/arc", "20050101000000", page("Arc"))], False)


def _lines(folder: Path, load_pywacz_first: bool) -> list[str]:
    """The CDXJ of the corpus ARC, written in a fresh process (py-wacz loaded first or not)."""
    out = folder / f"index-{load_pywacz_first}.cdxj"
    code = (
        ("import wacz.waczindexer\n" if load_pywacz_first else "")
        + "import sys\nfrom pathlib import Path\n"
        + "from newsarchive.package.cdxj import write_cdxj\n"
        + "from newsarchive.warc.skips import Skips\n"
        + "write_cdxj([Path(sys.argv[1])], Path(sys.argv[2]), Skips())\n"
    )
    subprocess.run([sys.executable, "-c", code, str(folder / ARC), str(out)], check=True)
    return out.read_text(encoding="utf-8").splitlines()


def test_an_index_is_the_same_whether_or_not_the_process_loaded_pywacz(tmp_path: Path) -> None:
    _arc(tmp_path)
    without = _lines(tmp_path, load_pywacz_first=False)
    assert without and not any(line.startswith("- ") for line in without)  # no filedesc line
    assert _lines(tmp_path, load_pywacz_first=True) == without


def test_in_this_process_after_pywacz_no_warcinfo_line(tmp_path: Path) -> None:
    import wacz.waczindexer  # noqa: F401  # appends "warcinfo" class-wide, as a package run does

    _arc(tmp_path)
    write_cdxj([tmp_path / ARC], tmp_path / "index.cdxj", Skips())
    lines = (tmp_path / "index.cdxj").read_text(encoding="utf-8").splitlines()
    assert lines and not any(line.startswith("- ") for line in lines)
