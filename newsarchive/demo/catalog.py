"""What the demo site publishes: its sections, topics, authors and articles (no HTML here).

Every fact about article `n` is a pure function of (n, site size, revision), so
`expected_article` can tell a test exactly what the pages say. Article ids grow
with publication time: the newest article has the highest id.

Revisions (for incremental-crawl tests): at revision r >= 2 the site has r - 1
more articles (ids N+1 .. N+r-1, each the newest of its section) and r - 1 older
articles rewritten (see `changed_ids`); nothing else about any article differs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from newsarchive.demo import text

EASTERN = ZoneInfo("America/New_York")
DEFAULT_ARTICLES = 300
PUBLISHER = "Demo News"
LANGUAGE = "en"
SECTIONS: dict[str, str] = {
    "politics": "Politics", "us": "U.S.", "world": "World", "business": "Business",
    "tech": "Tech", "health": "Health", "opinion": "Opinion", "sports": "Sports",
}  # fmt: skip
SECTION_SLUGS = tuple(SECTIONS)
TOPICS: dict[str, str] = {
    "elections": "Elections", "budget": "Budget", "transit": "Transit", "housing": "Housing",
    "climate": "Climate", "trade": "Trade", "artificial-intelligence": "Artificial Intelligence",
    "public-health": "Public Health", "courts": "Courts", "education": "Education",
    "energy": "Energy", "immigration": "Immigration", "baseball": "Baseball", "labor": "Labor",
    "small-business": "Small Business", "security": "Security", "cities": "Cities",
    "markets": "Markets", "privacy": "Privacy", "weather": "Weather",
}  # fmt: skip
TOPIC_SLUGS = tuple(TOPICS)
AUTHOR_COUNT = 16
IMAGE_COUNT = 12
VIDEO_COUNT = 6
TEMPLATES = ("a", "b", "c")
# Articles listed only by /js-news/ (through JavaScript), and the one rendered by script.
JS_NEWS_BASE = 1_000_000
JS_NEWS_COUNT = 23
JS_ARTICLE_ID = 2_000_001
_START = datetime(2025, 1, 2, 5, 0, tzinfo=UTC)
# What revision `step` edits, with `edits` on: (offset from the site size N, kind).
# Offsets 2, 5, 8 ... are `changed_id`'s rewrites; these stay clear of them.
EDITS: dict[int, tuple[tuple[int, str], ...]] = {
    2: ((3, "title"), (4, "byline"), (6, "furniture"), (9, "furniture")),
    3: ((3, "paragraphs"), (7, "body"), (10, "published"), (6, "furniture")),
}
EDIT_KINDS = ("title", "byline", "published", "body", "paragraphs", "furniture")


def author_slug(index: int) -> str:
    return text.slugify(text.person_name(index))


def published_at(n: int) -> datetime:
    """Ten hours apart plus a stable jitter, so 300 articles span the March DST change."""
    jitter = ((n * 2654435761) % 2**32) % 540
    return (_START + timedelta(hours=10 * n, minutes=jitter)).astimezone(EASTERN)


def section_of(n: int) -> str:
    if JS_NEWS_BASE < n <= JS_NEWS_BASE + JS_NEWS_COUNT:
        return "js-news"
    if n == JS_ARTICLE_ID:
        return "js-article"
    return SECTION_SLUGS[n % len(SECTION_SLUGS)]


def topic_slugs_of(n: int) -> tuple[str, ...]:
    rng = random.Random(n * 17 + 3)
    return tuple(TOPIC_SLUGS[i] for i in rng.sample(range(len(TOPIC_SLUGS)), 2 + n % 2))


def author_indexes_of(n: int) -> tuple[int, ...]:
    first = (n * 3) % AUTHOR_COUNT
    return (first, (first + 5) % AUTHOR_COUNT) if n % 5 == 0 else (first,)


@dataclass(frozen=True)
class Article:
    """One version of one article, as the site publishes it."""

    id: int
    section: str  # slug; "js-news" / "js-article" for the script-driven pages
    template: str
    title: str
    subtitle: str
    author_indexes: tuple[int, ...]
    published: datetime
    modified: datetime
    topic_slugs: tuple[str, ...]
    paragraphs: tuple[str, ...]
    version: int  # 1, or the revision that last rewrote or edited it
    gzip: bool  # served gzip-encoded to clients that accept it
    slug: str = ""  # from the first headline: a rewritten title keeps its URL
    furniture: int = 0  # furniture-only changes so far (counters, ads, "most read")

    @property
    def path(self) -> str:
        return f"/{self.section}/{self.slug or text.slugify(self.title)}-{self.id}"

    @property
    def section_label(self) -> str:
        return SECTIONS.get(self.section, "JS News")

    @property
    def authors(self) -> list[str]:
        return [text.person_name(i) for i in self.author_indexes]

    @property
    def topics(self) -> list[str]:
        return [TOPICS[slug] for slug in self.topic_slugs]

    @property
    def tags(self) -> list[str]:
        return [label.lower() for label in self.topics] + [self.section]

    @property
    def image(self) -> str:
        return f"/images/lead-{self.id % IMAGE_COUNT}.jpg"

    @property
    def image_caption(self) -> str:
        photographer = text.person_name(self.id + 9)
        return f"{self.title.split(' ')[0]} officials at a briefing. (Photo: {photographer})"

    @property
    def video(self) -> int | None:
        """Template "c" articles every seventh id carry a VideoObject for this video."""
        return self.id % VIDEO_COUNT + 1 if self.template == "c" and self.id % 7 == 0 else None

    def expected(self) -> dict[str, Any]:
        """The ground truth a faithful extractor should recover from this article's page."""
        return {
            "id": self.id,
            "path": self.path,
            "canonical": self.path,
            "title": self.title,
            "subtitle": self.subtitle,
            "authors": self.authors,
            "published": self.published.isoformat(),
            "modified": self.modified.isoformat(),
            "section": self.section_label,
            "section_slug": self.section,
            "topics": self.topics,
            "tags": self.tags,
            "body": list(self.paragraphs),
            "image": self.image,
            "image_caption": self.image_caption,
            "language": LANGUAGE,
            "template": self.template,
            "version": self.version,
            "gzip": self.gzip,
        }


