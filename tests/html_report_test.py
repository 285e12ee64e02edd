#!/usr/bin/env python3
"""The HTML report in a real browser: headless Chromium loads `platlint check --format html` and
`platlint inventory --format html` of a tree, and the DOM is compared with the JSON reports of the
same tree: the summary's counts, the per-rule table, the finding list and its filters, the map (one
cell per directory, zoom by click and by keyboard, the platform switch) and the inventory's sortable
tables. Chromium is driven over the DevTools protocol on --remote-debugging-pipe (fd 3: commands in,
fd 4: replies out, each message JSON ended by a NUL byte), with the standard library only.

  tests/html_report_test.py --platlint build/platlint [--chromium chromium] [--screenshots DIR]
                            [--keep DIR] [--measure] PATH...

Exit 0 when every check passed, 1 when one failed, 77 (skipped) when no Chromium is installed.
"""
import argparse
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path


class Browser:
    """One headless Chromium with one page, spoken to over the DevTools pipe."""

    def __init__(self, chromium, profile):
        # The browser reads commands on fd 3 and writes replies on fd 4. Our ends are moved above
        # fd 10 first so that the dup2 calls in the child cannot clobber one another.
        commands_read, commands_write = os.pipe()
        replies_read, replies_write = os.pipe()
        child_in = fcntl.fcntl(commands_read, fcntl.F_DUPFD, 10)
        child_out = fcntl.fcntl(replies_write, fcntl.F_DUPFD, 10)
        os.close(commands_read)
        os.close(replies_write)

        def wire_pipes():
            os.dup2(child_in, 3)
            os.dup2(child_out, 4)

        self.process = subprocess.Popen(
            [chromium, "--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions",
             "--user-data-dir=" + profile, "about:blank"],
            pass_fds=(3, 4), preexec_fn=wire_pipes, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(child_in)
        os.close(child_out)
        self.to_browser = os.fdopen(commands_write, "wb", buffering=0)
        self.from_browser = os.fdopen(replies_read, "rb", buffering=0)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def _message(self):
        while b"\0" not in self.buffer:
            chunk = self.from_browser.read(65536)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self.buffer += chunk
        text, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(text)

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        self.to_browser.write(json.dumps(message).encode() + b"\0")
        while True:
            reply = self._message()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self.events.append(reply)

    def wait_event(self, method):
        while True:
            for i, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(i)
            self.events.append(self._message())

    def open_page(self):
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        self.send("Page.enable")
        self.send("Runtime.enable")

    def resize(self, width, height):
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def load(self, url):
        self.events = [e for e in self.events if e.get("method") != "Page.loadEventFired"]
        self.send("Page.navigate", {"url": url})
        self.wait_event("Page.loadEventFired")

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def key(self, key, code, key_code, text=None):
        """A key press as a person makes it (the text makes Enter activate a focused button)."""
        down = {"type": "keyDown", "key": key, "code": code, "windowsVirtualKeyCode": key_code,
                "nativeVirtualKeyCode": key_code}
        if text:
            down["text"] = text
        self.send("Input.dispatchKeyEvent", down)
        self.send("Input.dispatchKeyEvent", {**down, "type": "keyUp", "text": ""})

    def screenshot(self, path):
        height = self.evaluate("document.documentElement.scrollHeight")
        shot = self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                    "clip": {"x": 0, "y": 0, "width": self.evaluate("innerWidth"),
                                                             "height": min(height, 2400), "scale": 1}})
        import base64
        Path(path).write_bytes(base64.b64decode(shot["data"]))

    def exceptions(self):
        return [e for e in self.events if e.get("method") == "Runtime.exceptionThrown"]

    def close(self):
        try:
            self.send("Browser.close", session=False)
        except (RuntimeError, OSError):
            pass
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def equal(self, what, actual, expected):
        if actual == expected:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {what}: the page shows {actual!r}, expected {expected!r}", file=sys.stderr)

    def true(self, what, condition):
        self.equal(what, bool(condition), True)


def run_platlint(platlint, args, cwd):
    done = subprocess.run([platlint] + args, cwd=cwd, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"platlint {' '.join(args)} failed ({done.returncode}): {done.stderr}")


