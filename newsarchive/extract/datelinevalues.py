"""A date's value as a page's scripts spell it.

A key's value after `:` or `=` in any quoting (plain, escaped, entities), .NET's
`/Date(ms)/`, Nuxt 2's state function's arguments and Nuxt 3's payload by index; a headline
read from a script and compared bare; JSON-LD blocks told apart; a key naming a first
publication, not a later one.
"""

from __future__ import annotations

import html
import json
import re

from newsarchive.extract.document import Document
from newsarchive.extract.headline import headline
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# A key ending a longer name that says it is not the first publication ("lastPublishDate",
# "last_publish_date", "republished").
_NOT_FIRST = _compile(r"(?:last|latest|re|updated?|modified|next|un|scheduled)[_-]?$", re.I)
# A quote as script state spells it: plain, backslash-escaped (JSON inside a JS string),
# \u0022- or \x22-escaped, or an HTML entity (JSON props in an attribute: data-props="{&quot;...";
# Angular's transfer state, `<script id="serverApp-state">{&q;publishedAt&q;:&q;...&q;}`).
_QUOTE = r"""(?:\\*(?:["']|u0022|x22)|&quot;|&#34;|&#x22;|&q;)?"""
# The value after `:` or `=` (in JavaScript also `new Date(...)`); for a setter's name, its
# argument (`tp.push(["setContentCreated", "..."])`).
# A value's characters, also JSON's escapes of them: "\u002B" for "+" (.NET's encoder), "\/" or
# "\u002F" for "/" (PHP's, a framework's stream); and .NET's "\/Date(1796319600000+0100)\/"
# (milliseconds, the offset a note). Astro's props give a value as `[type, value]`
# (`"publishedAt":[3,"2026-..."]`, 3 a Date, 0 a plain value).
_VALUE = r"[0-9](?:[0-9 :.TZ+/-]|\\+u002[bBfF]|\\+/){5,34}"
STATE_VALUE = _compile(
    rf"{_QUOTE}\s*[:=]\s*(?:\[\d,\s*)?(?:new Date\()?{_QUOTE}(?:\\*/Date\()?({_VALUE})"
)
SETTER_VALUE = _compile(rf"{_QUOTE}\s*,\s*{_QUOTE}({_VALUE})")
_ESCAPED_VALUE = _compile(r"\\+(?:u002[bBfF]|/)")
_DOTNET_DATE = _compile(r"/Date\((\d{10,13})")


def state_value(m: re.Match[str]) -> str:
    """The date a `STATE_VALUE` or `SETTER_VALUE` match holds, JSON's escapes read
    ("2026-12-03T18:40:00\u002b01:00" is "...+01:00"), .NET's `/Date(ms)/` its milliseconds."""
    value = m.group(1).strip()
    if "\\" in value:
        value = _ESCAPED_VALUE.sub(lambda e: "+" if e.group(0)[-1] in "bB" else "/", value)
    if "Date(" in m.group(0) and (d := _DOTNET_DATE.search(m.group(0))):
        return d.group(1)
    return value


# A key's value named by a parameter of Nuxt 2's state function (`publishedAt:c` ...
# `}(null,"x","2026-01-29T17:40:00Z"))`): the parameter's name.
STATE_REFERENCE = _compile(r"\s*:\s*([A-Za-z_$][\w$]{0,2})\s*[,}]")
_NUXT = "__NUXT__=(function("
# Nuxt 3 keeps its state as one JSON array; an object's value is the index of its own value
# there (`"publishedAt":57`), read only on a page holding that array.
_NUXT_DATA = 'id="__NUXT_DATA__"'
STATE_INDEX = _compile(r"""["']\s*:\s*(\d{1,6})\s*[,}]""")
_JS_TOKEN = _compile(
    r""""[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*'|[()\[\]{},]|[^"'()\[\]{},]+""", re.S
)
# A JSON-LD block's opening tag (a tag with backslashes is markup kept in a JavaScript
# string: its content is escaped)
LD_SCRIPT = _compile(r"<script\b[^>\\]*ld\+json", re.I)


_TITLE_PREFIX = 15  # letters of a headline cut at an escaped quote that still name it


