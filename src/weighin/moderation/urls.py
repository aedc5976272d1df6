from django.urls import path

from weighin.moderation import views

urlpatterns = [
    path("report/<str:kind>/<int:pk>/", views.report, name="report"),
    path("me/reports/", views.my_reports, name="my_reports"),
    path("moderation/", views.queue, name="moderation_queue"),
    path("moderation/audit/", views.audit, name="moderation_audit"),
    path("moderation/history/<str:kind>/<int:pk>/", views.history, name="moderation_history"),
    path("moderation/flags/<int:pk>/dismiss", views.dismiss, name="moderation_dismiss"),
    path("moderation/users/<int:pk>/ban", views.ban, name="moderation_ban"),
    path("moderation/<str:kind>/<int:pk>/<str:action>", views.act, name="moderation_act"),
]
