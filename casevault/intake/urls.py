from django.urls import path

from casevault.intake import views

app_name = "intake"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("documents/<uuid:pk>/", views.review, name="review"),
    path("drafts/<uuid:pk>/accept/", views.accept, name="accept"),
    path("drafts/<uuid:pk>/reject/", views.reject, name="reject"),
]
