from django.apps import AppConfig


class VocabConfig(AppConfig):
    name = "casevault.vocab"
    label = "vocab"

    def ready(self) -> None:
        # Connects the signals that keep the term cache honest.
        from casevault.vocab import lookup  # noqa: F401
