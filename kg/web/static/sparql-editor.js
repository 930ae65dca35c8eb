// The /sparql query form, enhanced: a CodeMirror editor with SPARQL highlighting, the app's
// prefixes one click away, the named queries as examples, and SELECT/ASK/CONSTRUCT results shown
// under the form. Without this script the form still works: it submits to /sparql and the
// server answers with its HTML results page.
//
// Every request goes to the app itself (the form's own action and /queries.json); every text that
// comes back is put into the page with textContent, never as HTML.
(function () {
  "use strict";

  var textarea = document.getElementById("query");
  if (!textarea || typeof CodeMirror === "undefined") {
    return;
  }
  var form = textarea.form;
  var editor = CodeMirror.fromTextArea(textarea, {
    mode: "application/sparql-query",
    lineNumbers: true,
    matchBrackets: true,
    indentUnit: 2,
    viewportMargin: Infinity,
    extraKeys: {
      "Ctrl-Enter": function () { submit(); },
      "Cmd-Enter": function () { submit(); }
    }
  });

  function submit() {
    if (typeof form.requestSubmit === "function") {
      form.requestSubmit();
    } else {
      form.submit();
    }
  }

  // --- prefixes: a click adds the PREFIX line at the top, once ---------------------------
  function declared(name) {
    var pattern = new RegExp("^\\s*PREFIX\\s+" + name + ":", "im");
    return pattern.test(editor.getValue());
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-prefix]"), function (button) {
    button.disabled = false;
    button.addEventListener("click", function () {
      var name = button.getAttribute("data-prefix");
      var iri = button.getAttribute("data-iri");
      if (!declared(name)) {
        editor.replaceRange("PREFIX " + name + ": <" + iri + ">\n", { line: 0, ch: 0 });
      }
      editor.focus();
    });
  });

  // --- the named queries as examples --------------------------------------------------------
  var examples = document.getElementById("sparql-example");
  var catalog = null;

  function loadCatalog(url) {
    if (catalog) {
      return Promise.resolve(catalog);
    }
    return fetch(url, { headers: { Accept: "application/json" } })
      .then(function (r) {
        if (!r.ok) { throw new Error(r.status + " " + r.statusText); }
        return r.json();
      })
      .then(function (entries) {
        catalog = {};
        entries.forEach(function (e) { catalog[e.name] = e.sparql; });
        return catalog;
      });
  }

  if (examples) {
    var exampleForm = examples.form;
    exampleForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var name = examples.value;
      if (!name) { return; }
      loadCatalog(examples.getAttribute("data-catalog")).then(function (texts) {
        if (Object.prototype.hasOwnProperty.call(texts, name)) {
          editor.setValue(texts[name]);
          editor.focus();
        }
      }).catch(function (err) { showError(String(err)); });
    });
    examples.addEventListener("change", function () {
      exampleForm.dispatchEvent(new Event("submit", { cancelable: true }));
    });
  }

  // --- results under the form ----------------------------------------------------------------
  var results = document.getElementById("sparql-results");
  var format = form.querySelector("select[name=format]");

  function clear() {
    while (results.firstChild) { results.removeChild(results.firstChild); }
  }

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  function showError(message, hint) {
    clear();
    var box = element("div", null, "error");
    box.setAttribute("role", "alert");
    box.appendChild(element("p", message));
    if (hint) { box.appendChild(element("p", hint, "hint")); }
    results.appendChild(box);
  }

  function safeHref(value) {
    try {
      var url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function cell(term, words) {
    var td = document.createElement("td");
    if (!term) { return td; }
    var href = term.type === "uri" ? safeHref(term.value) : null;
    if (href) {
      var a = element("a", term.value);
      a.href = href;
      a.rel = "nofollow noopener";
      td.appendChild(a);
    } else {
      var lang = term["xml:lang"];
      if (!lang) {
        td.appendChild(document.createTextNode(term.value));
        return td;
      }
      // the text in its language, then the tag apart and quiet (as the page without script shows it)
      var text = element("span", term.value);
      text.lang = lang;
      td.appendChild(text);
      td.appendChild(document.createTextNode(" "));
      var tag = element("span", lang, "lang");
      tag.title = words.langTag;
      td.appendChild(tag);
    }
    return td;
  }

  function showTable(data, truncated) {
    clear();
    var words = results.dataset;
    if (typeof data.boolean === "boolean") {
      results.appendChild(element("p", data.boolean ? words.yes : words.no, "answer"));
      return;
    }
    var vars = data.head.vars;
    var rows = data.results.bindings;
    results.appendChild(element("p", rows.length + " " + words.rows));
    if (truncated) { results.appendChild(element("p", words.truncated, "note")); }
    var table = element("table", null, "results");
    var head = table.createTHead().insertRow();
    vars.forEach(function (v) {
      var th = element("th", v);
      th.scope = "col";
      head.appendChild(th);
    });
    var body = table.createTBody();
    rows.forEach(function (binding) {
      var tr = body.insertRow();
      vars.forEach(function (v) { tr.appendChild(cell(binding[v], words)); });
    });
    results.appendChild(table);
  }

  function showGraph(text, truncated) {
    clear();
    if (truncated) { results.appendChild(element("p", results.dataset.truncated, "note")); }
    results.appendChild(element("pre", text, "graph"));
  }

  if (results && format) {
    form.addEventListener("submit", function (event) {
      editor.save();
      if (format.value !== "html") {
        return; // a download in the chosen format: the browser handles it
      }
      event.preventDefault();
      results.setAttribute("aria-busy", "true");
      fetch(form.action, {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Accept: "application/sparql-results+json, text/turtle;q=0.9"
        },
        body: new URLSearchParams({ query: editor.getValue() })
      }).then(function (r) {
        var truncated = r.headers.get("X-DKG-Truncated") === "true";
        var type = r.headers.get("Content-Type") || "";
        if (!r.ok) {
          return r.json().then(function (e) { showError(e.message || r.statusText, e.hint); },
                               function () { showError(r.status + " " + r.statusText); });
        }
        if (type.indexOf("json") >= 0) {
          return r.json().then(function (data) { showTable(data, truncated); });
        }
        return r.text().then(function (text) { showGraph(text, truncated); });
      }).catch(function (err) {
        showError(String(err));
      }).then(function () {
        results.removeAttribute("aria-busy");
      });
    });
  }
})();
