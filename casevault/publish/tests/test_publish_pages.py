"""The publishing pages: who gets 200, 403 or 404; the live preview; publish; downloads."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import CaseGrant, User
from casevault.publish.actions import statement_create
from casevault.publish.models import Statement
from casevault.publish.tests.conftest import DemoCase, assert_no_forbidden, override_all
from casevault.testing import make_persona

pytestmark = pytest.mark.django_db


@pytest.fixture
def statement(demo: DemoCase, coordinator: User) -> Statement:
    return statement_create(actor=coordinator, case=demo.case)


def get(client: Client, user: User, name: str, **kwargs: object) -> int:
    client.force_login(user)
    return client.get(reverse(f"publish:{name}", kwargs=kwargs)).status_code


def test_the_role_matrix(client: Client, statement: Statement, coordinator: User) -> None:
    pk = statement.pk
    editor, analyst, outsider = (make_persona(n) for n in ("editor", "analyst", "outsider"))
    for name, kwargs in [
        ("statement_list", {}),
        ("statement_edit", {"pk": pk}),
        ("statement_check", {"pk": pk}),
        ("case_publications", {"case_pk": statement.case_id}),
    ]:
        assert get(client, coordinator, name, **kwargs) == 200, name
        assert get(client, analyst, name, **kwargs) == 403, name  # analysts do not publish
        assert get(client, outsider, name, **kwargs) == 403, name
    # An editor who is not on the case learns nothing about its statements.
    assert get(client, editor, "statement_edit", pk=pk) == 404
    CaseGrant.objects.create(user=editor, case=statement.case)
    assert get(client, editor, "statement_edit", pk=pk) == 200
    assert get(client, analyst, "stats") == 200
    assert get(client, editor, "exports") == 403
    assert get(client, coordinator, "exports") == 200
    client.logout()
    assert client.get(reverse("publish:statement_list")).status_code == 302


def test_the_live_preview_renders_markdown_and_escapes_markup(
    client: Client, statement: Statement, coordinator: User
) -> None:
    client.force_login(coordinator)
    page = client.post(
        reverse("publish:statement_preview", kwargs={"pk": statement.pk}),
        {"body": "## Heading\n\n**bold** <script>alert(1)</script>[^1]\n\n[^1]: A source."},
        HTTP_HX_REQUEST="true",
    )
    html = page.content.decode()
    assert "<h2>Heading</h2>" in html and "<strong>bold</strong>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'id="fn1"' in html


def test_publish_through_the_pages_and_download_without_names(
    client: Client, statement: Statement, coordinator: User
) -> None:
    client.force_login(coordinator)
    blocked = client.post(reverse("publish:statement_publish", kwargs={"pk": statement.pk}))
    assert blocked.status_code == 302 and not statement.versions.exists()

    override_all(coordinator, statement)
    client.post(reverse("publish:statement_publish", kwargs={"pk": statement.pk}))
    assert statement.versions.count() == 1
    for fmt in ("html", "pdf", "docx"):
        response = client.get(
            reverse(
                "publish:version_download", kwargs={"pk": statement.pk, "number": 1, "fmt": fmt}
            )
        )
        assert response.status_code == 200
        assert_no_forbidden(response["Content-Disposition"], "the download's file name")
        assert response["X-Content-SHA256"] == statement.versions.get().sha256[fmt]


def test_the_stats_page_shows_a_chart_with_the_honest_note(
    client: Client, demo: DemoCase, analyst: User
) -> None:
    client.force_login(analyst)
    page = client.get(reverse("publish:stats"), {"by": "act_type,year"})
    html = page.content.decode()
    assert "<svg" in html and "not a measure of how often" in html
    csv = client.get(reverse("publish:stats"), {"by": "year", "format": "csv"})
    assert csv["Content-Type"].startswith("text/csv")
