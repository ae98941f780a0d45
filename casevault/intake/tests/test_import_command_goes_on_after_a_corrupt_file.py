"""`casevault import` as a monitor runs it, on a real vault on disk."""

from casevault.testing import Cli

MAKE_CASE = """
from casevault.accounts.actions import system_actor
from casevault.records import actions
print(actions.case_create(actor=system_actor(), title="Reprisals", reference="CV-2019-0001").reference)
"""

COUNT = """
from casevault.intake.models import DraftEvent, ImportedDocument
from casevault.records.models import Event
print(ImportedDocument.objects.count(), DraftEvent.objects.count(), Event.objects.count(),
      ImportedDocument.objects.filter(evidence__isnull=False).count())
"""


def test_a_corrupt_file_gets_one_line_and_the_others_are_imported(cli: Cli) -> None:
    vault = cli.init()
    assert cli.python_ok(MAKE_CASE).strip() == "CV-2019-0001"
    (cli.tmp / "a.txt").write_text(
        "Almaty, 29 January 2019\n\nOn 8 October 2018 police searched the house of Elena Semenova.\n",
        encoding="utf-8",
    )
    (cli.tmp / "bad.pdf").write_bytes(b"%PDF-1.4 truncated nonsense")
    (cli.tmp / "c.txt").write_text(
        "14 января 2019 года полиция задержала Елену Семёнову.\n", encoding="utf-8"
    )

    done = cli.run(
        "import",
        vault,
        cli.tmp / "a.txt",
        cli.tmp / "bad.pdf",
        cli.tmp / "c.txt",
        "--case",
        "CV-2019-0001",
        "--reference-date",
        "2019-01-29",
    )

    assert done.returncode != 0
    assert "1 of 3 file(s) could not be imported" in done.stderr
    bad_lines = [line for line in done.stderr.splitlines() if line.startswith("bad.pdf:")]
    assert len(bad_lines) == 1 and "PDF" in bad_lines[0]
    assert "Traceback" not in done.stderr
    imported = done.stdout.splitlines()
    assert len(imported) == 2 and imported[0].endswith("a.txt") and imported[1].endswith("c.txt")
    # Two documents with their drafts and stored originals; no records yet.
    documents, drafts, events, stored = cli.python_ok(COUNT).split()
    assert (documents, events, stored) == ("2", "0", "2") and int(drafts) >= 2


def test_an_unknown_case_is_a_clear_error(cli: Cli) -> None:
    vault = cli.init()
    (cli.tmp / "a.txt").write_text("On 8 October 2018 police searched her house.", encoding="utf-8")

    done = cli.run("import", vault, cli.tmp / "a.txt", "--case", "CV-1999-9999")

    assert done.returncode != 0 and "no case with reference" in done.stderr
    assert "Traceback" not in done.stderr
