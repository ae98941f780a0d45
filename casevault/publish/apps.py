from django.apps import AppConfig


class PublishConfig(AppConfig):
    name = "casevault.publish"
    label = "publish"
