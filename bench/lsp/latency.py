#!/usr/bin/env python3
"""Latency and memory of `platlint server` on a 2,000-line file.

    bench/lsp/latency.py [--platlint build-release/platlint] [--edits 10000] [--samples 200] [--file F.py]

Opens a generated 2,000-line module (each function with platform-specific calls: about 570 findings,
far more than real code has), or --file with a line appended, then:
  * pull latency: an incremental edit (didChange) followed at once by textDocument/diagnostic; the
    time to the answer is the re-analysis of the edited buffer (median, p90, max over --samples),
    and the server's CPU time per re-analysis (user + system, from /proc/PID/stat over all samples),
    which a machine shared with other work inflates far less than the wall time;
  * push latency: an edit, then the time to the publishDiagnostics of that version, which includes the
    server's pause for more typing (the debounce);
  * memory: the server's RSS (VmRSS of /proc/PID/status) after the file is open, and after every
    1,000 of --edits incremental edits, each followed by a pull (so each is analysed).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def module_text(lines):
    out = ["import os", "import subprocess", ""]
    i = 0
    while len(out) < lines - 1:
        out += [
            f"def task_{i}(path):",
            f'    """Task {i}."""',
            f"    with open('/proc/mounts', encoding='utf-8') as mounts:",
            f"        data = mounts.read()",
            f"    subprocess.run(['ls', '-l', path], check=False)",
            f"    return data.count('{i}') + len(os.sep)",
            "",
        ]
        i += 1
    out = out[: lines - 1] + ["VALUE = 0"]
    return "\n".join(out) + "\n"


class Client:
    def __init__(self, platlint, cwd):
        self.proc = subprocess.Popen([platlint, "server"], cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next_id = 0

    def send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def receive(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if line in (b"\r\n", b"\n"):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(self.proc.stdout.read(length))

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            message = self.receive()
            if message.get("id") == self.next_id and "method" not in message:
                return message

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_for_publish(self, version):
        while True:
            message = self.receive()
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"].get("version") == version:
                return message["params"]

    def cpu_seconds(self):
        # utime and stime, the 14th and 15th fields, after the parenthesised command name.
        with open(f"/proc/{self.proc.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_kb(self):
        with open(f"/proc/{self.proc.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0


def edit(client, uri, version, line):
    # Toggles the end of one line's number: a real incremental edit that keeps the file valid.
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": version},
        "contentChanges": [{"range": {"start": {"line": line, "character": 8},
                                      "end": {"line": line, "character": 9}},
                            "text": str(version % 10)}],
    })


def start(platlint, directory, text, pull):
    client = Client(platlint, directory)
    capabilities = {"textDocument": {"diagnostic": {}}} if pull else {}
    client.request("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": capabilities})
    client.notify("initialized", {})
    uri = "file://" + os.path.join(directory, "module.py")
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}})
    return client, uri


def summary(samples):
    samples = sorted(samples)
    return (f"median {statistics.median(samples):.1f} ms, p90 {samples[int(len(samples) * 0.9)]:.1f} ms, "
            f"max {samples[-1]:.1f} ms over {len(samples)} edits")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platlint", default="build-release/platlint")
    parser.add_argument("--lines", type=int, default=2000)
    parser.add_argument("--file", help="edit this Python file instead of the generated one (a real module)")
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--edits", type=int, default=10000)
    args = parser.parse_args()
    platlint = os.path.abspath(args.platlint)
    if args.file:
        with open(args.file, encoding="utf-8") as source:
            text = source.read().rstrip("\n") + "\n" + "VALUE = 0\n"
    else:
        text = module_text(args.lines)
    # The edited line: "VALUE = 0" at the end ("VALUE = " is 8 characters).
    line = text.count("\n") - 1
    with tempfile.TemporaryDirectory() as directory:
        os.mkdir(os.path.join(directory, ".git"))
        client, uri = start(platlint, directory, text, pull=True)
        first = client.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
        findings = len(first["result"]["items"])
        pulls = []
        version = 1
        cpu_before = client.cpu_seconds()
        for _ in range(args.samples):
            version += 1
            began = time.perf_counter()
            edit(client, uri, version, line)
            client.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
            pulls.append((time.perf_counter() - began) * 1000)
        cpu_ms = (client.cpu_seconds() - cpu_before) * 1000 / args.samples
        rss = [(0, client.rss_kb())]
        for n in range(1, args.edits + 1):
            version += 1
            edit(client, uri, version, line)
            client.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
            if n % 1000 == 0:
                rss.append((n, client.rss_kb()))
        client.request("shutdown", None)
        client.notify("exit", None)
        client.proc.wait()

        client, uri = start(platlint, directory, text, pull=False)
        client.wait_for_publish(1)
        pushes = []
        for version in range(2, args.samples + 2):
            began = time.perf_counter()
            edit(client, uri, version, line)
            client.wait_for_publish(version)
            pushes.append((time.perf_counter() - began) * 1000)
        client.request("shutdown", None)
        client.notify("exit", None)
        client.proc.wait()

    print(f"{args.file or 'generated module'}: {line + 1} lines, {len(text)} bytes, {findings} findings")
    print(f"edit + pull diagnostics (re-analysis): {summary(pulls)}")
    print(f"server CPU time per re-analysis: {cpu_ms:.1f} ms (mean over {args.samples} edits)")
    print(f"edit + pushed diagnostics (with the debounce): {summary(pushes)}")
    print("RSS after N edits: " + ", ".join(f"{n}: {kb / 1024:.1f} MB" for n, kb in rss))


if __name__ == "__main__":
    sys.exit(main())
