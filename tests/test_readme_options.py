"""Every option a user can give is named in the README, where a user looks it up.

The options are read from the code itself (each command's argparse parser, each spider's
`__init__` and the accepted `-a` names, the `NEWSARCHIVE_*` names the package reads), so a new
option without its README line fails here.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import re
from pathlib import Path

from scrapy.spiderloader import SpiderLoader

from newsarchive.cli import COMMANDS, build_parser
from newsarchive.package.wacz_tool import EXTRA_FIELDS
from newsarchive.spiders.options import ACCEPTED, SCHEDULER_ARGS
from tests.plugins.environment import project_settings

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
# Set by `index` for the packager it runs as a child process: no user gives it.
INTERNAL_NAMES = {EXTRA_FIELDS}


def _units(text: str) -> list[str]:
    """The README in pieces a reader takes in at once: prose paragraphs, table rows, and each
    line of a fenced code block."""
    units: list[str] = []
    fenced = False
    paragraph: list[str] = []
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
            units.append("\n".join(paragraph))
            paragraph = []
        elif fenced or line.startswith("|"):
            units.append(line)
        elif line.strip():
            paragraph.append(line)
        else:
            units.append("\n".join(paragraph))
            paragraph = []
    units.append("\n".join(paragraph))
    return [u for u in units if u]


UNITS = _units(README)


def _word(text: str) -> str:
    return rf"(?<![\w-]){re.escape(text)}(?![\w-])"


def _command_options(command: str) -> dict[str, list[str]]:
    """A command's options, each under its first long name, with its other names."""
    parser = build_parser(command)
    chosen = next(a for a in parser._actions if a.choices and command in a.choices)
    assert isinstance(chosen.choices, dict)
    sub: argparse.ArgumentParser = chosen.choices[command]
    return {
        next((o for o in action.option_strings if o.startswith("--")), action.option_strings[0]): [
            *action.option_strings
        ]
        for action in sub._actions
        if action.option_strings and not isinstance(action, argparse._HelpAction)
    }


def _named_with(command: str, names: list[str]) -> bool:
    """A unit names the command (`python -m newsarchive CMD`, `` `CMD ``) and one of the
    option's names."""
    said = re.compile(rf"newsarchive {re.escape(command)}(?![\w-])|`{re.escape(command)}(?![\w-])")
    options = [re.compile(_word(n)) for n in names]
    return any(said.search(u) and any(o.search(u) for o in options) for u in UNITS)


def test_every_command_option_is_named_with_its_command() -> None:
    missing = [
        f"{command} {option}"
        for command in COMMANDS
        for option, names in _command_options(command).items()
        if not _named_with(command, names)
    ]
    assert _command_options("index")["--title"] == ["--title"]  # the parser was read
    assert not missing, f"options the README does not name beside their command: {missing}"


def _spider_arguments() -> dict[str, set[str]]:
    """Each spider's `-a` names: its `__init__` parameters, and for the site spiders (they take
    `**kwargs` and check them against ACCEPTED) the accepted names."""
    loader = SpiderLoader.from_settings(project_settings())
    found: dict[str, set[str]] = {}
    for name in loader.list():
        spider = loader.load(name)
        params = inspect.signature(spider.__init__).parameters.values()
        names = {p.name for p in params if p.kind is p.POSITIONAL_OR_KEYWORD and p.name != "self"}
        if "parse_options" in inspect.getsource(spider.__init__):
            names |= set(ACCEPTED)
        found[name] = names | set(SCHEDULER_ARGS)
    return found


def test_every_spider_argument_is_in_the_readme() -> None:
    arguments = _spider_arguments()
    assert {"news", "follow"} <= set(arguments) and "items" in arguments["follow"]
    missing = sorted(
        f"{spider}: -a {a}="
        for spider, names in arguments.items()
        for a in names
        if not re.search(rf"`(-a )?{re.escape(a)}=", README)
    )
    assert not missing, f"spider arguments the README does not name: {missing}"


def _names_read() -> set[str]:
    """Every `NEWSARCHIVE_*` name written in the package's code (settings and environment)."""
    names: set[str] = set()
    for path in (ROOT / "newsarchive").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                names.update(re.findall(r"\ANEWSARCHIVE_[A-Z0-9_]{1,60}\Z", node.value))
    return names


def test_every_newsarchive_setting_is_in_the_readme() -> None:
    names = _names_read()
    assert {"NEWSARCHIVE_CONTACT", "NEWSARCHIVE_REDIS_KEY"} <= names
    missing = sorted(n for n in names - INTERNAL_NAMES if f"`{n}" not in README)
    assert not missing, f"NEWSARCHIVE_* names the README does not name: {missing}"
