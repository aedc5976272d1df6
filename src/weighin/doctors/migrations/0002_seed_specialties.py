from django.db import migrations

from weighin.doctors.specialties import SPECIALTIES


def seed(apps, schema_editor):
    Specialty = apps.get_model("doctors", "Specialty")
    for slug, name in SPECIALTIES:
        Specialty.objects.get_or_create(slug=slug, defaults={"name": name})


def unseed(apps, schema_editor):
    Specialty = apps.get_model("doctors", "Specialty")
    Specialty.objects.filter(slug__in=[slug for slug, _ in SPECIALTIES], doctors__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("doctors", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
