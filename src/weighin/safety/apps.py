from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "weighin.safety"
    label = "safety"