# Waits until the report has drawn itself (the script sets data-ready last).
READY = """new Promise((resolve) => { const poll = () => document.documentElement.dataset.ready === "true"
  ? resolve(true) : setTimeout(poll, 20); poll(); })"""

SET_CONTROL = """((id, value, event) => { const c = document.getElementById(id); c.value = value;
  c.dispatchEvent(new Event(event, {bubbles: true})); return true; })"""

LIST_STATE = """(() => ({matching: Number(document.getElementById("finding-status").dataset.matching),
  rules: [...document.querySelectorAll("#finding-list > li")].map((li) => li.dataset.rule),
  where: [...document.querySelectorAll("#finding-list .where")].map((w) => w.textContent)}))()"""


def place(finding):
    """A finding's place as the page writes it: a finding on a path as a whole has no line."""
    start = finding["start"]
    return finding["path"] + (f":{start['line']}:{start['column']}" if start["line"] else "")


def check_report(browser, checks, html, report, components):
    browser.load(html.as_uri())
    browser.evaluate(READY)
    data = browser.evaluate("JSON.parse(document.getElementById('platlint-data').textContent)")
    findings = report["findings"]
    cards = browser.evaluate("""Object.fromEntries([...document.querySelectorAll("[data-count]")].map(
        (c) => [c.dataset.count, Number(c.querySelector(".num").textContent.replace(/,/g, ""))]))""")
    checks.equal("files analysed", cards["files"], report["files_analysed"])
    checks.equal("findings", cards["findings"], len(findings))
    checks.equal("suppressed", cards["suppressed"], len(report["suppressed"]))
    checks.equal("inside guards", cards["guarded"], report["guarded"])
    for platform in ("macos", "windows", "linux"):
        checks.equal(f"findings that break on {platform}", cards[platform],
                     sum(platform in f["breaks_on"] for f in findings))
    checks.equal("fixable with --fix", cards["fixable"],
                 sum(1 for f in findings if f.get("fix", {}).get("safety") == "safe" and f["fix"].get("edits")))

    per_rule = Counter(f["rule"] for f in findings)
    table = browser.evaluate("""[...document.querySelectorAll("#rule-table tbody tr")].map(
        (tr) => [tr.cells[0].textContent, Number(tr.cells[2].textContent.replace(/,/g, ""))])""")
    checks.equal("the per-rule table", dict(table), dict(per_rule))
    families = browser.evaluate("""[...document.querySelectorAll("#family-table tbody tr")].map(
        (tr) => [tr.cells[0].textContent, Number(tr.cells[1].textContent.replace(/,/g, ""))])""")
    checks.equal("the per-family table", dict(families), dict(Counter(f["rule"][:5] + "xx" for f in findings)))

    state = browser.evaluate(LIST_STATE)
    checks.equal("findings listed", state["matching"], len(findings))
    checks.equal("findings on the first page", len(state["rules"]), min(100, len(findings)))
    checks.equal("first finding", state["where"][:1],
                 [place(f) for f in findings[:1]])
    if len(findings) > 100:
        browser.evaluate("document.getElementById('page-next').click()")
        checks.equal("second page", browser.evaluate(LIST_STATE)["where"][:1],
                     [place(f) for f in findings[100:101]])
        browser.evaluate("document.getElementById('page-previous').click()")

    rule, count = per_rule.most_common(1)[0]
    browser.evaluate(f"{SET_CONTROL}('filter-rule', {json.dumps(rule)}, 'change')")
    state = browser.evaluate(LIST_STATE)
    checks.equal(f"findings of {rule}", state["matching"], count)
    checks.equal(f"rules listed under the filter {rule}", set(state["rules"]), {rule})
    browser.evaluate(f"{SET_CONTROL}('filter-platform', 'windows', 'change')")
    checks.equal(f"findings of {rule} on windows", browser.evaluate(LIST_STATE)["matching"],
                 sum(1 for f in findings if f["rule"] == rule and "windows" in f["breaks_on"]))
    browser.evaluate("document.getElementById('filter-clear').click()")
    checks.equal("findings after clearing the filters", browser.evaluate(LIST_STATE)["matching"], len(findings))
    family = findings[-1]["rule"][:5] + "xx"
    browser.evaluate(f"{SET_CONTROL}('filter-family', {json.dumps(family)}, 'change')")
    checks.equal(f"findings of the family {family}", browser.evaluate(LIST_STATE)["matching"],
                 sum(1 for f in findings if f["rule"].startswith(family[:5])))
    browser.evaluate("document.getElementById('filter-clear').click()")
    needle = findings[-1]["path"].lower()
    browser.evaluate(f"{SET_CONTROL}('filter-text', {json.dumps(needle)}, 'input')")
    checks.equal(f"findings matching the text {needle!r}", browser.evaluate(LIST_STATE)["matching"],
                 sum(1 for f in findings if needle in f["path"].lower()
                     or needle in f["message"].lower() or needle in f["rule"].lower()))
    browser.evaluate(f"{SET_CONTROL}('filter-text', 'no finding says this', 'input')")
    checks.equal("findings matching nonsense", browser.evaluate(LIST_STATE)["matching"], 0)
    browser.evaluate("document.getElementById('filter-clear').click()")

    # The components that look Linux-only: the table says what `check --suggest-targets` says, and a
    # component's button lists its findings (a directory's: those below it; a file's: those naming it).
    rows = browser.evaluate("""[...document.querySelectorAll("#component-table tbody tr")].map(
        (tr) => [...tr.cells].map((td) => td.textContent))""")
    checks.equal("the component table", sorted(rows), sorted(
        [c["path"], f"{c['files_tied_to_linux']} of {c['files_with_findings']}", f"{c['linux_ties']} of {c['findings']}",
         ", ".join(c["names"])] for c in components))
    for component in [next((c for c in components if c["kind"] == kind), None) for kind in ("file", "directory")]:
        if not component:
            continue
        browser.evaluate(f"""[...document.querySelectorAll("#component-table tbody button")].find(
            (b) => b.textContent === {json.dumps(component["path"])}).click()""")
        needle = component["path"].lower()
        expected = sum(1 for f in findings if f["path"].startswith(component["path"])) if component["kind"] == "directory" \
            else sum(1 for f in findings if needle in f["path"].lower() or needle in f["message"].lower())
        checks.equal(f"findings listed for the component {component['path']}", browser.evaluate(LIST_STATE)["matching"], expected)
        browser.evaluate("document.getElementById('filter-clear').click()")

    # A fix shows as a diff under its finding, the code frame underlines the range.
    fixed = next((f for f in findings if f.get("fix", {}).get("edits")), None)
    if fixed:
        browser.evaluate(f"{SET_CONTROL}('filter-rule', {json.dumps(fixed['rule'])}, 'change')")
        browser.evaluate(f"{SET_CONTROL}('filter-text', {json.dumps(fixed['path'].lower())}, 'input')")
        shown = browser.evaluate(f"""(() => {{ const li = [...document.querySelectorAll('#finding-list > li')].find(
            (li) => li.querySelector('.where').textContent === {json.dumps(place(fixed))});
            return li && {{diff: [...li.querySelectorAll('pre.diff .add, pre.diff .del')].map((l) => l.textContent[0]),
                          carets: li.querySelectorAll('pre.frame .caret').length}}; }})()""")
        checks.true(f"the fix of {place(fixed)} as a diff", shown and "+" in shown["diff"])
        checks.true(f"the code frame of {place(fixed)}", shown and shown["carets"] > 0)
        browser.evaluate("document.getElementById('filter-clear').click()")

    # The map: one cell per directory of the report's files, each with a label.
    directories = set()
    for file in data["files"]:
        if file["kind"] == "path":
            continue
        parts = file["path"].split("/")[:-1]
        directories.update("/".join(parts[:i]) for i in range(1, len(parts) + 1))
    checks.true("the tree has several directories", len(directories) >= 3)
    cells = browser.evaluate("""[...document.querySelectorAll(".treemap .cell")].map((c) => ({dir: c.dataset.dir,
        label: c.getAttribute("aria-label"), width: c.offsetWidth, height: c.offsetHeight}))""")
    checks.equal("map cells, one per directory", sorted(c["dir"] for c in cells), sorted(directories))
    checks.true("every cell has a label naming its directory", all(c["label"].startswith(c["dir"] + ":") for c in cells))
    checks.true("the map has area", sum(c["width"] * c["height"] for c in cells) > 10000)
    checks.true("cells are labelled for windows", all("break on Windows" in c["label"] for c in cells))
    browser.evaluate("document.querySelector('input[name=map-platform][value=macos]').click()")
    labels = browser.evaluate("[...document.querySelectorAll('.treemap .cell')].map((c) => c.getAttribute('aria-label'))")
    checks.true("the platform switch relabels the cells for macOS", labels and all("break on macOS" in l for l in labels))

    # Click the directory with the most findings: the map zooms in, the list shows its findings.
    by_directory = Counter()
    for f in findings:
        parts = f["path"].split("/")[:-1]
        for i in range(1, len(parts) + 1):
            by_directory["/".join(parts[:i])] += 1
    target = max(sorted(directories), key=lambda d: (by_directory[d], d.count("/")))
    browser.evaluate(f"document.querySelector('.treemap .cell[data-dir={json.dumps(target)}]').click()")
    checks.equal(f"findings under {target} after a click on its cell", browser.evaluate(LIST_STATE)["matching"],
                 by_directory[target])
    checks.equal("the directory filter after the click", browser.evaluate("document.getElementById('filter-dir').value"), target)
    inside = sorted(d for d in directories if d.startswith(target + "/"))
    checks.equal(f"cells after zooming into {target}",
                 browser.evaluate("[...document.querySelectorAll('.treemap .cell')].map((c) => c.dataset.dir).sort()"), inside)
    # Back to the whole tree from the breadcrumb; a directory typed into the filter zooms the map too.
    browser.evaluate("document.querySelector('.crumbs button').click()")
    browser.evaluate(f"{SET_CONTROL}('filter-dir', {json.dumps(target)}, 'input')")
    checks.equal(f"cells after typing {target} into the filter",
                 browser.evaluate("[...document.querySelectorAll('.treemap .cell')].map((c) => c.dataset.dir).sort()"), inside)
    browser.evaluate("document.getElementById('filter-clear').click()")
    # The keyboard: focus a cell, press Enter.
    checks.equal("cells after zooming out", len(browser.evaluate("[...document.querySelectorAll('.treemap .cell')]")),
                 len(directories))
    first = sorted(directories)[0]
    browser.evaluate(f"document.querySelector('.treemap .cell[data-dir={json.dumps(first)}]').focus()")
    browser.key("Enter", "Enter", 13, "\r")
    checks.equal(f"the directory filter after Enter on {first}", browser.evaluate("document.getElementById('filter-dir').value"), first)
    checks.equal(f"findings under {first} after Enter", browser.evaluate(LIST_STATE)["matching"], by_directory[first])
    browser.evaluate("document.getElementById('filter-clear').click()")
    # Printed: no controls, the map and the findings stay.
    browser.send("Emulation.setEmulatedMedia", {"media": "print"})
    printed = browser.evaluate("""(() => { const shown = (s) => getComputedStyle(document.querySelector(s)).display !== "none";
        return {filters: shown(".filters"), pager: shown(".pager"), map: shown(".treemap"), list: shown("#finding-list")}; })()""")
    browser.send("Emulation.setEmulatedMedia", {"media": ""})
    checks.equal("what prints", printed, {"filters": False, "pager": False, "map": True, "list": True})
    checks.equal("no script errors", [e["params"]["exceptionDetails"].get("text") for e in browser.exceptions()], [])


