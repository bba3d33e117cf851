"""``muragat vault``: protect the data folder with a passphrase, and the passphrase prompt every
command shows for a protected folder.

A passphrase comes from the terminal (not echoed) or, for scripts, from the first line of a
file descriptor (``--passphrase-fd N``, as gpg does); never from an argument or an environment
variable, which other users' ``ps`` and the process's environment file would show.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app.cli_language import tr
from app.commands.search_cmds import ProgressBar
from app.output import echo, error, print_json
from index.errors import KnownError
from index.vault import convert, keys, session

MAX_PASSPHRASE = 4096


class PassphraseMissing(KnownError):
    pass


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "vault",
        help="protect your notes, imported documents and their index with a passphrase",
    )
    vs = p.add_subparsers(dest="vault_command", metavar="ACTION", required=True)
    s = vs.add_parser("status", help="say whether the vault is on")
    s.add_argument("--json", action="store_true")
    vs.add_parser("enable", help="protect the data folder with a new passphrase")
    vs.add_parser("disable", help="remove the passphrase: everything is stored in the clear")
    vs.add_parser(
        "passphrase",
        help="change the passphrase (with --passphrase-fd: the old one on the first line, "
        "the new one on the second)",
    )
    sh = vs.add_parser(
        "shred",
        help="quick erase: destroy the key at once (nothing can be read any more), then "
        "remove the files; asks first unless --yes",
    )
    sh.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cmd_vault, without_core=True)


# -- reading a passphrase ---------------------------------------------------------------------

_fd_lines: dict[int, list[str]] = {}


def _from_fd(fd: int) -> list[str]:
    """The lines given on file descriptor ``fd`` (read once, at most a few passphrases)."""
    if fd not in _fd_lines:
        try:
            with os.fdopen(fd, "rb", closefd=False) as fh:
                data = fh.read(MAX_PASSPHRASE * 2 + 2)
        except OSError as exc:
            raise PassphraseMissing(
                tr("cannot read a passphrase from file descriptor %1: %2")
                .replace("%1", str(fd))
                .replace("%2", exc.strerror or str(exc))
            ) from None
        text = data.decode("utf-8", errors="strict") if data else ""
        _fd_lines[fd] = [line.rstrip("\r") for line in text.split("\n")]
    return _fd_lines[fd]


def forget_passphrases() -> None:
    _fd_lines.clear()


def read_passphrase(args: argparse.Namespace, prompt: str, line: int = 0) -> str:
    """A passphrase from ``--passphrase-fd`` (its line ``line``), else asked on the terminal."""
    fd = getattr(args, "passphrase_fd", None)
    if fd is not None:
        lines = _from_fd(fd)
        if line < len(lines) and lines[line]:
            return lines[line]
        raise PassphraseMissing(
            tr("no passphrase on line %1 of file descriptor %2")
            .replace("%1", str(line + 1))
            .replace("%2", str(fd))
        )
    if not sys.stdin.isatty():
        raise PassphraseMissing(
            tr("the data folder is protected by a passphrase: run this on a terminal, or give "
               "it with --passphrase-fd N")
        )  # fmt: skip
    return getpass.getpass(prompt)


def new_passphrase(args: argparse.Namespace, line: int = 0) -> str:
    first = read_passphrase(args, tr("New passphrase: "), line)
    if getattr(args, "passphrase_fd", None) is None:
        again = read_passphrase(args, tr("The same passphrase again: "))
        if again != first:
            raise PassphraseMissing(tr("the two passphrases differ; nothing was changed"))
    if len(first) < keys.MIN_PASSPHRASE:
        raise PassphraseMissing(
            tr("a passphrase needs at least %n characters", "", keys.MIN_PASSPHRASE)
        )
    return first


def unlock(data_dir: Path, args: argparse.Namespace) -> None:
    """Open the vault of ``data_dir`` for this command when it is one (asks for the
    passphrase); `WrongPassphrase` or `PassphraseMissing` when it cannot be opened."""
    if session.is_vault(data_dir) and not session.is_open(data_dir):
        session.open_vault(data_dir, read_passphrase(args, tr("Passphrase: ")))


# -- the commands -----------------------------------------------------------------------------


def _converting(work) -> None:
    """Run a conversion with the command line's progress bar (on a terminal, long work)."""
    bar = ProgressBar()
    try:
        work(lambda done, total: bar(done, total, tr("Converting")))
    finally:
        bar.close()


