"""Issue 3's benchmark: the web workspace under load, with search, on a big vault.

1. Build a vault of N events (default 100,000) through the record actions, so every
   write is validated, audited and indexed for search exactly as in use; a bulk import
   commits a batch of events per transaction.
2. Serve it with ``casevault serve VAULT --workers 2`` (gunicorn) on 127.0.0.1.
3. Read phase: 20 clients, each signed in as the bench user, request as fast as they can
   (no think time: a closed loop, the worst case for latency) a mix of case pages (with
   their chronology), person pages (with their timeline), event pages and searches (a
   person's name, a selective word, a common word).
4. Write phase: 5 of the clients create events through the event form while the other 15
   keep reading; every acknowledged write must then be readable and found by search.

    .venv/bin/python bench/web.py               # 100,000 events, 60 s of reads
    .venv/bin/python bench/web.py --quick       # 5,000 events, 15 s
    .venv/bin/python bench/web.py --events 20000 --seconds 30
    .venv/bin/python bench/web.py --keep /work/benchdata/web100k      # build once, reuse
    .venv/bin/python bench/web.py --keep DIR --think-ms 1000         # users who read a page

By default each client is a closed loop with no pause (the worst case: latency is then
the queue of 20 requests in front of 2 workers). ``--think-ms`` gives each client an
exponential pause between requests, as people reading pages do; the JSON says which.

The last line of stdout is one JSON object; the lines before it are for people.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = 20190114
PASSPHRASE = "bench-passphrase-not-secret"  # noqa: S105 - a throwaway vault
USER_PASSWORD = "bench-user-password-1234"  # noqa: S105 - a throwaway user
TARGETS = {"page_p99_ms": 150.0, "search_p95_ms": 50.0, "errors": 0, "lost_writes": 0}
PAGE_KINDS = ("case_page", "person_page", "event_page")
# Searches the targets speak of ("a name or a selective term"); search_common is reported
# but has no target: a word in a third of all events is not what a target can promise.
TARGET_SEARCHES = ("search_name", "search_term")
MIX = {
    "case_page": 3,
    "person_page": 3,
    "event_page": 2,
    "search_name": 3,
    "search_term": 2,
    "search_common": 1,
}

SURNAMES = (
    "Семёнов Иванов Петров Смирнов Кузнецов Попов Васильев Соколов Михайлов Новиков Фёдоров "
    "Морозов Волков Алексеев Лебедев Козлов Степанов Николаев Орлов Андреев Макаров Никитин "
    "Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин "
    "Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин "
    "Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Ахметов Нурланов "
    "Жаксыбеков Сулейменов Омаров Касымов Абдрахманов Искаков Тулеубаев Бекмуханов"
).split()
GIVEN = {
    "f": "Елена Анна Мария Ольга Татьяна Наталья Ирина Светлана Жанар Айгерим Асель Динара "
    "Гульнара Салтанат Алия Юлия Екатерина Людмила Галина Вера".split(),
    "m": "Пётр Иван Алексей Сергей Андрей Дмитрий Михаил Николай Ерлан Нурлан Бауыржан "
    "Асхат Данияр Серик Олег Игорь Юрий Виктор Максат Арман".split(),
}
PATRONYMIC = "Иван Пётр Сергей Алексей Николай Михаил Андрей Виктор Юрий Олег".split()
WHAT = [
    ("Задержание активиста", "Активиста задержали у здания акимата и доставили в отдел полиции."),
    ("Избиение в изоляторе", "Задержанного избили сотрудники изолятора временного содержания."),
    ("Обыск в доме наблюдателя", "Полиция провела обыск и изъяла компьютеры и телефоны."),
    ("Detention at a protest", "Police detained the monitor at a peaceful protest."),
    ("Beating in pre-trial detention", "The detainee was beaten by guards during a transfer."),
    ("Travel ban", "The monitor was stopped at the airport and not allowed to board a plane."),
    ("Отказ в доступе", "Членов комиссии не пустили в учреждение для посещения."),
    ("Threats by phone", "An unknown caller threatened the lawyer and her family."),
]
# Rare words: each appears in about one event in 2,000 (the "selective term" searches).
RARE = [f"protocol{n:04d}" for n in range(500)]


# -- the parent ------------------------------------------------------------------------


def main() -> int:
    args = parse_args()
    if args.build:
        return build(Path(args.build), args.events)
    if args.keep:
        workdir = Path(args.keep).resolve()
        workdir.mkdir(parents=True, exist_ok=True)
    else:
        workdir = Path(tempfile.mkdtemp(prefix="casevault-bench-web-", dir=args.dir))
    env = child_env(workdir)
    server: subprocess.Popen[bytes] | None = None
    try:
        vault = workdir / "vault"
        kept = workdir / "built.json"
        if args.keep and kept.exists():
            built = json.loads(kept.read_text())
            build_s = float(built.get("build_s", 0.0))
            if built.get("event_count") != args.events:
                raise SystemExit(f"{workdir} holds a vault of {built.get('event_count')} events")
            note(f"reusing the vault of {args.events} events in {workdir}")
        else:
            run([sys.executable, "-m", "casevault.cli", "init", str(vault)], env)
            note(f"building a vault of {args.events} events (through the actions)")
            started = time.perf_counter()
            built = json.loads(
                run(
                    [sys.executable, __file__, "--build", str(vault), "--events", str(args.events)],
                    env,
                )
                .strip()
                .splitlines()[-1]
            )
            build_s = time.perf_counter() - started
            if args.keep:
                kept.write_text(
                    json.dumps({**built, "event_count": args.events, "build_s": build_s})
                )
        note(f"built in {build_s:.0f} s; serving with 2 workers")
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "casevault.cli", "serve", str(vault), "--workers", "2"]
            + ["--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_for_port(port, server)
        result = load(args, port, built)
        result.update(
            bench="web", events=args.events, build_s=round(build_s, 1), think_ms=args.think_ms
        )
        result["db_mib"] = round(
            sum(f.stat().st_size for f in vault.rglob("*") if f.is_file()) / 2**20, 1
        )
    finally:
        if server is not None and server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print_table(result)
    print(json.dumps(result, sort_keys=True))
    return 0


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="5,000 events, 15 s of reads")
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the read phase")
    parser.add_argument("--write-seconds", type=float, help="length of the write phase")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--writers", type=int, default=5)
    parser.add_argument("--dir", help="where the temporary vault goes (default: system temp)")
    parser.add_argument(
        "--think-ms",
        type=float,
        default=0.0,
        help="mean pause of each client between requests (exponential); 0 = closed loop, "
        "every client asks again the moment it has an answer (the default, the worst case)",
    )
    parser.add_argument(
        "--keep",
        metavar="DIR",
        help="build the vault in DIR and keep it; reuse it if DIR already holds one "
        "(so several runs can share one 100,000-event vault)",
    )
    parser.add_argument("--build", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.quick:
        args.events, args.seconds = 5_000, 15.0
    if args.write_seconds is None:
        args.write_seconds = max(args.seconds / 3, 5.0)
    return args


def note(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def child_env(workdir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        CASEVAULT_PASSPHRASE=PASSPHRASE,
        # Argon2id runs once per unlock; it has nothing to do with serving pages.
        CASEVAULT_INSECURE_FAST_KDF="1",
        TMPDIR=str(workdir),
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
    )
    return env


def run(command: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])} failed (exit {done.returncode})")
    return done.stdout


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("the server exited before it answered")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start within 2 minutes")


# -- building the vault (a child process with the vault unlocked) ------------------------


def build(vault_path: Path, events: int) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casevault.settings")
    import django

    django.setup()
    from django.db import transaction

    from casevault.accounts.actions import system_actor, user_create
    from casevault.accounts.models import Role
    from casevault.accounts.security import role_requires_2fa
    from casevault.lib.fuzzydate import FuzzyDate
    from casevault.lib.levels import Level
    from casevault.lib.translit import to_latin
    from casevault.records import actions
    from casevault.records.models import Place
    from casevault.search import index as search_index
    from casevault.store import vault as vaults
    from casevault.vocab.models import Term

    vaults.unlock(vault_path, PASSPHRASE)
    rng = random.Random(SEED)
    a = system_actor()
    # Coordinators see every case; if the vault's policy demands 2FA of them, a documenter
    # (who sees cases without a team when none has grants) would not, but then most case
    # pages 404: say which role ran.
    role = Role.COORDINATOR if not role_requires_2fa(Role.COORDINATOR) else Role.ANALYST
    user_create(
        actor=a, username="bench", role=role, password=USER_PASSWORD, clearance=Level.SECRET
    )

    def codes(vocabulary: str) -> list[str]:
        return list(Term.objects.filter(vocabulary_id=vocabulary).values_list("code", flat=True))

    act_types, degrees = codes("act_type"), codes("involvement_degree")
    with transaction.atomic():
        country = actions.place_create(actor=a, name="Казахстан", kind=Place.Kind.COUNTRY)
        places, orgs = [], []
        facility_types = codes("facility_type")
        for r in range(14):
            region = actions.place_create(
                actor=a, name=f"Область {r}", kind=Place.Kind.REGION, parent=country
            )
            orgs.append(actions.organisation_create(actor=a, name=f"Департамент полиции {r}"))
            places += [
                actions.place_create(
                    actor=a, name=f"Город {r}-{c}", kind=Place.Kind.CITY, parent=region
                )
                for c in range(5)
            ]
            places += [
                actions.facility_create(
                    actor=a,
                    name=f"Учреждение {r}-{f}",
                    parent=region,
                    facility_type=facility_types[(r + f) % len(facility_types)],
                )
                for f in range(3)
            ]

    people: list[Any] = []
    person_names: list[str] = []
    cases: list[Any] = []
    event_ids: list[str] = []

    def new_person() -> Any:
        sex = rng.choice("fm")
        surname = rng.choice(SURNAMES) + ("а" if sex == "f" else "")
        given = rng.choice(GIVEN[sex])
        patronymic = rng.choice(PATRONYMIC) + ("овна" if sex == "f" else "ович")
        name = f"{surname} {given} {patronymic}"
        person = actions.person_create(actor=a, names=[name, to_latin(name).title()])
        people.append(person)
        person_names.append(name)
        return person

    batch = 250
    for start in range(0, events, batch):
        # An import job: one transaction per batch, indexed for search at its end.
        with transaction.atomic(), search_index.batched():
            for i in range(start, min(start + batch, events)):
                if i % 100 == 0:
                    cases.append(actions.case_create(actor=a, title=f"Дело {i // 100}"))
                title, text = rng.choice(WHAT)
                if rng.random() < 0.25:
                    text += f" {rng.choice(RARE)}"
                year, month = rng.randint(2010, 2020), rng.randint(1, 12)
                date = (
                    FuzzyDate.day(year, month, rng.randint(1, 28))
                    if rng.random() < 0.7
                    else FuzzyDate.month(year, month)
                )
                event = actions.event_create(
                    actor=a,
                    title=f"{title} №{i}",
                    description=text,
                    date=date,
                    place=rng.choice(places),
                )
                event_ids.append(str(event.pk))
                victim = (
                    new_person()
                    if len(people) < max(events // 5, 10) and rng.random() < 0.5
                    else rng.choice(people or [new_person()])
                )
                act = actions.act_create(
                    actor=a, event=event, act_type=rng.choice(act_types), victim=victim
                )
                if rng.random() < 0.6:
                    actions.involvement_create(
                        actor=a,
                        act=act,
                        degree=rng.choice(degrees),
                        perpetrator_org=rng.choice(orgs),
                    )
                actions.case_add_event(actor=a, case=cases[-1], event=event)
                actions.case_add_person(actor=a, case=cases[-1], person=victim, role="victim")
        if (start // batch) % 20 == 0:
            note(f"  {min(start + batch, events)}/{events} events")
    print(
        json.dumps(
            {
                "search_in_process": time_searches(person_names, rng),
                "role": role,
                "cases": [str(c.pk) for c in cases],
                "people": [str(p.pk) for p in people],
                "names": person_names,
                "events": event_ids[:: max(len(event_ids) // 5000, 1)],
                "places": [str(p.pk) for p in places],
            }
        )
    )
    return 0


def time_searches(names: list[str], rng: random.Random, runs: int = 200) -> dict[str, Any]:
    """search_for_user alone (no HTTP, session or page), as the bench user: what the search
    module itself costs at this size."""
    from casevault.accounts.models import User
    from casevault.lib.translit import to_latin
    from casevault.search.selectors import search_for_user

    user = User.objects.get(username="bench")
    queries = {
        "name": lambda: to_latin(rng.choice(names)).title(),
        "term": lambda: rng.choice(RARE),
        "common": lambda: rng.choice(["задержание", "beaten", "обыск", "airport"]),
    }
    result: dict[str, Any] = {}
    for kind, make in queries.items():
        times, hits = [], 0
        for _ in range(runs):
            text = make()
            started = time.perf_counter()
            hits += len(search_for_user(user, text))
            times.append(time.perf_counter() - started)
        result[kind] = {
            "p50_ms": round(1000 * percentile(times, 50), 2),
            "p95_ms": round(1000 * percentile(times, 95), 2),
            "mean_hits": round(hits / runs, 1),
        }
    return result


# -- the clients -----------------------------------------------------------------------


class Client:
    """One signed-in browser: its own cookies, one keep-alive connection when allowed."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}
        self.conn: http.client.HTTPConnection | None = None

    def request(
        self, method: str, path: str, form: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], str]:
        body = urllib.parse.urlencode(form) if form is not None else None
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.port}{path}"
        for attempt in range(2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            try:
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                text = response.read().decode("utf-8", "replace")
                break
            except (http.client.HTTPException, ConnectionError):
                # gunicorn's sync workers close the connection after each response.
                self.conn.close()
                self.conn = None
                if attempt:
                    raise
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        if self.conn is not None and (response.getheader("Connection") or "").lower() == "close":
            self.conn.close()
            self.conn = None
        return response.status, dict(response.getheaders()), text

    def csrf(self, path: str) -> str:
        _, _, page = self.request("GET", path)
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if not found:
            raise SystemExit(f"no CSRF token on {path}")
        return found.group(1)

    def login(self) -> None:
        token = self.csrf("/accounts/login/")
        status, headers, _ = self.request(
            "POST",
            "/accounts/login/",
            {"csrfmiddlewaretoken": token, "username": "bench", "password": USER_PASSWORD},
        )
        if status != 302 or "login" in headers.get("Location", ""):
            raise SystemExit(f"the bench user could not sign in (HTTP {status})")


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    error_samples: list[str] = field(default_factory=list)
    writes: list[tuple[str, str]] = field(default_factory=list)  # (token, event id)
    write_failures: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, seconds: float, ok: bool, detail: str = "") -> None:
        with self.lock:
            self.latencies[kind].append(seconds)
            if not ok:
                self.errors[kind] += 1
                if len(self.error_samples) < 10:
                    self.error_samples.append(f"{kind}: {detail}")