INVENTORY_SECTIONS = ("environment_variables", "kernel_interfaces", "hardcoded_paths", "external_programs",
                      "platform_apis", "tree_problems")


def check_inventory(browser, checks, html, inventory):
    browser.load(html.as_uri())
    browser.evaluate(READY)
    cards = browser.evaluate("""Object.fromEntries([...document.querySelectorAll("[data-count]")].map(
        (c) => [c.dataset.count, Number(c.querySelector(".num").textContent.replace(/,/g, ""))]))""")
    checks.equal("inventory: files analysed", cards["files"], inventory["files_analysed"])
    for key in INVENTORY_SECTIONS:
        checks.equal(f"inventory: {key}", cards[key], len(inventory[key]))
        rows = browser.evaluate(f"document.querySelectorAll('[data-section={key}] tbody tr').length")
        checks.equal(f"inventory: rows of {key}", rows, len(inventory[key]))
    for key in INVENTORY_SECTIONS[:-1]:
        if inventory[key]:
            # An entry's places are drawn when its disclosure opens.
            shown = browser.evaluate(f"""(() => {{ const d = document.querySelector('[data-section={key}] tbody details');
                const opened = new Promise((resolve) => d.addEventListener('toggle',
                    () => resolve(d.querySelectorAll('li').length), {{once: true}}));
                d.open = true; return opened; }})()""")
            checks.equal(f"inventory: places of the first of {key}", shown, len(inventory[key][0]["locations"]))
    programs = inventory["external_programs"]
    if len(programs) > 1:
        # "Places" is the last column: a click sorts it from most to fewest, a second click back.
        column = "document.querySelector('[data-section=external_programs] thead th:last-child')"
        places = """[...document.querySelectorAll('[data-section=external_programs] tbody tr')].map(
            (tr) => Number(tr.cells[tr.cells.length - 1].querySelector('summary').textContent.split(' ')[0].replace(/,/g, '')))"""
        counts = sorted(len(p["locations"]) for p in programs)
        for order, expected in (("descending", counts[::-1]), ("ascending", counts)):
            browser.evaluate(f"{column}.querySelector('button').click()")
            checks.equal(f"inventory: programs by places, {order}", browser.evaluate(places), expected)
            checks.equal(f"inventory: the column says {order}", browser.evaluate(f"{column}.getAttribute('aria-sort')"), order)
    checks.equal("inventory: no script errors", [e["params"]["exceptionDetails"].get("text") for e in browser.exceptions()], [])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platlint", required=True)
    parser.add_argument("--chromium", default=None)
    parser.add_argument("--cwd", default=".", help="where platlint runs (paths are relative to it)")
    parser.add_argument("--screenshots", help="write report-1280.png and report-600.png here")
    parser.add_argument("--keep", help="write the reports here instead of a temporary directory")
    parser.add_argument("--measure", action="store_true", help="print the page's load and drawing times")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    chromium = args.chromium or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("SKIP: no chromium installed (apt-get install chromium)")
        return 77
    platlint = str(Path(args.platlint).resolve())
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(args.keep).resolve() if args.keep else Path(scratch)
        out.mkdir(parents=True, exist_ok=True)
        common = ["--no-cache"]  # a test leaves nothing in the tree it reads
        run_platlint(platlint, ["check", *common, "--format", "json", "-o", str(out / "report.json"), *args.paths], args.cwd)
        run_platlint(platlint, ["check", *common, "--format", "html", "-o", str(out / "report.html"), *args.paths], args.cwd)
        run_platlint(platlint, ["inventory", "--format", "json", "-o", str(out / "inventory.json"), *args.paths], args.cwd)
        run_platlint(platlint, ["inventory", "--format", "html", "-o", str(out / "inventory.html"), *args.paths], args.cwd)
        run_platlint(platlint, ["check", *common, "--suggest-targets", "--format", "json", "-o",
                                str(out / "components.json"), *args.paths], args.cwd)
        report = json.loads((out / "report.json").read_text())
        components = json.loads((out / "components.json").read_text())
        inventory = json.loads((out / "inventory.json").read_text())
        checks = Checks()
        browser = Browser(chromium, str(Path(scratch) / "profile"))
        try:
            browser.open_page()
            browser.resize(1280, 900)
            check_report(browser, checks, out / "report.html", report, components)
            if args.measure:
                timing = browser.evaluate("""(() => { const n = performance.getEntriesByType("navigation")[0];
                    return {domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd,
                            script: Number(document.documentElement.dataset.renderMs)}; })()""")
                size = (out / "report.html").stat().st_size
                print(f"report.html: {size / 1e6:.1f} MB, {len(report['findings'])} findings; load event at "
                      f"{timing['load']:.0f} ms, DOMContentLoaded {timing['domContentLoaded']:.0f} ms, script {timing['script']:.0f} ms")
            if args.screenshots:
                Path(args.screenshots).mkdir(parents=True, exist_ok=True)
                for width, height in ((1280, 900), (600, 900)):
                    browser.resize(width, height)
                    browser.load((out / "report.html").as_uri())
                    browser.evaluate(READY)
                    browser.screenshot(Path(args.screenshots) / f"report-{width}.png")
                browser.resize(1280, 900)
            check_inventory(browser, checks, out / "inventory.html", inventory)
        finally:
            browser.close()
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
