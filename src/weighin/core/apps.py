from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "weighin.core"
    label = "core"
