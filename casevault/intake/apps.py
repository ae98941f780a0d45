from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "casevault.intake"
    label = "intake"