class Plan:
    def __init__(self, built: dict[str, Any], rng: random.Random) -> None:
        from casevault.lib.translit import to_latin

        self.built, self.rng = built, rng
        self.latin_names = [to_latin(n).title() for n in built["names"]]
        self.kinds = [k for k, w in MIX.items() for _ in range(w)]

    def next(self) -> tuple[str, str]:
        b, rng = self.built, self.rng
        kind = rng.choice(self.kinds)
        if kind == "case_page":
            return kind, f"/records/cases/{rng.choice(b['cases'])}/"
        if kind == "person_page":
            return kind, f"/records/people/{rng.choice(b['people'])}/"
        if kind == "event_page":
            return kind, f"/records/events/{rng.choice(b['events'])}/"
        if kind == "search_name":
            # A full name, typed in Latin letters; the names are stored in both scripts.
            return kind, "/search/?" + urllib.parse.urlencode({"q": rng.choice(self.latin_names)})
        if kind == "search_term":
            return kind, "/search/?" + urllib.parse.urlencode({"q": rng.choice(RARE)})
        word = rng.choice(["задержание", "beaten", "обыск", "airport"])
        return kind, "/search/?" + urllib.parse.urlencode({"q": word})


def load(args: argparse.Namespace, port: int, built: dict[str, Any]) -> dict[str, Any]:
    clients = [Client(port) for _ in range(args.clients)]
    for client in clients:
        client.login()
    note(f"{len(clients)} clients signed in as {built['role']}; warming up")
    warm = Tally()
    run_phase(clients, built, warm, seconds=3.0, writers=0)
    note(f"read phase: {args.seconds:.0f} s")
    reads = Tally()
    think_s = args.think_ms / 1000
    read_s = run_phase(clients, built, reads, seconds=args.seconds, writers=0, think_s=think_s)
    note(f"write phase: {args.write_seconds:.0f} s, {args.writers} writers")
    mixed = Tally()
    write_s = run_phase(
        clients, built, mixed, seconds=args.write_seconds, writers=args.writers, think_s=think_s
    )
    lost = verify_writes(clients[0], mixed.writes)
    summary = {
        "clients": args.clients,
        "read_phase": phase_summary(reads, read_s),
        "write_phase": phase_summary(mixed, write_s),
        "writes_acknowledged": len(mixed.writes),
        "writes_refused": mixed.write_failures,
        "lost_writes": lost,
        "role": built["role"],
        "search_in_process": built["search_in_process"],
    }
    summary["targets"] = TARGETS
    summary["meets_target"] = meets(summary)
    return summary


