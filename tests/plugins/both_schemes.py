"""Test plugin: an origin answering http and https on one port of 127.0.0.1, as a site's
host answers both on each scheme's default port (the same host and port, one key of its
pages: `urlkeys.article_identity`). A connection whose first byte opens a TLS handshake is
served over TLS with a self-signed certificate made here (Scrapy checks none by default);
any other is plain HTTP. `answer(scheme, path)` says what each GET gets (status `CUT`: the
connection is closed unanswered; `(HALF_BODY, status)`: the status, the headers and half the
body, then closed; `(STALLED_BODY, status)`: the same, then nothing until the origin stops);
`by_agent`: `answer(scheme, path, user_agent)`, for a shared crawl's workers told apart by
their USER_AGENT."""

from __future__ import annotations

import contextlib
import datetime
import ipaddress
import socket
import ssl
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

SchemeAnswer = Callable[..., tuple[int | tuple[str, int], Mapping[str, str], bytes]]
TLS_HANDSHAKE = b"\x16"
CUT = 0  # a status `answer` gives for a connection closed before any answer
HALF_BODY, STALLED_BODY = "half body", "stalled body"  # (kind, status) as the status


def _tls_context(folder: Path) -> ssl.SSLContext:
    """A server context holding a fresh self-signed certificate for 127.0.0.1."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "origin.crt", folder / "origin.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


class _BothSchemes(ThreadingHTTPServer):
    tls: ssl.SSLContext

    def finish_request(self, request: Any, client_address: Any) -> None:
        """In the connection's own thread: a handshake waits on no other client."""
        with contextlib.suppress(OSError):
            if request.recv(1, socket.MSG_PEEK) != TLS_HANDSHAKE:
                super().finish_request(request, client_address)
                return
            with self.tls.wrap_socket(request, server_side=True) as wrapped:
                super().finish_request(wrapped, client_address)


def _handler(
    answer: SchemeAnswer, by_agent: bool, stopping: threading.Event
) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            scheme = "https" if isinstance(self.connection, ssl.SSLSocket) else "http"
            agent = (self.headers.get("User-Agent", ""),) if by_agent else ()
            status, headers, body = answer(scheme, self.path, *agent)
            if status == CUT:  # the connection closed with no answer (a CDN's reset)
                self.close_connection = True
                return
            kind, status = status if isinstance(status, tuple) else ("", status)
            self.send_response_only(status)
            default = {"Date": formatdate(usegmt=True), "Content-Type": "text/html"}
            for name, value in {**default, **headers, "Content-Length": str(len(body))}.items():
                self.send_header(name, value)
            self.end_headers()
            if kind in (HALF_BODY, STALLED_BODY):
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                if kind == STALLED_BODY:
                    stopping.wait(300)
                self.close_connection = True
                return
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@contextlib.contextmanager
def both_schemes_origin(answer: SchemeAnswer, by_agent: bool = False) -> Iterator[str]:
    """`127.0.0.1:PORT`, answering `http://` and `https://` there, until the block ends."""
    with tempfile.TemporaryDirectory() as folder:
        stopping = threading.Event()
        server = _BothSchemes(("127.0.0.1", 0), _handler(answer, by_agent, stopping))
        server.tls = _tls_context(Path(folder))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            yield f"127.0.0.1:{server.server_address[1]}"
        finally:
            stopping.set()  # a stalled body's connection closes
            server.shutdown()
            server.server_close()
