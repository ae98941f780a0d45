"""WSGI entry for ``casevault serve``: the vault is unlocked before the app is built."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casevault.settings")

application = get_wsgi_application()
