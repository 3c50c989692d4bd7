"""Property-based tests (hypothesis): the record builder, torn-file recovery, extraction.

Each property holds for every input hypothesis generates: bodies of any bytes,
headers repeated or not, files cut at any byte, HTML of any shape.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import tempfile
import zlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.archiveiterator import ArchiveIterator

from newsarchive.extract import extract_article
from newsarchive.warc import records
from newsarchive.warc.exchange import HttpExchange
from newsarchive.warc.recover import recover_directory
from newsarchive.warc.writer import MemoryWarcWriter, RotatingWarcWriter

T0 = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
FIELDS = records.warcinfo_fields("sw/1", "host", "classic", "ua", "", "")
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

token = st.text("abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=12).filter(
    lambda s: s[0] != "-"
)
header_value = st.text(
    st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=0, max_size=40
)
# Names the builder rewrites (framing, encodings) are left out: the rest are kept as sent.
header_names = st.sampled_from(["Set-Cookie", "Vary", "Link", "X-Trace", "Cache-Control"]) | (
    token.map(lambda s: "X-" + s)
)
headers = st.lists(st.tuples(header_names, header_value), max_size=8)


def sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def exchange(path: str, status: int, response_headers: list[tuple[str, str]], body: bytes):  # type: ignore[no-untyped-def]
    return HttpExchange(
        url=f"http://news.test/{path}",
        method="GET",
        request_headers=[("Accept", "*/*")],
        request_body=b"",
        status=status,
        response_headers=[("Content-Type", "application/octet-stream"), *response_headers],
        body=body,
        started_at=T0,
    )


def ids():  # type: ignore[no-untyped-def]
    counter = iter(range(1, 1_000_000))
    return lambda: f"<urn:uuid:00000000-0000-4000-8000-{next(counter):012d}>"


@SLOW
@given(
    path=token,
    status=st.sampled_from([200, 201, 203, 404, 410, 500, 503]),
    response_headers=headers,
    body=st.binary(max_size=4000),
)
def test_response_records_read_back_as_sent(
    path: str, status: int, response_headers: list[tuple[str, str]], body: bytes
) -> None:
    make_id = ids()
    writer = MemoryWarcWriter(lambda name: records.warcinfo_record(name, FIELDS, make_id(), T0))
    ex = exchange(path, status, response_headers, body)
    http = records.http_response(ex)
    main_id = make_id()
    writer.write_group(
        [records.response_record(ex, http, main_id), records.request_record(ex, make_id(), main_id)]
    )
    found = list(_records(io.BytesIO(writer.getvalue())))
    assert [kind for kind, *_ in found] == ["warcinfo", "response", "request"]
    _, response, payload = found[1]
    assert response.get_header("WARC-Record-ID") == main_id
    assert response.get_header("WARC-Target-URI") == ex.url
    assert response.get_header("WARC-Payload-Digest") == sha1_b32(body)
    assert payload["body"] == body
    assert payload["status"] == str(status)
    sent = [(n.lower(), v) for n, v in response_headers]
    kept = [(n.lower(), v) for n, v in payload["headers"] if (n.lower(), v) in sent]
    assert kept == sent  # every header, repeated ones too, in order
    assert found[2][1].get_header("WARC-Concurrent-To") == main_id


def _records(stream):  # type: ignore[no-untyped-def]
    for record in ArchiveIterator(stream, check_digests="raise"):
        payload = {}
        if record.http_headers is not None:
            payload = {
                "status": record.http_headers.get_statuscode(),
                "headers": record.http_headers.headers,
            }
        payload["body"] = record.raw_stream.read()
        yield record.rec_type, record.rec_headers, payload


@SLOW
@given(
    bodies=st.lists(st.binary(min_size=0, max_size=600), min_size=1, max_size=5),
    cut=st.floats(min_value=0, max_value=1),
    garbage=st.binary(max_size=50),
)
def test_a_torn_file_keeps_every_whole_record_and_loses_nothing_else(
    bodies: list[bytes], cut: float, garbage: bytes
) -> None:
    """Killed at any byte (and followed by any garbage): the whole records before the cut
    are kept, in order; a file with none is moved aside whole, never deleted."""
    with tempfile.TemporaryDirectory() as folder:
        directory = Path(folder)
        make_id = ids()
        writer = RotatingWarcWriter(
            directory, "p", 10**9, lambda n: records.warcinfo_record(n, FIELDS, make_id(), T0)
        )
        ends = []
        for n, body in enumerate(bodies):
            ex = exchange(f"a{n}", 200, [], body)
            writer.write_group([records.response_record(ex, records.http_response(ex), make_id())])
            assert writer.current_path is not None
            ends.append(writer.current_path.stat().st_size)
        path = writer.current_path
        assert path is not None
        writer._file.close()  # type: ignore[union-attr]  # what SIGKILL leaves
        data = path.read_bytes()
        keep = int(len(data) * cut)
        path.write_bytes(data[:keep] + garbage)
        [result] = recover_directory(directory)
        assert not path.exists()
        whole = [end for end in ends if end <= keep]
        first = _first_member_end(data)
        if keep < first:  # not even the warcinfo record is whole
            assert result.damaged is not None and result.path is None
            assert result.damaged.read_bytes() == data[:keep] + garbage
            return
        assert result.path is not None and result.damaged is None
        assert result.path.read_bytes() == data[: whole[-1] if whole else first]
        with result.path.open("rb") as stream:
            uris = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(stream)]
        assert uris == [None] + [f"http://news.test/a{n}" for n in range(len(whole))]


def _first_member_end(data: bytes) -> int:
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    inflater.decompress(data)
    return len(data) - len(inflater.unused_data)


# --- extraction over generated HTML ------------------------------------------

WORDS = (
    "the harbour board council voted approved new ferry timetable evening crossings residents "
    "said plan budget school library weather storm river bridge opened"
)
words = st.sampled_from(WORDS.split(" "))
sentence = st.lists(words, min_size=6, max_size=14).map(lambda w: " ".join(w).capitalize() + ".")
paragraph = st.lists(sentence, min_size=3, max_size=6).map(" ".join)
wrapper = st.sampled_from(["div", "section", "main", "span"])


@st.composite
def article_pages(draw: st.DrawFn) -> tuple[str, str, list[str], str]:
    title = draw(st.lists(words, min_size=3, max_size=8).map(lambda w: " ".join(w).title()))
    paragraphs = draw(st.lists(paragraph, min_size=3, max_size=7, unique=True))
    offset = draw(st.integers(min_value=-12, max_value=14))
    moment = datetime(2025, 5, 3, 20, 49, tzinfo=timezone(timedelta(hours=offset)))
    wrappers = draw(st.lists(wrapper, max_size=6))
    noise = draw(st.sampled_from(["", "<script>var x = '<p>not text</p>';</script>", "<!-- c -->"]))
    inner = (
        f"<article><h1>{html.escape(title)}</h1>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        + "</article>"
    )
    for tag in wrappers:
        inner = f"<{tag}>{inner}</{tag}>"
    page = (
        f"<!doctype html><html><head><title>{html.escape(title)} | Gazette</title>"
        f'<meta property="og:title" content="{html.escape(title)}">'
        f'<meta property="article:published_time" content="{moment.isoformat()}">'
        f"{noise}</head><body><nav><a href='/'>Home</a></nav>{inner}"
        "<footer>Copyright Gazette</footer></body></html>"
    )
    return page, title, paragraphs, moment.isoformat()


@settings(max_examples=80, deadline=None)
@given(article_pages())
def test_generated_articles_give_their_title_date_and_every_paragraph(
    case: tuple[str, str, list[str], str],
) -> None:
    page, title, paragraphs, published = case
    article = extract_article(page, "http://news.test/story")
    assert article.title == title
    assert article.published is not None
    assert datetime.fromisoformat(article.published) == datetime.fromisoformat(published)
    assert article.published[-6:] == published[-6:] or published.endswith("+00:00")
    assert article.body is not None
    for text in paragraphs:
        assert text in article.body
    assert "not text" not in article.body and "Copyright" not in article.body
    assert extract_article(page.encode("utf-8"), "http://news.test/story") == article


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=3000), st.binary(max_size=3000)))
def test_any_input_gives_an_article_never_an_error(markup: str | bytes) -> None:
    article = extract_article(markup, "http://news.test/x")
    assert article.url == "http://news.test/x"
    assert extract_article(markup, "http://news.test/x") == article  # the same every time


tags = st.sampled_from(["div", "p", "span", "b", "i", "a", "ul", "li", "table", "td", "h2"])


@st.composite
def tag_soup(draw: st.DrawFn) -> str:
    """Unbalanced, unclosed and stray tags around text: what real pages hold."""
    parts = draw(
        st.lists(
            st.one_of(
                tags.map(lambda t: f"<{t}>"),
                tags.map(lambda t: f"</{t}>"),
                sentence,
                st.just("&amp;"),
                st.just("&#x1F600;"),
                st.just("<br>"),
            ),
            max_size=60,
        )
    )
    return "<html><body>" + "".join(parts)


@settings(max_examples=100, deadline=None)
@given(tag_soup())
def test_tag_soup_never_breaks_extraction(markup: str) -> None:
    article = extract_article(markup, "http://news.test/soup")
    assert article.body is None or isinstance(article.body, str)
    assert all(isinstance(a, str) and a for a in article.authors)
