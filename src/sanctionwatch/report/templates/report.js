// Network pictures: zoom with the wheel or the buttons, pan by dragging, click (or Enter on) a
// node to list its records. A link to #<picture id> shows that network alone (to share or
// capture it); #<picture id>/<node number> also opens that node's records.
(function () {
  "use strict";

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function recordTable(records) {
    var keys = [];
    records.forEach(function (record) {
      Object.keys(record).forEach(function (key) {
        if (keys.indexOf(key) < 0 && key !== "matches") { keys.push(key); }
      });
    });
    var table = element("table", null, "compact");
    var head = element("tr");
    keys.forEach(function (key) { head.appendChild(element("th", key)); });
    table.appendChild(head);
    records.forEach(function (record) {
      var row = element("tr");
      keys.forEach(function (key) { row.appendChild(element("td", record[key] === null ? "" : record[key])); });
      table.appendChild(row);
      (record.matches || []).forEach(function (match) {
        var line = element("tr");
        var cell = element("td", "matches " + match.list_name + " " + match.entity_id + " '" +
          match.matched_name + "' (score " + match.score + ")", "listed");
        cell.colSpan = keys.length;
        line.appendChild(cell);
        table.appendChild(line);
      });
    });
    return table;
  }

  function showNode(svg, panel, data, number) {
    var item = data[number];
    if (!item || !panel) { return; }
    svg.querySelectorAll(".node.selected").forEach(function (n) { n.classList.remove("selected"); });
    var node = svg.querySelector('.node[data-node="' + number + '"]');
    if (node) { node.classList.add("selected"); }
    panel.textContent = "";
    panel.appendChild(element("h4", item.label));
    var facts = element("p", null, "muted");
    Object.keys(item.attributes).forEach(function (key) {
      var value = item.attributes[key];
      if (value !== "" && value !== false && value !== null) {
        facts.appendChild(element("span", key + ": " + value + "  "));
      }
    });
    panel.appendChild(facts);
    if (item.records.length) {
      panel.appendChild(recordTable(item.records));
    } else {
      panel.appendChild(element("p", "No registry record of this party's own; see the edges.", "muted"));
    }
    panel.setAttribute("data-shown", number);
  }

  function setup(svg) {
    var source = document.querySelector('script.netdata[data-for="' + svg.id + '"]');
    var panel = document.querySelector('.netpanel[data-for="' + svg.id + '"]');
    var data = source ? JSON.parse(source.textContent) : {};
    var box = svg.viewBox.baseVal;
    var home = [box.x, box.y, box.width, box.height];
    var drag = null;

    function toSvg(evt) {
      var rect = svg.getBoundingClientRect();
      return [box.x + (evt.clientX - rect.left) / rect.width * box.width,
              box.y + (evt.clientY - rect.top) / rect.height * box.height];
    }
    function zoom(factor, centre) {
      box.x = centre[0] - (centre[0] - box.x) * factor;
      box.y = centre[1] - (centre[1] - box.y) * factor;
      box.width *= factor;
      box.height *= factor;
    }
    svg.addEventListener("wheel", function (evt) {
      evt.preventDefault();
      zoom(evt.deltaY < 0 ? 0.85 : 1 / 0.85, toSvg(evt));
    }, { passive: false });
    svg.addEventListener("pointerdown", function (evt) {
      if (evt.target.closest && evt.target.closest(".node")) { return; }
      drag = [evt.clientX, evt.clientY, box.x, box.y];
      svg.setPointerCapture(evt.pointerId);
    });
    svg.addEventListener("pointermove", function (evt) {
      if (!drag) { return; }
      var rect = svg.getBoundingClientRect();
      box.x = drag[2] - (evt.clientX - drag[0]) / rect.width * box.width;
      box.y = drag[3] - (evt.clientY - drag[1]) / rect.height * box.height;
    });
    svg.addEventListener("pointerup", function () { drag = null; });
    svg.addEventListener("click", function (evt) {
      var node = evt.target.closest && evt.target.closest(".node");
      if (node) { showNode(svg, panel, data, node.getAttribute("data-node")); }
    });
    svg.addEventListener("keydown", function (evt) {
      var node = evt.target.closest && evt.target.closest(".node");
      if (node && (evt.key === "Enter" || evt.key === " ")) {
        evt.preventDefault();
        showNode(svg, panel, data, node.getAttribute("data-node"));
      }
    });
    document.querySelectorAll('.nettools[data-for="' + svg.id + '"] button').forEach(function (button) {
      button.addEventListener("click", function () {
        var centre = [box.x + box.width / 2, box.y + box.height / 2];
        var action = button.getAttribute("data-action");
        if (action === "in") { zoom(0.8, centre); }
        else if (action === "out") { zoom(1.25, centre); }
        else { box.x = home[0]; box.y = home[1]; box.width = home[2]; box.height = home[3]; }
      });
    });
    svg.setAttribute("data-interactive", "1");
    return function (number) { showNode(svg, panel, data, number); };
  }

  var pictures = {};
  document.querySelectorAll("svg.netgraph").forEach(function (svg) { pictures[svg.id] = setup(svg); });
  var wanted = decodeURIComponent(window.location.hash.replace(/^#/, "")).split("/");
  if (pictures[wanted[0]]) {
    document.documentElement.setAttribute("data-focus", wanted[0]);
    document.getElementById("network-" + wanted[0]).classList.add("focused");
    if (wanted.length === 2) { pictures[wanted[0]](wanted[1]); }
  }
  document.documentElement.setAttribute("data-report-ready", "1");
})();