class Catalog:
    """The articles of one site size at one revision, with the indexes listings need."""

    def __init__(
        self, articles: int = DEFAULT_ARTICLES, revision: int = 1, edits: bool = False
    ) -> None:
        if articles < (12 if edits else 10):
            raise ValueError(f"the demo site needs at least {12 if edits else 10} articles")
        if revision < 1:
            raise ValueError("revisions start at 1")
        self.size = articles
        self.revision = revision
        self.edits = edits
        self.ids = list(range(articles + revision - 1, 0, -1))  # newest first
        self.changed = {changed_id(articles, step): step for step in range(2, revision + 1)}
        self.edited = edited_ids(articles, revision) if edits else {}
        self.by_section: dict[str, list[int]] = {slug: [] for slug in SECTION_SLUGS}
        self.by_topic: dict[str, list[int]] = {slug: [] for slug in TOPIC_SLUGS}
        self.by_author: dict[int, list[int]] = {i: [] for i in range(AUTHOR_COUNT)}
        for n in self.ids:
            self.by_section[section_of(n)].append(n)
            for slug in topic_slugs_of(n):
                self.by_topic[slug].append(n)
            for index in author_indexes_of(n):
                self.by_author[index].append(n)
        self.js_news = list(range(JS_NEWS_BASE + JS_NEWS_COUNT, JS_NEWS_BASE, -1))
        self._paths: dict[str, int] | None = None

    def article(self, n: int) -> Article:
        return build_article(n, self.size, self.changed.get(n, 1), self.edited.get(n, ()))

    def has(self, n: int) -> bool:
        return 1 <= n <= len(self.ids) or n in self.js_news or n == JS_ARTICLE_ID

    def find(self, path: str) -> Article | None:
        """The article published at `path`, if any (paths end in "-<id>")."""
        _, _, tail = path.rpartition("-")
        if not tail.isdigit() or not self.has(int(tail)):
            return None
        article = self.article(int(tail))
        return article if article.path == path else None

    def latest(self, count: int) -> list[Article]:
        return [self.article(n) for n in self.ids[:count]]

    def expected(self, n: int) -> dict[str, Any]:
        if not self.has(n):
            raise KeyError(f"no article {n} on a site of {self.size} at revision {self.revision}")
        return self.article(n).expected()


