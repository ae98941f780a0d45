from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse

from casevault.search.forms import TYPE_LABELS, SearchForm, place_options
from casevault.search.selectors import SearchHit, search_for_user


def _record_url(hit: SearchHit) -> str | None:
    try:
        return reverse(f"records:{hit.target_type}_detail", args=[hit.target_id])
    except NoReverseMatch:
        return None


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
        results = [
            {"hit": hit, "url": _record_url(hit), "kind": TYPE_LABELS.get(hit.target_type)}
            for hit in hits
        ]
    if request.htmx:  # type: ignore[attr-defined]
        return render(request, "search/results.html", {"results": results})
    context = {
        "form": form,
        "results": results,
        "place_options": place_options(request.user, request.GET.get("place", "")),  # type: ignore[arg-type]
    }
    return render(request, "search/search.html", context)
