"""`run_cli` in this process answers exactly as ``muragat`` in a process of its own: the same
standard output, standard error and exit code, for data, errors, usage errors, logging and a
question with no terminal to ask in."""

from __future__ import annotations

import shutil

import pytest
from conftest import run_cli

COMMANDS = [
    ("show", "freedom-of-expression-2"),
    ("show", "no-such-thing"),  # a known error: exit 1, said on stderr
    ("search", "--limit", "many", "Ensebek"),  # argparse's usage error: exit 2
    ("-v", "tags"),  # logging goes to stderr
    ("wipe",),  # asks first: no terminal to ask in
]


def answer(result, folder) -> tuple[int, str, str]:
    """Exit code, stdout and stderr, with the data folder's path made the same."""
    return (
        result.returncode,
        result.stdout.replace(str(folder), "DATA"),
        result.stderr.replace(str(folder), "DATA"),
    )


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_this_process_answers_as_its_own_process_does(args, data_dir, tmp_path):
    twin = tmp_path / "twin"
    shutil.copytree(data_dir, twin)
    here = run_cli(*args, data_dir=data_dir)
    alone = run_cli(*args, data_dir=twin, own_process=True)
    assert answer(here, data_dir) == answer(alone, twin)
