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
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("[data-react]")) return;
    event.preventDefault();
    var errorBox = form.parentNode.querySelector(".react-error");
    var expanded = !document.querySelector("[data-read-more]");
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "Accept": "application/json" },
      credentials: "same-origin",
    }).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) {
          if (errorBox) { errorBox.textContent = data.error.message; errorBox.hidden = false; }
          return null;
        }
        var url = window.location.pathname + (expanded ? "?all=1" : "");
        return fetch(url, { credentials: "same-origin" }).then(function (r) { return r.text(); });
      });
    }).then(function (html) {
      if (!html) return;
      var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-answers]");
      var current = document.querySelector("[data-answers]");
      if (fresh && current) current.replaceWith(fresh);
      var same = document.querySelector("#answer-" + form.action.split("/").slice(-2)[0] + " [data-react] button");
      if (same) same.focus();
    }).catch(function () { form.submit(); });
  });
})();
