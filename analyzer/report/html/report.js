// The HTML report's script (analyzer/report/html_reporter.h): draws the summary, the portability
// map, the finding list and the inventory from the JSON document #platlint-data. No library, no
// network. Lists show one page at a time, so that 20,000 findings cost 20,000 objects, not nodes.
(function () {
  "use strict";
  const started = performance.now();
  const data = JSON.parse(document.getElementById("platlint-data").textContent);
  const app = document.getElementById("app");
  const PAGE = 100;
  const PLATFORMS = { macos: "macOS", windows: "Windows", linux: "other Linux" };
  const MAP_PLATFORMS = ["macos", "windows"];
  const number = new Intl.NumberFormat("en");
  const fmt = (n) => number.format(n);

  // el("p", {class: "x", onclick: f}, "text", child, ...): a DOM element; text is never parsed as HTML.
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else if (key === "text") node.textContent = value;
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  // A message's `code` spans as <code>.
  function richText(text) {
    return String(text).split("`").map((part, i) => (i % 2 ? el("code", {}, part) : part));
  }

  function section(id, title, ...children) {
    return el("section", { id: id, "aria-labelledby": id + "-title" }, el("h2", { id: id + "-title" }, title), children);
  }

  function card(key, value, label) {
    return el("div", { class: "card", "data-count": key }, el("span", { class: "num" }, fmt(value)), el("span", { class: "label" }, label));
  }

  // A table whose column headers sort it (click or Enter/Space on the header's button).
  // columns: [{title, value(row) -> sortable value, cell(row) -> node or text, numeric}]
  function sortableTable(caption, columns, rows, attrs) {
    const tbody = el("tbody");
    const headers = columns.map((column, index) =>
      el("th", { scope: "col", class: column.numeric ? "n" : null },
        el("button", { type: "button", onclick: () => sortBy(index) }, column.title)));
    let sortedBy = -1;
    let ascending = true;
    function fill() {
      tbody.replaceChildren(...rows.map((row) =>
        el("tr", {}, columns.map((c) => el("td", { class: c.numeric ? "n" : null }, c.cell ? c.cell(row) : c.value(row))))));
    }
    function sortBy(index) {
      ascending = sortedBy === index ? !ascending : !columns[index].numeric;
      sortedBy = index;
      const value = columns[index].value;
      rows = rows.slice().sort((a, b) => {
        const x = value(a), y = value(b);
        const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
        return ascending ? order : -order;
      });
      headers.forEach((th, i) => (i === index ? th.setAttribute("aria-sort", ascending ? "ascending" : "descending") : th.removeAttribute("aria-sort")));
      fill();
    }
    fill();
    return el("div", { class: "table-scroll" },
      el("table", attrs || {}, el("caption", { class: "muted" }, caption), el("thead", {}, el("tr", {}, headers)), tbody));
  }

  function platformNames(list) {
    return list.map((p) => PLATFORMS[p] || p).join(", ");
  }

  // ---------------------------------------------------------------- check report
  function drawCheck() {
    const files = data.files;
    const findings = data.findings;
    for (const f of findings) {
      f.path = files[f.file].path;
      const slash = f.path.lastIndexOf("/");
      f.dir = slash < 0 ? "" : f.path.slice(0, slash);
      f.family = f.rule.slice(0, 5) + "xx";
    }
    const filter = { platform: "", family: "", rule: "", dir: "", text: "" };
    const list = findingList(findings, filter);
    const map = portabilityMap(files, findings, (dir) => list.setDirectory(dir));
    list.onDirectory = (dir) => map.zoom(dir, false);
    const [counts, breakdown] = summary(findings, (rule) => list.setRule(rule));
    const components = data.components.length === 0 ? [] : [componentTable(data.components, (c) => {
      if (c.kind === "directory") {
        const dir = c.path.replace(/\/+$/, "");
        list.setDirectory(dir);
        map.zoom(dir, false);
      } else {
        list.setText(c.path);
      }
      document.getElementById("finding-status").scrollIntoView();
    })];
    app.append(counts, map.node, ...components, breakdown, list.node);
  }

  // What `check --suggest-targets` lists; a component's button filters the list to its findings.
  function componentTable(components, show) {
    const ratio = (part, whole) => fmt(part) + " of " + fmt(whole);
    return section("components", "Components that look Linux-only by design",
      el("p", {}, "Most of the files with findings in each of these run Linux-only programs, read Linux kernel ",
        "interfaces or use Linux-only APIs. Declared Linux-only (", el("code", {}, "per-file-target"), ", whose entries ",
        el("code", {}, "platlint check --suggest-targets"), " writes), a component keeps only the findings that ",
        "break on another Linux; one that must run elsewhere keeps them all."),
      sortableTable("Components (a component filters the list)", [
        { title: "Component", value: (c) => c.path,
          cell: (c) => el("button", { type: "button", class: "link", onclick: () => show(c),
            "aria-label": "Show the findings of " + c.path }, c.path) },
        { title: "Files tied to Linux", numeric: true, value: (c) => c.files_tied_to_linux / c.files_with_findings,
          cell: (c) => ratio(c.files_tied_to_linux, c.files_with_findings) },
        { title: "Linux ties", numeric: true, value: (c) => c.linux_ties, cell: (c) => ratio(c.linux_ties, c.findings) },
        { title: "What they use", value: (c) => c.names.join(", "),
          cell: (c) => c.names.flatMap((name, i) => (i ? [", ", el("code", {}, name)] : [el("code", {}, name)])) },
      ], components, { id: "component-table" }));
  }

  function countBy(items, key) {
    const counts = new Map();
    for (const item of items) for (const k of [].concat(key(item))) counts.set(k, (counts.get(k) || 0) + 1);
    return counts;
  }

  function summary(findings, showRule) {
    const onPlatform = countBy(findings, (f) => f.breaks_on);
    const fixable = findings.filter((f) => f.fix && f.fix.applies).length;
    const unsafeOnly = findings.filter((f) => f.fix && !f.fix.applies).length;
    const cards = [
      card("files", data.files_analysed, "files analysed"),
      card("findings", findings.length, "findings"),
      ...Object.entries(PLATFORMS).map(([p, name]) => card(p, onPlatform.get(p) || 0, "break on " + name)),
      card("fixable", fixable, "fixable with --fix"),
      card("unsafe-fixable", unsafeOnly, "more with --unsafe-fixes"),
      card("suppressed", data.suppressed, "suppressed in the code"),
      card("guarded", data.guarded, "inside platform guards"),
    ];
    if (data.baseline) {
      cards.push(card("baseline", data.baseline.unchanged, "hidden by the baseline"),
        card("baseline-fixed", data.baseline.fixed, "fixed since the baseline"));
    }
    if (data.notices) cards.push(card("notices", data.notices, "notices (files not analysed)"));

    const perPlatform = () => Object.keys(PLATFORMS).map((p) => ({
      title: PLATFORMS[p], numeric: true, value: (row) => row[p] || 0,
    }));
    const tally = (key) => {
      const rows = new Map();
      for (const f of findings) {
        const row = rows.get(key(f)) || rows.set(key(f), { key: key(f), count: 0 }).get(key(f));
        row.count++;
        for (const p of f.breaks_on) row[p] = (row[p] || 0) + 1;
      }
      return [...rows.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    };
    const families = sortableTable("Findings per family", [
      { title: "Family", value: (r) => r.key },
      { title: "Findings", numeric: true, value: (r) => r.count },
      ...perPlatform(),
    ], tally((f) => f.family), { id: "family-table" });
    const rules = sortableTable("Findings per rule (a rule filters the list)", [
      { title: "Rule", value: (r) => r.key,
        cell: (r) => el("button", { type: "button", class: "link", onclick: () => showRule(r.key),
          "aria-label": "Show the findings of " + r.key }, r.key) },
      { title: "Name", value: (r) => (data.rules[r.key] || {}).name || "" },
      { title: "Findings", numeric: true, value: (r) => r.count },
      { title: "Fixable", numeric: true, value: (r) => r.fixable || 0 },
      ...perPlatform(),
    ], tally((f) => f.rule).map((row) => {
      row.fixable = findings.filter((f) => f.rule === row.key && f.fix && f.fix.applies).length;
      return row;
    }), { id: "rule-table" });
    return [section("summary", "Summary", el("div", { class: "cards" }, cards)),
      section("breakdown", "Findings per family and rule", el("div", { class: "tables" }, families, rules))];
  }

  // ---------------------------------------------------------------- portability map
  function directoryTree(files, findings) {
    const root = { name: data.project, path: "", children: new Map(), ownLines: 0, lines: 0, files: 0, findings: {}, breaking: {} };
    const perFile = files.map(() => ({}));
    for (const f of findings) for (const p of f.breaks_on) perFile[f.file][p] = (perFile[f.file][p] || 0) + 1;
    files.forEach((file, index) => {
      if (file.kind === "path") return;  // a directory or non-source path reported as a whole
      const parts = file.path.split("/");
      parts.pop();
      const lines = Math.max(file.lines, 1);
      let node = root;
      const chain = [root];
      for (const part of parts) {
        if (!node.children.has(part)) {
          node.children.set(part, { name: part, path: node.path ? node.path + "/" + part : part, parent: node,
            children: new Map(), ownLines: 0, lines: 0, files: 0, findings: {}, breaking: {} });
        }
        node = node.children.get(part);
        chain.push(node);
      }
      node.ownLines += lines;
      for (const n of chain) {
        n.lines += lines;
        n.files++;
        for (const [p, count] of Object.entries(perFile[index])) {
          n.findings[p] = (n.findings[p] || 0) + count;
          n.breaking[p] = (n.breaking[p] || 0) + 1;
        }
      }
    });
    return root;
  }

  const MEASURES = {
    density: {
      label: "findings per 1,000 lines",
      value: (n, p) => (1000 * (n.findings[p] || 0)) / n.lines,
      bands: [0, 1, 5, 20],
      text: (v) => (v >= 10 ? v.toFixed(0) : v.toFixed(1)) + " /kLoC",
      bandLabels: ["none", "up to 1", "1 to 5", "5 to 20", "over 20"],
    },
    share: {
      label: "share of files that break",
      value: (n, p) => (n.breaking[p] || 0) / n.files,
      bands: [0, 0.1, 0.25, 0.5],
      text: (v) => Math.round(100 * v) + "%",
      bandLabels: ["none", "up to 10%", "10% to 25%", "25% to 50%", "over 50%"],
    },
  };

  function bandOf(measure, value) {
    let band = 0;
    measure.bands.forEach((limit, i) => { if (value > limit) band = i + 1; });
    return band;
  }

  // Squarified treemap (Bruls et al.): items [{weight}] laid into rect; sets item.rect.
  function squarify(items, rect) {
    const total = items.reduce((s, i) => s + i.weight, 0);
    if (!total) return;
    let { x, y, w, h } = rect;
    const scale = (w * h) / total;
    let rest = items.slice().sort((a, b) => b.weight - a.weight);
    while (rest.length) {
      const side = Math.min(w, h);
      let row = [];
      let worst = Infinity;
      while (rest.length) {
        const candidate = row.concat([rest[0]]);
        const area = candidate.reduce((s, i) => s + i.weight * scale, 0);
        const ratio = Math.max(...candidate.map((i) => {
          const a = i.weight * scale;
          return Math.max((side * side * a) / (area * area), (area * area) / (side * side * a));
        }));
        if (row.length && ratio > worst) break;
        row = candidate;
        worst = ratio;
        rest.shift();
      }
      const area = row.reduce((s, i) => s + i.weight * scale, 0);
      const thick = side ? area / side : 0;
      let offset = 0;
      for (const item of row) {
        const length = thick ? (item.weight * scale) / thick : 0;
        item.rect = w >= h ? { x: x, y: y + offset, w: thick, h: length } : { x: x + offset, y: y, w: length, h: thick };
        offset += length;
      }
      if (w >= h) { x += thick; w -= thick; } else { y += thick; h -= thick; }
    }
  }

  function portabilityMap(files, findings, onZoom) {
    const root = directoryTree(files, findings);
    const state = { platform: "windows", measure: "density", zoomed: root };
    const treemap = el("div", { class: "treemap", role: "group", "aria-label": "Portability map: one cell per directory" });
    const crumbs = el("nav", { class: "crumbs", "aria-label": "Map position" });
    const legend = el("ul", { class: "legend", "aria-label": "Legend" });
    const description = el("p", { class: "muted", id: "map-description" });

    const platformChoice = el("fieldset", {}, el("legend", {}, "Platform"),
      MAP_PLATFORMS.map((p) => el("label", {},
        el("input", { type: "radio", name: "map-platform", value: p, checked: p === state.platform,
          onchange: () => { state.platform = p; draw(); } }), " " + PLATFORMS[p] + " ")));
    const measureChoice = el("label", {}, "Colour by ",
      el("select", { id: "map-measure", onchange: (e) => { state.measure = e.target.value; draw(); } },
        Object.entries(MEASURES).map(([key, m]) => el("option", { value: key }, m.label))));

    function findNode(path) {
      let node = root;
      for (const part of path ? path.split("/") : []) {
        node = node.children.get(part);
        if (!node) return root;
      }
      return node;
    }

    function cellLabel(node, measure, value) {
      const p = PLATFORMS[state.platform];
      return node.path + ": " + fmt(node.lines) + " lines in " + fmt(node.files) + " files; " +
        fmt(node.findings[state.platform] || 0) + " findings break on " + p + " (" + measure.text(value) + "), " +
        fmt(node.breaking[state.platform] || 0) + " of " + fmt(node.files) + " files break on " + p +
        ". Zoom in and list its findings.";
    }

    // Every directory below `node` gets a cell, nested inside its parent's; the files directly in a
    // directory take up their share of its area without cells of their own.
    function layout(node, rect, cells) {
      const header = rect.h > 34 && rect.w > 50 ? 16 : 0;
      const pad = rect.w > 8 && rect.h > 8 ? 2 : 0;
      const inner = { x: rect.x + pad, y: rect.y + header + pad, w: Math.max(rect.w - 2 * pad, 0), h: Math.max(rect.h - header - 2 * pad, 0) };
      const items = [...node.children.values()].map((child) => ({ node: child, weight: child.lines }));
      if (node.ownLines) items.push({ node: null, weight: node.ownLines });
      squarify(items, inner);
      for (const item of items) {
        if (!item.node) continue;
        cells.push({ node: item.node, rect: item.rect });
        layout(item.node, item.rect, cells);
      }
    }

    function draw() {
      const measure = MEASURES[state.measure];
      const width = treemap.clientWidth || 800;
      const height = treemap.clientHeight || 480;
      const cells = [];
      layout(state.zoomed, { x: 0, y: 0, w: width, h: height }, cells);
      treemap.replaceChildren(...cells.map(({ node, rect }) => {
        const value = measure.value(node, state.platform);
        const band = bandOf(measure, value);
        const size = rect.w < 40 || rect.h < 15 ? " tiny" : rect.w < 110 ? " short" : "";
        return el("button", {
          type: "button", class: "cell band" + band + size, "data-dir": node.path, "data-band": band,
          "aria-label": cellLabel(node, measure, value), title: cellLabel(node, measure, value),
          style: "left:" + rect.x.toFixed(1) + "px;top:" + rect.y.toFixed(1) + "px;width:" + rect.w.toFixed(1) +
            "px;height:" + rect.h.toFixed(1) + "px",
          onclick: () => zoom(node.path, true),
        }, el("span", { class: "cell-name" }, node.name), el("span", { class: "cell-value" }, measure.text(value)));
      }));
      crumbs.replaceChildren();
      const chain = [];
      for (let n = state.zoomed; n; n = n.parent) chain.unshift(n);
      chain.forEach((n, i) => {
        if (i) crumbs.append(" \u203a ");
        crumbs.append(el("button", { type: "button", "aria-current": n === state.zoomed ? "location" : null,
          onclick: () => zoom(n.path, true) }, i ? n.name : data.project + " (all)"));
      });
      legend.replaceChildren(...measure.bandLabels.map((label, band) =>
        el("li", {}, el("span", { class: "swatch band" + band, "aria-hidden": "true" }), label)));
      const z = state.zoomed;
      description.textContent = (z.path || data.project) + ": " + fmt(z.lines) + " lines in " + fmt(z.files) +
        " files, " + fmt(z.breaking[state.platform] || 0) + " of them break on " + PLATFORMS[state.platform] +
        ". Area is lines of code, colour and pattern " + measure.label + " on " + PLATFORMS[state.platform] + ".";
    }

    // Zooms the map to `path`; `filterList` also narrows the finding list to that directory.
    function zoom(path, filterList) {
      state.zoomed = findNode(path);
      draw();
      if (filterList) onZoom(state.zoomed.path);
    }

    let resizeTimer = 0;
    window.addEventListener("resize", () => { clearTimeout(resizeTimer); resizeTimer = setTimeout(draw, 100); });
    const node = section("map", "Portability map",
      el("p", { class: "muted" }, "Each directory is a cell: its area is its lines of code, its colour and pattern how much of it breaks on the platform chosen. Choosing a cell zooms in and lists its findings."),
      el("div", { class: "controls" }, platformChoice, measureChoice), crumbs, description, treemap, legend);
    requestAnimationFrame(draw);
    draw();
    return { node, zoom };
  }

  // ---------------------------------------------------------------- finding list
  function findingList(findings, filter) {
    let matching = findings;
    let page = 0;
    const families = [...countBy(findings, (f) => f.family)].sort();
    const rules = [...countBy(findings, (f) => f.rule)].sort();
    const dirs = [...new Set(findings.map((f) => f.dir))].sort();
    const status = el("p", { class: "status", id: "finding-status", role: "status", "aria-live": "polite" });
    const items = el("ol", { class: "findings", id: "finding-list" });
    const pageLabel = el("span", { id: "page-label" });
    const previous = el("button", { type: "button", class: "action", id: "page-previous", onclick: () => turn(-1) }, "\u2190 Previous");
    const next = el("button", { type: "button", class: "action", id: "page-next", onclick: () => turn(1) }, "Next \u2192");

    const select = (id, label, key, options) => el("label", {}, label,
      el("select", { id: id, onchange: (e) => { filter[key] = e.target.value; apply(); } },
        el("option", { value: "" }, "all"), options));
    const platformSelect = select("filter-platform", "Breaks on", "platform",
      Object.entries(PLATFORMS).map(([p, name]) => el("option", { value: p }, name)));
    const familySelect = select("filter-family", "Family", "family",
      families.map(([family, n]) => el("option", { value: family }, family + " (" + fmt(n) + ")")));
    const ruleSelect = select("filter-rule", "Rule", "rule",
      rules.map(([rule, n]) => el("option", { value: rule }, rule + " " + ((data.rules[rule] || {}).name || "") + " (" + fmt(n) + ")")));
    const dirInput = el("input", { id: "filter-dir", type: "search", list: "dir-list", placeholder: "e.g. nova/virt",
      oninput: (e) => { filter.dir = e.target.value.replace(/\/+$/, ""); apply(); result.onDirectory && result.onDirectory(filter.dir); } });
    const textInput = el("input", { id: "filter-text", type: "search", placeholder: "path, rule, message",
      oninput: (e) => { filter.text = e.target.value.toLowerCase(); apply(); } });
    const form = el("form", { class: "filters", role: "search", "aria-label": "Filter the findings", onsubmit: (e) => e.preventDefault() },
      platformSelect, familySelect, ruleSelect,
      el("label", {}, "Directory", dirInput), el("datalist", { id: "dir-list" }, dirs.map((d) => el("option", { value: d }))),
      el("label", {}, "Text", textInput),
      el("button", { type: "button", class: "action", id: "filter-clear", onclick: clear }, "Clear filters"));

    function searchText(f) {
      if (f.search === undefined) {
        f.search = [f.path, f.rule, (data.rules[f.rule] || {}).name, f.summary, f.help].join("\n").toLowerCase();
      }
      return f.search;
    }

    function matches(f) {
      return (!filter.platform || f.breaks_on.includes(filter.platform)) &&
        (!filter.family || f.family === filter.family) &&
        (!filter.rule || f.rule === filter.rule) &&
        (!filter.dir || f.dir === filter.dir || f.dir.startsWith(filter.dir + "/")) &&
        (!filter.text || searchText(f).includes(filter.text));
    }

    function apply() {
      matching = findings.filter(matches);
      page = 0;
      render();
    }

    function clear() {
      Object.keys(filter).forEach((k) => (filter[k] = ""));
      for (const control of form.querySelectorAll("select, input")) control.value = "";
      apply();
      result.onDirectory && result.onDirectory("");
    }

    function turn(step) {
      page += step;
      render();
      status.focus();
    }

    function render() {
      const pages = Math.max(1, Math.ceil(matching.length / PAGE));
      page = Math.min(Math.max(page, 0), pages - 1);
      const first = page * PAGE;
      const shown = matching.slice(first, first + PAGE);
      status.dataset.matching = matching.length;
      status.textContent = matching.length === findings.length
        ? fmt(findings.length) + " findings"
        : fmt(matching.length) + " of " + fmt(findings.length) + " findings match";
      if (matching.length > PAGE) status.textContent += "; showing " + fmt(first + 1) + "\u2013" + fmt(first + shown.length);
      pageLabel.textContent = "Page " + (page + 1) + " of " + pages;
      previous.disabled = page === 0;
      next.disabled = page >= pages - 1;
      items.replaceChildren(...shown.map(findingItem));
    }

    const result = {
      node: section("findings", "Findings", form, status, el("div", { class: "pager" }, previous, pageLabel, next), items),
      setRule(rule) {
        filter.rule = rule;
        ruleSelect.querySelector("select").value = rule;
        apply();
        status.scrollIntoView();
      },
      setDirectory(dir) {
        filter.dir = dir;
        dirInput.value = dir;
        apply();
      },
      setText(text) {
        filter.dir = "";
        dirInput.value = "";
        filter.text = text.toLowerCase();
        textInput.value = text;
        apply();
      },
      onDirectory: null,
    };
    status.tabIndex = -1;
    apply();
    return result;
  }

  function codeFrame(frame) {
    const gutter = String(frame.lines[frame.lines.length - 1][0]).length;
    const pre = el("pre", { class: "frame", "aria-label": "Source" });
    for (const [number, text, caretStart, caretEnd] of frame.lines) {
      pre.append(el("span", { class: "gutter" }, String(number).padStart(gutter) + " \u2502 "), text, "\n");
      if (caretEnd > caretStart) {
        pre.append(el("span", { class: "gutter" }, " ".repeat(gutter) + " \u2502 "),
          " ".repeat(caretStart), el("span", { class: "caret" }, "^".repeat(caretEnd - caretStart)), "\n");
      }
    }
    if (frame.elided) pre.append(el("span", { class: "gutter" }, " ".repeat(gutter) + " \u2502 \u2026"), "\n");
    return pre;
  }

  function diffBlock(diff) {
    return el("pre", { class: "diff", "aria-label": "Fix as a diff" }, diff.replace(/\n$/, "").split("\n").map((line) =>
      el("span", { class: line.startsWith("+") ? "add" : line.startsWith("-") ? "del" : line.startsWith("@@") ? "hunk" : null }, line + "\n")));
  }

  function findingItem(f) {
    const rule = data.rules[f.rule] || {};
    const where = f.path + (f.start[0] ? ":" + f.start[0] + ":" + f.start[1] : "");
    const fix = f.fix && el("div", { class: "fix" },
      el("p", {}, el("span", { class: "fix-title" }, f.fix.safety === "safe" ? "Fix (safe): " : "Fix (unsafe, with --unsafe-fixes): "),
        richText(f.fix.description)),
      f.fix.diff && diffBlock(f.fix.diff));
    return el("li", { class: "finding level-" + f.level, "data-rule": f.rule },
      el("div", { class: "head" },
        el("span", { class: "where mono" }, where),
        el("a", { class: "rule", href: rule.url, title: rule.short }, f.rule),
        el("span", { class: "mono" }, rule.name),
        el("span", { class: "badge" }, f.level),
        el("span", { class: "platforms" }, "breaks on " + platformNames(f.breaks_on))),
      el("p", { class: "message" }, richText(f.summary)),
      f.frame && codeFrame(f.frame),
      f.help && el("p", { class: "help" }, richText(f.help)),
      fix,
      f.related && el("ul", { class: "related", "aria-label": "Also at" }, f.related.map((r) => el("li", {}, "also at ", richText(r)))));
  }

  // ---------------------------------------------------------------- inventory
  function drawInventory(inv) {
    const yes = (b) => (b ? "yes" : "no");
    // The places are drawn when first opened: an entry may have thousands.
    const locations = (entry) => {
      const list = entry.locations;
      const items = el("ul");
      const details = el("details", { class: "locations", ontoggle: () => {
        if (!details.open || items.childElementCount) return;
        items.append(...list.map((l) => el("li", {}, el("span", { class: "mono" }, l.path + ":" + l.line + ":" + l.column),
          " ", l.use, l.reachable_on.length < 3 ? " (only on " + platformNames(l.reachable_on) + ")" : "")));
      } }, el("summary", {}, fmt(list.length) + (list.length === 1 ? " place" : " places")), items);
      return details;
    };
    const rule = (entry) => entry.rule || "";
    const missing = (entry) => platformNames(entry.missing_on || []);
    const count = (entry) => entry.locations.length;
    const sections = [
      ["environment_variables", "Environment variables", [
        { title: "Name", value: (e) => e.name, cell: (e) => el("code", {}, e.name) },
        { title: "Read", value: (e) => yes(e.read) }, { title: "Written", value: (e) => yes(e.written) },
        { title: "Switch", value: (e) => yes(e.switch) }, { title: "Documented", value: (e) => yes(e.documented) },
        { title: "Defaults", value: (e) => e.defaults.join(", ") }, { title: "Rule", value: rule },
        { title: "Places", numeric: true, value: count, cell: locations }]],
      ["kernel_interfaces", "Kernel interfaces", [
        { title: "Group", value: (e) => e.group }, { title: "Path", value: (e) => e.path, cell: (e) => el("code", {}, e.path) },
        { title: "Rule", value: rule }, { title: "Missing on", value: missing },
        { title: "Places", numeric: true, value: count, cell: locations }]],
      ["hardcoded_paths", "Hard-coded paths", [
        { title: "Group", value: (e) => e.group }, { title: "Path", value: (e) => e.path, cell: (e) => el("code", {}, e.path) },
        { title: "Rule", value: rule }, { title: "Missing on", value: missing },
        { title: "Places", numeric: true, value: count, cell: locations }]],
      ["external_programs", "External programs", [
        { title: "Program", value: (e) => e.name, cell: (e) => el("code", {}, e.name) },
        { title: "Rule", value: rule }, { title: "Missing on", value: missing },
        { title: "Places", numeric: true, value: count, cell: locations }]],
      ["platform_apis", "Platform-only APIs", [
        { title: "API", value: (e) => e.name, cell: (e) => el("code", {}, e.name) },
        { title: "Rule", value: rule }, { title: "Missing on", value: missing },
        { title: "Places", numeric: true, value: count, cell: locations }]],
      ["tree_problems", "Paths that cannot be checked out everywhere", [
        { title: "Path", value: (e) => e.path, cell: (e) => el("code", {}, e.path) }, { title: "Rule", value: rule },
        { title: "Breaks on", value: (e) => platformNames(e.breaks_on) }, { title: "Message", value: (e) => e.message }]],
    ];
    app.append(section("summary", "Summary", el("div", { class: "cards" },
      card("files", inv.files_analysed, "files analysed"),
      sections.map(([key, title]) => card(key, inv[key].length, title.toLowerCase())))));
    if (inv.documentation_files.length) {
      app.append(el("p", { class: "muted" }, "Documentation consulted: " + inv.documentation_files.join(", ")));
    }
    for (const [key, title, columns] of sections) {
      app.append(section(key, title, inv[key].length
        ? sortableTable(fmt(inv[key].length) + " entries; a column header sorts", columns, inv[key], { "data-section": key })
        : el("p", { class: "muted" }, "None.")));
    }
  }

  // ---------------------------------------------------------------- draw (after every const above)
  document.getElementById("title").textContent = document.title;
  document.getElementById("subtitle").textContent = "platlint " + data.version + " \u00b7 " + data.project;
  if (data.kind === "inventory") drawInventory(data.inventory);
  else drawCheck();
  document.documentElement.dataset.renderMs = (performance.now() - started).toFixed(1);
  document.documentElement.dataset.ready = "true";
})();
