from django.conf import settings
from django.db import models
from django.db.models import Q


class Flag(models.Model):
    """A report that a question or an answer needs a moderator's look."""

    class Reason(models.TextChoices):
        EMERGENCY = "emergency", "Someone may need emergency care"
        PERSONAL_INFO = "personal_info", "Contains personal information"
        SPAM = "spam", "Spam or advertising"
        ABUSIVE = "abusive", "Abusive or harassing"
        DANGEROUS = "dangerous", "Medically dangerous"
        OTHER = "other", "Something else"

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        ACTIONED = "actioned", "Action taken"
        DISMISSED = "dismissed", "Dismissed"

    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="flags"
    )
    question = models.ForeignKey(
        "qa.Question", on_delete=models.CASCADE, null=True, blank=True, related_name="flags"
    )
    answer = models.ForeignKey(
        "qa.Answer", on_delete=models.CASCADE, null=True, blank=True, related_name="flags"
    )
    reason = models.CharField(max_length=20, choices=Reason.choices)
    note = models.TextField(max_length=1000, blank=True)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    outcome = models.CharField(max_length=300, blank=True, help_text="Told to the reporter.")
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(question__isnull=False, answer__isnull=True)
                | Q(question__isnull=True, answer__isnull=False),
                name="flag_targets_one_thing",
            ),
            models.UniqueConstraint(
                fields=["reporter", "question"],
                condition=Q(status="open", question__isnull=False),
                name="one_open_flag_per_question_and_reporter",
            ),
            models.UniqueConstraint(
                fields=["reporter", "answer"],
                condition=Q(status="open", answer__isnull=False),
                name="one_open_flag_per_answer_and_reporter",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} ({self.status})"

    @property
    def target(self):
        return self.question if self.question_id else self.answer


class AuditEntry(models.Model):
    """Every staff action: who did what to what, when, with the state before and after."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    action = models.CharField(max_length=40, db_index=True)
    target_type = models.CharField(max_length=40)
    target_id = models.CharField(max_length=40)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "audit entries"
        indexes = [models.Index(fields=["target_type", "target_id"])]

    def __str__(self) -> str:
        return f"{self.action} {self.target_type}:{self.target_id}"
