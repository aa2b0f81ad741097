// pm's site search: runs in the browser over window.PM_SEARCH (search/index.js), with no
// server and no network, so it works from a site opened straight from disk (file://).
// Results are built with DOM methods and textContent only: nothing from the index is ever
// parsed as HTML.
(function () {
  "use strict";

  var entries = window.PM_SEARCH || [];
  var form = document.querySelector(".search-page-form");
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!form || !input || !status || !list) { return; }

  // Lower-case, accents dropped, split on anything but letters and digits.
  function fold(text) {
    var lowered = String(text || "").toLowerCase();
    if (lowered.normalize) { lowered = lowered.normalize("NFD").replace(/[\u0300-\u036f]/g, ""); }
    return lowered;
  }
  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (word) { return word.length > 0; });
  }

  // Each entry's fields, folded once, with the weight a match in them counts for.
  var fields = [["t", 8], ["v", 5], ["m", 5], ["g", 4], ["s", 2], ["x", 1]];
  var prepared = entries.map(function (entry) {
    return fields.map(function (field) {
      var value = entry[field[0]];
      return { words: words(Array.isArray(value) ? value.join(" ") : value), weight: field[1] };
    });
  });

  // A term matches a word it starts (so "archiv" finds "archiving"); every term must match.
  function score(index, terms) {
    var total = 0;
    for (var t = 0; t < terms.length; t++) {
      var best = 0;
      var parts = prepared[index];
      for (var f = 0; f < parts.length; f++) {
        var fieldWords = parts[f].words;
        for (var w = 0; w < fieldWords.length; w++) {
          if (fieldWords[w] === terms[t]) { best = Math.max(best, parts[f].weight * 2); break; }
          if (fieldWords[w].lastIndexOf(terms[t], 0) === 0) { best = Math.max(best, parts[f].weight); }
        }
      }
      if (best === 0) { return 0; }
      total += best;
    }
    return total;
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // Links in the index are relative to the site's root; this page is one folder down.
  var root = "../";

  function render(query) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var terms = words(query);
    if (terms.length === 0) {
      status.textContent = entries.length + " post-mortems. Type a word: a service, an error, a failure mode.";
      return;
    }
    var found = [];
    for (var i = 0; i < entries.length; i++) {
      var value = score(i, terms);
      if (value > 0) { found.push([value, i]); }
    }
    found.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
    status.textContent = found.length === 0
      ? "Nothing matches \u201c" + query + "\u201d."
      : found.length + (found.length === 1 ? " post-mortem matches" : " post-mortems match") + " \u201c" + query + "\u201d.";
    var shown = found.slice(0, 100);
    for (var r = 0; r < shown.length; r++) {
      var entry = entries[shown[r][1]];
      var item = element("li", "search-result");
      var link = element("a", "title", entry.t);
      link.setAttribute("href", root + entry.u);
      item.appendChild(link);
      var facts = [entry.d, entry.s].concat(entry.v || []).filter(function (part) { return part; });
      if (facts.length > 0) { item.appendChild(element("span", "note", " " + facts.join(" \u00b7 "))); }
      if (entry.m && entry.m.length > 0) { item.appendChild(element("p", "modes", entry.m.join(", "))); }
      if (entry.x) { item.appendChild(element("p", "snippet", entry.x)); }
      list.appendChild(item);
    }
    if (found.length > shown.length) {
      list.appendChild(element("li", "note", (found.length - shown.length) + " more: add a word to narrow the search."));
    }
  }

  function queryFromAddress() {
    var match = /[?&]q=([^&#]*)/.exec(window.location.search);
    if (!match) { return ""; }
    try { return decodeURIComponent(match[1].replace(/\+/g, " ")); } catch (error) { return ""; }
  }

  input.value = queryFromAddress();
  render(input.value);
  input.addEventListener("input", function () {
    render(input.value);
    if (window.history && window.history.replaceState) {
      try {
        window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
      } catch (error) {
        // Some browsers refuse to change a file:// address; the search works regardless.
      }
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    render(input.value);
  });
}());
