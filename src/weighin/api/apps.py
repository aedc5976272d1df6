from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "weighin.api"
    label = "api"
    verbose_name = "API"
