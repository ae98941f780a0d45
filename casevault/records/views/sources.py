from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from casevault.records import actions, selectors
from casevault.records.views.common import PersonLabels, lang, protected, show_date, user_of


@protected
def source_detail(request: HttpRequest, pk: str) -> HttpResponse:
    user = user_of(request)
    source = selectors.source_get_for_user(user, pk)
    actions.record_viewed(actor=user, record=source)
    information = (
        selectors.information_for_user(user)
        .filter(source=source)
        .select_related("event", "act", "connection", "credibility")
    )
    labels = PersonLabels(user, [source.author_person])
    return render(
        request,
        "records/source_detail.html",
        {
            "source": source,
            "date": show_date(source.date),
            "type": source.source_type.label(lang()),
            "reliability": source.reliability.label(lang()) if source.reliability else "",
            "author": labels(source.author_person),
            "author_org": (
                selectors.organisations_for_user(user).filter(pk=source.author_org_id).first()
                if source.author_org_id
                else None
            ),
            "information": information,
            "lang": lang(),
        },
    )
