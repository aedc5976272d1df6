from django.contrib import admin

from weighin.moderation.models import AuditEntry, Flag


@admin.register(Flag)
class FlagAdmin(admin.ModelAdmin):
    list_display = ["reason", "status", "question", "answer", "reporter", "created_at"]
    list_filter = ["status", "reason", "created_at"]
    search_fields = ["note", "reporter__email", "question__title", "answer__brief"]
    raw_id_fields = ["question", "answer", "reporter", "resolved_by"]
    list_select_related = ["question", "answer", "reporter"]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor", "action", "target_type", "target_id", "note"]
    list_filter = ["action", "target_type", "created_at"]
    search_fields = ["actor__email", "target_id", "note"]
    list_select_related = ["actor"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