def run_phase(
    clients: list[Client],
    built: dict[str, Any],
    tally: Tally,
    *,
    seconds: float,
    writers: int,
    think_s: float = 0.0,
) -> float:
    deadline = time.monotonic() + seconds
    threads = []
    for n, client in enumerate(clients):
        target = write_loop if n < writers else read_loop
        threads.append(
            threading.Thread(
                target=target, args=(client, built, tally, deadline, SEED + n, think_s)
            )
        )
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def pause(rng: random.Random, think_s: float) -> None:
    """A user's pause between two requests (none in a closed loop)."""
    if think_s > 0:
        time.sleep(rng.expovariate(1.0 / think_s))


def read_loop(
    client: Client,
    built: dict[str, Any],
    tally: Tally,
    deadline: float,
    seed: int,
    think_s: float = 0.0,
) -> None:
    plan = Plan(built, random.Random(seed))
    waits = random.Random(seed ^ 0x5EED)
    while time.monotonic() < deadline:
        pause(waits, think_s)
        kind, path = plan.next()
        started = time.perf_counter()
        try:
            status, _, _ = client.request("GET", path)
            ok, detail = status == 200, f"HTTP {status} {path}"
        except (OSError, http.client.HTTPException) as exc:
            ok, detail = False, f"{type(exc).__name__} {path}"
        tally.record(kind, time.perf_counter() - started, ok, detail)


