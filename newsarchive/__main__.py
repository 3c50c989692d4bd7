"""`python -m newsarchive ...` entry point."""

from newsarchive.cli import main

raise SystemExit(main())
