"""The `weighin` console script: Django's manage.py with the settings preset."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "weighin.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