def write_loop(
    client: Client,
    built: dict[str, Any],
    tally: Tally,
    deadline: float,
    seed: int,
    think_s: float = 0.0,
) -> None:
    rng = random.Random(seed)
    waits = random.Random(seed ^ 0x5EED)
    n = 0
    while time.monotonic() < deadline:
        pause(waits, think_s)
        n += 1
        token = f"benchwrite{seed}x{n}"
        started = time.perf_counter()
        try:
            csrf = client.csrf("/records/events/new/")
            status, headers, _ = client.request(
                "POST",
                "/records/events/new/",
                {
                    "csrfmiddlewaretoken": csrf,
                    "title": f"Bench write {token}",
                    "date": f"2019-{rng.randint(1, 12):02d}",
                    "place": rng.choice(built["places"]),
                    "location_detail": "",
                    "description": "Written under load by the benchmark.",
                    "confidentiality": "internal",
                },
            )
        except (OSError, http.client.HTTPException) as exc:
            tally.record("write", time.perf_counter() - started, False, type(exc).__name__)
            continue
        found = re.search(r"/events/([0-9a-f-]{36})/", headers.get("Location", ""))
        ok = status == 302 and found is not None
        tally.record("write", time.perf_counter() - started, ok, f"HTTP {status}")
        if ok and found:
            with tally.lock:
                tally.writes.append((token, found.group(1)))
        else:
            with tally.lock:
                tally.write_failures += 1


