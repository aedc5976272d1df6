from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

TITLE_MAX = 200
DETAILS_MAX = 5000
BRIEF_MAX = 100
BODY_MAX = 5000
MAX_TOPICS = 5


class Topic(models.Model):
    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True)
    specialty = models.ForeignKey(
        "doctors.Specialty",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="topics",
        help_text="The specialty whose doctors usually answer questions on this topic.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("topic", args=[self.slug])


class Source(models.Model):
    """An outside publisher whose content was imported (e.g. NIH MedlinePlus). Imported
    answers are attributed to their source, never to a doctor, with a link and a licence."""

    key = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=120)
    url = models.URLField(blank=True)
    licence = models.CharField(max_length=60, blank=True)
    licence_url = models.URLField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


def make_slug(title: str) -> str:
    return slugify(title)[:80].strip("-") or "question"


class Question(models.Model):
    """A patient's question. The asker is private: never rendered, never serialised.

    `status`: published questions are public; held ones (a new account posting links) wait
    for a moderator; hidden ones were removed by a moderator. Only the asker and staff see
    a question that is not published."""

    class Status(models.TextChoices):
        PUBLISHED = "published", "Published"
        HELD = "held", "Held for review"
        HIDDEN = "hidden", "Hidden by a moderator"

    asker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="questions",
    )
    title = models.CharField(max_length=TITLE_MAX)
    slug = models.SlugField(max_length=80)
    details = models.TextField(max_length=DETAILS_MAX, blank=True)
    topics = models.ManyToManyField(Topic, related_name="questions", blank=True)
    source = models.ForeignKey(
        Source, on_delete=models.PROTECT, null=True, blank=True, related_name="questions"
    )
    external_id = models.CharField(
        max_length=200, unique=True, null=True, blank=True, help_text="Id in an imported data set."
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PUBLISHED, db_index=True
    )
    # Emergency triage of the title and details (safety.triage), kept so the page and the
    # doctors' queue can warn without re-reading the text.
    triage_level = models.CharField(max_length=10, default="routine", db_index=True)
    triage_category = models.CharField(max_length=20, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    last_answered_at = models.DateTimeField(null=True, blank=True)

    # Kept by qa.services with F() in the transaction of the change they count.
    answer_count = models.PositiveIntegerField(default=0)
    weighed_in_count = models.PositiveIntegerField(
        default=0, help_text="Distinct doctors who answered (imported answers do not count)."
    )

    history = HistoricalRecords(
        excluded_fields=["answer_count", "weighed_in_count", "last_answered_at", "slug"]
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["-last_answered_at"], name="question_answered_idx"),
            models.Index(fields=["answer_count", "-created_at"], name="question_unanswered_idx"),
            models.Index(fields=["asker", "-created_at"], name="question_asker_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        self.slug = make_slug(self.title)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("question", args=[self.pk, self.slug])

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def is_emergency(self) -> bool:
        return self.triage_level == "emergency"

    @property
    def is_self_harm(self) -> bool:
        return self.triage_category == "self_harm" and self.triage_level != "routine"


class Answer(models.Model):
    """A doctor's answer, or an imported one attributed to its `source` (then `author` is
    empty). A doctor's later answers to the same question are follow-ups ("Continued") of
    their first one: `parent` points at it, and the database allows one first answer per
    doctor and question."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="answers",
        null=True,
        blank=True,
    )
    source = models.ForeignKey(
        Source, on_delete=models.PROTECT, null=True, blank=True, related_name="answers"
    )
    source_url = models.URLField(max_length=500, blank=True)
    external_id = models.CharField(max_length=200, unique=True, null=True, blank=True)
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="followups"
    )
    brief = models.CharField("In brief", max_length=BRIEF_MAX)
    body = models.TextField(max_length=BODY_MAX)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    agree_count = models.PositiveIntegerField(default=0)
    thank_count = models.PositiveIntegerField(default=0)
    imported_thanks = models.PositiveIntegerField(
        default=0, help_text="Thanks carried over from an import; part of thank_count."
    )
    is_hidden = models.BooleanField(
        default=False, help_text="Removed by a moderator: not shown and not counted."
    )

    history = HistoricalRecords(excluded_fields=["agree_count", "thank_count", "imported_thanks"])

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["question", "author"],
                condition=Q(parent__isnull=True),
                name="one_first_answer_per_doctor",
            ),
            models.CheckConstraint(
                condition=Q(author__isnull=False) | Q(source__isnull=False),
                name="answer_has_author_or_source",
            ),
        ]
        indexes = [
            models.Index(fields=["question", "created_at"], name="answer_question_idx"),
            models.Index(fields=["author", "-created_at"], name="answer_author_idx"),
            models.Index(fields=["-agree_count", "-thank_count"], name="answer_top_idx"),
        ]

    def __str__(self) -> str:
        return self.brief

    def get_absolute_url(self) -> str:
        return f"{self.question.get_absolute_url()}#answer-{self.pk}"

    @property
    def is_imported(self) -> bool:
        return self.author_id is None


class Agreement(models.Model):
    """A verified doctor endorses another doctor's answer, once."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="agreements")
    doctor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="agreements"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["answer", "doctor"], name="one_agreement_per_doctor")
        ]

    def __str__(self) -> str:
        return f"{self.doctor_id} agrees with {self.answer_id}"


class Thanks(models.Model):
    """A signed-in user thanks an answer, once."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="thanks")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="thanks_given"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "thanks"
        constraints = [
            models.UniqueConstraint(fields=["answer", "user"], name="one_thanks_per_user")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} thanks {self.answer_id}"
