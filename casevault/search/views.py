from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch

from casevault.search.forms import TYPE_LABELS, SearchForm, place_options
from casevault.search.selectors import SearchHit, search_for_user
from casevault.web.templatetags.record_urls import record_url


def _record_urls(hits: list[SearchHit]) -> list[str | None]:
    """Each hit's page, through ``record_url`` (one ``reverse`` per kind, not per hit)."""
    urls: list[str | None] = []
    for hit in hits:
        try:
            urls.append(record_url(f"records:{hit.target_type}_detail", hit.target_id))
        except NoReverseMatch:
            urls.append(None)
    return urls


def _result_rows(hits: list[SearchHit]) -> list[dict[str, str | None]]:
    """What the results list shows, as plain strings: the template then does one lookup
    per field, not attribute chains, a lazy label and a date built twice per row."""
    kinds = {kind: str(label) for kind, label in TYPE_LABELS.items()}
    rows = []
    for hit, url in zip(hits, _record_urls(hits), strict=True):
        date = hit.date
        rows.append(
            {
                "title": hit.title,
                "url": url,
                "kind": kinds.get(hit.target_type),
                "date": date.display() if date else None,
            }
        )
    return rows


@login_required
def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None, user=request.user)  # type: ignore[arg-type]
    results = None
    if form.is_valid() and form.cleaned_data["q"].strip():
        data = form.cleaned_data
        hits = search_for_user(
            request.user,  # type: ignore[arg-type]
            data["q"],
            types=data["types"] or None,
            date_from=data["date_from"],
            date_to=data["date_to"],
            place=data["place"] or None,
            case=data["case"] or None,
        )
        results = _result_rows(hits)
    if request.htmx:  # type: ignore[attr-defined]
        return render(request, "search/results.html", {"results": results})
    context = {
        "form": form,
        "results": results,
        "place_options": place_options(request.user, request.GET.get("place", "")),  # type: ignore[arg-type]
    }
    return render(request, "search/search.html", context)
