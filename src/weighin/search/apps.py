import logging
import sys

from django.apps import AppConfig

log = logging.getLogger("weighin.search")


class SearchConfig(AppConfig):
    name = "weighin.search"
    label = "search"
    verbose_name = "Search"

    def ready(self) -> None:
        # Say which mode is on when a server starts (not for every management command).
        if any(arg in {"runserver", "gunicorn", "db_worker"} for arg in sys.argv[:2]) or (
            sys.argv and sys.argv[0].endswith("gunicorn")
        ):
            from weighin.search.semantic import describe, warm_up

            log.info(describe())
            warm_up()
