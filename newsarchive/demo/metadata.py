"""The machine-readable metadata of article pages: JSON-LD blocks and <meta> tags.

Each article template puts it where a different kind of real site does: a
standalone NewsArticle beside a BreadcrumbList ("a"), an `@graph` with UTC dates
plus Dublin Core and Parse.ly tags ("b"), a list with a VideoObject plus PRISM
tags ("c"). Absolute URLs (canonical, og:url, og:image, JSON-LD url) are built
from `origin` (from the request's Host header): they are the only bytes of an
article page that depend on the server's port.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from newsarchive.demo.catalog import LANGUAGE, PUBLISHER, Article, author_slug
from newsarchive.demo.html_common import esc


def utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def publisher(origin: str) -> dict[str, Any]:
    logo = {"@type": "ImageObject", "url": f"{origin}/images/logo.png", "width": 120, "height": 30}
    return {"@type": "NewsMediaOrganization", "name": PUBLISHER, "url": f"{origin}/", "logo": logo}


def people(article: Article, origin: str) -> list[dict[str, str]]:
    return [
        {"@type": "Person", "name": name, "url": f"{origin}/author/{author_slug(index)}"}
        for name, index in zip(article.authors, article.author_indexes, strict=True)
    ]


def news_article(article: Article, origin: str) -> dict[str, Any]:
    url = origin + article.path
    return {
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.subtitle,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": article.published.isoformat(),
        "dateModified": article.modified.isoformat(),
        "author": people(article, origin),
        "publisher": publisher(origin),
        "image": {
            "@type": "ImageObject",
            "url": origin + article.image,
            "width": 640,
            "height": 360,
        },
        "articleSection": article.section_label,
        "keywords": ", ".join(article.tags),
        "inLanguage": LANGUAGE,
    }


def video_object(number: int, origin: str) -> dict[str, Any]:
    return {
        "@type": "VideoObject",
        "name": video_title(number),
        "description": f"Demo News video report number {number}.",
        "thumbnailUrl": f"{origin}/images/thumb-{number}.png",
        "uploadDate": f"2025-0{1 + number % 5}-1{number}T09:00:00-05:00",
        "duration": f"PT{number + 1}M{number * 7 % 60}S",
        "embedUrl": f"{origin}/video/clip-{number}",
    }


def video_title(number: int) -> str:
    return f"Watch: the week in review, part {number}"


def script(data: Any, *, ascii_only: bool = False) -> str:
    body = json.dumps(data, ensure_ascii=ascii_only, indent=None, separators=(",", ":"))
    return f'<script type="application/ld+json">{body}</script>\n'


def jsonld_a(article: Article, origin: str) -> str:
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{origin}/"},
            {
                "@type": "ListItem",
                "position": 2,
                "name": article.section_label,
                "item": f"{origin}/{article.section}/",
            },
        ],
    }
    return script({"@context": "https://schema.org", **news_article(article, origin)}) + script(
        crumbs
    )


def jsonld_b(article: Article, origin: str) -> str:
    url = origin + article.path
    node = news_article(article, origin)
    node.update(
        {
            "@id": f"{url}#article",
            "datePublished": utc(article.published),
            "dateModified": utc(article.modified),
            "isPartOf": {"@id": f"{url}#webpage"},
            "publisher": {"@id": f"{origin}/#publisher"},
        }
    )
    webpage = {"@type": "WebPage", "@id": f"{url}#webpage", "url": url, "name": article.title}
    organization = {**publisher(origin), "@id": f"{origin}/#publisher"}
    graph = {"@context": "https://schema.org", "@graph": [webpage, node, organization]}
    return script(graph, ascii_only=True)


def jsonld_c(article: Article, origin: str) -> str:
    node = {"@context": "http://schema.org", **news_article(article, origin)}
    node["keywords"] = article.tags
    node["image"] = [origin + article.image]
    blocks: list[dict[str, Any]] = [node]
    if article.video is not None:
        blocks.append({"@context": "http://schema.org", **video_object(article.video, origin)})
    return script(blocks)


def meta(attr: str, key: str, value: str) -> str:
    return f'<meta {attr}="{key}" content="{esc(value)}">\n'


def opengraph(article: Article, origin: str) -> str:
    return (
        meta("property", "og:type", "article")
        + meta("property", "og:site_name", PUBLISHER)
        + meta("property", "og:title", article.title)
        + meta("property", "og:description", article.subtitle)
        + meta("property", "og:url", origin + article.path)
        + meta("property", "og:image", origin + article.image)
    )


def article_times(article: Article) -> str:
    return meta("property", "article:published_time", article.published.isoformat()) + meta(
        "property", "article:modified_time", article.modified.isoformat()
    )


def head_a(article: Article, origin: str) -> str:
    tags = "".join(meta("property", "article:tag", tag) for tag in article.tags)
    return (
        f'<link rel="canonical" href="{origin}{article.path}">\n'
        + meta("name", "description", article.subtitle)
        + opengraph(article, origin)
        + article_times(article)
        + meta("property", "article:section", article.section_label)
        + tags
        + jsonld_a(article, origin)
    )


def head_b(article: Article, origin: str) -> str:
    creators = "".join(meta("name", "DC.creator", name) for name in article.authors)
    return (
        f'<link rel="canonical" href="{origin}{article.path}">\n'
        + meta("name", "author", ", ".join(article.authors))
        + meta("name", "DC.title", article.title)
        + creators
        + meta("name", "DC.date.issued", utc(article.published))
        + meta("name", "DC.language", LANGUAGE)
        + meta("name", "parsely-title", article.title)
        + meta("name", "parsely-link", origin + article.path)
        + meta("name", "parsely-pub-date", utc(article.published))
        + meta("name", "parsely-section", article.section_label)
        + meta("name", "parsely-author", article.authors[0] if article.authors else "")
        + meta("name", "parsely-tags", ",".join(article.tags))
        + opengraph(article, origin)
        + jsonld_b(article, origin)
    )


def head_c(article: Article, origin: str) -> str:
    tags = "".join(meta("property", "article:tag", tag) for tag in article.tags)
    return (
        f'<link rel="canonical" href="{origin}{article.path}">\n'
        + meta("name", "description", article.subtitle)
        + opengraph(article, origin)
        + article_times(article)
        + tags
        + meta("name", "prism.publicationDate", article.published.isoformat())
        + meta("name", "prism.modificationDate", article.modified.isoformat())
        + meta("name", "prism.section", article.section_label)
        + meta("name", "prism.publicationName", PUBLISHER)
        + jsonld_c(article, origin)
    )


HEADS = {"a": head_a, "b": head_b, "c": head_c}
