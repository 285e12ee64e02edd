-- Run by tests/neovim_lsp_test.sh in a headless Neovim (0.7 or later): attaches `platlint server` to a
-- Python buffer with Neovim's own LSP client, waits for its diagnostics, applies the quick fix the
-- server offers for one of them, and writes what it saw to $PLATLINT_NVIM_OUT (one fact per line).
local platlint = os.getenv("PLATLINT")
local dir = os.getenv("PLATLINT_PROJECT")
local out = assert(io.open(os.getenv("PLATLINT_NVIM_OUT"), "w"))
local function say(line) out:write(line, "\n") out:flush() end
-- A guard against a hang only: the shell test fails when the expected lines are missing.
local patience = 120000

local buf = vim.api.nvim_create_buf(true, false)
vim.api.nvim_buf_set_name(buf, dir .. "/app.py")
vim.api.nvim_buf_set_lines(buf, 0, -1, false, {
  "import os",
  "",
  'DEV_NULL = "/dev/null"',
  'mounts = open("/proc/mounts", encoding="utf-8")',
})
vim.bo[buf].filetype = "python"
local client_id = vim.lsp.start_client({ name = "platlint", cmd = { platlint, "server" }, root_dir = dir })
vim.lsp.buf_attach_client(buf, client_id)

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end
local function codes()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do table.insert(list, code_of(d)) end
  table.sort(list)
  return table.concat(list, ",")
end

vim.wait(patience, function() return #vim.diagnostic.get(buf) >= 2 end, 20)
say("diagnostics " .. codes())
for _, d in ipairs(vim.diagnostic.get(buf)) do
  say("at " .. code_of(d) .. " " .. d.lnum .. ":" .. d.col .. " " .. (d.source or "") .. " " .. d.message)
end

local client = vim.lsp.get_client_by_id(client_id)
local line_diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, 2)
local response = client.request_sync("textDocument/codeAction", {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = 2, character = 12 }, ["end"] = { line = 2, character = 12 } },
  context = { diagnostics = line_diagnostics },
}, patience, buf)
local applied = false
for _, action in ipairs((response and response.result) or {}) do
  say("action " .. action.title)
  if not applied and action.kind == "quickfix" and action.title:find("safe fix", 1, true) then
    vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or "utf-16")
    applied = true
  end
end
say("line3 " .. vim.api.nvim_buf_get_lines(buf, 2, 3, false)[1])
-- The edit reaches the server as a didChange; its new diagnostics drop the fixed finding.
vim.wait(patience, function() return #vim.diagnostic.get(buf) == 1 end, 20)
say("after " .. codes())
out:close()
vim.lsp.stop_client(client_id)
vim.cmd("qa!")
