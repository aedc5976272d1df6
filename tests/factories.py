"""Test data. Answers, agreements and thanks are made through the services, so every
factory-built page has exact counters, as in production."""

import factory
from allauth.account.models import EmailAddress
from django.utils.text import slugify

from weighin.accounts.models import User
from weighin.doctors.models import DoctorProfile, Specialty
from weighin.qa import services
from weighin.qa.models import Answer, Question, Topic

PASSWORD = "a-long-test-password-1"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.test")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create:
            self.save()
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


class SpecialtyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Specialty
        django_get_or_create = ("slug",)

    slug = "cardiology"
    name = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").title())


class DoctorProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DoctorProfile

    user = factory.SubFactory(UserFactory)
    full_name = factory.Sequence(lambda n: f"Test Doctor{n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.full_name))
    credentials = "MD"
    specialty = factory.SubFactory(SpecialtyFactory)
    bio = "Fictional doctor for tests."
    verified = True


def DoctorFactory(verified: bool = True, **kwargs) -> User:
    """A user with a doctor profile; returns the user, as services take users."""
    return DoctorProfileFactory(verified=verified, **kwargs).user


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    asker = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"How long does a sprained ankle take to heal, case {n}?")
    details = "I twisted it playing football."


def make_answer(question: Question | None = None, doctor: User | None = None, **kwargs) -> Answer:
    return services.post_answer(
        doctor=doctor or DoctorFactory(),
        question=question or QuestionFactory(),
        brief=kwargs.get("brief", "Rest, ice and time heal most sprains."),
        body=kwargs.get(
            "body",
            "Most ankle sprains heal in two to six weeks.\n\n"
            "See a doctor if you cannot bear weight.",
        ),
    )
