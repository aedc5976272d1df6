from django.apps import AppConfig


class DoctorsConfig(AppConfig):
    name = "weighin.doctors"
    label = "doctors"
