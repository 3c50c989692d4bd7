"""Whether a command runs inside the Scrapy project (a scrapy.cfg here or above, or
SCRAPY_SETTINGS_MODULE naming a module), and the project's settings module for when it does
not: `check` crawls in its own process, `demo` starts `scrapy crawl`, both from any folder.
One answer for both (before, `check` asked whether get_project_settings() had set the
variable, `demo` Scrapy's `inside_project()`, and `demo` took the name from `check`)."""

from __future__ import annotations

# the project's settings, as scrapy.cfg names them: read wherever a command runs from
PROJECT_SETTINGS = "newsarchive.settings"


def outside_project() -> bool:
    """No scrapy.cfg here or above and no importable SCRAPY_SETTINGS_MODULE: Scrapy would run
    with its defaults (robots.txt not obeyed, telnet and remote-control servers opened), and
    `scrapy crawl` is not available."""
    from scrapy.utils.project import inside_project  # (Scrapy only for the commands using it)

    return not inside_project()


def unimportable_settings() -> str | None:
    """Why the settings module the user named in SCRAPY_SETTINGS_MODULE cannot be used (None:
    none named, or it imports). Scrapy raised ModuleNotFoundError for it out of `check`
    (a traceback) and `demo` crawled with the project's settings in its place."""
    import importlib
    import os

    name = os.environ.get("SCRAPY_SETTINGS_MODULE")
    if not name:
        return None
    try:
        importlib.import_module(name)
    except ImportError as exc:
        return f"SCRAPY_SETTINGS_MODULE names {name!r}, which cannot be imported ({exc})"
    return None
