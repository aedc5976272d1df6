from django.contrib import admin, messages

from weighin.moderation import services as moderation
from weighin.qa.models import Agreement, Answer, Question, Source, Thanks, Topic


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "key", "licence", "url"]
    search_fields = ["name", "key"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "specialty"]
    list_filter = ["specialty"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["title", "created_at", "answer_count", "weighed_in_count", "source"]
    list_filter = ["source", "topics", "created_at"]
    search_fields = ["title", "details"]
    # Status and counters change only through services (moderation actions, recount), so
    # the audit log and the counters stay right; deleting is hiding, not removing rows.
    readonly_fields = [
        "answer_count",
        "weighed_in_count",
        "last_answered_at",
        "slug",
        "status",
        "triage_level",
        "triage_category",
        "source",
        "external_id",
    ]
    actions = ["hide", "restore"]

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.action(description="Hide selected questions (moderation)")
    def hide(self, request, queryset) -> None:
        for question in queryset:
            moderation.hide_question(staff=request.user, question=question, note="admin")
        self.message_user(request, f"Hid {queryset.count()} question(s).", messages.SUCCESS)

    @admin.action(description="Publish or restore selected questions")
    def restore(self, request, queryset) -> None:
        for question in queryset:
            moderation.restore_question(staff=request.user, question=question, note="admin")
        self.message_user(request, "Restored.", messages.SUCCESS)

    autocomplete_fields = ["asker"]
    filter_horizontal = ["topics"]
    date_hierarchy = "created_at"


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    list_display = ["brief", "author", "question", "agree_count", "thank_count", "created_at"]
    list_filter = ["source", "created_at", "author__doctor_profile__specialty"]
    search_fields = ["brief", "body", "author__doctor_profile__full_name", "question__title"]
    readonly_fields = [
        "agree_count",
        "thank_count",
        "imported_thanks",
        "is_hidden",
        "question",
        "author",
        "parent",
        "source",
        "external_id",
    ]
    actions = ["hide", "restore"]

    def has_add_permission(self, request) -> bool:
        return False  # doctors answer on the site, through the service

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.action(description="Hide selected answers (moderation)")
    def hide(self, request, queryset) -> None:
        for answer in queryset:
            moderation.hide_answer(staff=request.user, answer=answer, note="admin")
        self.message_user(request, "Hidden.", messages.SUCCESS)

    @admin.action(description="Restore selected answers")
    def restore(self, request, queryset) -> None:
        for answer in queryset:
            moderation.restore_answer(staff=request.user, answer=answer, note="admin")
        self.message_user(request, "Restored.", messages.SUCCESS)

    list_select_related = ["author", "question"]


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows that counters count: written and removed only by the services."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Agreement)
class AgreementAdmin(ReadOnlyAdmin):
    list_display = ["answer", "doctor", "created_at"]
    list_filter = ["created_at"]
    search_fields = ["doctor__email", "answer__brief"]
    raw_id_fields = ["answer", "doctor"]
    list_select_related = ["answer", "doctor"]


@admin.register(Thanks)
class ThanksAdmin(ReadOnlyAdmin):
    list_display = ["answer", "user", "created_at"]
    list_filter = ["created_at"]
    search_fields = ["user__email", "answer__brief"]
    raw_id_fields = ["answer", "user"]
    list_select_related = ["answer", "user"]
