from django.contrib import admin

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
    readonly_fields = ["answer_count", "weighed_in_count", "last_answered_at", "slug"]
    autocomplete_fields = ["asker"]
    filter_horizontal = ["topics"]
    date_hierarchy = "created_at"


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    list_display = ["brief", "author", "question", "agree_count", "thank_count", "created_at"]
    list_filter = ["source", "created_at", "author__doctor_profile__specialty"]
    search_fields = ["brief", "body", "author__doctor_profile__full_name", "question__title"]
    readonly_fields = ["agree_count", "thank_count"]
    raw_id_fields = ["question", "author", "parent"]
    list_select_related = ["author", "question"]


@admin.register(Agreement)
class AgreementAdmin(admin.ModelAdmin):
    list_display = ["answer", "doctor", "created_at"]
    list_filter = ["created_at"]
    search_fields = ["doctor__email", "answer__brief"]
    raw_id_fields = ["answer", "doctor"]
    list_select_related = ["answer", "doctor"]


@admin.register(Thanks)
class ThanksAdmin(admin.ModelAdmin):
    list_display = ["answer", "user", "created_at"]
    list_filter = ["created_at"]
    search_fields = ["user__email", "answer__brief"]
    raw_id_fields = ["answer", "user"]
    list_select_related = ["answer", "user"]
