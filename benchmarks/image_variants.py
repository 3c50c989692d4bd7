"""Does the lead image hold on sites unlike the visible ones? Halves, and variants in memory.

    .venv/bin/python benchmarks/image_variants.py [--newsbench DIR] [--per-page] [--only NAME]

Over dev and world minus kept-aside only (the kept-aside part is never read here), generic
rules (no site profiles: an unseen site has none), scored as newsbench's `score.py` scores
the image (the predicted URL, scheme and query dropped, is one of the cover's versions) on
three groups: dev, and world minus kept-aside split in two halves by
`extract_bench.publisher_half`. Each page is rewritten in memory the way unseen sites
differ from these (`VARIANTS`):

declared image: og:image (and the other image metas) removed; removed with the JSON-LD
image too (only the markup is left); og:image a site logo or a social card of the same file
name on another path; the JSON-LD image, metas gone, as an ImageObject, a list or a string;
the cover's <img> gone, og:image a default card and the cover only in twitter:image, the
JSON-LD image or a WebPage object's primaryImageOfPage; the same with a card of a plain
name that is the header's logo file, the apple-touch-icon, or declared 144x144; the cover's
<img> gone, the cover declared by og:image or the JSON-LD image alone, and a second picture
of the story set after the body's second paragraph.
The cover's markup (the <img> whose addresses are the answer's versions): lazy-loaded (the
address in data-src/data-srcset, src a blank GIF, a stand-in file named so or plainly
named; or under a lazy attribute of the site's own name), shown only by a <noscript>
fallback (with and without alt text, with no <img> in its place), by <picture><source
srcset>, by an <amp-img> or a custom element (<x-image data-src>), or set before the
headline's header (with and without og:image). The headline in a <div> instead of an <h1>.
Its addresses: relative, protocol-relative, on an image server that resizes by query or by
path (og:image then a 1200x630 version). Address rewrites rewrite the answer the same way.

A page whose cover no <img> names is left as it is by the markup variants. Exits 2
without newsbench.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml.html import HtmlElement

sys.path.insert(0, str(Path(__file__).resolve().parent))
from variant_pages import (
    GROUPS,
    arguments,
    both,
    chosen,
    drop,
    edit_jsonld,
    head,
    looked_at,
    mean,
    metas,
    open_newsbench,
    pick,
    rewritten,
)

from newsarchive.extract.authors import authors
from newsarchive.extract.document import parse
from newsarchive.extract.headline import headline
from newsarchive.extract.page_fields import IMAGE_META, image

# An edit of the page's tree; it returns how it changed the cover's addresses (or None).
Transform = Callable[[HtmlElement, dict[str, Any]], Callable[[str], str] | None]

BLANK = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
# File names sites give the stand-in shown until a script loads the picture.
STAND_INS = ("/static/img/placeholder-16x9.png", "/assets/lazy.gif", "/img/transparent.gif",
             "/res/grey-placeholder.png", "/images/blank.gif", "/i/spacer.gif")  # fmt: skip
# Stand-ins no list of names knows: only the lazy attribute beside them tells.
PLAIN_STAND_INS = ("/static/img/p.gif", "/assets/grey-16x9.png", "/i/default-article.jpg",
                   "/res/1px.png", "/img/bg-image.jpg")  # fmt: skip
LAZY_ATTRS = ("src", "srcset")
# Where one srcset candidate ends: a comma before a space, an address or after a descriptor
# (a comma inside an address, as in "w_800,c_fill", stays).
_CANDIDATES = re.compile(r",(?=\s)|,(?=(?:https?:)?//)|(?<=\d[wx]),")


def _key(url: str) -> str:
    return re.sub(r"^[a-z]+:", "", url.strip()).split("?")[0].split("#")[0].rstrip("/")


def _keys(rec: dict[str, Any]) -> set[str]:
    return {_key(u) for u in rec["expected"]["lead_image"]}


def _names_cover(value: str, rec: dict[str, Any], keys: set[str]) -> bool:
    return any(_key(urljoin(rec["url"], t)) in keys for t in _addresses(value, True))


def _cover(root: HtmlElement, rec: dict[str, Any]) -> HtmlElement | None:
    """The first <img> whose attributes (or its <picture>'s sources) name a cover version."""
    keys = _keys(rec)
    for img in root.iter("img"):
        parent = img.getparent()
        els = [
            img,
            *(parent.iter("source") if parent is not None and parent.tag == "picture" else ()),
        ]
        if any(_names_cover(v, rec, keys) for el in els for v in el.attrib.values()):
            return img
    return None


def _image_metas(root: HtmlElement) -> list[HtmlElement]:
    return metas(root, {k.removeprefix("itemprop:") for k in IMAGE_META} | set(IMAGE_META))


# --- the declared image ------------------------------------------------------------------


def no_og(root: HtmlElement, rec: dict[str, Any]) -> None:
    drop(_image_metas(root))


def undeclared(root: HtmlElement, rec: dict[str, Any]) -> None:
    no_og(root, rec)
    edit_jsonld(root, _without_image)


def _without_image(obj: dict[str, Any]) -> None:
    for key in ("image", "thumbnailUrl"):
        obj.pop(key, None)


def _og_set(url: Callable[[dict[str, Any], str], str]) -> Transform:
    def run(root: HtmlElement, rec: dict[str, Any]) -> None:
        found = _image_metas(root)
        old = next((m.get("content") or "" for m in found if m.get("content")), "")
        drop(found)
        new = url(rec, old)
        for key in ("og:image", "twitter:image"):
            head(root).append(lxml.html.Element("meta", {"property": key, "content": new}))

    return run


def _origin(rec: dict[str, Any]) -> str:
    parts = urlsplit(rec["url"])
    return f"{parts.scheme}://{parts.netloc}"


def _logo(rec: dict[str, Any], old: str) -> str:
    return _origin(rec) + pick(("/static/og-default.png", "/img/logo-share.jpg"), rec, "logo")


def _card(rec: dict[str, Any], old: str) -> str:
    """The same file name under a social-card service's path (text set over the picture)."""
    name = urlsplit(old).path.rsplit("/", 1)[-1] or "card.jpg"
    return f"{_origin(rec)}/social-card/1200x630/{name}"


def _jsonld_only(shape: str) -> Transform:
    def run(root: HtmlElement, rec: dict[str, Any]) -> None:
        found = _image_metas(root)
        old = next((m.get("content") or "" for m in found if m.get("content")), "")
        undeclared(root, rec)
        if not old:
            return
        value: Any = {
            "object": {"@type": "ImageObject", "url": old, "width": 1200, "height": 675},
            "list": [old, {"@type": "ImageObject", "url": old}],
            "string": old,
        }[shape]
        _put_image(root, value)

    return run


def _put_image(root: HtmlElement, value: Any) -> None:
    """`value` as the image of the page's JSON-LD article (a new block where it has none)."""
    placed: list[bool] = []

    def put(obj: dict[str, Any]) -> None:
        if "headline" in obj and not placed:
            obj["image"] = value
            placed.append(True)

    edit_jsonld(root, put)
    if not placed:
        script = lxml.html.Element("script", {"type": "application/ld+json"})
        script.text = json.dumps({"@type": "NewsArticle", "image": value})
        head(root).append(script)


def _default_og(where: str) -> Transform:
    """The cover gone from the markup, og:image a site's default card, and the cover
    declared only by twitter:image or the JSON-LD image (`where`)."""

    def run(root: HtmlElement, rec: dict[str, Any]) -> None:
        img = _cover(root, rec)
        if img is None:
            return
        picture = img.getparent()
        drop([picture if picture is not None and picture.tag == "picture" else img])
        undeclared(root, rec)
        cover = rec["expected"]["lead_image"][0]
        head(root).append(
            lxml.html.Element("meta", {"property": "og:image", "content": _logo(rec, "")})
        )
        if where == "twitter":
            head(root).append(
                lxml.html.Element("meta", {"name": "twitter:image", "content": cover})
            )
            return
        if where == "webpage":  # the page's WebPage object names it, the article does not
            script = lxml.html.Element("script", {"type": "application/ld+json"})
            script.text = json.dumps(
                {"@type": "WebPage", "url": rec["url"],
                 "primaryImageOfPage": {"@type": "ImageObject", "url": cover}}
            )  # fmt: skip
            head(root).append(script)
            return
        _put_image(root, {"@type": "ImageObject", "url": cover})

    return run


_OG_SIZES = ("og:image:width", "og:image:height")


def _plain_card(kind: str) -> Transform:
    """The cover gone from the markup, og:image a site's card of a plain name ("brand.png",
    no word saying it is a default), the cover only in the JSON-LD image; the card is the
    file the page shows as its logo in its header (`kind` "logo"), its apple-touch-icon
    ("icon"), or declared smaller than a share picture can be ("small": og:image:width and
    height 144)."""

    def run(root: HtmlElement, rec: dict[str, Any]) -> None:
        img = _cover(root, rec)
        if img is None:
            return
        picture = img.getparent()
        drop([picture if picture is not None and picture.tag == "picture" else img])
        undeclared(root, rec)
        card = _origin(rec) + pick(("/assets/brand.png", "/static/img/masthead.png"), rec, kind)
        metas = {"og:image": card}
        if kind == "logo":
            body = root.find("body")
            if body is not None:
                logo = f'<a href="/"><img class="site-logo" src="{card}" alt=""></a>'
                body.insert(0, lxml.html.fromstring(f'<div class="{kind}-bar">{logo}</div>'))
        elif kind == "icon":
            head(root).append(lxml.html.Element("link", {"rel": "apple-touch-icon", "href": card}))
        else:  # the page's own sizes (of the cover, removed) go with it
            drop([m for m in root.iter("meta") if m.get("property") in _OG_SIZES])
            metas.update({"og:image:width": "144", "og:image:height": "144"})
        for prop, value in metas.items():
            head(root).append(lxml.html.Element("meta", {"property": prop, "content": value}))
        _put_image(root, {"@type": "ImageObject", "url": rec["expected"]["lead_image"][0]})

    return run


def _second_picture(declared: str) -> Transform:
    """The cover gone from the markup (a script or a player shows it), declared by og:image
    or only by the JSON-LD image (`declared`), and another picture of the story set with
    its caption between the body's second and third paragraphs."""

    def run(root: HtmlElement, rec: dict[str, Any]) -> None:
        img = _cover(root, rec)
        if img is None:
            return
        picture = img.getparent()
        drop([picture if picture is not None and picture.tag == "picture" else img])
        undeclared(root, rec)
        cover = rec["expected"]["lead_image"][0]
        if declared == "og":
            head(root).append(lxml.html.Element("meta", {"property": "og:image", "content": cover}))
        else:
            _put_image(root, {"@type": "ImageObject", "url": cover})
        h1 = next(root.iter("h1"), None)
        texts = [] if h1 is None else [p for p in h1.itersiblings() if _text_paragraph(p)]
        if h1 is not None and len(texts) < 2:  # paragraphs further down: the story's block
            parent = h1.getparent()
            scope = parent.getparent() if parent is not None else None
            texts = [
                p for p in (scope if scope is not None else h1).iter("p") if _text_paragraph(p)
            ]
        if len(texts) < 3:
            return
        figure = lxml.html.fromstring(
            f'<figure><img src="{_origin(rec)}/media/2026/12/inline-scene-{len(texts)}.jpg" '
            'width="800" height="533" alt="A scene from the story">'
            "<figcaption>A scene from the story. Photo: Agency</figcaption></figure>"
        )
        texts[1].addnext(figure)

    return run


def _text_paragraph(el: HtmlElement) -> bool:
    return el.tag == "p" and len(" ".join(el.text_content().split())) >= 80


# --- the cover's markup ------------------------------------------------------------------


def _on_cover(edit: Callable[[HtmlElement, dict[str, Any]], None]) -> Transform:
    def run(root: HtmlElement, rec: dict[str, Any]) -> None:
        img = _cover(root, rec)
        if img is not None:
            edit(img, rec)

    return run


def _lazy(img: HtmlElement, rec: dict[str, Any], stand_in: str = BLANK) -> None:
    for attr in LAZY_ATTRS:  # a cover lazy already keeps its data- attributes
        if img.get(attr) and not img.get(f"data-{attr}") and _version(img, rec):
            img.set(f"data-{attr}", img.attrib.pop(attr))
    if img.get("data-src") or img.get("data-srcset"):
        img.set("src", stand_in)


def _lazy_unknown(img: HtmlElement, rec: dict[str, Any]) -> None:
    """The address under a lazy attribute of the site's own name, src a blank GIF."""
    url = _version(img, rec)
    for attr in ("src", "srcset", "data-src", "data-srcset"):
        img.attrib.pop(attr, None)
    name = pick(
        ("data-hi-res-src", "data-full-src", "data-img", "data-echo", "data-image"), rec, "attr"
    )
    img.set(name, url)
    img.set("src", BLANK)
    parent = img.getparent()
    if parent is not None and parent.tag == "picture":
        for source in list(parent.iter("source")):
            source.drop_tree()


def _lazy_file(img: HtmlElement, rec: dict[str, Any]) -> None:
    _lazy(img, rec, _origin(rec) + pick(STAND_INS, rec, "stand-in"))


def _lazy_plain_file(img: HtmlElement, rec: dict[str, Any]) -> None:
    _lazy(img, rec, _origin(rec) + pick(PLAIN_STAND_INS, rec, "stand-in"))


def _addresses(value: str, srcset: bool) -> list[str]:
    """The addresses an attribute names: each srcset candidate's, or the whole value."""
    if not srcset:
        return [value.strip()] if value.strip() else []
    return [c.split()[0] for c in _CANDIDATES.split(value) if c.split()]


def _version(img: HtmlElement, rec: dict[str, Any]) -> str:
    """One of the answer's versions as the cover's markup writes it."""
    keys = _keys(rec)
    parent = img.getparent()
    els = [img, *(parent.iter("source") if parent is not None and parent.tag == "picture" else ())]
    for el in els:
        for attr, value in el.attrib.items():
            for url in _addresses(value, attr.endswith("srcset")):
                if _key(urljoin(rec["url"], url)) in keys:
                    return url
    return ""


def _noscript(
    keep_alt: bool, stand_in: bool = True
) -> Callable[[HtmlElement, dict[str, Any]], None]:
    """The cover (its <picture> too) replaced by an <img> with no address (or by nothing:
    a script builds the picture, `stand_in` False), one of the answer's versions only in
    the <noscript> after it."""

    def edit(img: HtmlElement, rec: dict[str, Any]) -> None:
        fallback = lxml.html.Element(
            "img", {"src": _version(img, rec), "alt": img.get("alt") or ""}
        )
        shown = lxml.html.Element("img", {"class": "lazyload"})
        if keep_alt and img.get("alt"):
            shown.set("alt", img.get("alt") or "")
        parent = img.getparent()
        old = parent if parent is not None and parent.tag == "picture" else img
        noscript = lxml.html.Element("noscript")
        noscript.append(fallback)
        if stand_in:
            old.addprevious(shown)
        old.addprevious(noscript)
        noscript.tail = old.tail
        old.getparent().remove(old)

    return edit


def _in_picture(img: HtmlElement, rec: dict[str, Any]) -> None:
    srcset = img.attrib.pop("srcset", None) or f"{img.get('src')} 1200w"
    parent = img.getparent()
    if parent is None or parent.tag != "picture":
        picture = lxml.html.Element("picture")
        img.addprevious(picture)
        picture.tail, img.tail = img.tail, None
        picture.append(img)
        parent = picture
    img.addprevious(lxml.html.Element("source", {"type": "image/webp", "srcset": srcset}))
    img.set("src", BLANK)


def _renamed(tag: str) -> Callable[[HtmlElement, dict[str, Any]], None]:
    def edit(img: HtmlElement, rec: dict[str, Any]) -> None:
        img.tag = tag
        if "-" in tag and tag != "amp-img":  # a web component reads its own data- attributes
            for attr in LAZY_ATTRS:
                if img.get(attr) and not img.get(f"data-{attr}"):
                    img.set(f"data-{attr}", img.attrib.pop(attr))

    return edit


def no_h1(root: HtmlElement, rec: dict[str, Any]) -> None:
    """The headline in a <div> (its classes kept): a site whose headline is no <h1>."""
    for h1 in list(root.iter("h1")):
        h1.tag = "div"


def hero_first(root: HtmlElement, rec: dict[str, Any]) -> None:
    """The cover's figure set before the block holding the headline, four levels up."""
    img = _cover(root, rec)
    doc = parse(lxml.html.tostring(root, encoding="unicode"), rec["url"])
    found = headline(doc) if doc is not None else None
    if img is None or found is None:
        return
    # the same headline in this tree: the nth element of its tag
    nth = list(doc.tree.iter(found.tag)).index(found) if doc is not None else 0
    heads = list(root.iter(found.tag))
    if nth >= len(heads):
        return
    block = heads[nth]
    for anc in list(heads[nth].iterancestors())[:4]:
        if anc.tag in ("body", "html"):
            break
        block = anc
    figure = next(img.iterancestors("figure"), img)
    if block in figure.iterancestors() or figure in block.iterancestors() or figure is block:
        return
    figure.drop_tree()
    figure.tail = None
    block.addprevious(figure)


# --- the cover's addresses ---------------------------------------------------------------


def _readdress(move: Callable[[str, str], str]) -> Transform:
    """Every cover address in the page's attributes and JSON-LD rewritten by `move(url,
    place)` ("markup" or "declared"); the answer's versions as the markup then names them."""

    def run(root: HtmlElement, rec: dict[str, Any]) -> Callable[[str], str]:
        keys = _keys(rec)

        def swap(value: str, place: str, srcset: bool = False) -> str:
            for url in _addresses(value, srcset):
                full = urljoin(rec["url"], url)
                if _key(full) in keys:
                    value = value.replace(url, move(full, place))
            return value

        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            place = "declared" if el.tag in ("meta", "link") else "markup"
            for attr, value in el.attrib.items():
                if attr in ("content", "href") or "src" in attr:
                    el.set(attr, swap(value, place, attr.endswith("srcset")))

        def walk(obj: dict[str, Any]) -> None:
            for k, v in obj.items():
                if isinstance(v, str) and k in ("image", "url", "contentUrl", "thumbnailUrl"):
                    obj[k] = swap(v, "declared")
                elif isinstance(v, list):
                    obj[k] = [swap(x, "declared") if isinstance(x, str) else x for x in v]

        edit_jsonld(root, walk)
        return lambda u: urljoin(rec["url"], move(u, "markup"))

    return run


def _relative(url: str, place: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _no_scheme(url: str, place: str) -> str:
    return url.split(":", 1)[1] if url.startswith(("http:", "https:")) else url


def _query_resize(url: str, place: str) -> str:
    size = "w=1200&h=630&fit=crop" if place == "declared" else "w=960&q=75&auto=format"
    return url.split("?")[0] + "?" + size


def _path_resize(url: str, place: str) -> str:
    parts = urlsplit(url)
    size = "1200x630" if place == "declared" else "960x0"
    digest = hashlib.md5(parts.path.encode()).hexdigest()[:8]
    return f"https://images.cdn-example.net/unsafe/{size}/smart/{digest}/{parts.netloc}{parts.path}"


VARIANTS: dict[str, Transform | None] = {
    "original": None,
    "og:image removed": no_og,
    "declared image removed (metas and JSON-LD)": undeclared,
    "og:image a site logo": _og_set(_logo),
    "og:image a social card, same name, another path": _og_set(_card),
    "JSON-LD image only, ImageObject": _jsonld_only("object"),
    "JSON-LD image only, list": _jsonld_only("list"),
    "JSON-LD image only, string": _jsonld_only("string"),
    "cover not shown, og:image a default card, twitter:image the cover": _default_og("twitter"),
    "cover not shown, og:image a default card, JSON-LD the cover": _default_og("jsonld"),
    "cover not shown, og:image a default card, the WebPage's image the cover": _default_og(
        "webpage"
    ),
    "cover not shown, og:image the header's logo file, JSON-LD the cover": _plain_card("logo"),
    "cover not shown, og:image the apple-touch-icon, JSON-LD the cover": _plain_card("icon"),
    "cover not shown, og:image declared 144x144, JSON-LD the cover": _plain_card("small"),
    "cover not shown, og:image the cover, a 2nd picture after 2 paragraphs": _second_picture("og"),
    "cover not shown, JSON-LD the cover, a 2nd picture after 2 paragraphs": _second_picture("ld"),
    "cover lazy: data-src/data-srcset, blank src": _on_cover(_lazy),
    "cover lazy: data-src/data-srcset, stand-in file": _on_cover(_lazy_file),
    "cover lazy: data-src/data-srcset, stand-in of a plain name": _on_cover(_lazy_plain_file),
    "cover lazy under an attribute of the site's own name": _on_cover(_lazy_unknown),
    "cover only in <noscript>": _on_cover(_noscript(True)),
    "cover only in <noscript>, no alt": _on_cover(_noscript(False)),
    "cover only in <noscript>, no <img> in its place": _on_cover(_noscript(True, False)),
    "cover in <picture><source srcset>": _on_cover(_in_picture),
    "cover an <amp-img>": _on_cover(_renamed("amp-img")),
    "cover a custom element (data-src)": _on_cover(_renamed("x-image")),
    "cover set before the header block": hero_first,
    "cover set before the header block, og:image removed": both(hero_first, no_og),
    "headline no <h1> (a <div>)": no_h1,
    "addresses relative": _readdress(_relative),
    "addresses protocol-relative": _readdress(_no_scheme),
    "image server, size in the query": _readdress(_query_resize),
    "image server, size in the path": _readdress(_path_resize),
}


def predict(rec: dict[str, Any], raw: bytes, transform: Transform | None) -> tuple[str | None, Any]:
    """The predicted image and the answer's versions as the rewritten page names them."""
    moved: list[Callable[[str], str] | None] = [None]

    def edit(root: HtmlElement) -> None:
        moved[0] = transform(root, rec) if transform else None

    doc = parse(rewritten(raw, edit if transform else None), rec["url"])
    versions = rec["expected"]["lead_image"]
    if moved[0] is not None:
        versions = [moved[0](u) for u in versions]
    if doc is None:
        return None, versions
    return image(doc, None, authors(doc, None)), versions


def main() -> int:
    args = arguments(__doc__).parse_args()
    found = open_newsbench(args.newsbench)
    if found is None:
        return 2
    root, scorer = found
    pages = looked_at(root, "lead_image")
    print("lead image (newsbench measure: the URL, scheme and query dropped, is a cover version),")
    print(f"generic rules, dev + world minus kept-aside, {len(pages)} pages with a cover\n")
    print("| variant | dev | world A | world B | all | lost | gained |")
    print("|---|---|---|---|---|---|---|")
    base: dict[str, bool] = {}
    totals: list[float] = []
    for name in chosen(VARIANTS, args.only):
        transform = VARIANTS[name]
        ok: dict[str, bool] = {}
        got: dict[str, tuple[str | None, Any]] = {}
        for _, rec, raw in pages:
            got[rec["id"]] = predicted, versions = predict(rec, raw, transform)
            ok[rec["id"]] = scorer.url_key(predicted) in {scorer.url_key(u) for u in versions}
        if transform is None:
            base = ok
        cells = [mean([ok[r["id"]] for g, r, _ in pages if g == grp]) for grp in GROUPS]
        lost = [r for _, r, _ in pages if base[r["id"]] and not ok[r["id"]]]
        gained = [r for _, r, _ in pages if ok[r["id"]] and not base[r["id"]]]
        whole = mean(list(ok.values()))
        if transform is not None:
            totals.append(whole)
        row = " | ".join(f"{c:.3f}" for c in [*cells, whole])
        print(f"| {name} | {row} | {len(lost)} | {len(gained)} |")
        if args.per_page:
            for r in lost:
                predicted, versions = got[r["id"]]
                print(
                    f"|   {r['id']} | want {versions[0]!r} ({len(versions)}) | got {predicted!r} |"
                )
    if totals:
        print(f"\nmean over {len(totals)} variants: {mean(totals):.3f} ({len(pages)} pages each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
