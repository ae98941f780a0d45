from django.urls import include, path

urlpatterns = [
    path("", include("casevault.web.urls")),
]
