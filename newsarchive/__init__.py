"""newsarchive: a Scrapy-based archival crawler for news sites."""

from newsarchive.interrupt import install_hook

__version__ = "0.1.0"

# Ctrl-C while the project is imported: one line (the venv's copy of the hook, when
# `make install` put it there, covers Scrapy's own imports before this one).
install_hook()
