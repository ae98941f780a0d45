from django.urls import path

from casevault.linkage import views

app_name = "linkage"

urlpatterns = [
    path("", views.review, name="review"),
    path("accept/", views.accept, name="accept"),
    path("reject/", views.reject, name="reject"),
    path("entities/", views.entity_list, name="entity_list"),
    path("entities/<uuid:pk>/", views.entity, name="entity"),
    path("decisions/<uuid:pk>/undo/", views.undo, name="undo"),
]
