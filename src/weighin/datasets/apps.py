from django.apps import AppConfig


class DatasetsConfig(AppConfig):
    name = "weighin.datasets"
    label = "datasets"
    verbose_name = "Data import and export"

    def ready(self) -> None:
        from weighin.datasets import history

        history.connect()
