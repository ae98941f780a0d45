from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from casevault.accounts.models import User
from casevault.intake.actions import document_import
from casevault.records.models import Case

pytestmark = pytest.mark.django_db


def test_the_evidence_sentences_are_marked_and_the_rest_is_escaped(
    client: Client, documenter: User, dossier: Case, tmp_path: Path, evidence_vault: Path
) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "Almaty, 29 January 2019\n\n"
        "<script>alert(1)</script> was found in the comments.\n"
        "On 8 October 2018 police searched the house of Elena Semenova.\n",
        encoding="utf-8",
    )
    document = document_import(actor=documenter, path=path, case=dossier)
    client.force_login(documenter)

    page = client.get(reverse("intake:review", kwargs={"pk": document.pk}))

    assert page.status_code == 200
    html = page.content.decode()
    assert (
        '<span id="evidence-1"></span><mark data-drafts="1">'
        "On 8 October 2018 police searched the house of Elena Semenova.</mark>"
    ) in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; was found" in html
