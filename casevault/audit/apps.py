from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "casevault.audit"
    label = "audit"
