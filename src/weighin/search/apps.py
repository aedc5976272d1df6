import logging

from django.apps import AppConfig

from weighin.core.serving import is_server

log = logging.getLogger("weighin.search")


class SearchConfig(AppConfig):
    name = "weighin.search"
    label = "search"
    verbose_name = "Search"

    def ready(self) -> None:
        # Say which mode is on when a server starts (not for every management command).
        if is_server():
            from weighin.search.semantic import describe, warm_up

            log.info(describe())
            warm_up()
