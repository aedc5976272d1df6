from django.apps import AppConfig

from weighin.core.serving import is_server


class SafetyConfig(AppConfig):
    name = "weighin.safety"
    label = "safety"

    def ready(self) -> None:
        # The detectors build their scanning patterns and load their weights on first use
        # (about 3 s here): a server does it as it starts, not while the first patient types.
        if is_server():
            from weighin.safety.screening import warm_up

            warm_up()
