"""A seized disk must reveal nothing: canaries written through the app never hit disk in clear."""

from pathlib import Path

import pytest

from casevault.testing import Cli

CANARIES = [
    f"CANARY{i:02d}-{word}"
    for i, word in enumerate(
        "Zhanar Qasymova Torture Beaten Burned Shocked Witness Prosecutor Lawyer Colony "
        "Semipalatinsk Searched Laptop Arson Libel Travelban Hunger Consent Informant Sentenced".split()
    )
]

WRITE_CANARIES = """
import json, os
from django.db import connection
from casevault.accounts.actions import system_actor
from casevault.lib.fuzzydate import FuzzyDate
from casevault.records import actions
c = json.loads(os.environ["CANARIES"])
me = system_actor()
p = actions.person_create(actor=me, names=[c[0], c[1]], occupation=c[2], notes=c[3])
e = actions.event_create(actor=me, title=c[4], description=c[5], date=FuzzyDate.parse("2018-10"))
a = actions.act_create(actor=me, event=e, act_type="torture", victim=p, description=c[6])
place = actions.place_create(actor=me, name=c[7])
org = actions.organisation_create(actor=me, name=c[8])
actions.involvement_create(actor=me, act=a, degree="carried_out", perpetrator_org=org, notes=c[9])
case = actions.case_create(actor=me, title=c[10], summary=c[11])
src = actions.source_create(actor=me, source_type="testimony", title=c[12], notes=c[13])
actions.information_create(actor=me, source=src, event=e, summary=c[14], excerpt=c[15])
actions.consent_create(actor=me, person=p, use="name_publicly", decision="refused", note=c[16])
actions.intervention_create(actor=me, intervention_type="complaint", title=c[17], summary=c[18],
                            date=FuzzyDate.parse("2019"))
actions.record_update(actor=me, record=e, changes={"location_detail": c[19]})
print("written", flush=True)
# Leave without closing: the WAL keeps the fresh pages, as after a crash or a seizure.
os._exit(0)
"""


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


@pytest.mark.sqlcipher_only
def test_no_canary_reaches_the_vault_wal_or_temp_files(cli: Cli) -> None:
    import json

    cli.init()
    cli.env["CANARIES"] = json.dumps(CANARIES)
    proc = cli.python(WRITE_CANARIES)
    out, err = proc.communicate(timeout=120)
    assert "written" in out, err
    files = _files(cli.vault) + _files(cli.tmp / "tmp")
    assert any(p.name == "vault.db-wal" for p in files), "the WAL should still be there"
    for path in files:
        data = path.read_bytes()
        for canary in CANARIES:
            for encoded in (canary.encode("utf-8"), canary.encode("utf-16-le")):
                assert encoded not in data, f"{canary} found in {path}"
    for canary in CANARIES:
        assert canary not in out + err
    # And they really are in the vault: the check above is not vacuous.
    exported = cli.ok("export", cli.vault)
    assert all(canary in exported for canary in CANARIES)
