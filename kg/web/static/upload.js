// The upload form of /review: texts sent to POST /store/ingest (multipart, as `dkg ingest` sends
// them through a server) with the update token as a bearer token, not as a field of the body (the
// form's own action, /review/upload, takes it as a field where JavaScript does not run).
// The report of the ingest is shown after the page reloads with the new sources listed.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  if (!form) { return; }
  var tokenInput = document.getElementById("review-token");
  var message = document.getElementById("upload-message");
  var button = form.querySelector("button[type=submit]");
  var KEY = "dkg-review-token";  // (the review pages' key: one token typed once per tab)
  var REPORT = "dkg-upload-report";

  tokenInput.value = sessionStorage.getItem(KEY) || "";
  var kept = sessionStorage.getItem(REPORT);
  if (kept) {
    sessionStorage.removeItem(REPORT);
    message.textContent = kept;
    document.getElementById("upload").open = true;
  }

  function say(text, isError) {
    message.textContent = text;
    message.className = isError ? "error" : "";
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    sessionStorage.setItem(KEY, tokenInput.value);
    var body = new FormData(form);
    body.delete("token");
    ["date", "place"].forEach(function (name) { if (!body.get(name)) { body.delete(name); } });
    var label = button.textContent;
    button.disabled = true;
    button.textContent = button.dataset.sending;
    fetch(form.dataset.ingest, {method: "POST", body: body,
                        headers: {"Accept": "application/json", "Authorization": "Bearer " + tokenInput.value}})
      .then(function (resp) {
        // (a proxy in front of the server may answer a refusal of its own, a 413 for a large file or a 502,
        // in HTML: its status is then what the user is told, not a JSON parser's complaint)
        return resp.json().then(function (data) { return {ok: resp.ok, data: data}; }, function () {
          return {ok: false, data: {message: "HTTP " + resp.status + " " + resp.statusText,
                                    hint: form.dataset.notJson}};
        });
      }).then(function (res) {
        button.disabled = false;
        button.textContent = label;
        if (!res.ok) {
          say(res.data.message + (res.data.hint ? " (" + res.data.hint + ")" : ""), true);
          return;
        }
        sessionStorage.setItem(REPORT, form.dataset.lang === "en" ? res.data.text : res.data.text_vi);
        window.location.reload();
      }).catch(function (err) {
        button.disabled = false;
        button.textContent = label;
        say(String(err), true);
      });
  });
}());
