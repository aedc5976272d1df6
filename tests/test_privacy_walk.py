"""Askers are never identifiable: walk every page a visitor can reach, and every API read
route, as an anonymous visitor and as another signed-in user, looking for the asker."""

import re
from collections import deque
from urllib.parse import urljoin, urlparse

import pytest

from tests.factories import DoctorFactory, TopicFactory, UserFactory, make_answer
from weighin.qa.services import agree, ask_question, thank

NEEDLES = ("Zebulon", "Quixote", "zebulon.quixote", "zq-private")
HREF = re.compile(r'href="([^"#]+)')
SKIP = ("/admin/", "/static/", "/accounts/logout", "/settings/privacy/download", "/api/v1/docs")


@pytest.fixture
def site(db):
    asker = UserFactory(
        email="zebulon.quixote@zq-private.test", first_name="Zebulon", last_name="Quixote"
    )
    topic = TopicFactory(name="Sleep")
    question = ask_question(
        asker=asker, title="Why do I wake up every night at 3 a.m.?", topics=[topic.slug]
    )
    first = make_answer(question, DoctorFactory(full_name="Lena Bauer"))
    second = make_answer(question, DoctorFactory(full_name="Omar Haddad"))
    agree(doctor=second.author, answer=first)
    thank(user=asker, answer=first)
    return question, first


def crawl(client, start: list[str], limit: int = 400) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque(start)
    while queue and len(seen) < limit:
        url = queue.popleft()
        if url in seen or url.startswith(SKIP):
            continue
        response = client.get(url, follow=True)
        body = response.content.decode(errors="replace")
        seen[url] = body
        if "html" in response.get("Content-Type", ""):
            for href in HREF.findall(body):
                target = urljoin(url, href.replace("&amp;", "&"))
                parsed = urlparse(target)
                if parsed.netloc in ("", "testserver") and parsed.path.startswith("/"):
                    queue.append(parsed.path + (f"?{parsed.query}" if parsed.query else ""))
    return seen


def api_reads(client, question, answer) -> dict[str, str]:
    spec = client.get("/api/v1/openapi.json").json()
    ids = {
        "question_id": question.pk,
        "answer_id": answer.pk,
        "doctor_id": answer.author.doctor_profile.pk,
    }
    out = {}
    for path, methods in spec["paths"].items():
        if "get" not in methods:
            continue
        url = path
        for name, value in ids.items():
            url = url.replace("{" + name + "}", str(value))
        if "{" in url:
            continue
        for query in ("", "?q=sleep", "?answered=true"):
            out[url + query] = client.get(url + query).content.decode(errors="replace")
    return out


@pytest.mark.parametrize("viewer", ["anonymous", "another user"])
def test_the_asker_appears_nowhere(site, client, viewer):
    question, answer = site
    if viewer == "another user":
        client.force_login(UserFactory())
    pages = crawl(client, ["/", question.get_absolute_url(), "/topics/", "/doctors/"])
    assert question.get_absolute_url() in pages
    assert len(pages) > 10
    pages.update(api_reads(client, question, answer))
    assert any(u.startswith(f"/api/v1/questions/{question.pk}") for u in pages)
    leaks = [(url, n) for url, body in pages.items() for n in NEEDLES if n.lower() in body.lower()]
    assert leaks == []