def same_title(title: str, own: str) -> bool:
    """Whether a headline read from a script is the page's: the same letters, or their start
    where the script's quoting cut it ("Putin warnt vor \\"Dekolonisierung\\"")."""
    return title == own or (len(title) >= _TITLE_PREFIX and own.startswith(title))


# A headline's value up to its closing quote (Angular's state: "&q;")
HEADLINE_VALUE = _compile(rf"{_QUOTE}\s*[:=]\s*{_QUOTE}(.{{5,400}}?)(?:\\*\"|\\u0022|&quot;|&q;)")
_ESCAPED_CHAR = _compile(r"\\+u([0-9a-fA-F]{4})")
_NOT_ALNUM = _compile(r"[\W_]+")


def page_headline(doc: Document) -> str:
    h1 = headline(doc)
    return h1.text_content() if h1 is not None else (doc.first_meta("og:title") or "")


def bare(text: str) -> str:
    """A title's letters and digits only, lower case, escapes and entities read."""
    text = html.unescape(_ESCAPED_CHAR.sub(lambda m: chr(int(m.group(1), 16)), text))
    return _NOT_ALNUM.sub("", text.casefold())


def in_ld_script(source: str, at: int) -> bool:
    """Whether source[at] sits in a `<script type="application/ld+json">` block (read as
    JSON-LD already)."""
    opened = source.rfind("<script", 0, at)
    return (
        opened != -1
        and bool(LD_SCRIPT.match(source, opened))
        and source.find("</script", opened, at) == -1
    )


def first_publication(source: str, start: int, end: int) -> bool:
    """Whether the key at source[start:end] ends a name, not one saying "last" or "re"; a
    capitalised key starts it too ("PublicationDate", not "firstPublicationDate")."""
    if source[end : end + 1].isalnum():
        return False
    if source[start].isupper() and source[start - 1 : start].isalnum():
        return False
    return not _NOT_FIRST.search(source, max(0, start - 9), start)


def nuxt_arguments(source: str) -> dict[str, str]:
    """Nuxt 2's state function's arguments by parameter name (strings without quotes).

    `window.__NUXT__=(function(a,b,c){return {...}}(null,"x","2026-..."))`; {} on any
    other page.
    """
    at = source.find(_NUXT)
    if at == -1:
        return {}
    open_at = at + len(_NUXT)
    close = source.find(")", open_at)
    end = source.find("</script", close)
    end = end if end != -1 else len(source)
    call = source.rfind("}(", close, end)
    if close == -1 or call == -1:
        return {}
    names = [n.strip() for n in source[open_at:close].split(",")]
    values = _split_arguments(source[call + 2 : end])
    return dict(zip(names, values, strict=False))


def _split_arguments(text: str) -> list[str]:
    """Top-level, comma-separated JavaScript literals, strings unquoted (up to the call's end).

    Read token by token (a string, a bracket, a comma, anything else): Nuxt's arguments
    can run to hundreds of kilobytes.
    """
    parts: list[str] = []
    depth, current = 0, ""
    for m in _JS_TOKEN.finditer(text):
        token = m.group(0)
        if token in "([{":
            depth += 1
        elif token in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif token == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        if depth == 0:
            current += token[1:-1] if token[:1] in "\"'" else token
    parts.append(current.strip())
    return parts


def nuxt_payload(source: str) -> list[object]:
    """Nuxt 3's payload (`<script id="__NUXT_DATA__">[...]</script>`: values by index); []
    on any other page."""
    at = source.find(_NUXT_DATA)
    start = source.find(">", at) + 1
    end = source.find("</script", start)
    if at == -1 or start == 0 or end == -1:
        return []
    try:
        data = json.loads(source[start:end])
    except (ValueError, RecursionError):  # RecursionError: nested past Python's stack
        return []
    return data if isinstance(data, list) else []


def payload_date(payload: list[object], index: int) -> str | None:
    """The date string or Unix time at `index` of a Nuxt 3 payload (a Date is ["Date", iso])."""
    if not 0 <= index < len(payload):
        return None
    value = payload[index]
    if isinstance(value, list) and len(value) == 2 and value[0] == "Date":
        value = value[1]
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return date_argument(str(value))


def date_argument(value: str) -> str | None:
    """A Nuxt argument if it is a date string or a Unix time (see nuxt_arguments)."""
    m = STATE_VALUE.match(":" + value)
    return state_value(m) if m and m.end() == len(value) + 1 else None
