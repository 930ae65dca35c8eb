// The review page (/review/{source}): selection between highlights and facts, keyboard shortcuts
// (j/k move, a accept, r reject, c correct) and decisions posted as JSON with the update token.
// Each fact's forms also work without this script (posted to their action with the token as a field);
// here their submission is taken over and sent as JSON with the token typed once above.
// Loaded as a file, never inline, so that a Content-Security-Policy can forbid inline scripts.
(function () {
  "use strict";
  var root = document.getElementById("review");
  if (!root) { return; }
  var facts = Array.prototype.slice.call(document.querySelectorAll("li.fact"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark[data-facts]"));
  var writable = root.dataset.write === "yes";
  var tokenInput = document.getElementById("review-token");
  var message = document.getElementById("review-message");
  var current = -1;
  var KEY = "dkg-review-token";
  var SELECTED = "dkg-review-selected";

  if (tokenInput) {
    document.getElementById("review-token-label").hidden = false;
    document.getElementById("review-shortcuts").hidden = false;
    tokenInput.value = sessionStorage.getItem(KEY) || "";
    tokenInput.addEventListener("change", function () { sessionStorage.setItem(KEY, tokenInput.value); });
  }

  function say(text, isError) {
    message.textContent = text;
    message.className = isError ? "error" : "";
  }

  function idsOf(mark) { return (mark.dataset.facts || "").split(" ").filter(Boolean); }

  function select(i, scroll) {
    if (i < 0 || i >= facts.length) { return; }
    if (current >= 0) { facts[current].classList.remove("selected"); }
    current = i;
    var li = facts[i];
    li.classList.add("selected");
    var id = li.dataset.id;
    var first = null;
    marks.forEach(function (m) {
      var on = idsOf(m).indexOf(id) >= 0;
      m.classList.toggle("selected", on);
      if (on && !first) { first = m; }
    });
    if (scroll) {
      li.scrollIntoView({block: "nearest"});
      if (first) { first.scrollIntoView({block: "nearest"}); }
    }
  }

  function indexOf(id) {
    for (var i = 0; i < facts.length; i++) { if (facts[i].dataset.id === id) { return i; } }
    return -1;
  }

  function send(ids, decision, changes, reason) {
    // (the decision in force each fact showed: another reviewer's taken since is refused, not undone unseen)
    var seen = {};
    ids.forEach(function (id) { var i = indexOf(id); if (i >= 0) { seen[id] = facts[i].dataset.seen || ""; } });
    post(root.dataset.decide, {ids: ids, decision: decision, set: changes || {}, reason: reason || null, seen: seen}, ids[0]);
  }

  function post(url, body, selectedId) {
    if (!writable) { return; }
    var token = tokenInput ? tokenInput.value : "";
    if (tokenInput) { sessionStorage.setItem(KEY, token); }
    fetch(url, {
      method: "POST",
      headers: {"Content-Type": "application/json", "Accept": "application/json",
                "Authorization": "Bearer " + token},
      body: JSON.stringify(body)
    }).then(function (resp) {
      return resp.json().then(function (data) { return {ok: resp.ok, data: data}; });
    }).then(function (res) {
      if (!res.ok) {
        say(res.data.message + (res.data.hint ? " (" + res.data.hint + ")" : ""), true);
        return;
      }
      sessionStorage.setItem(SELECTED, selectedId);
      window.location.reload();
    }).catch(function (err) { say(String(err), true); });
  }

  function openForm(li) {
    // (the assessment form's submit handler is attached once, below: attaching it here too sent
    // one more request for every time the correction form had been opened)
    var box = li.querySelector("details.correct");
    if (!box) { return; }
    box.open = true;
    var input = box.querySelector("form.correction input:not([type=hidden])");
    if (input) { input.focus(); }
  }

  facts.forEach(function (li, i) {
    li.addEventListener("click", function () { select(i, false); });
    var assessForm = li.querySelector("form.assess");
    if (assessForm) {
      assessForm.addEventListener("submit", function (ev) {
        ev.preventDefault();
        post(root.dataset.assess, {id: li.dataset.id, status: assessForm.elements.status.value,
                                   note: assessForm.elements.note.value || null,
                                   seen: assessForm.elements.seen ? assessForm.elements.seen.value : null}, li.dataset.id);
      });
    }
    var decideForm = li.querySelector("form.decide");
    if (decideForm) {
      decideForm.addEventListener("submit", function (ev) {
        ev.preventDefault();
        // (Enter in the reason field submits with the form's first button, the rejection, as without a script)
        var decision = (ev.submitter || decideForm.querySelector("button[type=submit]")).value;
        send([li.dataset.id], decision, null, decideForm.elements.reason.value || null);
      });
    }
    var form = li.querySelector("form.correction");
    if (!form) { return; }
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var changes = {};
      var reason = null;
      Array.prototype.forEach.call(form.querySelectorAll("input:not([type=hidden])"), function (input) {
        if (input.name === "reason") { reason = input.value || null; return; }
        if (input.value !== input.defaultValue) { changes[input.name] = input.value; }
      });
      if (Object.keys(changes).length === 0) { say(form.dataset.nothing || "—", true); return; }
      send([li.dataset.id], "corrected", changes, reason);
    });
    form.querySelector("[data-act=cancel]").addEventListener("click", function () {
      li.querySelector("details.correct").open = false;
    });
  });

  marks.forEach(function (m) {
    m.addEventListener("click", function () {
      var ids = idsOf(m);
      var selectedId = current >= 0 ? facts[current].dataset.id : null;
      var next = ids[(ids.indexOf(selectedId) + 1) % ids.length];  // cycle through nested facts
      select(indexOf(next), true);
    });
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var tag = ev.target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") { return; }
    if (ev.key === "j") { select(Math.min(current + 1, facts.length - 1), true); }
    else if (ev.key === "k") { select(Math.max(current - 1, 0), true); }
    else if (current >= 0 && ev.key === "a") { send([facts[current].dataset.id], "accepted"); }
    else if (current >= 0 && ev.key === "r") { send([facts[current].dataset.id], "rejected"); }
    else if (current >= 0 && ev.key === "c") { ev.preventDefault(); openForm(facts[current]); }
    else { return; }
  });

  // the fact selected before a decision reloaded the page, else the one the address names
  // (a card's review mark links to /review/{source}#fact-{id}), scrolled to; else the first, with the
  // page left at its top (scrolling to it took a phone, where the facts are below the text, to the
  // middle of the page, past the title and the token field)
  var remembered = sessionStorage.getItem(SELECTED);
  sessionStorage.removeItem(SELECTED);
  var named = location.hash.indexOf("#fact-") === 0 ? decodeURIComponent(location.hash.slice(6)) : null;
  var wanted = [remembered, named].filter(function (id) { return id && indexOf(id) >= 0; })[0];
  select(wanted ? indexOf(wanted) : 0, Boolean(wanted));
})();
