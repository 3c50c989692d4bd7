"""`python -m newsarchive ...` entry point."""

from newsarchive.interrupt import install_hook

install_hook("python -m newsarchive")  # Ctrl-C while the command still imports: one line

from newsarchive.cli import main  # noqa: E402 (after the hook: its imports take the time)

raise SystemExit(main(log_lines=True))  # the one place log lines are set up
