from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "weighin.search"
    label = "search"
    verbose_name = "Search"
