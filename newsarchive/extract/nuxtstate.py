"""Nuxt's two script states as plain values, for statetext.py.

Nuxt 2 writes its state as JavaScript, not JSON: `window.__NUXT__=(function(a,b,c){return
{data:[{article:{body:a}}]}}("<p>...</p>",null,"..."))`, keys without quotes and repeated
values passed once as the call's arguments (or `window.__NUXT__={...}` with bare keys).
Nuxt 3 writes JSON in `<script id="__NUXT_DATA__">`, flattened (devalue): a list whose first
entry is the root and whose objects and lists hold the indexes of their values.
Both are read into the nested dicts and lists a JSON state would give; {} or None where
the text is something else. Nothing is run: the literals are read, anything else is None.
"""

from __future__ import annotations

import re
from typing import Any

from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

NUXT2 = _compile(r"__NUXT__\s*=\s*\(?\s*function\s*\(([^)]*)\)\s*\{", re.S)
NUXT2_OBJECT = _compile(r"__NUXT__\s*=\s*(?=\{)")
# JavaScript tokens: a string in either quote, a number, a name, one mark.
_TOKEN = _compile(
    r"""\s*(?:("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\$]|\\.)*`)"""
    r"""|(-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)|([A-Za-z_$][\w$]*)|(\S))""",
    re.S,
)
_ESCAPE = _compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|.)", re.S)
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_WORDS = {"true": True, "false": False, "null": None, "undefined": None}
MAX_DEPTH = 60
MAX_TOKENS = 2_000_000  # a state's tokens read at most (Nuxt's arguments run to megabytes)
DEVALUE_WRAPPERS = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef"})


class _Reference:
    """A bare name in the function's body: one of its parameters, filled in after the call."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


class _Reader:
    """Reads JavaScript literals token by token from `source`, starting at `at`."""

    def __init__(self, source: str, at: int) -> None:
        self.source, self.at, self.left = source, at, MAX_TOKENS
        # the token `peek` read and where: most peeks are followed by a `token` (or another
        # peek) at the same place, which takes it instead of matching it again
        self._peeked: re.Match[str] | None = None
        self._peeked_at = -1

    def _match(self) -> re.Match[str] | None:
        if self._peeked_at != self.at:
            self._peeked, self._peeked_at = _TOKEN.match(self.source, self.at), self.at
        return self._peeked

    def token(self) -> tuple[int, str]:
        """The next token's kind (1 string, 2 number, 3 name, 4 mark) and text; (0, "") at
        the end or past the token budget."""
        self.left -= 1
        m = self._match()
        if m is None or self.left < 0:
            return 0, ""
        self.at = m.end()
        kind = m.lastindex or 0
        return kind, m.group(kind)

    def peek(self) -> str:
        m = self._match()
        return "" if m is None else m.group(m.lastindex or 0)

    def value(self, depth: int = 0) -> Any:
        """The literal at the reader's place; a name becomes a _Reference; a call or an
        expression it cannot read is skipped to its end and read as None."""
        kind, text = self.token()
        if depth > MAX_DEPTH or kind == 0:
            raise ValueError("too deep or cut short")
        if kind == 1:
            return _unquote(text)
        if kind == 2:
            return float(text) if any(c in text for c in ".eE") else int(text)
        if kind == 3:
            if text == "void":
                self.token()
                return None
            if text == "new":
                self.token()  # the constructor's name: its call is read below
            chained = False
            while self.peek() == ".":  # Object.create, a.b
                self.token()
                self.token()
                chained = True
            if self.peek() == "(":  # a call: its last object argument stands for it
                self.token()  # (Object.create(null, {...}) keeps the properties there)
                found = [v for v in _call_arguments(self, depth + 1) if isinstance(v, dict)]
                self.token()  # ")"
                return found[-1] if found else None
            if chained:
                return None
            return _WORDS[text] if text in _WORDS else _Reference(text)
        if text == "{":
            return self._object(depth)
        if text == "[":
            return self._array(depth)
        if text == "!":  # minified booleans: !0, !1
            return not self.value(depth + 1)
        raise ValueError(f"unexpected {text!r}")

    def _object(self, depth: int) -> dict[str, Any]:
        found: dict[str, Any] = {}
        while True:
            kind, key = self.token()
            if key == "}":
                return found
            if kind == 0:
                raise ValueError("cut short")
            key = _unquote(key) if kind == 1 else key
            if self.peek() in (",", "}"):  # shorthand {a}: the name's value
                found[key] = _Reference(key)
            else:
                if self.token()[1] != ":":
                    raise ValueError("no colon")
                found[key] = self.value(depth + 1)
            if self.peek() == ",":
                self.token()

    def _array(self, depth: int) -> list[Any]:
        found: list[Any] = []
        while True:
            if self.peek() == "]":
                self.token()
                return found
            if self.peek() == ",":  # a hole
                self.token()
                found.append(None)
                continue
            found.append(self.value(depth + 1))
            if self.peek() == ",":
                self.token()

    def statements(self) -> list[tuple[str, list[str | int], Any]] | None:
        """The assignments before the function's `return` (`a.b=c;`, `a["@type"]="X";`)
        as (name, keys, value); None where the body is something else."""
        found: list[tuple[str, list[str | int], Any]] = []
        while True:
            kind, text = self.token()
            if kind == 3 and text == "return":
                return found
            if kind != 3:
                return None
            keys: list[str | int] = []
            while (mark := self.token()[1]) in (".", "["):
                kind, key = self.token()
                if mark == "[":
                    self.token()  # "]"
                keys.append(_unquote(key) if kind == 1 else int(key) if kind == 2 else key)
            if mark != "=" or not keys:
                return None
            found.append((text, keys, self.value()))
            if self.peek() in (";", ","):
                self.token()


def _unquote(text: str) -> str:
    return _ESCAPE.sub(_unescape, text[1:-1])


def _unescape(m: re.Match[str]) -> str:
    code = m.group(1)
    if code[0] == "u" and len(code) > 1:
        return chr(int(code[1:].strip("{}"), 16))
    if code[0] == "x" and len(code) == 3:
        return chr(int(code[1:], 16))
    if code == "\r\n" or code == "\n":
        return ""  # a line continuation
    return _SIMPLE.get(code, code)


def nuxt2_state(source: str) -> dict[str, Any]:
    """Nuxt 2's `window.__NUXT__` as nested values, its parameters filled in; {} without."""
    m = NUXT2.search(source)
    try:
        if m is None:
            plain = NUXT2_OBJECT.search(source)
            found = _fill(_Reader(source, plain.end()).value(), {}, 0) if plain else None
            return found if isinstance(found, dict) else {}
        names = [n.strip() for n in m.group(1).split(",")]
        reader = _Reader(source, m.end())
        assignments = reader.statements()
        if assignments is None:
            return {}
        body = reader.value()
        while (text := reader.token()[1]) != "}":  # the rest of the function's body
            if not text:
                return {}
        if reader.peek() == ")":
            reader.token()  # (function(){...})(args) as well as (function(){...}(args))
        if reader.token()[1] != "(":
            return {}
        arguments = _call_arguments(reader)
    except (ValueError, RecursionError):
        return {}
    values = dict(zip(names, arguments, strict=False))
    for name, keys, value in assignments:
        _assign(values.get(name), keys, _fill(value, values, 0))
    filled = _fill(body, values, 0)
    return filled if isinstance(filled, dict) else {}


