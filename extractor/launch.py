"""The `extract` command: Ctrl-C while its modules load ends as quietly as Ctrl-C later on."""

from __future__ import annotations


def main() -> None:
    from extractor.runtime.terminal import quiet_while_loading

    quiet_while_loading()
    from extractor.cli import main as run_command

    run_command()
