from django.contrib import admin
from django.urls import include, path

from weighin.accounts import views as account_views
from weighin.api.v1 import api
from weighin.datasets import views as dataset_views
from weighin.doctors import views as doctor_views
from weighin.qa import views as qa_views
from weighin.safety import views as safety_views
from weighin.search import views as search_views

urlpatterns = [
    path("", qa_views.home, name="home"),
    path("ask/", qa_views.ask, name="ask"),
    path("questions/unanswered/", qa_views.unanswered, name="unanswered"),
    path("questions/mine/", qa_views.my_questions, name="my_questions"),
    path("questions/<int:question_id>/", qa_views.question_redirect, name="question_short"),
    path(
        "questions/<int:question_id>/<str:slug>/",
        qa_views.question_detail,
        name="question",
    ),
    path("questions/<int:question_id>/edit", qa_views.edit_question, name="edit_question"),
    path("questions/<int:question_id>/answer", qa_views.post_answer, name="post_answer"),
    path("answers/<int:answer_id>/edit", qa_views.edit_answer, name="edit_answer"),
    path("answers/<int:answer_id>/<str:action>", qa_views.react, name="react"),
    path("search/", search_views.search_page, name="search"),
    path("search/similar/", search_views.similar_fragment, name="similar_questions"),
    path("topics/", qa_views.topics, name="topics"),
    path("topics/<slug:slug>/", qa_views.topic, name="topic"),
    path("doctors/", doctor_views.directory, name="doctors"),
    path("doctors/<slug:slug>/", doctor_views.doctor, name="doctor"),
    path("specialties/<slug:slug>/", doctor_views.specialty, name="specialty"),
    path("settings/api-tokens/", account_views.api_tokens, name="api_tokens"),
    path(
        "settings/api-tokens/<int:token_id>/revoke",
        account_views.revoke_api_token,
        name="revoke_api_token",
    ),
    path("", include("weighin.moderation.urls")),
    path("safety/check", safety_views.check, name="safety_check"),
    path("settings/privacy/", account_views.privacy, name="privacy"),
    path("settings/privacy/download", account_views.download_my_data, name="download_my_data"),
    path("settings/privacy/delete", account_views.delete_my_account, name="delete_my_account"),
    path("accounts/login/", account_views.login),
    path("accounts/signup/", account_views.signup),
    path("accounts/", include("allauth.urls")),
    path("admin/export/", dataset_views.admin_export, name="admin_export"),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
]
