from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "weighin.accounts"
    label = "accounts"