def changed_id(articles: int, step: int) -> int:
    """The older article rewritten when the site moves to revision `step` (2, 3, ...)."""
    return max(1, articles - 2 - 3 * (step - 2))


Edits = tuple[tuple[int, str], ...]  # (revision step, kind), oldest first


def edited_ids(articles: int, revision: int) -> dict[int, Edits]:
    """The articles `EDITS` changed up to `revision`, with what changed at which step."""
    found: dict[int, list[tuple[int, str]]] = {}
    for step in range(2, revision + 1):
        for offset, kind in EDITS.get(step, ()):
            found.setdefault(articles - offset, []).append((step, kind))
    return {n: tuple(steps) for n, steps in found.items()}


@lru_cache(maxsize=8192)
def build_article(n: int, articles: int, version: int, edits: Edits = ()) -> Article:
    section = section_of(n)
    text_section = SECTION_SLUGS[n % len(SECTION_SLUGS)]
    published = published_at(n if n <= JS_NEWS_BASE else n % 1000 * 7)
    modified = published + timedelta(hours=n % 5 + 1) if n % 4 == 0 else published
    paragraphs = text.paragraphs(n, 4 + n % 3)
    if version > 1:
        modified = published_at(articles + version - 1) + timedelta(minutes=20)
        note = f"Editor’s note: this story was updated with new details (revision {version})."
        paragraphs = [note, *text.paragraphs(n + 7919 * version, 4 + n % 3)]
    title = slug_title = text.headline(n, text_section)
    authors, furniture = author_indexes_of(n), 0
    for step, kind in edits:
        if kind == "furniture":  # the page changes, the article does not
            furniture += 1
            continue
        version = max(version, step)
        modified = published_at(articles + step - 1) + timedelta(minutes=25)
        if kind == "title":
            title = text.headline(n + 7919 * step, text_section)
        elif kind == "byline":
            authors = (authors[0], (authors[0] + 7) % AUTHOR_COUNT)
        elif kind == "published":  # a corrected date: it went out three hours earlier
            published -= timedelta(hours=3)
        elif kind == "body":  # one paragraph corrected, one inserted, the last one cut
            corrected = paragraphs[1].replace(".", ", officials later clarified.", 1)
            added = text.paragraphs(n + 104729 * step, 1)
            paragraphs = [paragraphs[0], corrected, *added, *paragraphs[2:-1]]
        elif kind == "paragraphs":  # an update: two paragraphs at the end
            paragraphs = [*paragraphs, *text.paragraphs(n + 104729 * step, 2)]
    return Article(
        id=n,
        section=section,
        template=TEMPLATES[n % len(TEMPLATES)],
        title=title,
        subtitle=text.dek(n),
        author_indexes=authors,
        published=published,
        modified=modified,
        topic_slugs=topic_slugs_of(n),
        paragraphs=tuple(paragraphs),
        version=version,
        gzip=n % 50 == 17,
        slug=text.slugify(slug_title),
        furniture=furniture,
    )


@lru_cache(maxsize=16)
def catalog(articles: int = DEFAULT_ARTICLES, revision: int = 1, edits: bool = False) -> Catalog:
    return Catalog(articles, revision, edits)


def expected_article(
    n: int, *, articles: int = DEFAULT_ARTICLES, revision: int = 1, edits: bool = False
) -> dict[str, Any]:
    """Ground truth for article `n` of a site of `articles` articles at `revision`."""
    return catalog(articles, revision, edits).expected(n)
