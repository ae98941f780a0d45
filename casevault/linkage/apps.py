from django.apps import AppConfig


class LinkageConfig(AppConfig):
    name = "casevault.linkage"
    label = "linkage"
    verbose_name = "Record linkage"
