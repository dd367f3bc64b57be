// The query editor: YASGUI (static/yasgui/, README there) set up for this site alone. Its endpoint is our
// /sparql and no other; its prefixes are the dataset's (never prefix.cc), with no completion from Linked Open
// Vocabularies; nothing is kept in localStorage: the page's address, /query?query=…, is the query, so it can be
// shared. Results show labels or prefixed names and link to our pages; refusals are the endpoint's one line.
// Without scripts (or without YASGUI) the form submits to /sparql directly.
(function () {
  "use strict";
  var Yasgui = window.Yasgui, Yasqe = window.Yasqe, Yasr = window.Yasr;
  var form = document.getElementById("query-form"), host = document.getElementById("editor");
  if (!form || !host || !Yasgui || !Yasqe || !Yasr || !window.fetch || !window.URLSearchParams) { return; }
  var settings = JSON.parse(document.getElementById("editor-settings").textContent);
  var root = settings.root, ids = settings.ids, prefixes = settings.prefixes;
  var endpoint = new URL(settings.endpoint, window.location.href).toString();
  var status = document.getElementById("status"), share = document.getElementById("share");
  var downloads = document.getElementById("downloads"), outcome = document.getElementById("query-outcome");
  var labels = {};  // IRI → label, looked up on our endpoint for the IRIs in results

  form.hidden = true;
  document.querySelectorAll(".js-only").forEach(function (e) { e.hidden = false; });

  // -- only what this server offers --------------------------------------------------------------------------
  var ours = Object.keys(prefixes).map(function (p) { return p + ": <" + prefixes[p] + ">"; }).sort();
  Yasqe.registerAutocompleter(Object.assign({}, Yasqe.Autocompleters.prefixes, {
    get: function () { return Promise.resolve(ours); }
  }));
  // "property" and "class" would ask lov.linkeddata.es: they complete the terms our data uses instead
  ["property", "class"].forEach(function (name) {
    Yasqe.registerAutocompleter(Object.assign({}, Yasqe.Autocompleters[name], {
      bulk: true, get: name === "class" ? settings.classes : settings.properties
    }));
  });
  // (Yasgui.defaults.yasqe is this same object)
  Yasqe.defaults.autocompleters.splice(0, Yasqe.defaults.autocompleters.length,
                                       "variables", "prefixes", "property", "class");
  Yasr.defaults.errorRenderers = [refusal];
  Yasr.plugins.table.prototype.getUriLinkFromBinding = link;
  // An update goes out as query=… too, so the endpoint answers with the one line that names it ("read-only:
  // SPARQL Update (DELETE) is not accepted"), not the protocol's general refusal of update=…
  Yasqe.prototype.getQueryMode = function () { return "query"; };

  var yasgui = new Yasgui(host, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    persistenceId: null, populateFromUrl: false, autofocus: false, tabName: "Query",
    yasqe: { value: settings.query, editorHeight: "15rem" },
    yasr: { prefixes: prefixes }
  });

  // -- the address is the query ------------------------------------------------------------------------------
  function address(query) { return root + "/query?" + new URLSearchParams({ query: query }).toString(); }

  function remember(tab) {
    var url = address(tab.getQuery());
    share.href = url;
    window.history.replaceState(null, "", url);
  }

  var watched = new WeakSet();
  function watch(tab) {
    var yasqe = tab && tab.getYasqe();  // a tab's editor exists once the tab is shown
    if (!yasqe || watched.has(tab)) { return; }
    watched.add(tab);
    Object.getPrototypeOf(tab).getShareableLink = function () {  // YASGUI's share button: our address too
      return new URL(address(this.getQuery()), window.location.href).toString();
    };
    yasqe.on("change", function () { if (yasgui.getTab() === tab) { remember(tab); } });
  }
  yasgui.on("tabSelect", function (y, id) { watch(yasgui.getTab(id)); remember(yasgui.getTab(id)); });
  yasgui.on("tabChange", function (y, tab) { window.setTimeout(function () { watch(tab); }, 0); });
  yasgui.on("tabAdd", function () {  // the new tab is shown, and so has its editor, just after
    window.setTimeout(function () { watch(yasgui.getTab()); remember(yasgui.getTab()); }, 0);
  });
  watch(yasgui.getTab());

  // -- results: labels, links to our pages, downloads, the limits --------------------------------------------
  function page(iri) {
    if (iri.indexOf(ids) === 0) { return root + "/doc/" + iri.slice(ids.length) + ".html"; }
    var base = ids.slice(0, -"/id/".length);
    if (iri.indexOf(base + "/") === 0) { return root + iri.slice(base.length); }
    return /^https?:/i.test(iri) ? iri : null;  // other schemes (javascript: …) are never links
  }

  function short(iri, known) {
    var all = Object.assign({}, prefixes, known || {});
    for (var p in all) {
      var ns = all[p], rest = iri.slice(ns.length);
      if (ns && iri.indexOf(ns) === 0 && /^[\w.\-]+$/.test(rest)) { return p + ":" + rest; }
    }
    return iri.indexOf(ids) === 0 ? iri.slice(ids.length) : iri;
  }

  function escaped(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }

  // Replaces YASGUI's table cell for an IRI: its label (else prefixed name), linked to our page for it.
  function link(binding, known) {
    var iri = binding.value, text = labels[iri] || short(iri, known), href = page(iri);
    if (!href) { return "<code>" + escaped(text) + "</code>"; }
    return "<a class='iri' href='" + escaped(href) + "' title='" + escaped(iri) + "'>" + escaped(text) + "</a>";
  }

  function refusal(error) {
    var p = document.createElement("p");
    p.className = "query-error";
    p.setAttribute("role", "alert");
    p.textContent = (error && error.text ? String(error.text) : "").trim() ||
      "The endpoint could not be reached: " + (error && error.statusText || "no answer") + ".";
    return Promise.resolve(p);
  }

  function lookUp(iris) {
    var missing = iris.filter(function (i) { return !(i in labels) && /^https?:/i.test(i) && i.indexOf(">") < 0; });
    if (!missing.length) { return Promise.resolve(false); }
    missing = missing.slice(0, 400);
    var rank = settings.labelProperties;
    var query = "SELECT ?s ?p ?l WHERE { VALUES ?s { " + missing.map(function (i) { return "<" + i + ">"; }).join(" ") +
      " } VALUES ?p { " + rank.map(function (p) { return "<" + p + ">"; }).join(" ") +
      " } ?s ?p ?l FILTER(isLiteral(?l)) }";
    return fetch(endpoint, {
      method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded",
                                 "Accept": "application/sparql-results+json" },
      body: new URLSearchParams({ query: query })
    }).then(function (r) { return r.ok ? r.json() : null; }).then(function (data) {
      var best = {};
      missing.forEach(function (i) { labels[i] = null; });
      (data ? data.results.bindings : []).forEach(function (row) {
        var lang = row.l["xml:lang"] || "", iri = row.s.value;
        var score = rank.indexOf(row.p.value) * 2 + (lang === "" || /^en(-gb)?$/i.test(lang) ? 0 : 1);
        if (!(iri in best) || score < best[iri]) { best[iri] = score; labels[iri] = row.l.value; }
      });
      return true;
    }, function () { return false; });
  }

  function download(kind, query) {
    var formats = kind === "SELECT" ? [["CSV", "csv"], ["JSON", "json"]] : kind === "ASK" ? [["JSON", "json"]]
      : [["Turtle", "ttl"], ["N-Triples", "nt"], ["JSON-LD", "jsonld"]];
    downloads.replaceChildren(document.createTextNode("Download the results: "));
    formats.forEach(function (f, n) {
      var a = document.createElement("a");
      a.textContent = f[0];
      a.href = root + "/sparql?" + new URLSearchParams({ query: query, format: f[1] }).toString();
      if (n) { downloads.appendChild(document.createTextNode(" · ")); }
      downloads.appendChild(a);
    });
  }

  var started = 0;
  yasgui.on("queryBefore", function () {
    started = Date.now();
    status.textContent = "Running…";
    downloads.replaceChildren();
  });
  yasgui.on("queryResponse", function (y, tab) {
    window.setTimeout(function () { answered(tab); }, 0);  // YASGUI reads the response right after telling
  });
  function answered(tab) {
    var yasr = tab.getYasr(), results = yasr.results, seconds = ((Date.now() - started) / 1000).toFixed(2);
    yasr.rootEl.parentNode.insertBefore(outcome, yasr.rootEl);  // between the query and its results
    if (!results || results.getError()) {
      status.textContent = "";  // the endpoint's reason is shown where the results would be
      return;
    }
    remember(tab);
    var kind = tab.getYasqe().getQueryType(), query = tab.getQuery(), bindings = results.getBindings();
    download(kind, query);
    var rows = bindings ? bindings.length : 0, what = kind === "SELECT" ? "row" : "triple";
    status.textContent = kind === "ASK" ? "Answer in " + seconds + " s." :
      rows + " " + what + (rows === 1 ? "" : "s") + " in " + seconds + " s." +
      (rows >= settings.maxRows ? " The result was cut at the limit of " + settings.maxRows + " " + what + "s." : "");
    if (!bindings) { return; }
    var iris = [];
    bindings.forEach(function (row) {
      Object.keys(row).forEach(function (v) { if (row[v].type === "uri") { iris.push(row[v].value); } });
    });
    lookUp(iris).then(function (found) { if (found && yasgui.getTab() === tab) { yasr.draw(); } });
  }

  if (settings.run) { yasgui.getTab().query().catch(function () {}); }
}());
