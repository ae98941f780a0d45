from django.apps import AppConfig


class VocabConfig(AppConfig):
    name = "casevault.vocab"
    label = "vocab"
