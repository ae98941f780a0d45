"""A UN communication names only those who agreed to share with UN mechanisms."""

from __future__ import annotations

import io
import zipfile

import pytest

from casevault.accounts.models import User
from casevault.publish.actions import statement_create, statement_publish
from casevault.publish.models import Statement
from casevault.publish.selectors import statement_check
from casevault.publish.tests.conftest import DemoCase, assert_no_forbidden, override_all

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_communication_has_every_section_and_no_forbidden_name(
    demo: DemoCase, coordinator: User, lang: str
) -> None:
    un = statement_create(
        actor=coordinator, case=demo.case, lang=lang, kind=Statement.Kind.UN_COMMUNICATION
    )
    body = un.body
    for section in ("## 1.", "## 2.", "## 3.", "## 4.", "## 5."):
        assert section in body
    assert statement_check(un).use == "share_with_un"
    # The monitor agreed to share with the UN: named, with the state link of perpetrators.
    assert ("Tamara" if lang == "en" else "Тамара") in body
    assert ("state agent" if lang == "en" else "представитель государства") in body
    assert ("have been exhausted" if lang == "en" else "исчерпаны") in body
    assert_no_forbidden(body, "the UN communication")

    override_all(coordinator, un)
    version = statement_publish(actor=coordinator, statement=un)
    with zipfile.ZipFile(io.BytesIO(bytes(version.docx))) as archive:
        xml = "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    assert_no_forbidden(xml, "the UN communication DOCX")
    assert bytes(version.pdf).startswith(b"%PDF")
