#!/usr/bin/env node
// Protocol tests of `platlint server`, driven through the pinned LSP client library
// (vscode-languageserver-protocol / vscode-jsonrpc, scripts/install-lsp-client.sh): initialize and
// position encodings, didOpen and pushed diagnostics (UTF-16 ranges, code, href, platforms, related
// information), incremental and full didChange, per-file-ignores of the project, a configuration
// change, code actions (a fix, fix-all, a suppression) applied to the text and checked by the server,
// hover, pull diagnostics, unknown methods, cancellation, a huge document, malformed frames (raw
// bytes), shutdown/exit, a client that goes away, incremental edits that must give the diagnostics of
// a fresh analysis, and PORT390 over a workspace folder as `check FOLDER` reports it. No assertion depends on time.
//
//   node tests/lsp_client_test.js PLATLINT_BINARY NODE_MODULES_DIR
'use strict';
const assert = require('assert');
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const [platlint, modules] = process.argv.slice(2).map((p) => p && path.resolve(p));
if (!platlint || !modules) {
  console.error('usage: lsp_client_test.js PLATLINT_BINARY NODE_MODULES_DIR');
  process.exit(2);
}
if (!fs.existsSync(path.join(modules, 'vscode-languageserver-protocol'))) {
  console.error(`${modules} has no vscode-languageserver-protocol: run scripts/install-lsp-client.sh (or scripts/setup.sh)`);
  process.exit(1);
}
const protocol = require(path.join(modules, 'vscode-languageserver-protocol/node'));

let passed = 0;
let failed = 0;
async function test(name, body) {
  try {
    await body();
    passed++;
  } catch (error) {
    failed++;
    console.error(`FAIL: ${name}\n${error && error.stack ? error.stack : error}`);
  }
}

// A project: its configuration ignores PORT101 under tests/.
const project = fs.mkdtempSync(path.join(os.tmpdir(), 'platlint-lsp-'));
fs.mkdirSync(path.join(project, '.git'));
fs.mkdirSync(path.join(project, 'tests'));
const pyproject = path.join(project, 'pyproject.toml');
fs.writeFileSync(pyproject, '[tool.platlint.per-file-ignores]\n"tests/*" = ["PORT101"]\n');
const uriOf = (name) => pathToFileURL(path.join(project, name)).href;

// The server under a client connection; `published` keeps every publishDiagnostics by uri.
function startServer() {
  const child = spawn(platlint, ['server'], { cwd: project, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const connection = protocol.createProtocolConnection(
    new protocol.StreamMessageReader(child.stdout), new protocol.StreamMessageWriter(child.stdin));
  const server = { child, connection, exited, published: new Map(), waiters: [], logs: [], registrations: [],
                   stderr: () => stderr };
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const list = server.published.get(params.uri) || [];
    list.push(params);
    server.published.set(params.uri, list);
    server.waiters = server.waiters.filter((w) => !(w.uri === params.uri && w.accept(params) && (w.resolve(params), true)));
  });
  connection.onNotification('window/logMessage', (params) => server.logs.push(params));
  connection.onRequest('client/registerCapability', (params) => { server.registrations.push(params); return null; });
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  return server;
}

// The first publishDiagnostics for `uri` (from now on) that `accept` takes.
function diagnosticsFor(server, uri, accept = () => true) {
  return new Promise((resolve) => server.waiters.push({ uri, accept, resolve }));
}

async function initialize(server, capabilities = {}) {
  const result = await server.connection.sendRequest('initialize', {
    processId: process.pid, rootUri: pathToFileURL(project).href, capabilities });
  server.connection.sendNotification('initialized', {});
  return result;
}

function open(server, name, text, version = 1) {
  const uri = uriOf(name);
  server.sent = server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version, text } });
  return uri;
}

// Applies LSP TextEdits whose characters are UTF-16 code units: JavaScript string indices.
function applyEdits(text, edits) {
  const lines = text.split('\n');
  const offset = (p) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  for (const e of sorted) text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  return text;
}

async function shutdown(server) {
  await server.connection.sendRequest('shutdown');
  server.connection.sendNotification('exit');
  const { code } = await server.exited;
  server.connection.dispose();
  return code;
}

const codes = (params) => params.diagnostics.map((d) => d.code);

