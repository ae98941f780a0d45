from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "casevault.search"
    label = "search"
