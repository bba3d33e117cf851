"""``muragat wipe``: remove all of the user's data, saying what was removed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli_language import tr
from app.output import echo, error, print_json
from index.in_use import alone
from index.wipe import planned, wipe


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "wipe",
        help="remove all your data: notes, backups, search index, imported documents, "
        "settings, trusted keys and logs (asks first unless --yes)",
    )
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--json", action="store_true")
    # no store is opened: a vault is wiped without its passphrase (removing files needs none)
    p.set_defaults(handler=cmd_wipe, without_core=True)


def cmd_wipe(folder: Path, args: argparse.Namespace) -> int:
    plan = planned(folder)
    if not plan:
        echo(tr("nothing to remove: no Muragat data in %1").replace("%1", str(folder)))
        return 0
    with alone(folder):  # asked only when it can be done (`wipe` checks again, for good)
        pass
    if not args.yes:
        echo(tr("This removes, from %1:").replace("%1", str(folder)))
        for kind, paths in plan.items():
            echo(f"  {kind}: " + tr("%n item(s)", "", len(paths)))
        if not sys.stdin.isatty():
            error(tr("not confirmed (no terminal to ask in); run again with --yes to wipe"))
            return 1
        answer = input(tr("Type 'wipe' to remove all of it for good: ")).strip().lower()
        if answer != "wipe":
            echo(tr("nothing was removed"))
            return 1
    report = wipe(folder)
    if args.json:
        print_json({"folder": str(folder), "removed": report.removed,
                    "folder_removed": report.folder_removed})  # fmt: skip
        return 0
    for kind, names in report.removed.items():
        echo(f"removed {kind}: {', '.join(names)}")
    echo(
        f"{report.count} item(s) removed"
        + (f"; the folder {folder} is gone too" if report.folder_removed else
           f"; {folder} is left with only what was not Muragat's")
    )  # fmt: skip
    return 0
