/* The cascade view: draws the JSON written by viz.cascade with vis-network.
   All untrusted text is put in the page with textContent (never as markup). */
(function () {
  "use strict";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function tooltip(n, t) {
    var box = el("div", "dkg-tip");
    box.appendChild(el("b", null, n.key));
    if (n.name && n.name !== n.key) box.appendChild(el("div", null, n.name));
    var rows = [[t.type, n.type], [t.issuer, n.issuer], [t.place, n.place], [t.date, n.date],
                [t.attainment, n.attainment]];
    rows.forEach(function (r) { if (r[1]) box.appendChild(el("div", null, r[0] + ": " + r[1])); });
    return box;
  }

  function info(panel, n, t) {
    panel.textContent = "";
    if (!n) return;
    var dl = el("dl");
    [["", n.key], [t.type, n.type], [t.issuer, n.issuer], [t.place, n.place], [t.date, n.date],
     [t.attainment, n.attainment]].forEach(function (r) {
      if (!r[1]) return;
      if (r[0]) dl.appendChild(el("dt", null, r[0]));
      dl.appendChild(el("dd", null, r[1]));
    });
    panel.appendChild(dl);
    if (n.name && n.name !== n.key) panel.insertBefore(el("p", null, n.name), dl);
    if (n.href) {
      var a = el("a", null, t.open);
      a.setAttribute("href", n.href);
      panel.appendChild(a);
    }
  }

  function legend(box, data) {
    var t = data.text;
    box.appendChild(el("strong", null, t.legend));
    var ul = el("ul");
    data.legend.levels.forEach(function (l) {
      var li = el("li"), sw = el("span", "dkg-swatch");
      sw.style.background = l.color;
      li.appendChild(sw); li.appendChild(el("span", null, l.name)); ul.appendChild(li);
    });
    box.appendChild(ul);
    ul = el("ul");
    data.legend.types.forEach(function (ty) {
      ul.appendChild(el("li", null, ty.type + " \u2014 " + ty.shape));
    });
    box.appendChild(ul);
    ul = el("ul");
    data.legend.relations.forEach(function (r) {
      var li = el("li"), line = el("span", "dkg-line");
      line.style.borderTopColor = r.color;
      line.style.borderTopStyle = r.dashes ? "dashed" : "solid";
      li.appendChild(line); li.appendChild(el("span", null, r.relation)); ul.appendChild(li);
    });
    box.appendChild(ul);
  }

  window.dkgCascade = function (root) {
    var data = JSON.parse(root.querySelector(".dkg-data").textContent);
    var t = data.text;
    var byId = {};
    var nodeItems = data.nodes.map(function (n) {
      byId[n.id] = n;
      return {
        id: n.id, label: n.label, x: n.x, y: n.y, shape: n.shape, size: 10,
        color: { background: n.color, border: n.color }, baseColor: n.color,
        font: { size: 11, color: "#222" }, title: tooltip(n, t), place: n.place, level: n.level
      };
    });
    var edgeItems = data.edges.map(function (e) {
      return { id: e.id, from: e.from, to: e.to, arrows: "to", dashes: e.dashes, width: e.width,
               color: { color: e.color, inherit: false }, baseColor: e.color };
    });
    var nodes = new vis.DataSet(nodeItems);
    var edges = new vis.DataSet(edgeItems);
    var province = "";
    var nodeView = new vis.DataView(nodes, {
      filter: function (n) { return !province || n.level === "central" || n.place === province; }
    });
    var big = nodeItems.length > 1500;
    var container = root.querySelector(".dkg-network");
    var network = new vis.Network(container, { nodes: nodeView, edges: edges }, {
      physics: false,
      layout: { improvedLayout: false, hierarchical: false },
      interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big },
      edges: { smooth: false, arrows: { to: { scaleFactor: 0.5 } } },
      nodes: { borderWidth: 1 }
    });

    var panel = root.querySelector(".dkg-info");
    var select = root.querySelector(".dkg-province");
    data.provinces.forEach(function (p) { var o = el("option", null, p); o.value = p; select.appendChild(o); });
    select.addEventListener("change", function () {
      province = select.value;
      nodeView.refresh();
      count();
    });
    legend(root.querySelector(".dkg-legend"), data);

    function count() {
      root.querySelector(".dkg-count").textContent =
        nodeView.length + " " + t.nodes + ", " + data.edges.length + " " + t.edges;
    }
    count();

    var highlighted = false;
    var hoverBox = root.querySelector(".dkg-hover");
    if (nodeItems.length > 3000) hoverBox.checked = false;  // recolouring 3,000+ nodes per hover lags
    function highlight(id) {
      var keep = {};
      keep[id] = true;
      network.getConnectedNodes(id).forEach(function (c) { keep[c] = true; });
      var links = {};
      network.getConnectedEdges(id).forEach(function (e) { links[e] = true; });
      nodes.update(nodeItems.map(function (n) {
        var c = keep[n.id] ? n.baseColor : "#e5e8e8";
        return { id: n.id, color: { background: c, border: c } };
      }));
      edges.update(edgeItems.map(function (e) {
        return { id: e.id, color: { color: links[e.id] ? e.baseColor : "#f0f0f0", inherit: false } };
      }));
      highlighted = true;
    }
    function reset() {
      if (!highlighted) return;
      nodes.update(nodeItems.map(function (n) { return { id: n.id, color: { background: n.baseColor, border: n.baseColor } }; }));
      edges.update(edgeItems.map(function (e) { return { id: e.id, color: { color: e.baseColor, inherit: false } }; }));
      highlighted = false;
    }
    network.on("hoverNode", function (p) {
      info(panel, byId[p.node], t);
      if (hoverBox.checked) highlight(p.node);
    });
    network.on("blurNode", function () { reset(); });
    network.on("click", function (p) {
      if (!p.nodes.length) { reset(); return; }
      var n = byId[p.nodes[0]];
      info(panel, n, t);
      if (n.href) window.location.href = n.href;
    });
    network.once("afterDrawing", function () { root.setAttribute("data-drawn", "true"); });
    root.dkg = { network: network, nodes: nodes, edges: edges, view: nodeView, data: data };
    window.dkgCascadeView = root.dkg;
    return root.dkg;
  };
})();
