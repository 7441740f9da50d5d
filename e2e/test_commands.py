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
