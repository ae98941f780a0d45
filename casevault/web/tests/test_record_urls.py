import uuid

import pytest
from django.template import Context, Template
from django.urls import reverse

pytestmark = pytest.mark.pure

VIEWS = ["records:person_detail", "records:event_detail", "records:place_detail"]


@pytest.mark.parametrize("view_name", VIEWS)
def test_record_url_gives_what_url_gives(view_name: str) -> None:
    pk = uuid.uuid4()
    rendered = Template("{% load record_urls %}{% record_url name pk %}").render(
        Context({"name": view_name, "pk": pk})
    )
    assert rendered == reverse(view_name, args=[pk])


def test_record_url_refuses_what_is_not_a_record_id() -> None:
    with pytest.raises(ValueError):
        Template('{% load record_urls %}{% record_url "records:person_detail" pk %}').render(
            Context({"pk": "../../admin"})
        )
