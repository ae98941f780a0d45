from __future__ import annotations

from casevault.testing import Cli

WRITE = """
from casevault.accounts.actions import system_actor
from casevault.lib.fuzzydate import FuzzyDate
from casevault.records import actions
from casevault.search.models import SearchEntry
a = system_actor()
victim = actions.person_create(actor=a, names=["Семёнова Елена"])
e = actions.event_create(actor=a, title="Полиция вытащила из отделения", date=FuzzyDate.parse("2019-01"))
actions.act_create(actor=a, event=e, act_type="torture", victim=victim)
actions.event_create(actor=a, title="Unrelated meeting", date=FuzzyDate.parse("2019"))
"""


def test_it_finds_records_and_rebuilds_the_index(cli: Cli) -> None:
    vault = cli.init()
    cli.python_ok(WRITE)

    out = cli.ok("search", vault, "Semenova", "--type", "event")
    assert out.splitlines() == [out.splitlines()[0]]
    kind, when, title, _ = out.splitlines()[0].split("\t")
    assert (kind, title) == ("event", "Полиция вытащила из отделения")
    assert "2019" in when

    # Lose the index, rebuild it, and find the same records again.
    cli.python_ok(
        "from casevault.search.models import SearchEntry\nSearchEntry.objects.all().delete()"
    )
    assert cli.ok("search", vault, "Semenova").strip() == ""
    rebuilt = cli.run("search-reindex", vault)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "search index rebuilt" in rebuilt.stdout
    again = cli.ok("search", vault, "Semenova", "--limit", "10").splitlines()
    assert sorted(line.split("\t")[0] for line in again) == ["event", "person"]


def test_a_wrong_type_is_refused_with_the_choices(cli: Cli) -> None:
    vault = cli.init()

    done = cli.run("search", vault, "x", "--type", "acts")

    assert done.returncode != 0
    assert "invalid choice" in done.stderr and "event" in done.stderr
