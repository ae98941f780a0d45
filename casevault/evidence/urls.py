from django.urls import path

from casevault.evidence import views

app_name = "evidence"

urlpatterns = [
    path("", views.item_list, name="list"),
    path("<uuid:pk>/", views.item_detail, name="detail"),
    path("<uuid:pk>/download/", views.item_download, name="download"),
    path("case/<uuid:case_pk>/upload/", views.item_upload, name="upload"),
]
