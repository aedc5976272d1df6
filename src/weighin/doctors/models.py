from django.conf import settings
from django.db import models
from django.urls import reverse


class Specialty(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "specialties"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("specialty", args=[self.slug])


class DoctorProfile(models.Model):
    """A doctor's public identity. Only `verified` doctors answer or agree.

    The counters are kept by qa.services in the same transaction as the change they count,
    so the profile page never aggregates over answers.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="doctor_profile"
    )
    slug = models.SlugField(max_length=120, unique=True)
    full_name = models.CharField(max_length=120)
    credentials = models.CharField(max_length=40, help_text="MD, DO, MBBS, ...")
    specialty = models.ForeignKey(Specialty, on_delete=models.PROTECT, related_name="doctors")
    bio = models.TextField(max_length=2000, blank=True)
    npi = models.CharField("NPI number", max_length=10, blank=True)
    verified = models.BooleanField(default=False, db_index=True)
    verified_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    answer_count = models.PositiveIntegerField(default=0)
    agrees_received = models.PositiveIntegerField(default=0)
    thanks_received = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["full_name"]
        indexes = [models.Index(fields=["specialty", "verified", "full_name"])]

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("doctor", args=[self.slug])

    @property
    def display_name(self) -> str:
        return f"Dr. {self.full_name}, {self.credentials}"
