"""Every option `index --help` shows is named in the README, where a user looks it up."""

from __future__ import annotations

from pathlib import Path

from newsarchive.cli import build_parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _long_options(command: str) -> list[str]:
    parser = build_parser(command)
    chosen = next(a for a in parser._actions if a.choices and command in a.choices)
    assert isinstance(chosen.choices, dict)
    return [
        option
        for action in chosen.choices[command]._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    ]


def test_every_index_option_is_in_the_readme() -> None:
    options = _long_options("index")
    assert "--title" in options and "--wacz" in options
    missing = [o for o in options if f"`{o}" not in README and f"`index {o}" not in README]
    assert not missing, f"index options the README does not name: {missing}"
