from django.urls import path

from casevault.accounts import views

app_name = "accounts"

urlpatterns = [
    path("login/", views.login_view, name="login"),
    path("logout/", views.logout_view, name="logout"),
    path("2fa/", views.otp_verify, name="otp_verify"),
    path("2fa/setup/", views.otp_setup, name="otp_setup"),
    path("users/", views.admin_users, name="admin_users"),
    path("users/policy/", views.admin_policy, name="admin_policy"),
    path("users/<int:pk>/unlock/", views.admin_unlock, name="admin_unlock"),
    path("users/<int:pk>/reset-2fa/", views.admin_2fa_reset, name="admin_2fa_reset"),
]
