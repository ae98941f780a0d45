from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "casevault.records"
    label = "records"
