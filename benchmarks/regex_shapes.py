"""Shapes of a regular expression that backtrack super-linearly, found from its parse alone.

    .venv/bin/python benchmarks/regex_shapes.py [--only PREFIX]

`regex_audit.py` times each pattern over long runs (its verdict depends on the machine);
this reads the pattern's parse tree (`re._parser`) and names two shapes, the same on any
machine, so a test can hold their count (tests/test_regex_shapes.py, its list of the known
ones in tests/fixtures/regex_shapes_known.txt):

- "adjacent": two loops (repeats that may run past `LOOP` characters) with only
  what may match nothing between them, and a character both may take ("\\w+\\s*\\w+",
  "\\s*\\s*"): a run of that character is split between them every way, one per position,
  before the match fails (quadratic a try; a search tries every start).
- "nested": a repeat whose item may end in a loop and begin with a character that loop
  takes ("(?:\\w+\\s?)+"; "(?:\\s*\\w+){2}"): a run of it is shared out among the items every
  way (exponential where the repeat is unbounded).

A possessive loop (`x*+`) or an atomic group (`(?>...)`) gives nothing back, so a loop
ending in one is no first half of either shape. Characters are compared on a sample
(spaces, letters, digits, marks and the pattern's own literals), so a shape is found only
where the sample holds a character both sides take. Not found: a loop scanned again from
every start of a search ("\\d+x" over a run of digits, quadratic over the text), which
callers bound by cutting their input.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

# A repeat allowed more than this many times is a loop (a cap at or under it bounds the work).
LOOP = 100
SAMPLE = [" ", "a", "A", "z", "Z", "0", "9", ".", "-", ",", "\n", "\t", "\u00a0", "\u0627"]
SAMPLE += ["\u05d0", "\u4e2d", "\u3042", "\uac00", "/", "|", ":", "\u00bb", "(", ")", "+", "<"]
SAMPLE += [">", '"', "'", "#", "_", "\u00e9", "\u00df", "]", "&", ";", "\u2013", "\u2014", "\u2026"]
SAMPLE += ["\u00b7", "!", "?", "@", "=", "*", "\u201c", "\u201d", "\u2019", "\x00", "\u0416"]
_CATEGORY = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
    C.CATEGORY_LINEBREAK: r"\n",
    C.CATEGORY_NOT_LINEBREAK: r"[^\n]",
}
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


@dataclass
class _Shape:
    """What a piece of a pattern may match: nothing, which sample characters (anywhere,
    first), and its loops that a match may end in (`last`) or begin with (`first_loops`)."""

    nullable: bool = True
    chars: frozenset[str] = frozenset()
    first: frozenset[str] = frozenset()
    end: frozenset[str] = frozenset()  # sample characters a match may end with
    single: bool = False  # one character, always
    # (a loop?, what it may end with) for repeats a match may end in; what loops a match
    # may begin with
    last: list[tuple[bool, frozenset[str]]] = field(default_factory=list)
    first_loops: list[frozenset[str]] = field(default_factory=list)


class _Reader:
    def __init__(self, pattern: str, flags: int) -> None:
        self.flags = flags
        # every character the pattern names, ASCII letters too ("(b+)+c" was missed: no "b"
        # in the sample)
        literals = set(pattern)
        self.sample = list(dict.fromkeys(SAMPLE + sorted(literals)))
        self.sample_set = frozenset(self.sample)
        # each sample character's case forms (one character each), and the reverse
        self.forms = {
            ch: [f for f in {ch, ch.lower(), ch.upper()} if len(f) == 1] for ch in self.sample
        }
        self.by_form: dict[str, set[str]] = {}
        for ch, forms in self.forms.items():
            for f in forms:
                self.by_form.setdefault(f, set()).add(ch)
        self.sets: dict[tuple[Any, ...], frozenset[str]] = {}
        self.found: list[str] = []
        self.memo: dict[tuple[Any, int, int], _Shape] = {}

    def _set(self, items: Iterable[tuple[Any, Any]], flags: int) -> frozenset[str]:
        """The sample characters a character class (IN's items) takes."""
        key = (tuple(items), flags)
        found = self.sets.get(key)
        if found is None:
            found = self.sets[key] = self._read_set(key[0], flags)
        return found

    def _read_set(self, items: Iterable[tuple[Any, Any]], flags: int) -> frozenset[str]:
        negate = False
        ascii_ = bool(flags & re.ASCII)
        ignore = bool(flags & re.IGNORECASE)
        tests: list[Any] = []
        for op, av in items:
            if op is C.NEGATE:
                negate = True
            elif op is C.LITERAL:
                tests.append(chr(av))
            elif op is C.RANGE:
                tests.append((av[0], av[1]))
            elif op is C.CATEGORY:
                tests.append(re.compile(_CATEGORY[av], re.ASCII if ascii_ else 0))
        out = set()
        for ch in self.sample:
            forms = self.forms[ch] if ignore else [ch]
            hit = False
            for test in tests:
                if isinstance(test, str):
                    hit = test in forms
                elif isinstance(test, tuple):
                    hit = any(test[0] <= ord(f) <= test[1] for f in forms)
                else:
                    hit = any(test.match(f) for f in forms)
                if hit:
                    break
            if hit != negate:
                out.add(ch)
        return frozenset(out)

    def seq(
        self, items: Iterable[tuple[Any, Any]], flags: int, after: frozenset[str] = frozenset()
    ) -> _Shape:
        """`after`: the characters what follows these items in the pattern may take."""
        listed = list(items)
        shapes: list[_Shape] = [_Shape()] * len(listed)
        later = [after] * len(listed)  # what the parts after each one may take
        for j in range(len(listed) - 1, -1, -1):
            op, av = listed[j]
            shapes[j] = self.item(op, av, flags, later[j])
            if j:
                later[j - 1] = later[j] | shapes[j].chars
        # adjacent: a loop a part may end in, then parts matching nothing or one character
        # the loop takes too ("\\S+@\\S+"), then a loop taking a character it takes, and
        # one of each such part's, or of what the pattern may take after that loop: a run
        # of what both loops and those parts take ("@@@@", "abab" for "[ab]*ab[ab]*"; the
        # run "-a-a" of "[a-]*-a+-[a-]*$", read on past "a+") is split between the loops every
        # way ("[^{}]*"from"\\s*:" is not: no space in "from", whose letters neither "\\s*"
        # nor what comes after it take)
        for i, left in enumerate(shapes):
            for is_loop, lchars in left.last:
                if not is_loop:
                    continue
                between: list[frozenset[str]] = []
                for j in range(i + 1, len(shapes)):
                    right, on = shapes[j], shapes[j].chars | later[j]
                    if any(
                        lchars & rchars and all(m & lchars & on for m in between)
                        for rchars in right.first_loops
                    ):
                        self.found.append("adjacent")
                    if not (right.nullable or (right.single and right.chars & lchars)):
                        break
                    if not right.nullable:
                        between.append(right.chars)
        out = _Shape()
        first: set[str] = set()
        for shape in shapes:
            if out.nullable:
                first |= shape.first
                out.first_loops += shape.first_loops
            out.nullable = out.nullable and shape.nullable
        out.first = frozenset(first)
        out.chars = frozenset().union(*(s.chars for s in shapes)) if shapes else frozenset()
        end: set[str] = set()
        for shape in reversed(shapes):
            out.last += shape.last
            end |= shape.end
            if not shape.nullable:
                break
        out.end = frozenset(end)
        return out

    def item(self, op: Any, av: Any, flags: int, after: frozenset[str] = frozenset()) -> _Shape:
        key = (op, av if isinstance(av, int) else id(av), flags, after)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = self._item(op, av, flags, after)
        return found

    def _item(self, op: Any, av: Any, flags: int, after: frozenset[str]) -> _Shape:
        if op is C.LITERAL:
            c = chr(av)
            chars = frozenset(c) & self.sample_set
            if flags & re.IGNORECASE:
                chars = chars.union(*(self.by_form.get(f, ()) for f in (c, c.lower(), c.upper())))
            return _Shape(nullable=False, chars=chars, first=chars, end=chars, single=True)
        if op is C.LITERAL or op is C.NOT_LITERAL or op is C.IN or op is C.ANY:
            if op is C.LITERAL:
                chars = self._set([(C.LITERAL, av)], flags)
            elif op is C.NOT_LITERAL:
                chars = self._set([(C.NEGATE, None), (C.LITERAL, av)], flags)
            elif op is C.IN:
                chars = self._set(av, flags)
            else:
                chars = frozenset(self.sample if flags & re.DOTALL else set(self.sample) - {"\n"})
            return _Shape(nullable=False, chars=chars, first=chars, end=chars, single=True)
        if op is C.SUBPATTERN:
            _group, add, delete, p = av
            return self.seq(p, (flags | add) & ~delete, after)
        if op is C.ATOMIC_GROUP:
            inner = self.seq(av, flags, after)
            inner.last = []  # gives nothing back
            return inner
        if op is C.BRANCH:
            branches = [self.seq(p, flags, after) for p in av[1]]
            return _Shape(
                nullable=any(b.nullable for b in branches),
                chars=frozenset().union(*(b.chars for b in branches)),
                first=frozenset().union(*(b.first for b in branches)),
                end=frozenset().union(*(b.end for b in branches)),
                last=[x for b in branches for x in b.last],
                first_loops=[x for b in branches for x in b.first_loops],
            )
        if op is C.GROUPREF_EXISTS:
            _group, yes, no = av
            branches = [self.seq(yes, flags, after)]
            branches += [self.seq(no, flags, after)] if no else [_Shape()]
            return _Shape(
                nullable=any(b.nullable for b in branches),
                chars=frozenset().union(*(b.chars for b in branches)),
                first=frozenset().union(*(b.first for b in branches)),
                end=frozenset().union(*(b.end for b in branches)),
                last=[x for b in branches for x in b.last],
                first_loops=[x for b in branches for x in b.first_loops],
            )
        if op in _REPEATS:
            low, high, p = av
            body = self.seq(p, flags)
            if high is C.MAXREPEAT or high >= 2:  # followed by itself, again
                body = self.seq(p, flags, after | body.chars)
            elif after:
                body = self.seq(p, flags, after)
            loop = high is C.MAXREPEAT or high > LOOP
            if high is C.MAXREPEAT or high >= 2:
                # nested: an item may end in a loop (or a repeat of varying length, where
                # the items are unbounded) taking what the next item may begin with
                for is_loop, lchars in body.last:
                    if lchars & body.first and (loop or is_loop):
                        self.found.append("nested")
                if loop and body.nullable and body.chars:
                    self.found.append("nested")
            out = _Shape(
                nullable=low == 0 or body.nullable, chars=body.chars, first=body.first, end=body.end
            )
            out.first_loops = list(body.first_loops)
            if loop and body.first:
                out.first_loops.append(body.first)
            if op is not C.POSSESSIVE_REPEAT:
                out.last = list(body.last)
                if (high is C.MAXREPEAT or high > low) and body.end:
                    # a bounded repeat of varying length counts for "nested" only
                    out.last.append((loop, body.end))
            return out
        if op is C.ASSERT or op is C.ASSERT_NOT:
            self.seq(av[1], flags)  # shapes inside it count; it takes nothing itself
            return _Shape()
        return _Shape()  # AT (anchors), GROUPREF: nothing taken that a loop would share


def shapes(pattern: str, flags: int = 0) -> list[str]:
    """The super-linear shapes found in `pattern` (empty: none), each named once."""
    reader = _Reader(pattern, flags)
    tree = P.parse(pattern, flags)
    flags = tree.state.flags
    reader.seq(list(tree), flags)
    for branch in _branches(list(tree)):
        if _scanned(reader, branch, flags):
            reader.found.append("scan")
    return sorted(set(reader.found))


def _branches(items: list[tuple[Any, Any]]) -> list[list[tuple[Any, Any]]]:
    """The pattern's top-level alternatives (through a group around them all)."""
    while len(items) == 1 and items[0][0] in (C.SUBPATTERN, C.ATOMIC_GROUP):
        items = list(items[0][1][-1] if items[0][0] is C.SUBPATTERN else items[0][1])
    if len(items) == 1 and items[0][0] is C.BRANCH:
        return [b for p in items[0][1][1] for b in _branches(list(p))]
    return [items]


def _scanned(reader: _Reader, items: list[tuple[Any, Any]], flags: int) -> bool:
    """scan: an alternative opening with a loop (no assertion first that fails inside a
    run of what it takes) and then needing more: a search tries it from every character of
    a run the loop takes, each try reading the run to its end (quadratic in its length)."""
    # Leading assertions: those blocking a try inside a run of a character (preceded by it,
    # at it) keep the search off the inside of such runs ("(?<!\\S)", "(?<=\\w)" before
    # "\\s*", the guard "(?!(?<=\\s)\\s)"); a lookahead, "\\B", or "^" in MULTILINE over a
    # run of newlines do not. A possessive loop between them moves the try only for what it
    # takes.
    blocked: set[str] = set()
    still = set(reader.sample)  # characters for which the try is still where it began
    k = 0
    while k < len(items):
        op, av = items[k]
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            blocked |= _blocks(reader, op, av, flags) & still
        elif op is C.POSSESSIVE_REPEAT and reader.item(op, av, flags).nullable:
            still -= reader.item(op, av, flags).chars
        else:
            break
        k += 1
    run = frozenset().union(*reader.seq(items, flags).first_loops)
    if run <= blocked:
        return False
    asserts = (C.AT, C.ASSERT, C.ASSERT_NOT)
    items = [it for it in items[:k] if it[0] not in asserts] + items[k:]
    if not items:
        return False
    for j, (op, av) in enumerate(items):
        shape = reader.item(op, av, flags)
        rest = items[j + 1 :]
        if shape.first_loops:
            if op is C.SUBPATTERN:
                return _scanned(reader, list(av[-1]) + rest, (flags | av[1]) & ~av[2])
            if op is C.ATOMIC_GROUP:
                return _scanned(reader, list(av) + rest, flags)
            if op is C.BRANCH:
                return any(_scanned(reader, list(b) + rest, flags) for b in av[1])
            if op in _REPEATS:
                more = any(not reader.item(o, a, flags).nullable for o, a in rest)
                return more or _scanned(reader, list(av[2]), flags)
            return False
        if not shape.nullable:
            return False
    return False


def _one(reader: _Reader, body: list[tuple[Any, Any]], flags: int) -> frozenset[str] | None:
    """The characters of a body that is one character always (None: it is not)."""
    if len(body) == 1:
        op, av = body[0]
        if op is C.SUBPATTERN:
            return _one(reader, list(av[-1]), (flags | av[1]) & ~av[2])
        shape = reader.item(op, av, flags)
        if shape.single:
            return shape.chars
    return None


def _blocks(reader: _Reader, op: Any, av: Any, flags: int) -> set[str]:
    """The sample characters c where the assertion fails at a position preceded by c and
    at c (inside a run of c)."""
    every = set(reader.sample)
    if op is C.AT:
        if av in (C.AT_NON_BOUNDARY, C.AT_LOC_NON_BOUNDARY, C.AT_UNI_NON_BOUNDARY):
            return set()
        if av in (C.AT_BEGINNING, C.AT_END) and flags & re.MULTILINE:
            return every - {"\n"}
        return every
    direction, body = av
    body = list(body)
    if direction < 0:
        if op is C.ASSERT:
            return every - reader.seq(body, flags).end
        return set(_one(reader, body, flags) or ())
    if op is C.ASSERT:
        ahead = reader.seq(body, flags)
        return set() if ahead.nullable else every - ahead.first
    if body and body[0][0] is C.ASSERT and body[0][1][0] < 0:  # "(?!(?<=B)E)"
        behind = _one(reader, list(body[0][1][1]), flags)
        ahead = _one(reader, body[1:], flags)
        return set(behind & ahead) if behind is not None and ahead is not None else set()
    return set(_one(reader, body, flags) or ())


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", default="", help="only patterns whose place starts so")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from regex_audit import collect, collect_built

    found = {**collect_built(), **collect(None)}
    flagged = 0
    for (pattern, flags), where in sorted(found.items(), key=lambda kv: kv[1]):
        if not where.startswith(args.only):
            continue
        named = shapes(pattern, flags)
        if named:
            flagged += 1
            print(f"{'+'.join(named)}: {where}: {pattern[:120]!r}")
    print(f"{flagged} of {len(found)} patterns have a super-linear shape")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
