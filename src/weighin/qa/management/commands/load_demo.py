from django.core.management.base import BaseCommand

from weighin.demo import content
from weighin.demo.loader import demo_logins, ensure_staff, load_demo


class Command(BaseCommand):
    help = "Load the team-written demo content (doctors, questions, answers). Safe to run twice."

    def handle(self, *args, **options) -> None:
        result = load_demo()
        ensure_staff()
        if result.loaded:
            self.stdout.write(self.style.SUCCESS(f"Loaded {result.questions} demo questions."))
        else:
            self.stdout.write("Demo content already loaded; nothing to do.")
        self.stdout.write(f"Demo logins (password for all: {content.DEMO_PASSWORD}):")
        for role, email in demo_logins():
            self.stdout.write(f"  {role:<36} {email}")
