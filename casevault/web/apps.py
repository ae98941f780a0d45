from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "casevault.web"
    label = "web"
