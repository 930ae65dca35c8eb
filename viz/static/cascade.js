/* The cascade view: draws the JSON written by viz.cascade with vis-network.
   All untrusted text is put in the page with textContent (never as markup). The script finds
   its views itself (.dkg-cascade), so that no inline script is needed.

   Views: every document ("all"), grouped by province ("groups": one node per province, opened
   by a click) and one province ("p:NAME": the central documents and that province's own, at the
   positions viz.layout computed for that view). A click on a document shows its card in the side
   panel; a double click (or the panel's link) opens its page. */
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function svg(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  // diacritics and case folded, đ as d: "nong dan" finds "Nông dân"
  function fold(s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }

  function tooltip(n, t) {
    var box = el("div", "dkg-tip");
    box.appendChild(el("b", null, n.key));
    if (n.name && n.name !== n.key) box.appendChild(el("div", null, n.name));
    var rows = [[t.type, n.type_name || n.type], [t.issuer, n.issuer], [t.place, n.place], [t.date, n.date],
                [t.attainment, n.attainment], [t.review, n.review_name]];
    rows.forEach(function (r) { if (r[1]) box.appendChild(el("div", null, r[0] + ": " + r[1])); });
    return box;
  }

  function shapeIcon(shape, color) {
    var s = svg("svg", { width: 16, height: 16, viewBox: "0 0 16 16", "aria-hidden": "true" });
    var p = { fill: color, stroke: "#333", "stroke-width": 0.8 };
    var star = [];
    for (var i = 0; i < 10; i++) {
      var r = i % 2 ? 3.2 : 7.5, a = Math.PI / 5 * i - Math.PI / 2;
      star.push((8 + r * Math.cos(a)).toFixed(1) + "," + (8 + r * Math.sin(a)).toFixed(1));
    }
    var shapes = {
      dot: ["circle", { cx: 8, cy: 8, r: 6 }],
      diamond: ["polygon", { points: "8,1 15,8 8,15 1,8" }],
      triangle: ["polygon", { points: "8,1.5 15,14 1,14" }],
      triangleDown: ["polygon", { points: "1,2 15,2 8,14.5" }],
      square: ["rect", { x: 2, y: 2, width: 12, height: 12 }],
      hexagon: ["polygon", { points: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8" }],
      star: ["polygon", { points: star.join(" ") }],
      box: ["rect", { x: 1, y: 4, width: 14, height: 8, rx: 2 }]
    };
    var spec = shapes[shape] || shapes.dot;
    var attrs = spec[1];
    Object.keys(p).forEach(function (k) { attrs[k] = p[k]; });
    s.appendChild(svg(spec[0], attrs));
    return s;
  }

  function lineIcon(r) {
    var s = svg("svg", { width: 34, height: 10, "aria-hidden": "true" });
    var attrs = { x1: 1, y1: 5, x2: 33, y2: 5, stroke: r.color, "stroke-width": Math.max(1.5, r.width) };
    if (r.dashes) attrs["stroke-dasharray"] = r.dashes.join(" ");
    s.appendChild(svg("line", attrs));
    return s;
  }

  function legend(box, data) {
    var t = data.text;
    box.appendChild(el("strong", null, t.legend));
    function list(title, items, icon, name) {
      if (!items.length) return;
      box.appendChild(el("div", "dkg-legend-title", title));
      var ul = el("ul");
      items.forEach(function (it) {
        var li = el("li");
        li.appendChild(icon(it));
        li.appendChild(el("span", null, name(it)));
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    list(t.levels, data.legend.levels, function (l) { return shapeIcon("dot", l.color); }, function (l) { return l.name; });
    list(t.types, data.legend.types, function (ty) { return shapeIcon(ty.shape, "#d5d8dc"); }, function (ty) { return ty.name; });
    list(t.relations, data.legend.relations, lineIcon, function (r) { return r.name; });
    list(t.reviews, data.legend.reviews || [], function (r) { return el("span", "dkg-check", r.reviewed ? "✓" : "·"); },
         function (r) { return r.name; });
  }

  // the view chosen ("Xem") is kept in the page's address (?view=all, groups or p:PROVINCE), so that a link sent to
  // a colleague, a reload and the language switch open the same view; the default view leaves the address as it is
  function viewInAddress(data) {
    var v = null;
    try { v = new URLSearchParams(window.location.search).get("view"); } catch (e) { return null; }
    if (v === "all" || (v === "groups" && data.grouped)) return v;
    if (v && v.indexOf("p:") === 0 && data.provinces.indexOf(v.slice(2)) >= 0) return v;
    return null;
  }
  function withView(address, mode, start) {
    var u = new URL(address, window.location.href);
    if (mode === start) u.searchParams.delete("view"); else u.searchParams.set("view", mode);
    return u;
  }
  function remember(mode, start) {
    if (!/^https?:$/.test(window.location.protocol) || !window.history.replaceState) return;  // (a saved file keeps its address)
    var u = withView(window.location.href, mode, start);
    try { window.history.replaceState(null, "", u.pathname + u.search + u.hash); } catch (e) { return; }
    Array.prototype.forEach.call(document.querySelectorAll("a.lang"), function (a) {
      var l = withView(a.getAttribute("href"), mode, start);
      a.setAttribute("href", l.pathname + l.search);
    });
    // the as-of form reloads the page on another day: in the same view
    Array.prototype.forEach.call(document.querySelectorAll("form.as-of"), function (f) {
      var field = f.querySelector("input[name=view]");
      if (mode === start) { if (field) field.parentNode.removeChild(field); return; }
      if (!field) { field = el("input"); field.type = "hidden"; field.name = "view"; f.appendChild(field); }
      field.value = mode;
    });
  }

  // the links to the pages of the facts behind a document or a link (kg.web.facts), each opened as a page of its own
  function factLinks(hrefs, t) {
    var span = el("span", "dkg-facts");
    (hrefs || []).forEach(function (h, i) {
      var a = el("a", "dkg-fact", t.fact + (hrefs.length > 1 ? " " + (i + 1) : ""));
      a.setAttribute("href", h);
      if (i) span.appendChild(document.createTextNode(" "));
      span.appendChild(a);
    });
    return span;
  }

  function init(root) {
    if (root.dkg) return root.dkg;
    var data = JSON.parse(root.querySelector(".dkg-data").textContent);
    var t = data.text;
    var byId = {};
    var groupById = {};
    var nodeItems = data.nodes.map(function (n) {
      byId[n.id] = n;
      n.fold = fold(n.key + " " + (n.name || ""));
      // a document a reviewer accepted or corrected: a check mark after its label, a thicker border
      return {
        id: n.id, label: n.reviewed ? n.label + " ✓" : n.label, x: n.x, y: n.y, shape: n.shape, size: 10,
        color: { background: n.color, border: n.color }, baseColor: n.color, borderWidth: n.reviewed ? 3 : 1,
        // (a white ground under each label: an arrow drawn across it on a narrow window leaves it readable)
        font: { size: 11, color: "#222", background: "rgba(255,255,255,0.85)" }, title: tooltip(n, t)
      };
    });
    var groupItems = data.groups.map(function (g) {
      groupById[g.id] = g;
      var tip = el("div", "dkg-tip", g.group + ": " + g.count + " " + (g.count === 1 ? t.node : t.nodes));
      return {
        id: g.id, label: g.label, x: g.x, y: g.y, shape: "box", group_: true, baseColor: g.color,
        color: { background: "#eaf2f8", border: g.color }, font: { size: 11, color: "#1c2833" }, title: tip
      };
    });
    var edgeItems = data.edges.concat(data.group_edges).map(function (e, i) {
      return { id: e.id, from: e.from, to: e.to, arrows: "to", dashes: e.dashes, width: e.width,
               color: { color: e.color, inherit: false }, baseColor: e.color,
               label: e.reviewed ? "✓" : undefined, font: { size: 10, color: "#1e8449", strokeWidth: 2 },
               grouped: i >= data.edges.length };
    });
    var nodes = new vis.DataSet(nodeItems.concat(groupItems));
    var edges = new vis.DataSet(edgeItems);
    var start = data.grouped ? "groups" : "all";
    var mode = viewInAddress(data) || start;
    function visible(id) {
      var n = byId[id];
      if (mode === "groups") return n ? n.level === "central" : true;
      if (!n) return false;
      if (mode === "all") return true;
      return n.level === "central" || "p:" + n.group === mode;
    }
    var nodeView = new vis.DataView(nodes, { filter: function (n) { return visible(n.id); } });
    var edgeView = new vis.DataView(edges, { filter: function (e) {
      return mode === "groups" ? e.grouped : !e.grouped && visible(e.from) && visible(e.to);
    } });
    var big = nodeItems.length > 1500;
    var container = root.querySelector(".dkg-network");
    var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, {
      physics: false,
      layout: { improvedLayout: false, hierarchical: false },
      interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big, navigationButtons: false },
      edges: { smooth: false, arrows: { to: { scaleFactor: 0.5 } } },
      nodes: { borderWidth: 1 }
    });

    function fit() { network.fit({ animation: false, maxZoomLevel: 1.6 }); }

    function setMode(m) {
      mode = m;
      // the documents of one province take the positions of that province's own view
      var moves = [], own = mode.indexOf("p:") === 0;
      data.nodes.forEach(function (n) {
        var at = n.views ? (n.views[mode] || [n.x, n.y]) : (own ? [n.px, n.py] : [n.x, n.y]);
        moves.push({ id: n.id, x: at[0], y: at[1] });
      });
      nodes.update(moves);
      nodeView.refresh();
      edgeView.refresh();
      if (select.value !== mode) select.value = mode;
      remember(mode, start);
      count();
      fit();
    }

    var panel = root.querySelector(".dkg-info");
    var select = root.querySelector(".dkg-province");
    function option(value, text) { var o = el("option", null, text); o.value = value; select.appendChild(o); }
    if (data.grouped) option("groups", t.groups);
    option("all", t.all);
    data.provinces.forEach(function (p) { option("p:" + p, p); });
    select.value = mode;
    select.addEventListener("change", function () { setMode(select.value); });
    root.querySelector(".dkg-fit").addEventListener("click", fit);
    // the drawing as the window shows it, on white (the canvas itself is transparent, which image viewers
    // show on black or a chequer); the link's address is set as it is followed, so it is the view of that moment
    root.querySelector(".dkg-png").addEventListener("click", function (ev) {
      var drawn = container.querySelector("canvas");
      var out = document.createElement("canvas");
      out.width = drawn.width;
      out.height = drawn.height;
      var pen = out.getContext("2d");
      pen.fillStyle = "#ffffff";
      pen.fillRect(0, 0, out.width, out.height);
      pen.drawImage(drawn, 0, 0);
      ev.currentTarget.href = out.toDataURL("image/png");
    });
    legend(root.querySelector(".dkg-legend"), data);

    function count() {
      root.querySelector(".dkg-count").textContent =
        nodeView.length + " / " + data.nodes.length + " " + (data.nodes.length === 1 ? t.node : t.nodes) + ", " +
        edgeView.length + " " + (edgeView.length === 1 ? t.edge : t.edges);
    }

    function cardRows(n) {
      return [[t.type, n.type_name || n.type], [t.issuer, n.issuer], [t.place, n.place], [t.date, n.date],
              [t.attainment, n.attainment], [t.review, n.review_name]];
    }
    function show(n) {
      panel.textContent = "";
      if (!n) return;
      panel.appendChild(el("h3", "dkg-key", n.key));
      if (n.name && n.name !== n.key) panel.appendChild(el("p", null, n.name));
      var dl = el("dl");
      function row(k, v) { if (!v && v !== 0) return; dl.appendChild(el("dt", null, k)); dl.appendChild(el("dd", null, v)); }
      cardRows(n).forEach(function (r) { row(r[0], r[1]); });
      panel.appendChild(dl);
      // the facts read from articles: the document's own, then each link of it that a text stated
      var said = [];
      if (n.facts && n.facts.length) said.push([n.key, n.facts]);
      data.edges.forEach(function (e) {
        if (!e.facts || !e.facts.length || (e.from !== n.id && e.to !== n.id)) return;
        var rel = (data.legend.relations.filter(function (r) { return r.relation === e.relation; })[0] || {}).name || e.relation;
        said.push([byId[e.from].key + " — " + rel + " → " + byId[e.to].key, e.facts]);
      });
      if (said.length) {
        panel.appendChild(el("div", "dkg-legend-title", t.facts));
        var ul = el("ul", "dkg-fact-list");
        said.forEach(function (s) {
          var li = el("li", null, s[0] + " ");
          li.appendChild(factLinks(s[1], t));
          ul.appendChild(li);
        });
        panel.appendChild(ul);
      }
      if (n.href) {
        var a = el("a", "dkg-open", t.open);
        a.setAttribute("href", n.href);
        panel.appendChild(a);
        // the card itself (its JSON twin, from the same server): subject and counts
        if (data.linked && n.href.charAt(0) === "/" && window.fetch) {
          fetch(n.href + ".json", { headers: { Accept: "application/json" } }).then(function (r) {
            return r.ok ? r.json() : null;
          }).then(function (card) {
            if (!card || panel.dataset.node !== String(n.id)) return;
            row(t.subject, card.subject);
            if (card.tasks) row(t.tasks, String(card.tasks.length));
            if (card.targets) row(t.targets, String(card.targets.length));
            if (card.implemented_by) row(t.implemented_by, String(card.implemented_by.length));
          }).catch(function () { /* the panel keeps what the drawing knows */ });
        }
      }
      panel.dataset.node = String(n.id);
    }

    var highlighted = false;
    var hoverBox = root.querySelector(".dkg-hover");
    if (nodeItems.length > 3000) hoverBox.checked = false;  // recolouring 3,000+ nodes per hover lags
    function highlight(id) {
      var keep = {};
      keep[id] = true;
      network.getConnectedNodes(id).forEach(function (c) { keep[c] = true; });
      var links = {};
      network.getConnectedEdges(id).forEach(function (e) { links[e] = true; });
      nodes.update(nodeView.getIds().map(function (i) {
        var base = nodes.get(i).baseColor, c = keep[i] ? base : "#e5e8e8";
        return byId[i] ? { id: i, color: { background: c, border: c } } : { id: i, color: { background: "#eaf2f8", border: c } };
      }));
      edges.update(edgeView.getIds().map(function (i) {
        return { id: i, color: { color: links[i] ? edges.get(i).baseColor : "#f0f0f0", inherit: false } };
      }));
      highlighted = true;
    }
    function reset() {
      if (!highlighted) return;
      nodes.update(nodeView.getIds().map(function (i) {
        var base = nodes.get(i).baseColor;
        return { id: i, color: byId[i] ? { background: base, border: base } : { background: "#eaf2f8", border: base } };
      }));
      edges.update(edgeView.getIds().map(function (i) { return { id: i, color: { color: edges.get(i).baseColor, inherit: false } }; }));
      highlighted = false;
    }
    network.on("hoverNode", function (p) { if (hoverBox.checked) highlight(p.node); });
    network.on("blurNode", function () { reset(); });
    network.on("click", function (p) {
      if (!p.nodes.length) { reset(); return; }
      var id = p.nodes[0];
      if (groupById[id]) { setMode("p:" + groupById[id].group); return; }
      show(byId[id]);
    });
    network.on("doubleClick", function (p) {
      var n = p.nodes.length ? byId[p.nodes[0]] : null;
      if (n && n.href) window.location.href = n.href;
    });

    function find(text) {
      var q = fold(text).trim();
      var out = root.querySelector(".dkg-found");
      if (!q) { out.textContent = ""; return null; }
      // the best match: the key itself, then a key starting with the words, then anywhere
      var hit = null, best = 9;
      data.nodes.forEach(function (n) {
        var key = fold(n.key), rank = key === q ? 0 : key.indexOf(q) === 0 ? 1 : key.indexOf(q) >= 0 ? 2 :
          n.fold.indexOf(q) >= 0 ? 3 : 9;
        if (rank < best) { best = rank; hit = n; }
      });
      if (!hit) { out.textContent = t.not_found; return null; }
      out.textContent = "";
      if (!visible(hit.id)) setMode(hit.level === "central" ? mode : (mode === "all" ? "all" : "p:" + hit.group));
      network.selectNodes([hit.id]);
      network.focus(hit.id, { scale: 1.3, animation: false });
      show(hit);
      return hit;
    }
    root.querySelector(".dkg-find").addEventListener("submit", function (ev) {
      ev.preventDefault();
      find(root.querySelector(".dkg-search").value);
    });

    setMode(mode);
    network.once("afterDrawing", function () { root.setAttribute("data-drawn", "true"); });
    window.addEventListener("resize", function () { network.redraw(); fit(); });
    root.dkg = { network: network, nodes: nodes, edges: edges, view: nodeView, edgeView: edgeView, data: data,
                 setMode: setMode, find: find, show: show, mode: function () { return mode; } };
    window.dkgCascadeView = root.dkg;
    return root.dkg;
  }

  window.dkgCascade = init;
  function start() { Array.prototype.forEach.call(document.querySelectorAll(".dkg-cascade"), init); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