def _call_arguments(reader: _Reader, depth: int = 0) -> list[Any]:
    """A call's arguments, up to (not past) its closing bracket."""
    found: list[Any] = []
    while reader.peek() not in (")", ""):
        found.append(reader.value(depth))
        if reader.peek() == ",":
            reader.token()
    return found


def _assign(target: Any, keys: list[str | int], value: Any) -> None:
    """`target.k1.k2 = value` where each step is an object (or a list by index)."""
    for i, key in enumerate(keys):
        last = i == len(keys) - 1
        if isinstance(target, dict) and isinstance(key, str):
            if last:
                target[key] = value
                return
            target = target.setdefault(key, {})
        elif isinstance(target, list) and isinstance(key, int) and 0 <= key < len(target):
            if last:
                target[key] = value
                return
            target = target[key]
        else:
            return


def _fill(value: Any, values: dict[str, Any], depth: int) -> Any:
    if depth > MAX_DEPTH:
        return None
    if isinstance(value, _Reference):
        found = values.get(value.name)
        return None if isinstance(found, _Reference) else found
    if isinstance(value, dict):
        return {k: _fill(v, values, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, values, depth + 1) for v in value]
    return value


def revived(payload: list[Any]) -> Any:
    """A Nuxt 3 payload (devalue's flat list) as the nested value it stands for."""
    if not payload:
        return None
    memo: dict[int, Any] = {}
    return _revive(payload, 0, memo, 0)


def _revive(payload: list[Any], index: Any, memo: dict[int, Any], depth: int) -> Any:
    if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(payload):
        return None  # devalue's negative indexes: undefined, NaN, infinities
    if index in memo:
        return memo[index]
    if depth > MAX_DEPTH:
        return None
    memo[index] = None  # a cycle reads as None
    value = payload[index]
    if isinstance(value, dict):
        found: Any = {k: _revive(payload, i, memo, depth + 1) for k, i in value.items()}
    elif isinstance(value, list) and value and isinstance(value[0], str):
        kind = value[0]  # ["Reactive", 3], ["Date", "2026-..."], ["Set", 4, 5] ...
        if kind in DEVALUE_WRAPPERS and len(value) == 2:
            found = _revive(payload, value[1], memo, depth + 1)
        elif kind == "null":  # an object without prototype: ["null", key, index, key, ...]
            pairs = zip(value[1::2], value[2::2], strict=False)
            found = {str(k): _revive(payload, i, memo, depth + 1) for k, i in pairs}
        elif kind in ("Set", "Map", "Object"):
            found = [_revive(payload, i, memo, depth + 1) for i in value[1:]]
        else:
            found = value[1] if len(value) == 2 and isinstance(value[1], str) else None
    elif isinstance(value, list):
        found = [_revive(payload, i, memo, depth + 1) for i in value]
    else:
        found = value
    memo[index] = found
    return found
