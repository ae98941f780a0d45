from django.urls import path

from casevault.publish import views

app_name = "publish"

urlpatterns = [
    path("", views.statement_list, name="statement_list"),
    path("cases/<uuid:case_pk>/", views.case_publications, name="case_publications"),
    path("cases/<uuid:case_pk>/new/", views.statement_new, name="statement_new"),
    path("statements/<uuid:pk>/", views.statement_edit, name="statement_edit"),
    path("statements/<uuid:pk>/redraft/", views.statement_redraft, name="statement_redraft"),
    path("statements/<uuid:pk>/preview/", views.statement_preview, name="statement_preview"),
    path("statements/<uuid:pk>/check/", views.statement_check, name="statement_check"),
    path("statements/<uuid:pk>/override/", views.statement_override, name="statement_override"),
    path("statements/<uuid:pk>/publish/", views.statement_publish, name="statement_publish"),
    path(
        "statements/<uuid:pk>/v<int:number>.<str:fmt>",
        views.version_download,
        name="version_download",
    ),
    path("stats/", views.stats_page, name="stats"),
    path("exports/", views.exports_page, name="exports"),
]
