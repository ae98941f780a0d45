from __future__ import annotations

from typing import TYPE_CHECKING

from django import forms
from django.utils.translation import gettext_lazy as _

from casevault.accounts.models import Role

if TYPE_CHECKING:  # django-stubs is a development tool, not a dependency
    from django_stubs_ext import StrOrPromise

# Role names as people read them, in their language (the model's labels are not translated).
ROLE_LABELS: dict[str, StrOrPromise] = {
    Role.DOCUMENTER: _("Documenter"),
    Role.LAWYER: _("Lawyer"),
    Role.ANALYST: _("Analyst"),
    Role.EDITOR: _("Editor"),
    Role.COORDINATOR: _("Coordinator"),
    Role.ADMIN: _("Admin"),
}


class LoginForm(forms.Form):
    username = forms.CharField(
        label=_("Username"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none"}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        max_length=4096,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class CodeForm(forms.Form):
    code = forms.RegexField(
        label=_("Code from your authenticator app"),
        regex=r"^\s*\d{6,8}\s*$",
        error_messages={"invalid": _("Enter the 6-digit code shown in your app.")},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "pattern": "[0-9 ]*",
                "maxlength": "10",
            }
        ),
    )

    def clean_code(self) -> str:
        return str(self.cleaned_data["code"]).strip()


class PolicyForm(forms.Form):
    require_2fa_roles = forms.MultipleChoiceField(
        label=_("Roles that must use two-factor sign-in"),
        choices=list(ROLE_LABELS.items()),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
