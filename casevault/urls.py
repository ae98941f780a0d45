from django.urls import include, path

urlpatterns = [
    path("", include("casevault.web.urls")),
    path("accounts/", include("casevault.accounts.urls")),
    path("records/", include("casevault.records.urls")),
    path("search/", include("casevault.search.urls")),
    path("intake/", include("casevault.intake.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
]
