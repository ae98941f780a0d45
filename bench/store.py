"""Issue 2's benchmark: the encrypted vault (SQLCipher) against plain SQLite.

Both stores get the same deterministic workload, written through the actions (permission
check, validation, audit chain and revision for every write), and the same read queries a
case page and a timeline need. Each store runs in its own subprocess, so the two never
share a connection, a cache or a peak-memory figure.

    .venv/bin/python bench/store.py               # 100,000 events
    .venv/bin/python bench/store.py --quick       # 5,000 events
    .venv/bin/python bench/store.py --events 20000

Plain SQLite gets the same PRAGMAs the vault's backend sets (WAL, synchronous FULL,
temp_store MEMORY), so the ratio measures encryption, not a journal mode. The vault's key
derivation uses CASEVAULT_INSECURE_FAST_KDF=1: it runs once at unlock, and page
encryption (AES-256 with a raw key) is the same with or without it.

The last line of stdout is one JSON object; the lines before it are for people.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BACKENDS = ("sqlcipher", "sqlite", "unkeyed")
TARGET_RATIO = 1.2
SEED = 20190114
PLAIN_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY"


# -- the parent: run both stores, compare ---------------------------------------------


def main() -> int:
    args = parse_args()
    if args.worker:
        return worker(args)
    workdir = Path(tempfile.mkdtemp(prefix="casevault-bench-", dir=args.dir))
    backends = BACKENDS if args.unkeyed else BACKENDS[:2]
    try:
        if args.parallel:
            with ThreadPoolExecutor(len(backends)) as pool:
                futures = {b: pool.submit(run_worker, b, args, workdir / b) for b in backends}
                results = {b: f.result() for b, f in futures.items()}
        else:
            results = {b: run_worker(b, args, workdir / b) for b in backends}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    summary = compare(results, args.events)
    print_table(summary)
    print(json.dumps(summary, sort_keys=True))
    return 0


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="5,000 events")
    parser.add_argument(
        "--batch",
        type=int,
        default=200,
        help="events per transaction in the bulk load (an import job)",
    )
    parser.add_argument(
        "--single",
        type=int,
        default=300,
        help="events written one action per commit (a person typing)",
    )
    parser.add_argument("--repeat", type=int, default=200, help="runs of each read query")
    parser.add_argument(
        "--dir", help="where the temporary stores go (default: the system temp dir)"
    )
    parser.add_argument(
        "--no-unkeyed",
        dest="unkeyed",
        action="store_false",
        help="skip the third store (SQLCipher's engine without a key)",
    )
    parser.add_argument(
        "--parallel",
        action="store_true",
        help="run the stores at the same time (compare CPU time, not wall time, then)",
    )
    parser.add_argument("--worker", choices=BACKENDS, help=argparse.SUPPRESS)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.quick:
        args.events = 5_000
    return args


def run_worker(backend: str, args: argparse.Namespace, store: Path) -> dict[str, Any]:
    print(f"== {backend}: {args.events} events", file=sys.stderr, flush=True)
    store.mkdir(parents=True)
    command = [
        sys.executable,
        __file__,
        "--worker",
        backend,
        "--store",
        str(store),
        "--events",
        str(args.events),
        "--batch",
        str(args.batch),
        "--single",
        str(args.single),
        "--repeat",
        str(args.repeat),
    ]
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the {backend} run failed (exit {done.returncode})")
    line = done.stdout.strip().splitlines()[-1]
    print(f"   {line}", file=sys.stderr, flush=True)  # kept if a later store fails
    result: dict[str, Any] = json.loads(line)
    return result


def ratios(enc: dict[str, Any], base: dict[str, Any]) -> dict[str, float]:
    def ratio(a: float, b: float) -> float:
        return round(a / b, 3) if b else float("nan")

    return {
        "insert_bulk": ratio(enc["insert_bulk_s"], base["insert_bulk_s"]),
        "insert_single": ratio(
            enc["insert_single_ms_per_event"], base["insert_single_ms_per_event"]
        ),
        "queries": ratio(enc["queries_s"], base["queries_s"]),
        **{f"query_{q}": ratio(enc["queries"][q], base["queries"][q]) for q in base["queries"]},
    }


def compare(results: dict[str, dict[str, Any]], events: int) -> dict[str, Any]:
    enc, plain = results["sqlcipher"], results["sqlite"]
    summary: dict[str, Any] = {
        "bench": "store",
        "events": events,
        **results,
        "target_ratio": TARGET_RATIO,
        "same_answers": all(r["answers"] == enc["answers"] for r in results.values()),
    }
    for clock in CLOCKS:
        summary[f"ratio_encrypted_over_plain_{clock}"] = ratios(enc[clock], plain[clock])
        if "unkeyed" in results:
            # The same SQLite engine (SQLCipher's) without a key: encryption's own cost.
            summary[f"ratio_encrypted_over_unkeyed_{clock}"] = ratios(
                enc[clock], results["unkeyed"][clock]
            )
    over_plain = summary["ratio_encrypted_over_plain_cpu"]
    summary["meets_target_cpu"] = {
        "inserts": over_plain["insert_bulk"] <= TARGET_RATIO,
        "queries": over_plain["queries"] <= TARGET_RATIO,
    }
    return summary


def print_table(s: dict[str, Any]) -> None:
    stores = [b for b in BACKENDS if b in s]
    enc = s["sqlcipher"]
    print(f"{s['events']} events; target: encrypted/plain <= {s['target_ratio']}")
    for clock in CLOCKS:
        columns = [("enc/plain", s[f"ratio_encrypted_over_plain_{clock}"])]
        if f"ratio_encrypted_over_unkeyed_{clock}" in s:
            columns.append(("enc/unkeyed", s[f"ratio_encrypted_over_unkeyed_{clock}"]))
        print(f"-- {clock} time")
        print(
            f"{'':34}"
            + "".join(f"{b:>11}" for b in stores)
            + "".join(f"{c:>13}" for c, _ in columns)
        )
        rows = [
            ("bulk insert (s)", "insert_bulk_s", "insert_bulk"),
            ("single-commit insert (ms/event)", "insert_single_ms_per_event", "insert_single"),
            ("all queries (s)", "queries_s", "queries"),
        ]
        for label, key, ratio_key in rows:
            line = f"{label:34}" + "".join(f"{s[b][clock][key]:11.3f}" for b in stores)
            print(line + "".join(f"{r[ratio_key]:13.3f}" for _, r in columns))
        for q in enc[clock]["queries"]:
            line = f"  {q + ' (ms/run)':32}" + "".join(
                f"{s[b][clock]['queries_ms_per_run'][q]:11.3f}" for b in stores
            )
            print(line + "".join(f"{r['query_' + q]:13.3f}" for _, r in columns))
    for label, key in [("peak RSS (MiB)", "peak_rss_mib"), ("database size (MiB)", "db_mib")]:
        print(f"{label:34}" + "".join(f"{s[b][key]:11.1f}" for b in stores))
    print(f"same answers on every store: {s['same_answers']}")
    print(
        f"plain = Django's stock sqlite3 (SQLite {s['sqlite']['sqlite_version']}); unkeyed = "
        f"SQLCipher's engine without a key (SQLite {enc['sqlite_version']})"
    )


# -- a worker: one store ---------------------------------------------------------------


def worker(args: argparse.Namespace) -> int:
    store = Path(args.store)
    open_store(args.worker, store)
    workload = Workload(random.Random(SEED), args.events)
    started = clocks()
    workload.load(batch=args.batch, single=args.single)
    insert_total = since(started)
    queries = Queries(workload, random.Random(SEED + 1), args.repeat)
    timings, answers = queries.run_all()
    result: dict[str, Any] = {
        "backend": args.worker,
        "sqlite_version": sqlite_version(),
        "events_per_s": round(args.events / insert_total[0], 1),
        "answers": answers,
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "db_mib": round(sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 2**20, 1),
    }
    for index, clock in enumerate(CLOCKS):
        single = workload.single_seconds[index]
        result[clock] = {
            "insert_bulk_s": round(insert_total[index] - single, 3),
            "insert_single_ms_per_event": round(1000 * single / max(args.single, 1), 3),
            "queries": {name: round(t[index], 4) for name, t in timings.items()},
            "queries_ms_per_run": {
                name: round(1000 * t[index] / queries.runs[name], 3) for name, t in timings.items()
            },
            "queries_s": round(sum(t[index] for t in timings.values()), 3),
        }
    print(json.dumps(result, sort_keys=True))
    return 0


# Wall time includes waiting for the disk and for other processes; CPU time is this
# process's own work (Python, SQLite, AES), the steadier figure on a busy machine.
CLOCKS = ("cpu", "wall")


def clocks() -> tuple[float, float]:
    return time.process_time(), time.perf_counter()


def since(started: tuple[float, float]) -> tuple[float, float]:
    now = clocks()
    return now[0] - started[0], now[1] - started[1]


def open_store(backend: str, store: Path) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casevault.settings")
    # The key file's Argon2id runs once per unlock; it does not touch page encryption.
    os.environ["CASEVAULT_INSECURE_FAST_KDF"] = "1"
    import django
    from django.conf import settings

    if backend == "unkeyed":
        settings.DATABASES["default"]["ENGINE"] = install_unkeyed_engine()
        settings.DATABASES["default"]["NAME"] = str(store / "unkeyed.db")
    if backend == "sqlite":
        settings.DATABASES["default"].update(
            ENGINE="django.db.backends.sqlite3",
            NAME=str(store / "plain.db"),
            OPTIONS={"transaction_mode": "IMMEDIATE", "timeout": 30, "init_command": PLAIN_PRAGMAS},
        )
    django.setup()
    from django.core.management import call_command

    from casevault.lib.crypto import random_key
    from casevault.store import keyring
    from casevault.store import vault as vaults
    from casevault.store.setup import vault_prepare

    if backend == "sqlcipher":
        vaults.create(store / "vault", "bench-passphrase-not-secret")
    else:
        # The audit chain's HMAC key comes from the data key: the same work on both stores.
        keyring.set_data_key(random_key())
    call_command("migrate", verbosity=0, interactive=False)
    vault_prepare()


def install_unkeyed_engine() -> str:
    """The vault's backend minus its key: SQLCipher's SQLite engine writing plain pages."""
    import types

    from django.db.backends.sqlite3._functions import register

    from casevault.store.backend import base as vault_base

    class DatabaseWrapper(vault_base.DatabaseWrapper):
        display_name = "SQLCipher engine, no key"

        def get_new_connection(self, conn_params: dict[str, Any]) -> Any:
            conn = vault_base.Database.connect(**conn_params)
            register(conn)
            for pragma in ["PRAGMA foreign_keys = ON", "PRAGMA legacy_alter_table = OFF"]:
                conn.execute(pragma)
            for pragma in PLAIN_PRAGMAS.split(";"):
                conn.execute(pragma)
            conn.execute(f"PRAGMA busy_timeout = {keyring_timeout()}")
            return conn

    name = "casevault_bench_unkeyed"
    package, module = types.ModuleType(name), types.ModuleType(f"{name}.base")
    package.__path__ = []
    module.DatabaseWrapper = DatabaseWrapper  # type: ignore[attr-defined]
    sys.modules[name], sys.modules[f"{name}.base"] = package, module
    return name


def keyring_timeout() -> int:
    from casevault.store.keyring import busy_timeout_ms

    return busy_timeout_ms()


def sqlite_version() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT sqlite_version()")
        return str(cursor.fetchone()[0])


class Workload:
    """A deterministic history: regions, facilities, people reused across many events."""

    def __init__(self, rng: random.Random, events: int) -> None:
        self.rng = rng
        self.events = events
        self.single_seconds = (0.0, 0.0)

    def load(self, *, batch: int, single: int) -> None:
        from django.db import transaction

        from casevault.accounts.actions import system_actor
        from casevault.search import index as search_index

        self.actor = system_actor()
        self.act_types, self.degrees = codes("act_type"), codes("involvement_degree")
        self.methods, self.perp_types = codes("method"), codes("perpetrator_type")
        with transaction.atomic():
            self.make_places_and_organisations()
        self.victims: list[Any] = []
        self.perpetrators: list[Any] = []
        self.cases: list[Any] = []
        n_single = min(single, self.events)
        bulk = self.events - n_single
        for start in range(0, bulk, batch):
            # As an import job writes: the search index is rebuilt once per batch, in the
            # batch's transaction, not after each of its actions (see bench/web.py's build).
            with transaction.atomic(), search_index.batched():
                for i in range(start, min(start + batch, bulk)):
                    self.write_event(i)
            if (start // batch) % max(bulk // batch // 10, 1) == 0:
                print(f"  {start + batch}/{self.events} events", file=sys.stderr, flush=True)
        started = clocks()
        for i in range(bulk, self.events):
            self.write_event(i)  # each action commits on its own
        self.single_seconds = since(started)

    def make_places_and_organisations(self) -> None:
        from casevault.records import actions
        from casevault.records.models import Place

        a = self.actor
        country = actions.place_create(actor=a, name="Benchland", kind=Place.Kind.COUNTRY)
        national = actions.organisation_create(actor=a, name="National police")
        self.places: list[Any] = []
        self.orgs: list[Any] = [national]
        facility_types = codes("facility_type")
        for r in range(14):
            region = actions.place_create(
                actor=a, name=f"Region {r}", kind=Place.Kind.REGION, parent=country
            )
            police = actions.organisation_create(
                actor=a, name=f"Police of region {r}", parent=national
            )
            self.orgs.append(police)
            for c in range(5):
                self.places.append(
                    actions.place_create(
                        actor=a, name=f"City {r}-{c}", kind=Place.Kind.CITY, parent=region
                    )
                )
            for f in range(3):
                self.places.append(
                    actions.facility_create(
                        actor=a,
                        name=f"Facility {r}-{f}",
                        parent=region,
                        operator=police,
                        facility_type=facility_types[(r + f) % len(facility_types)],
                    )
                )

    def person(self, pool: list[Any], size: int, prefix: str) -> Any:
        """Reuse people: a new one until the pool is full, then someone already known."""
        from casevault.records import actions

        if len(pool) < size and (not pool or self.rng.random() < 0.5):
            n = len(pool)
            pool.append(
                actions.person_create(
                    actor=self.actor, names=[f"Ивано{prefix} Пётр {n}", f"Ivano{prefix} Pyotr {n}"]
                )
            )
            return pool[-1]
        return pool[self.rng.randrange(len(pool))]

    def write_event(self, i: int) -> None:
        from casevault.lib.fuzzydate import FuzzyDate
        from casevault.records import actions

        rng, a = self.rng, self.actor
        if i % 100 == 0:
            self.cases.append(actions.case_create(actor=a, title=f"Case {i // 100}"))
        year, month, day = rng.randint(2010, 2020), rng.randint(1, 12), rng.randint(1, 28)
        kind = rng.random()
        if kind < 0.6:
            date = FuzzyDate.day(year, month, day)
        elif kind < 0.85:
            date = FuzzyDate.month(year, month)
        elif kind < 0.95:
            date = FuzzyDate.year(year)
        else:
            date = FuzzyDate.between(FuzzyDate.month(year, month), FuzzyDate.month(year + 1, month))
        place = self.places[rng.randrange(len(self.places))] if rng.random() < 0.8 else None
        event = actions.event_create(actor=a, title=f"Event {i}", date=date, place=place)
        victim = self.person(self.victims, max(self.events // 5, 10), "v")
        act = actions.act_create(
            actor=a,
            event=event,
            act_type=rng.choice(self.act_types),
            victim=victim,
            methods=[rng.choice(self.methods)] if rng.random() < 0.3 else [],
        )
        roll = rng.random()
        if roll < 0.3:
            actions.involvement_create(
                actor=a,
                act=act,
                degree=rng.choice(self.degrees),
                perpetrator_person=self.person(self.perpetrators, max(self.events // 50, 5), "p"),
            )
        elif roll < 0.6:
            actions.involvement_create(
                actor=a,
                act=act,
                degree=rng.choice(self.degrees),
                perpetrator_org=self.orgs[rng.randrange(len(self.orgs))],
            )
        elif roll < 0.8:
            actions.involvement_create(
                actor=a,
                act=act,
                degree=rng.choice(self.degrees),
                perpetrator_type=rng.choice(self.perp_types),
            )
        case = self.cases[-1] if rng.random() < 0.9 else self.cases[rng.randrange(len(self.cases))]
        actions.case_add_event(actor=a, case=case, event=event)
        actions.case_add_person(actor=a, case=case, person=victim, role="victim")


class Queries:
    """What a case page, a person's timeline, a period view and a statistics page read."""

    def __init__(self, workload: Workload, rng: random.Random, repeat: int) -> None:
        self.w, self.rng, self.repeat = workload, rng, repeat
        self.runs: dict[str, int] = {}

    def run_all(self) -> tuple[dict[str, tuple[float, float]], dict[str, int]]:
        plan: list[tuple[str, int, Callable[[], int]]] = [
            ("case_page", self.repeat, self.case_page),
            ("person_timeline", self.repeat, self.person_timeline),
            ("events_in_period", self.repeat, self.events_in_period),
            ("counts_by_act_type", max(self.repeat // 10, 5), self.counts_by_act_type),
        ]
        timings: dict[str, tuple[float, float]] = {}
        answers: dict[str, int] = {}
        for name, runs, query in plan:
            self.runs[name] = runs
            started, rows = clocks(), 0
            for _ in range(runs):
                rows += query()
            timings[name] = since(started)
            answers[name] = rows
        return timings, answers

    @staticmethod
    def chronological(qs: Any) -> Any:
        """FuzzyDate.sort_key in SQL: unknown last; by first day; coarser, then wider, first."""
        from django.db.models import Case, F, Value, When

        return qs.annotate(
            _unknown=Case(When(date_precision="unknown", then=Value(1)), default=Value(0)),
            _coarse=Case(
                When(date_precision="year", then=Value(0)),
                When(date_precision="month", then=Value(1)),
                default=Value(2),
            ),
        ).order_by(
            "_unknown",
            F("date_start").asc(nulls_first=True),
            "_coarse",
            F("date_end").desc(nulls_first=True),
            "title",
        )

    @staticmethod
    def with_acts(qs: Any) -> Any:
        from django.db.models import Prefetch

        from casevault.records.models import Act, ActInvolvement

        involvements = ActInvolvement.objects.select_related(
            "perpetrator_person", "perpetrator_org", "perpetrator_type", "degree"
        )
        acts = Act.objects.select_related("act_type", "victim", "place").prefetch_related(
            Prefetch("involvements", queryset=involvements), "victim__names"
        )
        return qs.select_related("place").prefetch_related(Prefetch("acts", queryset=acts))

    @staticmethod
    def render(events: Any) -> int:
        """Touch what the page shows, so lazy loads are paid for; returns rows read."""
        rows = 0
        for event in events:
            rows += 1
            _ = (event.date.display(), event.place.name if event.place else "")
            for act in event.acts.all():
                rows += 1
                _ = (act.act_type.label_en, [n.full_name for n in act.victim.names.all()])
                for inv in act.involvements.all():
                    rows += 1
                    _ = (inv.degree.label_en, inv.perpetrator_person, inv.perpetrator_org)
        return rows

    def case_page(self) -> int:
        from casevault.records.models import Case, Event

        case = Case.objects.get(pk=self.w.cases[self.rng.randrange(len(self.w.cases))].pk)
        return 1 + self.render(self.with_acts(self.chronological(Event.objects.filter(cases=case))))

    def person_timeline(self) -> int:
        from django.db.models import Q

        from casevault.records.models import Event

        person = self.w.victims[self.rng.randrange(len(self.w.victims))]
        events = Event.objects.filter(
            Q(acts__victim=person) | Q(acts__involvements__perpetrator_person=person)
        ).distinct()
        return self.render(self.with_acts(self.chronological(events)))

    def events_in_period(self) -> int:
        from django.db.models import Q

        from casevault.lib.fuzzydate import FuzzyDate
        from casevault.records.models import Event

        period = FuzzyDate.month(self.rng.randint(2010, 2020), self.rng.randint(1, 12))
        overlapping = Event.objects.exclude(date_precision="unknown").filter(
            Q(date_start__lte=period.end) | Q(date_start__isnull=True),
            Q(date_end__gte=period.start) | Q(date_end__isnull=True),
        )
        total = overlapping.count()
        return total + self.render(self.with_acts(self.chronological(overlapping))[:50])

    def counts_by_act_type(self) -> int:
        from django.db.models import Count

        from casevault.records.models import Act

        counts = Act.objects.values("act_type_id").annotate(n=Count("id")).order_by("-n")
        return sum(row["n"] for row in counts)


def codes(vocabulary: str) -> list[str]:
    from casevault.vocab.models import Term

    # Leaves only: "liberty" or "integrity" head a group of act types, they are not one.
    leaves = Term.objects.filter(vocabulary_id=vocabulary, children__isnull=True)
    return sorted(leaves.values_list("code", flat=True))


if __name__ == "__main__":
    sys.exit(main())