def verify_writes(client: Client, writes: list[tuple[str, str]]) -> int:
    """Every acknowledged write: its page opens and search finds it by its unique word."""
    lost = 0
    for token, event_id in writes:
        status, _, _ = client.request("GET", f"/records/events/{event_id}/")
        _, _, page = client.request("GET", "/search/?" + urllib.parse.urlencode({"q": token}))
        if status != 200 or event_id not in page:
            lost += 1
    return lost


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def phase_summary(tally: Tally, seconds: float) -> dict[str, Any]:
    kinds = {}
    for kind, values in sorted(tally.latencies.items()):
        kinds[kind] = {
            "requests": len(values),
            "errors": tally.errors.get(kind, 0),
            **{f"p{p}_ms": round(1000 * percentile(values, p), 1) for p in (50, 95, 99)},
        }
    total = sum(len(v) for v in tally.latencies.values())
    return {
        "seconds": round(seconds, 1),
        "requests": total,
        "requests_per_s": round(total / seconds, 1) if seconds else 0.0,
        "errors": sum(tally.errors.values()),
        "error_samples": tally.error_samples,
        "by_kind": kinds,
    }


def meets(s: dict[str, Any]) -> dict[str, bool]:
    reads = s["read_phase"]["by_kind"]
    # A kind with no requests measured nothing, so it cannot meet its target.
    return {
        "page_p99": all(
            k in reads and reads[k]["p99_ms"] <= TARGETS["page_p99_ms"] for k in PAGE_KINDS
        ),
        "search_p95": all(
            k in reads and reads[k]["p95_ms"] <= TARGETS["search_p95_ms"] for k in TARGET_SEARCHES
        ),
        "no_errors": s["read_phase"]["errors"] == 0 and s["write_phase"]["errors"] == 0,
        "no_lost_writes": s["lost_writes"] == 0,
    }


