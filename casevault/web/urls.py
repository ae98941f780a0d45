from django.urls import path

from casevault.web import views

urlpatterns = [
    path("", views.home, name="home"),
]
