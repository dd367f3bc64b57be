// The query editor: runs the query on /sparql with fetch and shows the answer as a table.
// Without this script the same form submits to /sparql directly.
(function () {
  "use strict";
  var form = document.getElementById("query-form");
  if (!form || !window.fetch || !window.URLSearchParams) { return; }
  var endpoint = form.dataset.endpoint, base = form.dataset.base, root = form.dataset.root;
  var status = document.getElementById("status"), results = document.getElementById("results");
  var button = document.getElementById("run");
  document.querySelectorAll(".nojs").forEach(function (e) { e.hidden = true; });
  document.querySelectorAll(".js-only").forEach(function (e) { e.hidden = false; });

  function element(name, text, className) {
    var e = document.createElement(name);
    if (text !== undefined) { e.textContent = text; }
    if (className) { e.className = className; }
    return e;
  }

  // Our things link to their pages on this server; anything else to itself.
  function local(iri) {
    if (iri.indexOf(base + "/id/") === 0) { return root + "/doc/" + iri.slice(base.length + 4) + ".html"; }
    if (iri.indexOf(base + "/") === 0) { return root + iri.slice(base.length); }
    return iri;
  }

  function cell(term) {
    var td = element("td");
    if (!term) { return td; }
    if (term.type === "uri" && /^https?:/i.test(term.value)) {
      var a = element("a", term.value);
      a.href = local(term.value);
      td.appendChild(a);
    } else if (term.type === "uri") {
      td.appendChild(element("code", term.value));  // other schemes (javascript: …) are never links
    } else if (term.type === "bnode") {
      td.appendChild(element("code", "_:" + term.value));
    } else {
      td.appendChild(document.createTextNode(term.value));
      var lang = term["xml:lang"], type = term.datatype;
      if (type && /#(date|dateTime|gYearMonth)$/.test(type)) { td.className = "nowrap"; }
      if (lang) { td.appendChild(element("span", "@" + lang, "lit-meta")); }
      else if (type && type !== "http://www.w3.org/2001/XMLSchema#string") {
        td.appendChild(element("span", type.replace("http://www.w3.org/2001/XMLSchema#", "xsd:"), "lit-meta"));
      }
    }
    return td;
  }

  function table(data) {
    var vars = data.head.vars, rows = data.results.bindings;
    var t = element("table"), head = element("thead"), tr = element("tr"), body = element("tbody");
    vars.forEach(function (v) { var th = element("th", v); th.scope = "col"; tr.appendChild(th); });
    head.appendChild(tr);
    t.appendChild(head);
    rows.forEach(function (row) {
      var r = element("tr");
      vars.forEach(function (v) { r.appendChild(cell(row[v])); });
      body.appendChild(r);
    });
    t.appendChild(body);
    return t;
  }

  function explain(code) {
    if (code === 400) { return "The query has an error:"; }
    if (code === 503) { return "The query took too long and was stopped (or the endpoint is busy). Try a narrower query or a LIMIT."; }
    if (code === 413) { return "The query is too long."; }
    if (code === 406) { return "The endpoint cannot give this kind of result in the format asked for."; }
    return "The endpoint answered with an error (HTTP " + code + "):";
  }

  function fail(message) {
    status.className = "error";
    status.setAttribute("role", "alert");
    status.textContent = message;
  }

  function run(event) {
    event.preventDefault();
    var started = Date.now();
    status.className = "";
    status.removeAttribute("role");
    status.textContent = "Running…";
    results.replaceChildren();
    button.disabled = true;
    fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded",
                 "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: new URLSearchParams({ query: form.elements.query.value })
    }).then(function (response) {
      return response.text().then(function (text) {
        button.disabled = false;
        if (!response.ok) { fail(explain(response.status) + "\n" + text.trim()); return; }
        var seconds = ((Date.now() - started) / 1000).toFixed(2);
        var type = response.headers.get("Content-Type") || "";
        var truncated = response.headers.get("X-SPARQL-Truncated");
        if (type.indexOf("json") !== -1) {
          var data = JSON.parse(text);
          if (typeof data.boolean === "boolean") {
            status.textContent = "Answer in " + seconds + " s.";
            results.appendChild(element("p", data.boolean ? "true" : "false", "answer"));
          } else {
            var n = data.results.bindings.length;
            status.textContent = n + " row" + (n === 1 ? "" : "s") + " in " + seconds + " s." +
              (truncated ? " The result was cut at the row limit." : "");
            results.appendChild(table(data));
          }
        } else {
          status.textContent = "Graph in " + seconds + " s.";
          results.appendChild(element("pre", text));
        }
      });
    }).catch(function (err) {
      button.disabled = false;
      fail("The endpoint could not be reached: " + err.message);
    });
  }

  form.addEventListener("submit", run);
  form.elements.query.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { run(event); }
  });
}());
