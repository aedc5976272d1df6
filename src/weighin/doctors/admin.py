from django.contrib import admin, messages

from weighin.doctors.models import DoctorProfile, Specialty
from weighin.doctors.services import set_verified


@admin.register(Specialty)
class SpecialtyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(DoctorProfile)
class DoctorProfileAdmin(admin.ModelAdmin):
    list_display = ["full_name", "credentials", "specialty", "verified", "npi", "created_at"]
    list_filter = ["verified", "specialty"]
    search_fields = ["full_name", "user__email", "npi"]
    list_select_related = ["specialty", "user"]
    autocomplete_fields = ["user", "specialty"]
    readonly_fields = ["answer_count", "agrees_received", "thanks_received", "verified_at"]
    prepopulated_fields = {"slug": ["full_name"]}
    actions = ["verify", "unverify"]

    @admin.action(description="Verify selected doctors")
    def verify(self, request, queryset) -> None:
        n = set_verified(staff=request.user, profiles=queryset, verified=True)
        self.message_user(request, f"Verified {n} doctor(s).", messages.SUCCESS)

    @admin.action(description="Withdraw verification")
    def unverify(self, request, queryset) -> None:
        n = set_verified(staff=request.user, profiles=queryset, verified=False)
        self.message_user(request, f"Withdrew verification of {n} doctor(s).", messages.WARNING)
