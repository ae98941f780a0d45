from django.apps import AppConfig


class StoreConfig(AppConfig):
    name = "casevault.store"
    label = "store"
