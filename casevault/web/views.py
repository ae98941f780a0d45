"""The dashboard: my cases, recent activity, drafts waiting for review."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from casevault.accounts.models import Role, User
from casevault.audit.models import AuditEntry
from casevault.intake.selectors import pending_draft_count
from casevault.records.models import Case
from casevault.records.selectors import cases_for_user, sees_all_cases

# Roles that see every user's actions in the recent activity, not only their own.
OVERSEERS = frozenset({Role.COORDINATOR, Role.ADMIN})
RECENT_ACTIVITY = 15
MY_CASES = 50
# Sign-in events in words; other verbs are shown as their code (event.create, case.update).
VERB_LABELS = {
    "auth.login": _("signed in"),
    "auth.logout": _("signed out"),
    "auth.login_failed": _("failed sign-in"),
    "auth.locked": _("sign-in locked"),
    "auth.unlock": _("lifted a sign-in lock"),
    "auth.2fa_enable": _("turned on two-factor sign-in"),
    "auth.2fa_reset": _("removed an authenticator"),
    "security.policy_update": _("changed the two-factor rule"),
    "user.create": _("added a user"),
}


def cases_for_dashboard(user: User) -> QuerySet[Case]:
    """The cases on the user's team (every case for coordinators and admins), as cleared.

    The rule is the records' own (``cases_for_user``): the dashboard never has a second copy.
    """
    return cases_for_user(user).order_by("-updated_at", "reference")


def activity_for_dashboard(user: User) -> QuerySet[AuditEntry]:
    """Audit entries the user may see: their own; overseers see everyone's."""
    entries = AuditEntry.objects.all()
    if user.role not in OVERSEERS and not user.is_system:
        entries = entries.filter(actor=user.username)
    return entries.order_by("-seq")


def home(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not isinstance(user, User):  # the gate lets only signed-in users through
        raise PermissionDenied
    return render(
        request,
        "web/home.html",
        {
            "cases": list(cases_for_dashboard(user)[:MY_CASES]),
            "activity": [
                {"entry": entry, "label": VERB_LABELS.get(entry.verb)}
                for entry in activity_for_dashboard(user)[:RECENT_ACTIVITY]
            ],
            "drafts_waiting": pending_draft_count(user),
            "sees_all_cases": sees_all_cases(user),
            "sees_all": user.role in OVERSEERS,
        },
    )
