from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "casevault.evidence"
    label = "evidence"
