from __future__ import annotations

from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.accounts.tests.helpers import sign_in


def test_a_user_switches_the_workspace_to_russian(client: Client, editor: User) -> None:
    sign_in(client, editor)
    page = client.get(reverse("home")).content.decode()
    assert 'action="/i18n/setlang/"' in page and '<label for="language-select"' in page
    response = client.post(reverse("set_language"), {"language": "ru", "next": "/"})
    assert response.status_code == 302 and response["Location"] == "/"
    page = client.get(reverse("home")).content.decode()
    assert '<html lang="ru">' in page
    assert "Обзор" in page and "Черновики на проверку" in page and "Выйти" in page


def test_a_stranger_can_switch_the_sign_in_page_to_kazakh(client: Client, db: None) -> None:
    response = client.post(
        reverse("set_language"), {"language": "kk", "next": reverse("accounts:login")}
    )
    assert response["Location"] == reverse("accounts:login")
    page = client.get(reverse("accounts:login")).content.decode()
    assert "Кіру" in page and "Құпиясөз" in page


def test_the_switch_never_sends_the_user_to_another_site(client: Client, db: None) -> None:
    response = client.post(
        reverse("set_language"), {"language": "ru", "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"
