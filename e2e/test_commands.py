"""The command line as a deploy script meets it: words a command does not take end with a
message and status 1, never a crash report."""
import os
import subprocess
import tempfile

import pytest

from conftest import BINARY, ROOT

MAPPING = os.path.join(ROOT, "import", "mappings", "superstore-orders.json")


@pytest.mark.parametrize("arguments, says", [
    (["import-orders", "--mapping", MAPPING, "--file"], "Input not recognized: --file"),
    (["import-orders", "--mapping", MAPPING, "--bogus", "x"], "Input not recognized: --bogus"),
    (["no-such-command"], "Unknown command `no-such-command`"),
])
def test_words_a_command_does_not_take_are_a_message_and_status_1(arguments, says):
    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, DATABASE_URL=f"sqlite:{work}/cli.sqlite", ORDERCYCLE_BCRYPT_COST="4")
        run = subprocess.run([BINARY, *arguments], cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stderr[-2000:]
    assert says in run.stderr
    assert "--help" in run.stderr
    assert "Fatal error" not in run.stderr and "crashed" not in run.stderr


def test_a_refused_mapping_is_the_commands_own_words_and_status_1():
    with tempfile.TemporaryDirectory() as work:
        mapping = os.path.join(work, "mapping.json")
        with open(mapping, "w") as f:
            f.write('{"name": "x", "bogus": 1}')
        env = dict(os.environ, DATABASE_URL=f"sqlite:{work}/cli.sqlite", ORDERCYCLE_BCRYPT_COST="4")
        run = subprocess.run([BINARY, "import-orders", "--mapping", mapping, "--file", os.path.join(work, "orders.csv")],
                             cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stderr[-2000:]
    assert "bogus: is not a key of this mapping" in run.stdout + run.stderr
    # Vapor's own report of the status stays at debug level, out of the user's way.
    assert "WARNING" not in run.stdout + run.stderr and "ExitCode" not in run.stdout + run.stderr
