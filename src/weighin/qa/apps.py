from django.apps import AppConfig


class QaConfig(AppConfig):
    name = "weighin.qa"
    label = "qa"
    verbose_name = "Questions and answers"