async function main() {
  const server = startServer();
  const mounts = 'x = "\u{1F600}"; f = open("/proc/mounts", encoding="utf-8")\n';

  await test('initialize: capabilities, UTF-16 by default, configuration files watched', async () => {
    const result = await initialize(server, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    const caps = result.capabilities;
    assert.strictEqual(caps.positionEncoding, 'utf-16');
    assert.strictEqual(caps.textDocumentSync.change, 2);
    assert.deepStrictEqual(caps.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.platlint']);
    assert.strictEqual(caps.hoverProvider, true);
    assert.strictEqual(result.serverInfo.name, 'platlint');
  });

  const a = uriOf('a.py');
  await test('didOpen: diagnostics of the buffer, with UTF-16 columns, code, href, platforms', async () => {
    const published = diagnosticsFor(server, a);
    open(server, 'a.py', mounts);
    const params = await published;
    assert.strictEqual(params.version, 1);
    const d = params.diagnostics.find((x) => x.code === 'PORT101');
    assert.ok(d, JSON.stringify(params));
    // `x = "😀"; f = open(` is 19 UTF-16 code units (21 bytes): the emoji counts two.
    assert.deepStrictEqual(d.range.start, { line: 0, character: 19 });
    assert.strictEqual(d.source, 'platlint');
    assert.strictEqual(d.severity, 2);  // PORT101 is a warning
    assert.match(d.codeDescription.href, /PORT101/);
    assert.match(d.message, /breaks on/);
    assert.ok(d.data.platforms.includes('windows'), JSON.stringify(d.data));
    assert.ok(server.registrations.length === 1 &&
              JSON.stringify(server.registrations[0]).includes('pyproject.toml'), JSON.stringify(server.registrations));
  });

  await test('incremental didChange: the edited buffer is analysed, not the file on disk', async () => {
    assert.ok(!fs.existsSync(path.join(project, 'a.py')));
    const clean = diagnosticsFor(server, a, (p) => p.version === 2);
    // "/proc/mounts" -> "data/notes.txt": characters 20..32 in UTF-16 (the emoji counts two).
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: a, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 20 }, end: { line: 0, character: 32 } }, text: 'data/notes.txt' }] });
    assert.deepStrictEqual(codes(await clean), []);
    const again = diagnosticsFor(server, a, (p) => p.version === 4);
    // Two quick edits (a burst): the final text is what counts.
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: a, version: 3 },
      contentChanges: [{ range: { start: { line: 0, character: 20 }, end: { line: 0, character: 34 } }, text: '/proc/' }] });
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: a, version: 4 },
      contentChanges: [{ range: { start: { line: 0, character: 26 }, end: { line: 0, character: 26 } }, text: 'mounts' }] });
    assert.deepStrictEqual(codes(await again), ['PORT101']);
  });

  await test('hover on a finding shows the rule documentation', async () => {
    const hover = await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: a }, position: { line: 0, character: 22 } });
    assert.ok(hover && hover.contents.kind === 'markdown', JSON.stringify(hover));
    assert.match(hover.contents.value, /PORT101/);
    assert.match(hover.contents.value, /## What it does/);
    const nothing = await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: a }, position: { line: 0, character: 0 } });
    assert.strictEqual(nothing, null);
  });

  await test('per-file-ignores of pyproject.toml apply to a buffer', async () => {
    const uri = uriOf('tests/test_a.py');
    const published = diagnosticsFor(server, uri);
    open(server, 'tests/test_a.py', mounts);
    assert.deepStrictEqual(codes(await published), []);
  });

  const devnull = 'import os\n\nDEV_NULL = "/dev/null"\nSINK = "/dev/null"\n';
  const d = uriOf('d.py');
  await test('code actions: a safe quick fix, applied, leaves no finding', async () => {
    const published = diagnosticsFor(server, d);
    open(server, 'd.py', devnull);
    const first = (await published).diagnostics.find((x) => x.code === 'PORT202');
    assert.ok(first);
    const actions = await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: d }, range: first.range, context: { diagnostics: [first] } });
    const fix = actions.find((x) => x.kind === 'quickfix' && /safe fix/.test(x.title));
    assert.ok(fix, JSON.stringify(actions));
    assert.strictEqual(fix.isPreferred, true);
    assert.ok(actions.some((x) => x.title === 'Suppress PORT202 on this line'));
    const fixed = applyEdits(devnull, fix.edit.changes[d]);
    assert.match(fixed, /DEV_NULL = os\.devnull/);
    const after = diagnosticsFor(server, d, (p) => p.version === 2);
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: d, version: 2 }, contentChanges: [{ text: fixed }] });
    assert.deepStrictEqual(codes(await after), ['PORT202']);  // the other line's finding remains
  });

  await test('code actions: source.fixAll.platlint applies every safe fix', async () => {
    const actions = await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: d }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.strictEqual(actions.length, 1, JSON.stringify(actions));
    assert.strictEqual(actions[0].kind, 'source.fixAll.platlint');
    const fixed = applyEdits('import os\n\nDEV_NULL = os.devnull\nSINK = "/dev/null"\n', actions[0].edit.changes[d]);
    assert.strictEqual(fixed, 'import os\n\nDEV_NULL = os.devnull\nSINK = os.devnull\n');
  });

  await test('code actions: "Suppress PORT101 on this line" writes a comment the server honours', async () => {
    const diagnostics = server.published.get(a).at(-1).diagnostics;
    const actions = await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: a }, range: diagnostics[0].range, context: { diagnostics } });
    const suppress = actions.find((x) => x.title === 'Suppress PORT101 on this line');
    assert.ok(suppress, JSON.stringify(actions));
    const text = applyEdits('x = "\u{1F600}"; f = open("/proc/mounts", encoding="utf-8")\n', suppress.edit.changes[a]);
    assert.match(text, /# noqa: PORT101\n$/);
    const after = diagnosticsFor(server, a, (p) => p.version === 5);
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: a, version: 5 }, contentChanges: [{ text }] });
    assert.deepStrictEqual(codes(await after), []);
  });

  await test('a change of pyproject.toml re-checks the open buffers', async () => {
    const b = uriOf('b.py');
    const first = diagnosticsFor(server, b);
    open(server, 'b.py', 'open("/proc/cpuinfo", encoding="utf-8")\n');
    assert.ok(codes(await first).length > 0);
    fs.writeFileSync(pyproject, '[tool.platlint]\nignore = ["PORT1"]\n');
    const rechecked = diagnosticsFor(server, b);
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(pyproject).href, type: 2 }] });
    assert.deepStrictEqual(codes(await rechecked), []);
    fs.writeFileSync(pyproject, '[tool.platlint.per-file-ignores]\n"tests/*" = ["PORT101"]\n');
    const restored = diagnosticsFor(server, b);
    server.connection.sendNotification('textDocument/didSave', { textDocument: { uri: pathToFileURL(pyproject).href } });
    assert.ok(codes(await restored).length > 0);
  });

  await test('unknown methods: MethodNotFound for a request, nothing for a notification', async () => {
    server.connection.sendNotification('platlint/noSuchNotification', {});
    await assert.rejects(server.connection.sendRequest('platlint/noSuchMethod', {}), (e) => e.code === -32601);
  });

  await test('invalid parameters are an error response; a document not open has empty answers', async () => {
    await assert.rejects(server.connection.sendRequest('textDocument/hover', { textDocument: {} }), (e) => e.code === -32602);
    const never = { uri: uriOf('never-opened.py') };
    assert.strictEqual(await server.connection.sendRequest('textDocument/hover', {
      textDocument: never, position: { line: 0, character: 0 } }), null);
    assert.deepStrictEqual(await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: never, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] } }), []);
  });

  await test('a cancelled request is answered (cancelled or done) and the server carries on', async () => {
    const source = new protocol.CancellationTokenSource();
    const request = server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: a }, position: { line: 0, character: 22 } }, source.token);
    source.cancel();
    await request.then(() => {}, (e) => assert.strictEqual(e.code, -32800));
    const hover = await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: d }, position: { line: 3, character: 9 } });
    assert.ok(hover);
  });

  await test('a huge document (5 MB) is analysed', async () => {
    const lines = [];
    for (let i = 0; i < 200000; i++) lines.push(`value_${i} = ${i}  # filler`);
    lines.push('mounts = open("/proc/mounts", encoding="utf-8")');
    const huge = uriOf('huge.py');
    const published = diagnosticsFor(server, huge);
    open(server, 'huge.py', lines.join('\n') + '\n');
    const params = await published;
    const found = params.diagnostics.find((x) => x.code === 'PORT101');
    assert.ok(found, JSON.stringify(params).slice(0, 500));
    assert.strictEqual(found.range.start.line, 200000);
  });

  await test('a configuration the analysis cannot use: window/logMessage, and the server carries on', async () => {
    fs.mkdirSync(path.join(project, 'broken'));
    fs.writeFileSync(path.join(project, 'broken', '.platlint.toml'), 'select = [\n');
    const uri = uriOf('broken/x.py');
    const published = diagnosticsFor(server, uri);
    open(server, 'broken/x.py', mounts);
    await published;
    assert.ok(server.logs.some((l) => /platlint\.toml/.test(l.message)), JSON.stringify(server.logs));
    const hover = await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: d }, position: { line: 3, character: 9 } });
    assert.ok(hover);
  });

  await test('didClose clears the diagnostics', async () => {
    const cleared = diagnosticsFor(server, a);
    server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: a } });
    assert.deepStrictEqual((await cleared).diagnostics, []);
  });

  await test('shutdown then exit: exit status 0', async () => {
    assert.strictEqual(await shutdown(server), 0);
  });

  await test('pull diagnostics and UTF-8 positions when the client offers them', async () => {
    const pulling = startServer();
    const result = await initialize(pulling, { general: { positionEncodings: ['utf-8', 'utf-16'] },
                                               textDocument: { diagnostic: { dynamicRegistration: false } } });
    assert.strictEqual(result.capabilities.positionEncoding, 'utf-8');
    const uri = open(pulling, 'a.py', mounts);
    const report = await pulling.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    assert.strictEqual(report.kind, 'full');
    const found = report.items.find((x) => x.code === 'PORT101');
    assert.ok(found, JSON.stringify(report));
    assert.deepStrictEqual(found.range.start, { line: 0, character: 21 });  // bytes: the emoji counts four
    assert.strictEqual(await shutdown(pulling), 0);
  });

  await test('incremental edits: the buffer gets the diagnostics of a fresh analysis of its text', async () => {
    // Each edit of edited.py is re-parsed from the buffer's previous tree; a document opened with the
    // same text is parsed afresh. Their diagnostics must be the same, also through syntax errors.
    const pulling = startServer();
    await initialize(pulling, { textDocument: { diagnostic: { dynamicRegistration: false } } });
    const pull = async (uri) => (await pulling.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })).items;
    const positionOf = (text, index) => {
      const before = text.slice(0, index).split('\n');
      return { line: before.length - 1, character: before[before.length - 1].length };
    };
    let text = 'import os\n\n\ndef f(path):\n    return open(path)\n';
    const uri = open(pulling, 'edited.py', text);
    await pull(uri);
    const edits = [['open(path)', "open('/proc/mounts')"], ['import os\n', 'import os\nimport fcntl\n'], ['def f(', 'def f(('],
                   ['def f((', 'def f('], ['    return', '    if os.environ.get("APP_DEBUG") == "1":\n        print(1)\n    return'],
                   ['import fcntl\n', ''], ['print(1)', 'os.kill(0, 9)']];
    let version = 1;
    for (const [was, now] of edits) {
      version++;
      const at = text.indexOf(was);
      assert.ok(at >= 0, was);
      const range = { start: positionOf(text, at), end: positionOf(text, at + was.length) };
      pulling.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: now }] });
      text = text.slice(0, at) + now + text.slice(at + was.length);
      const fresh = open(pulling, `fresh_${version}.py`, text);
      const edited = JSON.stringify(await pull(uri)).split(uri).join('URI');
      const afresh = JSON.stringify(await pull(fresh)).split(fresh).join('URI');
      assert.strictEqual(edited, afresh, `after ${JSON.stringify([was, now])}`);
    }
    assert.match(text, /open\('\/proc\/mounts'\)/);
    assert.strictEqual(await shutdown(pulling), 0);
  });

  await test('PORT390 in a workspace folder: as `check FOLDER` reports it, refreshed on save', async () => {
    // README.md documents one switch, other.py's help= text another, the third is documented nowhere:
    // `check switches.py` alone would report two, `check FOLDER` one.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'platlint-lsp-port390-'));
    fs.mkdirSync(path.join(folder, '.git'));
    fs.writeFileSync(path.join(folder, 'README.md'), 'Set DOCUMENTED_FLAG=1 to log more.\n');
    const other = path.join(folder, 'other.py');
    fs.writeFileSync(other, 'import argparse\np = argparse.ArgumentParser()\np.add_argument("--x", help="as HELPED_FLAG=1")\n');
    const switches = 'import os\n\nif os.environ.get("DOCUMENTED_FLAG") == "1":\n    pass\n' +
                     'if os.environ.get("HELPED_FLAG") == "1":\n    pass\nif os.environ.get("HIDDEN_FLAG") == "1":\n    pass\n';
    const file = path.join(folder, 'switches.py');
    fs.writeFileSync(file, switches);
    const checkLines = () => {
      const run = spawnSync(platlint, ['check', '--no-cache', '--format', 'concise', '--select', 'PORT390', '.'], { cwd: folder, encoding: 'utf8' });
      return [...run.stdout.matchAll(/^switches\.py:(\d+):\d+: PORT390/gm)].map((m) => Number(m[1]));
    };
    const server = startServer();
    await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href,
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
    server.connection.sendNotification('initialized', {});
    const uri = pathToFileURL(file).href;
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text: switches } });
    const lines = async () => (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }))
      .items.filter((d) => d.code === 'PORT390').map((d) => d.range.start.line + 1);
    assert.deepStrictEqual(checkLines(), [7]);
    assert.deepStrictEqual(await lines(), [7]);
    // other.py no longer mentions HELPED_FLAG, and is saved.
    fs.writeFileSync(other, 'import argparse\np = argparse.ArgumentParser()\np.add_argument("--x", help="nothing")\n');
    server.connection.sendNotification('textDocument/didSave', { textDocument: { uri: pathToFileURL(other).href } });
    assert.deepStrictEqual(checkLines(), [5, 7]);
    assert.deepStrictEqual(await lines(), [5, 7]);
    // The buffer's own docstring (unsaved) documents HIDDEN_FLAG.
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '"""HIDDEN_FLAG hides."""\n' }] });
    assert.deepStrictEqual(await lines(), [6]);
    assert.strictEqual(await shutdown(server), 0);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  await test('a client that goes away: the server exits (status 1 without shutdown)', async () => {
    const orphan = startServer();
    await initialize(orphan);
    open(orphan, 'a.py', mounts);
    await orphan.sent;
    orphan.connection.dispose();
    orphan.child.stdin.end();
    orphan.child.stdout.destroy();
    const { code } = await orphan.exited;
    assert.strictEqual(code, 1);
  });

  await test('malformed frames: ParseError for bad JSON, bad headers skipped, the server carries on', async () => {
    const child = spawn(platlint, ['server'], { cwd: project, stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    let output = '';
    const responses = [];
    const seen = [];
    child.stdout.on('data', (chunk) => {
      output += chunk;
      for (;;) {
        const header = output.match(/^Content-Length: (\d+)\r\n\r\n/);
        if (!header || output.length < header[0].length + Number(header[1])) break;
        const body = output.slice(header[0].length, header[0].length + Number(header[1]));
        output = output.slice(header[0].length + Number(header[1]));
        const message = JSON.parse(body);
        responses.push(message);
        seen.forEach((w) => w(message));
      }
    });
    const response = (accept) => new Promise((resolve) => {
      const found = responses.find(accept);
      if (found) return resolve(found);
      seen.push((m) => { if (accept(m)) resolve(m); });
    });
    const frame = (body) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    child.stdin.write(frame('{"jsonrpc": "2.0", "id": 1, "method": '));  // cut short: not JSON
    child.stdin.write('X-Nonsense: 1\r\n\r\n');                          // a header without a length
    child.stdin.write(frame('[1, 2, 3]'));                               // JSON, but not a message
    child.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'initialize', params: { capabilities: {} } })));
    const parseError = await response((m) => m.error && m.error.code === -32700);
    assert.strictEqual(parseError.id, null);
    const invalid = await response((m) => m.error && m.error.code === -32600);
    assert.strictEqual(invalid.id, null);
    const initialized = await response((m) => m.id === 7);
    assert.ok(initialized.result.capabilities, JSON.stringify(initialized));
    child.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 8, method: 'shutdown' })));
    await response((m) => m.id === 8);
    child.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', method: 'exit' })));
    assert.strictEqual(await exited, 0);
  });

  fs.rmSync(project, { recursive: true, force: true });
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
