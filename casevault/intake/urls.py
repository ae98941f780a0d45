from django.urls import path  # noqa: F401 - filled in as views are added

app_name = "intake"

urlpatterns: list = []  # type: ignore[type-arg]
