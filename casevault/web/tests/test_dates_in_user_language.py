from __future__ import annotations

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from casevault.accounts.models import User
from casevault.accounts.tests.helpers import sign_in

MONTHS_RU = [
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
]  # fmt: skip


def test_dates_on_the_dashboard_follow_the_chosen_language(client: Client, editor: User) -> None:
    sign_in(client, editor)  # the sign-in itself is the first recent activity
    month = MONTHS_RU[timezone.now().month - 1]
    page = client.get(reverse("home")).content.decode()
    assert str(timezone.now().year) in page and month not in page
    client.post(reverse("set_language"), {"language": "ru", "next": "/"})
    page = client.get(reverse("home")).content.decode()
    assert month in page.split("Мои последние действия")[1]
