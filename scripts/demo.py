"""`make demo`: create (once) a demo vault with a fictional case, then serve it.

The vault folder comes from CASEVAULT_DEMO_VAULT (default: demo-vault). Without
CASEVAULT_PASSPHRASE a fixed, public demo passphrase is used, so that running `make demo`
again reopens the same demo vault. Never put real records in a vault made this way.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Public on purpose: it protects only fictional demo data. Never use it for a real vault.
DEMO_PASSPHRASE = "demo-only-passphrase-not-secret"  # noqa: S105
URL = "http://127.0.0.1:8000/"


def casevault_executable() -> Path:
    beside_python = Path(sys.executable).parent / "casevault"
    if beside_python.exists():
        return beside_python
    return Path(__file__).resolve().parent.parent / ".venv" / "bin" / "casevault"


def main() -> int:
    vault = Path(os.environ.get("CASEVAULT_DEMO_VAULT", "demo-vault"))
    env = dict(os.environ)
    if not env.get("CASEVAULT_PASSPHRASE"):
        env["CASEVAULT_PASSPHRASE"] = DEMO_PASSPHRASE
        print(
            "CASEVAULT_PASSPHRASE is not set: using the DEMO-ONLY passphrase\n"
            f"    {DEMO_PASSPHRASE}\n"
            "It is public. Use this vault for the fictional demo data only, never for real records.\n"
        )
    casevault = str(casevault_executable())
    # A fixed argv, no shell: the vault path is one argument whatever it contains.
    created = subprocess.run([casevault, "demo", str(vault)], env=env, check=False)  # noqa: S603
    if created.returncode != 0:
        return created.returncode
    print(
        f"\nOpen {URL} and sign in as one of the demo users above, e.g. demo-coordinator,\n"
        "with the password printed beside it (or CASEVAULT_DEMO_PASSWORD if you set it).\n"
        "Ctrl-C stops the server.\n",
        flush=True,
    )
    try:
        served = subprocess.run([casevault, "serve", str(vault)], env=env, check=False)  # noqa: S603
        return served.returncode
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