def cmd_vault(data_dir: Path, args: argparse.Namespace) -> int:
    action = args.vault_command
    state = convert.status(data_dir)
    if action == "status":
        unfinished = (data_dir / convert.CONVERTING).exists()
        if getattr(args, "json", False):
            print_json({"folder": str(data_dir), "vault": state != convert.OFF,
                        "state": state, "conversion_unfinished": unfinished})  # fmt: skip
            return 0
        if state == convert.OFF:
            echo(tr("no passphrase: %1 is stored in the clear").replace("%1", str(data_dir)))
        else:
            echo(tr("protected by a passphrase (locked): %1").replace("%1", str(data_dir)))
        if unfinished:
            echo(tr("a conversion was cut short; the next command that opens the vault "
                     "finishes it"))  # fmt: skip
        return 0
    if action == "shred":
        return _shred(data_dir, args, state)
    if action == "enable":
        if state != convert.OFF and not (data_dir / convert.CONVERTING).exists():
            error(tr("the data folder is protected by a passphrase already"))
            return 1
        if state == convert.OFF:
            data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            passphrase = new_passphrase(args)
        else:
            passphrase = read_passphrase(args, tr("Passphrase: "))
        _converting(lambda progress: convert.enable(data_dir, passphrase, progress=progress))
        from app.gui.settings import seal_revealing

        seal_revealing(data_dir)  # the last open paragraph, the file dialog's folders
        echo(tr("the data folder is now protected by a passphrase: %1").replace(
            "%1", str(data_dir)))  # fmt: skip
        return 0
    if state == convert.OFF:
        error(tr("the data folder is not protected by a passphrase"))
        return 1
    if action == "disable":
        session.open_vault(data_dir, read_passphrase(args, tr("Passphrase: ")))
        from app.gui.settings import unseal_revealing

        unseal_revealing(data_dir)
        _converting(lambda progress: convert.disable(data_dir, progress=progress))
        echo(tr("the passphrase is removed: %1 is stored in the clear").replace(
            "%1", str(data_dir)))  # fmt: skip
        return 0
    if action == "passphrase":
        old = read_passphrase(args, tr("Current passphrase: "))
        keys.unwrap(keys.key_path(data_dir), old)  # a wrong one is said before asking more
        convert.change_passphrase(data_dir, old, new_passphrase(args, line=1))
        echo(tr("the passphrase is changed"))
        return 0
    raise AssertionError(action)


def _shred(data_dir: Path, args: argparse.Namespace, state: str) -> int:
    if state == convert.OFF:
        error(tr("the data folder is not protected by a passphrase; use 'muragat wipe'"))
        return 1
    if not args.yes:
        if not sys.stdin.isatty():
            error(tr("not confirmed (no terminal to ask in); run again with --yes to shred"))
            return 1
        answer = input(
            tr("Everything in the vault becomes unreadable at once, for good. Type 'shred' to "
               "go on: ")
        ).strip().lower()  # fmt: skip
        if answer != "shred":
            echo(tr("nothing was changed"))
            return 1
    removed = convert.shred(data_dir)
    echo(tr("the vault's key is destroyed: nothing in %1 can be read any more").replace(
        "%1", str(data_dir)))  # fmt: skip
    if removed:
        echo(tr("removed: %1").replace("%1", ", ".join(removed)))
    return 0
