"""What a live check of a profile found, and its verdict per section and field (pure).

`newsarchive.health.probe` fills a `CheckResult` from a short crawl (robots.txt,
one listing page per section and its "show more" or next page, a few articles);
`verdict_lines` says, one line each, whether every section's listing still
yields articles, what each sitemap and feed lists (newsarchive.health.sources)
and whether the articles still get every watched field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from newsarchive.health.alarms import WATCHED_FIELDS
from newsarchive.health.sources import SourceCheck, source_name, source_verdict
from newsarchive.numbers import counted

OK, WARN, FAIL = "ok", "WARN", "FAIL"


@dataclass
class SectionCheck:
    url: str
    status: int | None = None  # HTTP status of the section page; None: not fetched
    error: str | None = None  # why it was not fetched (robots.txt, a network error)
    articles: int = 0  # article links the listing selector found on the page
    more_kind: str | None = None  # "show more" or "next page"; None: the profile has neither
    more_offered: bool = False  # the page had the control / next link
    more_status: int | None = None
    more_articles: int | None = None  # articles new to the section on that second page


@dataclass
class RobotsCheck:
    status: int | None = None
    error: str | None = None  # why it was not fetched (a network error)
    sitemaps: list[str] = field(default_factory=list)
    crawl_delay: float | None = None
    disallowed: list[str] = field(default_factory=list)  # profile URLs robots.txt forbids us
    # ROBOTSTXT_UNREACHABLE in force: a robots.txt not fetched allows everything, or nothing
    unreachable: str = "allow"
    obeyed: bool = True  # ROBOTSTXT_OBEY: off, a crawl fetches what robots.txt disallows


@dataclass
class CheckResult:
    site: str
    base_url: str
    listing_selector: str
    more_selector: str | None
    robots: RobotsCheck = field(default_factory=RobotsCheck)
    sections: dict[str, SectionCheck] = field(default_factory=dict)
    articles: list[tuple[str, str, frozenset[str]]] = field(default_factory=list)  # section, url
    # url: why nothing could be extracted from that article (its fields are judged without it)
    unextracted: dict[str, str] = field(default_factory=dict)
    sources: dict[str, SourceCheck] = field(default_factory=dict)  # sitemaps and feeds, by URL
    checked_at: datetime | None = None  # when: how old a sitemap's newest entry is


def section_verdict(check: SectionCheck, result: CheckResult) -> tuple[str, str]:
    """(OK/WARN/FAIL, what was seen) for one section."""
    if check.status is None:
        return FAIL, f"section page not fetched ({check.error or 'no answer'})"
    if check.status != 200:
        return FAIL, f"section page answered HTTP {check.status}"
    if check.articles == 0:
        return FAIL, (
            f"listing: no article link matched by {result.listing_selector!r}"
            + _more_text(check, result)
        )
    said = f"listing: {counted(check.articles, 'article')}" + _more_text(check, result)
    if check.more_kind and check.more_offered and not check.more_articles:
        return FAIL, said
    if check.more_kind == "show more" and not check.more_offered:
        return WARN, said
    return OK, said


def _more_text(check: SectionCheck, result: CheckResult) -> str:
    if check.more_kind is None:
        return ""
    if not check.more_offered:
        what = f"no control {result.more_selector!r}" if check.more_kind == "show more" else "none"
        return f"; {check.more_kind}: {what} on the page"
    if check.more_status != 200:
        return f"; {check.more_kind}: HTTP {check.more_status}"
    return f"; {check.more_kind}: {counted(check.more_articles or 0, 'more article')}"


def field_verdicts(result: CheckResult, floors: Mapping[str, float]) -> list[tuple[str, str, str]]:
    """(field, OK/FAIL, what was seen) for each watched field over the checked articles."""
    total = len(result.articles)
    verdicts = []
    for name in WATCHED_FIELDS:
        have = [url for _, url, present in result.articles if name in present]
        floor = floors.get(name, 0.0)
        share = len(have) / total if total else 0.0
        lacking = [url for _, url, present in result.articles if name not in present]
        said = f"{len(have)}/{counted(total, 'article')} ({share:.0%}, floor {floor:.0%})"
        if lacking and len(have) < total:
            said += f"; none on {lacking[0]}" + (
                f" and {len(lacking) - 1} more" if len(lacking) > 1 else ""
            )
        verdicts.append((name, FAIL if not total or share < floor else OK, said))
    return verdicts


def verdict_lines(result: CheckResult, floors: Mapping[str, float]) -> tuple[list[str], bool]:
    """The check's report, one line each, and whether the profile passed."""
    robots = result.robots
    lines = [f"check {result.site} at {result.base_url}"]
    robots_said = f"HTTP {robots.status}" if robots.status is not None else "not fetched"
    if robots.crawl_delay is not None:
        robots_said += f", Crawl-delay {robots.crawl_delay:g} s"
    robots_said += f", sitemaps listed: {len(robots.sitemaps)}"
    robots_said += (
        f", disallows for us: {', '.join(robots.disallowed)}"
        if robots.disallowed
        else ", every section page allowed"
    )
    verdict = FAIL if robots.disallowed else OK
    if not robots.obeyed:  # nothing it says (or not said) keeps a crawl from a page
        verdict = OK
        robots_said = (
            f"HTTP {robots.status}" if robots.status is not None
            else f"not fetched ({robots.error or 'no answer'})"
        )  # fmt: skip
        robots_said += f", sitemaps listed: {len(robots.sitemaps)}; not obeyed (ROBOTSTXT_OBEY off)"
        if robots.disallowed:
            robots_said += (
                f": a crawl fetches what it disallows for us: {', '.join(robots.disallowed)}"
            )
    elif robots.status is not None and (robots.status >= 500 or robots.status == 429):
        # as the crawl reads it (newsarchive.network.robots): nothing of the site is fetched
        verdict = FAIL
        robots_said = (
            f"HTTP {robots.status}: a crawl reads it as 'Disallow: /' (RFC 9309) "
            "and fetches nothing of the site"
        )
    elif robots.status is None and robots.unreachable == "disallow":
        verdict = FAIL  # ROBOTSTXT_UNREACHABLE = "disallow" (RFC 9309): nothing is fetched
        robots_said = (
            f"not fetched ({robots.error or 'no answer'}); a crawl reads it as 'Disallow: /' "
            "(ROBOTSTXT_UNREACHABLE, RFC 9309) and fetches nothing of the site"
        )
    elif robots.status is None:
        verdict = WARN  # as Scrapy's ROBOTSTXT_OBEY: a robots.txt not had allows everything
        robots_said = (
            f"not fetched ({robots.error or 'no answer'}); a crawl goes on as if it allowed "
            "everything"
        )
    lines.append(f"robots.txt  {verdict:4}  {robots_said}")
    failed = verdict == FAIL
    width = max((len(name) for name in result.sections), default=0)
    for name, check in result.sections.items():
        verdict, said = section_verdict(check, result)
        failed |= verdict == FAIL
        lines.append(f"section {name:{width}}  {verdict:4}  {said}")
    # sitemaps, then feeds, each in the order found: robots.txt's sitemaps and the section
    # pages' feeds arrive in whichever order the site answers, and a report read twice
    # should read the same
    ordered = sorted(result.sources.values(), key=lambda source: source.kind != "sitemap")
    for source in ordered:
        verdict, said = source_verdict(source, result.checked_at or datetime.now().astimezone())
        failed |= verdict == FAIL
        lines.append(f"{source.kind} {source_name(source, result.base_url)}  {verdict:4}  {said}")
    for url, reason in result.unextracted.items():
        failed = True
        lines.append(f"article {url}  {FAIL:4}  extraction failed ({reason})")
    for name, verdict, said in field_verdicts(result, floors):
        failed |= verdict == FAIL
        lines.append(f"field {name:9}  {verdict:4}  {said}")
    lines.append(f"verdict: {'FAIL' if failed else 'ok'}")
    return lines, not failed
