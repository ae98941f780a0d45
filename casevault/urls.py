from django.urls import include, path

urlpatterns = [
    path("", include("casevault.web.urls")),
    path("accounts/", include("casevault.accounts.urls")),
    path("records/", include("casevault.records.urls")),
    path("search/", include("casevault.search.urls")),
    path("evidence/", include("casevault.evidence.urls")),
    path("intake/", include("casevault.intake.urls")),
    path("linkage/", include("casevault.linkage.urls")),
    path("publish/", include("casevault.publish.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
]
