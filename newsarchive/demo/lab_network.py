"""The lab's network corner, /lab/net/: what a crawler must refuse or cut short.

Redirects and page resources pointing at addresses a crawler of public news
sites has no business reaching (another loopback address, the cloud metadata
address), and a response that drips one byte at a time. Not linked from
/lab/: a crawl of the whole demo would otherwise wait on the drip; /lab/net/
links its own routes. 127.0.0.2 is on the demo's own port, so a test can
listen there and see whether anything arrived.
"""

from __future__ import annotations

from functools import cache
from urllib.parse import urlsplit

from newsarchive.demo.catalog import PUBLISHER
from newsarchive.demo.html_common import esc, page
from newsarchive.demo.reply import HTML, Reply, html, redirect

PREFIX = "/lab/net/"
METADATA = "http://169.254.169.254/latest/meta-data/"
TRAP_HOST = "127.0.0.2"  # loopback, but not the demo's own address
DRIP_INTERVAL = 0.05  # seconds between two bytes of /lab/net/drip
DRIP_PARAGRAPHS = 40  # about 3 KB: 150 s at that pace

NETWORK_QUIRKS: tuple[tuple[str, str], ...] = (
    ("/lab/net/private-redirect", "302 to 127.0.0.2 on the demo's port (loopback, another host)"),
    ("/lab/net/resolved-redirect", "302 to http://127.2:PORT/ (a name resolving to 127.0.0.2)"),
    ("/lab/net/metadata-redirect", f"302 to {METADATA} (cloud metadata, link-local)"),
    ("/lab/net/private-resources", "CSS, images, iframe, fetch() on 127.0.0.2, 169.254.169.254"),
    ("/lab/net/webrtc", "a WebRTC peer connection whose STUN and TURN servers are 127.0.0.2"),
    ("/lab/net/private-move", "a page whose script moves it to 127.0.0.2 (location.replace)"),
    ("/lab/net/private-refresh", "a page whose meta refresh moves it to 127.0.0.2"),
    ("/lab/net/drip", "200 with a ~3 KB page sent one byte every 0.05 s (~150 s)"),
    ("/lab/net/video.mp4", "6 MiB of video/mp4: a download larger than DOWNLOAD_SPOOL_SIZE"),
)
VIDEO_SIZE = 6 * 1024 * 1024


def trap_url(origin: str, path: str = "/lab/net/secret") -> str:
    """The same port as the demo, on 127.0.0.2."""
    port = urlsplit(origin).port or 80
    return f"http://{TRAP_HOST}:{port}{path}"


@cache
def video_body() -> bytes:
    """Not a real video: numbered lines, so any cut or reordering shows."""
    line_count = VIDEO_SIZE // 32
    data = b"".join(b"%08d this is not a video frame\n" % n for n in range(line_count))
    return data[:VIDEO_SIZE]


def drip_body() -> bytes:
    text = "<p>Drip: one byte at a time, for as long as the client waits.</p>" * DRIP_PARAGRAPHS
    return page(f"Slow drip | {PUBLISHER}", "<h1>Slow drip</h1>" + text).encode("utf-8")


def _index() -> Reply:
    items = "".join(
        f'<li><a href="{path}">{esc(path)}</a>: {esc(what)}</li>' for path, what in NETWORK_QUIRKS
    )
    return html(page(f"Network lab | {PUBLISHER}", f"<h1>Network lab</h1><ul>{items}</ul>"))


def _private_resources(origin: str) -> Reply:
    trap = trap_url(origin, "/lab/net/secret")
    body = (
        "<h1>Resources on private addresses</h1>"
        f'<link rel="stylesheet" href="{trap}.css">'
        f'<img src="{METADATA}logo.png" alt="">'
        f'<img src="{trap}.png" alt="">'
        f'<iframe src="{trap}-frame"></iframe>'
        f"<script>fetch({trap + '.json'!r}).catch(() => null);</script>"
        # same origin first, then redirected to the private address
        '<img src="/lab/net/private-redirect" alt="">'
        "<script>fetch('/lab/net/resolved-redirect').catch(() => null);</script>"
        '<p id="public">The page itself is public.</p>'
    )
    return html(page(f"Private resources | {PUBLISHER}", body), cacheable=False)


def _webrtc(origin: str) -> Reply:
    """STUN goes over UDP, TURN over UDP or TCP: none of it is an HTTP request. The page
    writes each ICE candidate and the gathering state into #ice as they come."""
    server = f"{TRAP_HOST}:{urlsplit(origin).port or 80}"
    servers = (
        f"{{urls: 'stun:{server}'}},"
        f" {{urls: 'turn:{server}?transport=udp', username: 'u', credential: 'p'}},"
        f" {{urls: 'turn:{server}?transport=tcp', username: 'u', credential: 'p'}}"
    )
    script = (
        f"const pc = new RTCPeerConnection({{iceServers: [{servers}]}});"
        "const ice = document.getElementById('ice');"
        "pc.onicecandidate = e => { if (e.candidate) ice.textContent += ' candidate'; };"
        "pc.onicegatheringstatechange = () => { ice.textContent += ' ' + pc.iceGatheringState; };"
        "pc.createDataChannel('lab');"
        "pc.createOffer().then(offer => pc.setLocalDescription(offer));"
    )
    body = (
        "<h1>WebRTC to a private address</h1>"
        '<p id="public">The page itself is public.</p><p id="ice">ice:</p>'
        f"<script>{script}</script>"
    )
    return html(page(f"WebRTC | {PUBLISHER}", body), cacheable=False)


def _private_move(origin: str, how: str) -> Reply:
    """A public page that moves itself, once shown, to the private address."""
    target = trap_url(origin, f"/lab/net/moved-{how}")
    if how == "script":
        head, script = "", f"<script>setTimeout(() => location.replace({target!r}), 50);</script>"
    else:
        head, script = f'<meta http-equiv="refresh" content="0; url={target}">', ""
    body = f'{head}<h1>A page that moves on</h1><p id="public">Public, for now.</p>{script}'
    return html(page(f"Moves to a private address | {PUBLISHER}", body), cacheable=False)


def network_reply(path: str, origin: str) -> Reply | None:
    """The reply for a /lab/net/ path, or None when there is none."""
    if path in ("/lab/net", PREFIX):
        return _index()
    if path == "/lab/net/private-redirect":
        return redirect(302, trap_url(origin))
    if path == "/lab/net/resolved-redirect":
        port = urlsplit(origin).port or 80
        return redirect(302, f"http://127.2:{port}/lab/net/secret")
    if path == "/lab/net/metadata-redirect":
        return redirect(302, METADATA)
    if path == "/lab/net/private-resources":
        return _private_resources(origin)
    if path == "/lab/net/webrtc":
        return _webrtc(origin)
    if path == "/lab/net/private-move":
        return _private_move(origin, "script")
    if path == "/lab/net/private-refresh":
        return _private_move(origin, "refresh")
    if path == "/lab/net/video.mp4":
        return Reply(200, video_body(), "video/mp4")
    if path == "/lab/net/drip":
        return Reply(200, drip_body(), HTML, cacheable=False, drip=DRIP_INTERVAL)
    return None
