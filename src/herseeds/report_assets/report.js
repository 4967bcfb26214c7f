// herseeds report: the index, the totals and one page at a time, from the data embedded
// once in the two JSON script elements above. Page text only ever goes through
// textContent (never innerHTML), so nothing a page holds can run or change the report.
(function () {
  "use strict";
  var meta = JSON.parse(document.getElementById("hs-meta").textContent);
  // One page's record per line: a page is parsed only when it is opened.
  var records = document.getElementById("hs-pages").textContent.split("\n").filter(Boolean);
  var C = {};
  meta.columns.forEach(function (name, i) { C[name] = i; });
  var rows = meta.index;
  var PAGE_ROWS = 100, LINES_AT_ONCE = 3000;
  var state = { sort: null, desc: false, kind: "", comments: false, error: "", query: "", text: false, first: 0 };

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function $(id) { return document.getElementById(id); }
  function fmt(n) { return Number(n).toLocaleString("en"); }

  function labelClasses(label) {
    if (label.indexOf("chrome:") === 0) return ["lab-chrome", "k-" + label.slice(7)];
    return ["lab-" + label];
  }
  var labelClassList = meta.labels.map(labelClasses);

  // -- totals ---------------------------------------------------------------------------
  function stat(name, value, text) {
    var box = el("div", { "class": "stat", "data-stat": name });
    box.appendChild(el("b", null, fmt(value)));
    box.appendChild(document.createTextNode(text));
    return box;
  }
  function bars(title, name, items) {
    var box = el("div", { "class": "chart", "data-chart": name });
    box.appendChild(el("h3", null, title));
    if (!items.length) { box.appendChild(el("span", { "class": "none" }, "none")); return box; }
    var NS = "http://www.w3.org/2000/svg", labelW = 130, barW = 220, h = 18;
    var max = Math.max.apply(null, items.map(function (i) { return i[1]; })) || 1;
    var svg = document.createElementNS(NS, "svg");
    svg.setAttribute("width", labelW + barW + 60);
    svg.setAttribute("height", items.length * h + 4);
    svg.setAttribute("role", "img");
    items.forEach(function (item, i) {
      var g = document.createElementNS(NS, "g");
      g.setAttribute("data-key", item[0]);
      g.setAttribute("data-value", item[1]);
      if (item[2]) g.setAttribute("class", item[2]);
      var tip = document.createElementNS(NS, "title");
      tip.textContent = item[0] + ": " + fmt(item[1]);
      var label = document.createElementNS(NS, "text");
      label.setAttribute("x", labelW - 6); label.setAttribute("y", i * h + 13);
      label.setAttribute("text-anchor", "end"); label.textContent = item[0];
      var rect = document.createElementNS(NS, "rect");
      rect.setAttribute("x", labelW); rect.setAttribute("y", i * h + 3);
      rect.setAttribute("height", h - 6);
      rect.setAttribute("width", Math.max(1, Math.round(barW * item[1] / max)));
      rect.setAttribute("class", "bar " + (item[3] || ""));
      var value = document.createElementNS(NS, "text");
      value.setAttribute("x", labelW + Math.round(barW * item[1] / max) + 4);
      value.setAttribute("y", i * h + 13); value.textContent = fmt(item[1]);
      [tip, label, rect, value].forEach(function (n) { g.appendChild(n); });
      svg.appendChild(g);
    });
    box.appendChild(svg);
    return box;
  }
  function showTotals() {
    var t = meta.totals, stats = $("hs-stats"), charts = $("hs-charts");
    var chromeLines = t.chrome.reduce(function (s, p) { return s + p[1]; }, 0);
    [["pages", t.pages, " pages"], ["errors", t.errors, " pages with errors"],
     ["words_kept", t.words_kept, " words kept"], ["words_removed", t.words_removed, " words removed"],
     ["chrome", chromeLines, " chrome lines"], ["paragraphs", t.paragraphs, " article paragraphs"],
     ["comments", t.comments, " comments"], ["authors", t.authors, " authors found"]
    ].forEach(function (s) { stats.appendChild(stat(s[0], s[1], s[2])); });
    charts.appendChild(bars("Words", "words", [["kept", t.words_kept, "", "kept"], ["removed", t.words_removed, "", "removed"]]));
    charts.appendChild(bars("Chrome lines by kind", "chrome", t.chrome.map(function (p) { return [p[0], p[1], "k-" + p[0]]; })));
    charts.appendChild(bars("Authors found, by evidence", "evidence", t.evidence.map(function (p) { return [p[0], p[1]]; })));
    if (t.error_kinds.length) charts.appendChild(bars("Pages with errors", "errors", t.error_kinds.map(function (p) { return [p[0], p[1], "", "removed"]; })));
    var kindSelect = $("hs-kind");
    t.chrome.forEach(function (p) { kindSelect.appendChild(el("option", { value: p[0] }, p[0] + " (" + fmt(p[1]) + ")")); });
  }

  // -- the index --------------------------------------------------------------------------
  function kindCount(row, kind) {
    var k = meta.kinds.indexOf(kind), pairs = row[C.kinds];
    for (var i = 0; i < pairs.length; i += 2) if (pairs[i] === k) return pairs[i + 1];
    return 0;
  }
  function selected() {
    var q = state.query.toLowerCase(), out = [];
    rows.forEach(function (row, i) {
      if (state.kind && !kindCount(row, state.kind)) return;
      if (state.comments && !row[C.comments]) return;
      if (state.error === "yes" && !row[C.error]) return;
      if (state.error === "no" && row[C.error]) return;
      if (q) {
        var hay = (row[C.source] + "\n" + (row[C.title] || "")).toLowerCase();
        if (hay.indexOf(q) < 0 && !(state.text && records[i].toLowerCase().indexOf(q) >= 0)) return;
      }
      out.push(i);
    });
    if (state.sort !== null) {
      var col = state.sort, sign = state.desc ? -1 : 1;
      var key = col === "#" ? function (i) { return i; }
        : col === "kind" ? function (i) { return kindCount(rows[i], state.kind); }
        : function (i) { return rows[i][C[col]]; };
      out.sort(function (a, b) {
        var x = key(a), y = key(b);
        if (x === y) return a - b;
        if (x === null || x === undefined) return 1;
        if (y === null || y === undefined) return -1;
        return (x < y ? -1 : 1) * sign;
      });
    }
    return out;
  }
  var HEAD = [["#", "#"], ["source", "source"], ["title", "title"], ["lines", "lines"],
    ["kept", "words kept"], ["removed", "words removed"], ["chrome", "chrome lines"],
    ["comments", "comments"], ["author", "author"], ["error", "error"]];
  function showIndex() {
    var table = $("hs-table"), head = el("tr");
    HEAD.forEach(function (h) {
      var th = el("th", { "data-col": h[0] }, h[1]);
      th.addEventListener("click", function () {
        state.desc = state.sort === h[0] ? !state.desc : h[0] !== "source" && h[0] !== "title" && h[0] !== "#";
        state.sort = h[0]; state.first = 0; fillIndex();
      });
      head.appendChild(th);
    });
    table.tHead.appendChild(head);
    fillIndex();
  }
  function fillIndex() {
    var body = $("hs-table").tBodies[0], chosen = selected();
    Array.prototype.forEach.call($("hs-table").tHead.rows[0].cells, function (th) {
      th.className = th.getAttribute("data-col") === state.sort ? (state.desc ? "desc" : "asc") : "";
    });
    body.textContent = "";
    state.first = Math.min(state.first, Math.max(0, chosen.length - 1));
    state.first -= state.first % PAGE_ROWS;
    chosen.slice(state.first, state.first + PAGE_ROWS).forEach(function (i) {
      var row = rows[i], tr = el("tr", { "data-page": i });
      if (row[C.error]) tr.className = "failed";
      tr.appendChild(el("td", { "class": "num" }, i + 1));
      var src = el("td", { "class": "src" }), link = el("a", { href: "#p=" + i }, row[C.source] || "(no source)");
      src.appendChild(link); tr.appendChild(src);
      tr.appendChild(el("td", null, row[C.title] || ""));
      ["lines", "kept", "removed", "chrome", "comments"].forEach(function (c) { tr.appendChild(el("td", { "class": "num" }, fmt(row[C[c]]))); });
      tr.appendChild(el("td", null, row[C.author] || ""));
      tr.appendChild(el("td", null, row[C.error] || ""));
      tr.addEventListener("click", function (e) { if (e.target.tagName !== "A") location.hash = "p=" + i; });
      body.appendChild(tr);
    });
    var last = Math.min(chosen.length, state.first + PAGE_ROWS);
    $("hs-count").textContent = chosen.length ? "pages " + fmt(state.first + 1) + "–" + fmt(last) + " of " + fmt(chosen.length) + " shown (" + fmt(rows.length) + " in all)" : "no page matches";
    $("hs-prev").disabled = state.first === 0;
    $("hs-next").disabled = last >= chosen.length;
  }
  function filters() {
    var timer = null;
    function on(id, event, update) {
      $(id).addEventListener(event, function () { update($(id)); state.first = 0; fillIndex(); });
    }
    on("hs-kind", "change", function (n) { state.kind = n.value; });
    on("hs-has-comments", "change", function (n) { state.comments = n.checked; });
    on("hs-error", "change", function (n) { state.error = n.value; });
    on("hs-in-text", "change", function (n) { state.text = n.checked; });
    $("hs-search").addEventListener("input", function () {
      clearTimeout(timer);  // searching the text of 10,000 pages on every key would lag
      timer = setTimeout(function () { state.query = $("hs-search").value; state.first = 0; fillIndex(); }, 200);
    });
    $("hs-prev").addEventListener("click", function () { state.first = Math.max(0, state.first - PAGE_ROWS); fillIndex(); });
    $("hs-next").addEventListener("click", function () { state.first += PAGE_ROWS; fillIndex(); });
  }

  // -- one page -----------------------------------------------------------------------------
  function hover(page, i, comments) {
    var rule = meta.rules[page.R[i]], text = meta.labels[page.L[i]] + " \u2014 " + rule[0] + "\n" + rule[1];
    if (page.facts[i]) text += "\n\u21b3 " + page.facts[i];
    var c = page.comment[i];
    if (c !== undefined && comments[c]) {
      var cm = comments[c];
      text += "\n\u21b3 comment " + c + ", depth " + cm[1] + (cm[2] === null ? "" : ", replies to " + cm[2]) + (cm[0] ? ", by " + cm[0] : "") + (cm[3] !== "comment" ? " (" + cm[3] + ")" : "");
    }
    return text;
  }
  function lineNode(page, i, comments) {
    var node = el("div", { id: "l" + i, title: hover(page, i, comments), "data-label": meta.labels[page.L[i]], "data-rule": meta.rules[page.R[i]][0] });
    node.className = "ln";
    labelClassList[page.L[i]].forEach(function (c) { node.classList.add(c); });
    var c = page.comment[i];
    if (c !== undefined && comments[c]) { node.style.setProperty("--depth", String(Math.min(comments[c][1], 12))); node.classList.add("d-" + comments[c][1]); }
    if (page.cut[i]) node.classList.add("cut");
    node.appendChild(el("span", { "class": "no" }, i + 1));
    node.appendChild(el("span", { "class": "lb" }, meta.labels[page.L[i]]));
    node.appendChild(el("span", { "class": "tx" }, page.x[i]));
    return node;
  }
  function renderLines(page, box, from, comments) {
    var end = Math.min(page.x.length, from + LINES_AT_ONCE), frag = document.createDocumentFragment();
    for (var i = from; i < end; i++) frag.appendChild(lineNode(page, i, comments));
    box.appendChild(frag);
    if (end < page.x.length) {
      var more = el("button", { "class": "more" }, "show " + fmt(page.x.length - end) + " more lines");
      more.addEventListener("click", function () { more.remove(); renderLines(page, box, end, comments); });
      box.appendChild(more);
    }
    return end;
  }
  function jump(page, box, i, comments) {
    return function () {
      var rendered = box.querySelectorAll(".ln").length;
      while (rendered <= i) { var more = box.querySelector("button.more"); if (more) more.remove(); rendered = renderLines(page, box, rendered, comments); }
      var node = $("l" + i);
      Array.prototype.forEach.call(box.querySelectorAll(".target"), function (n) { n.classList.remove("target"); });
      node.classList.add("target"); node.scrollIntoView({ block: "center" });
    };
  }
  function field(dl, name, value, extra) {
    dl.appendChild(el("dt", null, name));
    var dd = el("dd");
    if (value === null || value === undefined || value === "") dd.appendChild(el("span", { "class": "none" }, "none"));
    else dd.textContent = String(value);
    if (extra) dd.appendChild(extra);
    dl.appendChild(dd);
    return dd;
  }
  function commentTree(page, box, d) {
    var lists = [], root = el("ul", { "class": "tree" }), firstLine = {};
    Object.keys(page.comment).forEach(function (i) { var c = page.comment[i]; if (!(c in firstLine)) firstLine[c] = Number(i); });
    d.cm.forEach(function (cm, k) {
      var li = el("li", { "data-comment": k, "data-depth": cm[1] });
      var who = el("a", { "class": "jump" }, (cm[0] || "(no author)") + (cm[3] !== "comment" ? " [" + cm[3] + "]" : ""));
      if (k in firstLine) who.addEventListener("click", jump(page, box, firstLine[k], d.cm));
      li.appendChild(who);
      li.appendChild(el("div", { "class": "excerpt" }, cm[4]));
      var parent = cm[2] === null ? root : lists[cm[2]];
      if (!parent) parent = root;
      var sub = el("ul");
      li.appendChild(sub); lists[k] = sub;
      parent.appendChild(li);
    });
    return root;
  }
  function showPage(n) {
    var row = rows[n], view = $("hs-page");
    $("hs-home").hidden = true; view.hidden = false;
    $("hs-page-title").textContent = "Page " + (n + 1) + ": " + (row[C.source] || "(no source)");
    var box = $("hs-lines"), doc = $("hs-doc");
    box.textContent = ""; doc.textContent = "";
    var raw = JSON.parse(records[n]);
    if (raw.e) {
      var err = el("div", { "class": "error" });
      err.appendChild(el("b", null, raw.e[0]));
      err.appendChild(el("p", null, raw.e[1]));
      box.appendChild(err);
      window.scrollTo(0, 0);
      return;
    }
    var page = { x: raw.x, L: raw.L, R: raw.R, facts: {}, comment: {}, cut: {} };
    raw.F.forEach(function (f) { page.facts[f[0]] = f[1]; });
    raw.C.forEach(function (c) { if (!(c[0] in page.comment)) page.comment[c[0]] = c[1]; });
    raw.T.forEach(function (t) { page.cut[t] = true; });
    var d = raw.d;
    renderLines(page, box, 0, d.cm);
    var dl = el("dl");
    field(dl, "title", d.t); field(dl, "subtitle", d.st);
    field(dl, "author", d.a[0], d.a[0] ? el("span", { "class": "excerpt" }, " (from: " + d.a[1] + ")") : null);
    field(dl, "bio", d.a[2]);
    field(dl, "article paragraphs", d.p);
    field(dl, "comments", d.cm.length, d.dc !== null ? el("span", { "class": "excerpt" }, " (the page states " + d.dc + ")") : null);
    doc.appendChild(dl);
    if (d.cm.length) { doc.appendChild(el("h3", null, "Comment tree")); doc.appendChild(commentTree(page, box, d)); }
    doc.appendChild(el("h3", null, "Removed runs (" + d.rm.length + ")"));
    var runs = el("ul", { "class": "runs" });
    d.rm.forEach(function (run) {
      var li = el("li"), sw = el("span", { "class": "swatch k-" + run[0] });
      var a = el("a", { "class": "jump" }, run[0] + ", lines " + (run[1] + 1) + (run[2] > run[1] ? "\u2013" + (run[2] + 1) : ""));
      a.addEventListener("click", jump(page, box, run[1], d.cm));
      li.appendChild(sw); li.appendChild(a);
      li.appendChild(el("div", { "class": "excerpt" }, (page.x[run[1]] || "").trim().slice(0, 100)));
      runs.appendChild(li);
    });
    doc.appendChild(runs);
    window.scrollTo(0, 0);
  }
  function route() {
    var m = /^#p=(\d+)$/.exec(location.hash);
    if (m && Number(m[1]) < rows.length) { showPage(Number(m[1])); return; }
    $("hs-page").hidden = true; $("hs-home").hidden = false;
    $("hs-lines").textContent = ""; $("hs-doc").textContent = "";  // a closed page leaves no DOM
  }
  function legend() {
    var box = $("hs-legend");
    ["title", "subtitle", "byline", "bio", "article", "comment-author", "comment"].forEach(function (l) {
      var item = el("span"), sw = el("span", { "class": "swatch lab-" + l });
      item.appendChild(sw); item.appendChild(document.createTextNode(l)); box.appendChild(item);
    });
    meta.totals.chrome.forEach(function (p) {
      var item = el("span"), sw = el("span", { "class": "swatch k-" + p[0] });
      item.appendChild(sw); item.appendChild(document.createTextNode("chrome:" + p[0])); box.appendChild(item);
    });
  }

  showTotals(); showIndex(); filters(); legend();
  window.addEventListener("hashchange", route);
  route();
  document.body.setAttribute("data-ready", "true");
})();
