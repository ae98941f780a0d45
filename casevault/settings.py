"""CaseVault settings: everything comes from the environment.

- ``DATABASE_URL`` (``postgres://user@host:port/name``) selects server mode on PostgreSQL;
  without it the records live in the SQLCipher vault opened by the command.
- ``CASEVAULT_SECRET_KEY`` is unused in vault mode: the Django secret is derived from the
  vault's data key when the vault is unlocked (see ``casevault.store.vault``).
"""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlparse

from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _database_from_url(url: str) -> dict[str, object]:
    parsed = urlparse(url)
    if parsed.scheme not in {"postgres", "postgresql"}:
        raise ValueError(
            f"DATABASE_URL must start with postgres:// (got {parsed.scheme}://); "
            "unset it to use the encrypted embedded vault"
        )
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parsed.path.lstrip("/")) or "casevault",
        "USER": unquote(parsed.username or ""),
        "PASSWORD": unquote(parsed.password or ""),
        "HOST": parsed.hostname or "",
        "PORT": str(parsed.port or ""),
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
        # A writer waiting on another's lock gives up with a clear error, as on SQLite.
        "OPTIONS": {
            "options": f"-c lock_timeout={os.environ.get('CASEVAULT_BUSY_TIMEOUT_MS', '10000')}"
        },
        # One test database per process: concurrent test runs on one server never collide.
        "TEST": {"NAME": f"test_casevault_{os.getpid()}"},
    }


DEBUG = _env_bool("CASEVAULT_DEBUG", False)
# Replaced by a key derived from the vault's data key on unlock; random until then, so a
# forgotten unlock can never sign anything with a guessable key.
SECRET_KEY = os.environ.get("CASEVAULT_SECRET_KEY") or secrets.token_hex(32)
ALLOWED_HOSTS = [
    h for h in os.environ.get("CASEVAULT_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h
]
CASEVAULT_VAULT_PATH = os.environ.get("CASEVAULT_VAULT", "")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_htmx",
    "casevault.store",
    "casevault.accounts",
    "casevault.audit",
    "casevault.vocab",
    "casevault.records",
    "casevault.evidence",
    "casevault.intake",
    "casevault.linkage",
    "casevault.publish",
    "casevault.search",
    "casevault.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "casevault.accounts.middleware.SessionTouchMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "casevault.urls"
WSGI_APPLICATION = "casevault.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "casevault.web.nav.navigation",
            ],
        },
    },
]

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": _database_from_url(os.environ["DATABASE_URL"])}
else:
    DATABASES = {
        "default": {
            "ENGINE": "casevault.store.backend",
            # Set to the vault's vault.db when the vault is unlocked.
            "NAME": os.environ.get("CASEVAULT_DB", ":memory:"),
            # Persistent connections: the raw key costs nothing, but reconnecting does.
            "CONN_MAX_AGE": None,
            "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 30},
            # Tests use a real encrypted file, never SQLite's in-memory database.
            "TEST": {
                "NAME": os.environ.get("CASEVAULT_TEST_DB_FILE")
                or os.path.join(tempfile.gettempdir(), f"casevault-test-{os.getpid()}.db")
            },
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("ru", "Русский"), ("kk", "Қазақша")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = os.environ.get("CASEVAULT_STATIC_ROOT") or None
# Static files are served by the app itself from the installed package (no CDN, no
# collectstatic step): the workspace must work with the network cable pulled.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Strict CSP: no inline script or style, nothing from another origin.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Strict"
SESSION_COOKIE_SECURE = _env_bool("CASEVAULT_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = int(os.environ.get("CASEVAULT_SESSION_IDLE_SECONDS", "1800"))
# The idle timeout is refreshed at most once a minute (accounts.middleware.SessionTouchMiddleware),
# not by rewriting the session on every request.
SESSION_SAVE_EVERY_REQUEST = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Logs never carry record contents: only the level and the logger's own messages.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("CASEVAULT_LOG_LEVEL", "WARNING")},
    "loggers": {"django.db.backends": {"level": "WARNING", "propagate": True}},
}

CASEVAULT_UPLOAD_LIMIT = int(os.environ.get("CASEVAULT_UPLOAD_LIMIT", str(2 * 1024**3)))

# --- Sign-in and protection (accounts) -----------------------------------------------------
# Every view needs a signed-in user who passed the second factor when one is required;
# views open to strangers carry Django's ``login_not_required``. The gate must run after
# AuthenticationMiddleware and OTPMiddleware, so it comes last.
MIDDLEWARE = [*MIDDLEWARE, "casevault.accounts.middleware.VerifiedUserMiddleware"]
# The system actor can never sign in (see VaultBackend).
AUTHENTICATION_BACKENDS = ["casevault.accounts.security.VaultBackend"]
LOGIN_URL = "accounts:login"
# Lockout: this many failures for one username or one address within the window lock
# sign-in for the lock time; each failure after the first is held a doubling delay.
CASEVAULT_LOGIN_MAX_FAILURES = int(os.environ.get("CASEVAULT_LOGIN_MAX_FAILURES", "5"))
CASEVAULT_LOGIN_WINDOW_SECONDS = int(os.environ.get("CASEVAULT_LOGIN_WINDOW_SECONDS", "900"))
CASEVAULT_LOGIN_LOCK_SECONDS = int(os.environ.get("CASEVAULT_LOGIN_LOCK_SECONDS", "900"))
CASEVAULT_LOGIN_DELAY_SECONDS = float(os.environ.get("CASEVAULT_LOGIN_DELAY_SECONDS", "0.5"))
CASEVAULT_LOGIN_MAX_DELAY_SECONDS = 8.0
# Sign-in tries (name, address, outcome) are forgotten after this many days; the audit log
# keeps failures and sign-ins for good.
CASEVAULT_LOGIN_ATTEMPT_RETENTION_DAYS = int(
    os.environ.get("CASEVAULT_LOGIN_ATTEMPT_RETENTION_DAYS", "30")
)
# Behind a reverse proxy, the request header (as in request.META, e.g. HTTP_X_REAL_IP) that
# carries the client's address; empty means REMOTE_ADDR.
CASEVAULT_CLIENT_IP_HEADER = os.environ.get("CASEVAULT_CLIENT_IP_HEADER", "")
# Between a right password and a right code: after this long the user starts again.
CASEVAULT_2FA_PENDING_SECONDS = 300
OTP_TOTP_ISSUER = "CaseVault"
# The language cookie tells nothing secret, but needs no script access nor other sites.
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
# Sessions end when the browser closes, as well as after the idle time (SESSION_COOKIE_AGE).
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
