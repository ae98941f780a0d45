"""Two processes writing at the same moment must still make one unbroken chain.

Each writer reads the chain's head under the write lock; if it did not, both would link
to the same entry and one of them would fail on a duplicate number, or the chain would
fork and `audit verify` would say so.
"""

import re

from casevault.testing import Cli

WRITER = """
import time
from casevault.accounts.actions import system_actor
from casevault.lib.fuzzydate import FuzzyDate
from casevault.records import actions

actor = system_actor()
deadline = time.monotonic() + 120
while not Path({start!r}).exists():  # both writers begin together
    assert time.monotonic() < deadline, "the other writer never started"
    time.sleep(0.01)
for i in range({events}):
    event = actions.event_create(
        actor=actor, title="{name} " + str(i), date=FuzzyDate.parse("2019-01")
    )
    actions.act_create(actor=actor, event=event, act_type="detention")
print("done")
"""


def _entries(cli: Cli) -> int:
    out = cli.ok("audit", "verify", cli.vault)
    found = re.match(r"OK: (\d+) entries", out)
    assert found, out
    return int(found.group(1))


def test_two_writer_processes_make_one_verifiable_chain(cli: Cli) -> None:
    cli.init()
    before = _entries(cli)
    start, events = cli.tmp / "start", 25
    writers = [
        cli.python(WRITER.format(start=str(start), events=events, name=name))
        for name in ("first", "second")
    ]
    start.touch()
    for writer in writers:
        out, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err
        assert out.strip() == "done"
    # Every write of both processes is in the chain, and the chain holds.
    assert _entries(cli) == before + 2 * events * 2
