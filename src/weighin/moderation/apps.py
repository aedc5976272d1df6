from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "weighin.moderation"
    label = "moderation"
