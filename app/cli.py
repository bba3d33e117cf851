"""The ``muragat`` command: no arguments opens the window; sub-commands share the same core."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from app import console, frozen
from app.cli_language import choose, say, tr, use
from app.commands import (
    archive_cmds,
    edition_cmds,
    import_cmds,
    notes_cmds,
    privacy_cmds,
    screen_cmds,
    search_cmds,
    timeline_cmds,
    vault_cmds,
)
from app.output import echo, error
from index.core import Core
from index.errors import KnownError
from index.paths import resolve_data_dir

log = logging.getLogger("muragat")

COMMAND_MODULES = [
    archive_cmds, edition_cmds, search_cmds, timeline_cmds, screen_cmds, notes_cmds,
    import_cmds, privacy_cmds,
    vault_cmds,
]  # fmt: skip


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """``commands=False``: the options alone, for a start without arguments (the window): its
    thirty sub-command parsers and their help texts cost 10 ms of every start (issue 23)."""
    parser = argparse.ArgumentParser(
        prog="muragat",
        description="Offline archive of the HRW World Report 2026 Kazakhstan chapter: read, "
        "search across spellings and scripts, annotate. Without a command, opens the window.",
    )
    parser.add_argument(
        "--version",
        action="store_true",
        help="print the version, what the executable was built with and the oldest system "
        "(glibc) it runs on",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="user data folder (also MURAGAT_DATA_DIR); default: the platform's",
    )
    parser.add_argument(
        "--portable",
        action="store_true",
        help="keep all user data in muragat-data/ beside the executable",
    )
    parser.add_argument(
        "--console",
        action="store_true",
        help="Windows: show the command's output in a console window of its own (from a "
        "terminal, output goes to that terminal without it)",
    )
    parser.add_argument(
        "--language",
        choices=("en", "ru", "kk"),
        help="language of the messages (default: the window's View → Language, else the "
        "system's locale)",
    )
    parser.add_argument(
        "--passphrase-fd",
        type=int,
        metavar="N",
        help="with a data folder protected by a passphrase: read the passphrase from the "
        "first line of file descriptor N (for scripts; on a terminal you are asked)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more to stderr")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window, search and export a PDF in a temporary folder; "
        "print the timings; exit non-zero on any failure",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    if words:  # the windowed Windows executable used from a terminal, or with --console
        console.attach(open_new="--console" in words)
    os.umask(0o077)  # every file and folder Muragat makes is private to the user (0600/0700)
    parser = build_parser(commands=bool(words))
    args = parser.parse_args(words)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.version:
        echo(frozen.version_text())
        return 0
    frozen.remove_stale_unpack_folders()
    if args.self_test:
        from app.selftest import run_self_test

        return run_self_test()
    data_dir = resolve_data_dir(args.data_dir, portable=args.portable)
    use(choose(args.language, data_dir))
    try:
        return _run(args, argv, data_dir)
    finally:  # the vault's key is held for one command only
        from index.vault import session

        session.close()
        vault_cmds.forget_passphrases()


def _run(args: argparse.Namespace, argv: list[str] | None, data_dir) -> int:
    if getattr(args, "without_core", False):
        try:
            return args.handler(data_dir, args)
        except KnownError as exc:
            error(say(exc))
            return 1
        except KeyboardInterrupt:
            error(tr("interrupted"))
            return 130
    if args.command is None:  # the window makes its core (after the unlock, in a vault)
        from app.gui.launch import run_gui

        return run_gui(data_dir, argv or [])
    try:
        vault_cmds.unlock(data_dir, args)
        core = Core(data_dir)
    except KnownError as exc:
        error(say(exc))
        return 1
    except KeyboardInterrupt:
        error(tr("interrupted"))
        return 130
    try:
        return args.handler(core, args)
    except KnownError as exc:
        error(say(exc))
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        error(tr("interrupted"))
        return 130
    finally:  # a damaged notes database recovered while the command ran: always said
        for message in core.untold_store_messages():
            error(say(message))
        core.close()  # a read-only session's private scratch copies go with it


if __name__ == "__main__":
    sys.exit(main())