def print_table(s: dict[str, Any]) -> None:
    print(f"{s['events']} events, {s['clients']} clients, built in {s['build_s']} s")
    for phase in ("read_phase", "write_phase"):
        p = s[phase]
        print(
            f"{phase}: {p['requests']} requests in {p['seconds']} s = {p['requests_per_s']}/s, "
            f"{p['errors']} errors"
        )
        print(f"  {'kind':16}{'n':>8}{'err':>6}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}")
        for kind, k in p["by_kind"].items():
            print(
                f"  {kind:16}{k['requests']:8}{k['errors']:6}"
                f"{k['p50_ms']:10.1f}{k['p95_ms']:10.1f}{k['p99_ms']:10.1f}"
            )
        for sample in p["error_samples"]:
            print(f"  error: {sample}")
    print(
        f"writes acknowledged {s['writes_acknowledged']}, refused {s['writes_refused']}, "
        f"lost {s['lost_writes']}"
    )
    for kind, k in s["search_in_process"].items():
        print(
            f"search_for_user alone, {kind}: p50 {k['p50_ms']} ms, p95 {k['p95_ms']} ms, "
            f"{k['mean_hits']} hits"
        )
    print(f"meets target: {s['meets_target']}")


if __name__ == "__main__":
    sys.exit(main())
