"""Publishing speed on the SQLCipher vault: a statement for a 200-event case, statistics.

Builds a fresh encrypted vault, writes (in bulk, without the action layer) one case with
200 events and their acts, victims, perpetrators and sources, plus 100,000 further acts
spread over years, regions, facilities, act types and perpetrator types, then times:

    statement: compose the Markdown (consent check included), HTML, PDF, DOCX
    statistics: counts by act_type, year, month, region, facility, perpetrator_type,
                act_type × year (each a single grouped query over every act)

Targets: statement PDF ≤ 3 s; each statistics query ≤ 500 ms.

    python bench/publish.py [--acts 100000] [--events 200] [--quick] [--workdir D]

The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PASSPHRASE = "publish benchmark passphrase"  # noqa: S105 - a throwaway bench vault

CHILD = r"""
import json, os, random, sys, time, datetime
import django
os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'casevault.settings')
django.setup()
from pathlib import Path
from django.db import transaction
from casevault.store import vault as vaults
vaults.unlock(Path(sys.argv[1]), os.environ['CASEVAULT_PASSPHRASE'])
from django.core.management import call_command
call_command('migrate', verbosity=0)
from casevault.accounts.actions import system_actor
from casevault.lib.fuzzydate import FuzzyDate
from casevault.records.models import (Act, ActInvolvement, Case, CaseEvent, Consent, Event,
    Facility, Information, Person, PersonName, Place, Source)
from casevault.publish import outputs, stats
from casevault.publish.compose import compose_statement
from casevault.publish.consent import redactor_for
from casevault.records.selectors import acts_for_user

EVENTS, ACTS = int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(7)
ACT_TYPES = ["torture", "ill_treatment", "arrest", "detention", "threat", "search",
             "travel_ban", "prosecution_speech", "physical_assault", "confiscation"]
PERP = ["police", "prison_staff", "investigator", "unknown", "security_service"]
STATUS = ["convicted_prisoner", "pretrial_detainee", "human_rights_defender", "journalist"]
def fdate(i):
    y = 2010 + i % 15; m = 1 + (i * 7) % 12
    return [FuzzyDate.day(y, m, 1 + i % 28), FuzzyDate.month(y, m), FuzzyDate.year(y)][i % 3]
