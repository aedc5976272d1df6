// weighin: progressive enhancement only. Every action here also works as a plain form or link.
(function () {
  "use strict";

  // "Read more answers from doctors": reveal the rest in place instead of loading ?all=1.
  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-read-more]");
    if (!link) return;
    var more = document.getElementById(link.getAttribute("data-read-more"));
    if (!more) return;
    event.preventDefault();
    more.hidden = false;
    link.parentNode.remove();
    var first = more.querySelector("[data-answer]");
    if (first) { first.setAttribute("tabindex", "-1"); first.focus(); }
  });

  // Agree / thank without a reload: post the form, then redraw the answers from the server's
  // own rendering of the page, so counts, buttons and ranking come from one template.
  function showError(form, message) {
    var box = form.parentNode.querySelector(".react-error");
    if (box) { box.textContent = message; box.hidden = false; }
  }

  function redrawAnswers(answerId, kind) {
    var expanded = !document.querySelector("[data-read-more]");
    var url = window.location.pathname + (expanded ? "?all=1" : "");
    return fetch(url, { credentials: "same-origin" })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.querySelector("[data-answers]");
        var current = document.querySelector("[data-answers]");
        if (!fresh || !current) { window.location.reload(); return; }
        current.replaceWith(fresh);
        // Keep keyboard focus on the button that was pressed (now in its new state).
        var pressed = document.querySelector(
          "#answer-" + answerId + ' [data-react="' + kind + '"] button');
        if (pressed) pressed.focus();
      });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("[data-react]")) return;
    event.preventDefault();
    var answerId = form.closest("[data-answer]").getAttribute("data-answer");
    var kind = form.getAttribute("data-react");
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "Accept": "application/json" },
      credentials: "same-origin",
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (data) {
        if (!data) { form.submit(); return; }  // not our JSON (e.g. a CSRF page): plain post
        if (!response.ok) { showError(form, data.error.message); return; }
        return redrawAnswers(answerId, kind).catch(function () { window.location.reload(); });
      });
    }, function () {
      form.submit();  // the post never reached the server: fall back to the plain form
    });
  });
})();

// Similar questions while a patient types on the ask form: from the third word on, a request
// 300 ms after the last keystroke (aborting the one before) for the server's own rendering of
// the list, shown under the title. Without JavaScript the form shows them on a confirmation
// step instead; on any error the box just stays hidden.
(function () {
  "use strict";
  var box = document.querySelector("[data-similar]");
  if (!box || !window.fetch || !window.AbortController) return;
  var form = box.closest("form");
  var title = form.querySelector("[name=title]");
  var details = form.querySelector("[name=details]");
  if (!title) return;
  var field = title.closest(".field");
  if (field) field.after(box);
  var timer = null;
  var controller = null;
  var text = function () { return (title.value + "\n" + (details ? details.value : "")).trim().slice(0, 2000); };
  var last = text();

  function clear() { box.hidden = true; box.innerHTML = ""; }

  function update() {
    var current = text();
    if (current === last) return;
    last = current;
    if (controller) controller.abort();
    if (current.split(/\s+/).filter(Boolean).length < 3) { clear(); return; }
    controller = new AbortController();
    // POST, so what the patient is typing about their health stays out of URLs and logs.
    var body = new FormData();
    body.append("q", current);
    body.append("csrfmiddlewaretoken", form.elements.csrfmiddlewaretoken.value);
    fetch(box.getAttribute("data-similar"), {
      method: "POST",
      body: body,
      signal: controller.signal,
      headers: { "Accept": "text/html" },
      credentials: "same-origin",
    }).then(function (response) {
      return response.ok ? response.text() : "";
    }).then(function (html) {
      box.innerHTML = html;
      box.hidden = !html.trim();
    }).catch(function (error) {
      if (error.name !== "AbortError") clear();
    });
  }

  function schedule() { clearTimeout(timer); timer = setTimeout(update, 300); }
  title.addEventListener("input", schedule);
  if (details) details.addEventListener("input", schedule);
})();

// Safety screening while writing (ask and answer forms): the emergency banner and the
// personal-information warning come from the server's own templates; "Remove these
// details" swaps each field for its masked text. Without JavaScript the form shows the
// same warnings as steps after submitting.
(function () {
  "use strict";
  var FIELDS = ["title", "details", "brief", "body"];

  function setup(form) {
    var url = form.getAttribute("data-screen");
    var banner = document.querySelector("[data-live-banner]");
    var phiBox = form.querySelector("[data-live-phi]");
    var timer = null;
    var controller = null;

    function fields() {
      return FIELDS.map(function (n) { return form.elements[n]; }).filter(Boolean);
    }

    // What the fields held when a check was sent: an answer about other text is stale.
    function snapshot() {
      return fields().map(function (el) { return el.value; }).join("\u0000");
    }

    function render(data, sent) {
      if (banner) banner.innerHTML = data.banner_html;
      if (!phiBox) return;
      phiBox.innerHTML = data.personal_info_html;
      if (!data.personal_info.length) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "react";
      button.textContent = "Remove these details";
      button.addEventListener("click", function () {
        // typed since this answer came: masking with it would lose the new text, so ask again
        if (snapshot() !== sent) {
          phiBox.innerHTML = "";
          check();
          return;
        }
        data.personal_info.forEach(function (f) {
          if (form.elements[f.field]) form.elements[f.field].value = f.masked;
        });
        phiBox.innerHTML = "";
        var done = document.createElement("p");
        done.className = "muted";
        done.setAttribute("role", "status");
        done.textContent = "Removed. Check your text, then post.";
        phiBox.appendChild(done);
      });
      phiBox.querySelector("[data-phi-warning]").appendChild(button);
    }

    function check() {
      var body = new FormData();
      body.append("csrfmiddlewaretoken", form.elements.csrfmiddlewaretoken.value);
      fields().forEach(function (el) { body.append(el.name, el.value); });
      var sent = snapshot();
      if (controller) controller.abort();
      controller = new AbortController();
      fetch(url, { method: "POST", body: body, credentials: "same-origin", signal: controller.signal })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) { if (data && snapshot() === sent) render(data, sent); })
        .catch(function () { /* the form's own steps still warn on submit */ });
    }

    fields().forEach(function (el) {
      el.addEventListener("input", function () {
        clearTimeout(timer);
        if (controller) controller.abort();  // its answer would be about older text
        timer = setTimeout(check, 400);
      });
    });
  }

  document.querySelectorAll("form[data-screen]").forEach(setup);
})();
