from django.core.management.base import BaseCommand

from weighin.qa.counters import recount


class Command(BaseCommand):
    help = "Rebuild answer, agreement, thanks and weighed-in counters from the rows themselves."

    def handle(self, *args, **options) -> None:
        touched = recount()
        summary = ", ".join(f"{n} {name}" for name, n in touched.items())
        self.stdout.write(self.style.SUCCESS(f"Recounted {summary}."))
