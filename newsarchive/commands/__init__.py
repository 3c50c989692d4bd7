"""One module per `python -m newsarchive` command (see newsarchive.cli)."""