t0 = time.perf_counter()
with transaction.atomic():
    country = Place.objects.create(name="Republic of Kestana", kind="country")
    regions = [Place.objects.create(name=f"Region {r}", kind="region", parent=country) for r in range(14)]
    cities = [Place.objects.create(name=f"City {c}", kind="city", parent=regions[c % 14]) for c in range(40)]
    facilities = []
    for f in range(60):
        fac = Facility(name=f"Colony {f}", kind="facility", parent=cities[f % 40],
                       facility_type_id="facility_type:prison")
        fac.save()
        facilities.append(fac)
    places = cities + facilities
    people = []
    for p in range(2000):
        person = Person(pseudonym=f"B-{p:05d}", sex=rng.choice(["female", "male"]))
        people.append(person)
    Person.objects.bulk_create(people)
    PersonName.objects.bulk_create([PersonName(person=p, full_name=f"Firstname{i} Surname{i}ova",
        translit_key=f"firstname{i} surname{i}ova", is_primary=True) for i, p in enumerate(people)])
    Consent.objects.bulk_create([Consent(person=p, use_id="consent_use:name_publicly",
        decision=rng.choice(["granted", "refused"]), given_on=datetime.date(2020, 1, 1))
        for p in people[:40]])
    case = Case.objects.create(reference="BENCH-1", title="Benchmark case", summary="A case. " * 40)
    def make_events(n, offset):
        batch = []
        for i in range(n):
            e = Event(title=f"Incident {offset + i} involving Surname{i % 40}ova",
                      description="Details of what happened. " * 6, place=rng.choice(places))
            e.date = fdate(offset + i)
            batch.append(e)
        return Event.objects.bulk_create(batch, batch_size=2000)
    case_events = make_events(EVENTS, 0)
    CaseEvent.objects.bulk_create([CaseEvent(case=case, event=e) for e in case_events])
    other_events = make_events(max(ACTS // 5, 1), EVENTS)
    all_events = case_events + other_events
    acts, invs = [], []
    for i in range(ACTS + EVENTS * 2):
        e = case_events[i % EVENTS] if i < EVENTS * 2 else rng.choice(other_events)
        a = Act(event=e, act_type_id="act_type:" + rng.choice(ACT_TYPES),
                victim=people[i % 40] if i < EVENTS * 2 else rng.choice(people),
                victim_status_id="victim_status:" + rng.choice(STATUS), place=e.place)
        a.date = e.date
        acts.append(a)
        invs.append(ActInvolvement(act=a, degree_id="involvement_degree:carried_out",
                                   perpetrator_type_id="perpetrator_type:" + rng.choice(PERP)))
    Act.objects.bulk_create(acts, batch_size=5000)
    ActInvolvement.objects.bulk_create(invs, batch_size=5000)
    sources = Source.objects.bulk_create([Source(source_type_id="source_type:testimony",
        title=f"Interview {s}", case=case) for s in range(50)])
    for s in sources:
        s.date = FuzzyDate.month(2019, 1 + sources.index(s) % 12)
    Source.objects.bulk_update(sources, ["date_start", "date_end", "date_precision"])
    Information.objects.bulk_create([Information(source=sources[i % 50], event=e)
                                     for i, e in enumerate(case_events)])
build_s = time.perf_counter() - t0

def timed(fn):
    start = time.perf_counter(); value = fn(); return value, time.perf_counter() - start

results = {"build_s": round(build_s, 2), "case_events": EVENTS, "acts": Act.objects.count()}
today = datetime.date(2026, 11, 28)
(title, body), compose_s = timed(lambda: compose_statement(case, redactor_for(case, "en"),
                                                           reference="ORG 0001/2026", on=today))
_, html_s = timed(lambda: outputs.html_page(title, "ORG 0001/2026", body, "en"))
pdf, pdf_s = timed(lambda: outputs.pdf_bytes(title, "ORG 0001/2026", body, "en"))
_, docx_s = timed(lambda: outputs.docx_bytes(title, "ORG 0001/2026", body, "en"))
results["statement"] = {"compose_s": round(compose_s, 3), "html_s": round(html_s, 3),
    "pdf_s": round(pdf_s, 3), "docx_s": round(docx_s, 3),
    "pdf_total_s": round(compose_s + pdf_s, 3), "pdf_bytes": len(pdf), "markdown_chars": len(body)}
user = system_actor()
queries = {}
for by in (["act_type"], ["year"], ["month"], ["region"], ["facility"], ["perpetrator_type"],
           ["victim_group"], ["act_type", "year"]):
    acts_qs = acts_for_user(user)
    stats.count_acts(acts_qs, by)  # warm the page cache once, then time
    table, seconds = timed(lambda: stats.count_acts(acts_for_user(user), by))
    queries["+".join(by)] = {"ms": round(seconds * 1000, 1), "rows": len(table.rows), "total": table.total}
results["stats"] = queries
results["stats_max_ms"] = max(q["ms"] for q in queries.values())
# The same with a 128 MiB page cache on the connection: SQLCipher decrypts every page it
# reads, so a cache that holds the act table spares most of the work on repeated queries.
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("PRAGMA cache_size = -131072")
big = {}
for by in (["act_type"], ["year"], ["perpetrator_type"], ["act_type", "year"]):
    stats.count_acts(acts_for_user(user), by)
    table, seconds = timed(lambda: stats.count_acts(acts_for_user(user), by))
    big["+".join(by)] = round(seconds * 1000, 1)
results["stats_ms_with_128mib_cache"] = big
print(json.dumps(results))
"""


def env() -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if not k.startswith(("CASEVAULT_", "DJANGO_"))}
    out.update(CASEVAULT_PASSPHRASE=PASSPHRASE, CASEVAULT_INSECURE_FAST_KDF="1")
    out.pop("DATABASE_URL", None)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--acts", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="10,000 acts")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    if args.quick:
        args.acts = 10_000
    root = Path(tempfile.mkdtemp(prefix="cvpublish-bench-", dir=args.workdir))
    try:
        vault = root / "vault"
        subprocess.run(
            [sys.executable, "-m", "casevault.cli", "init", str(vault)],
            env=env(),
            check=True,
            capture_output=True,
        )
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(vault), str(args.events), str(args.acts)],
            env=env(),
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"benchmark failed:\n{done.stderr[-3000:]}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(root, ignore_errors=True)
    result["backend"] = "sqlcipher"
    result["targets"] = {
        "statement_pdf_s": 3.0,
        "stats_query_ms": 500,
        "statement_pdf_ok": result["statement"]["pdf_total_s"] <= 3.0,
        "stats_ok": result["stats_max_ms"] <= 500,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
