-- Headless Neovim (Debian's 0.7.2) as an independent LSP client of the bundled server over stdio.
-- Opens the file given on the command line, records the raw publishDiagnostics (LSP ranges, UTF-16),
-- asks for code actions at the first finding of ATTRIBUTION_LINT_ACTION_RULE, and writes both as
-- JSON to ATTRIBUTION_LINT_NVIM_OUT. Exits non-zero when no diagnostics arrive.
local server = assert(os.getenv('ATTRIBUTION_LINT_SERVER'), 'ATTRIBUTION_LINT_SERVER')
local out_file = assert(os.getenv('ATTRIBUTION_LINT_NVIM_OUT'), 'ATTRIBUTION_LINT_NVIM_OUT')
local action_rule = os.getenv('ATTRIBUTION_LINT_ACTION_RULE') or 'loaded-attribution-verb'
local bufnr = vim.api.nvim_get_current_buf()

local published = nil
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result and result.diagnostics and #result.diagnostics > 0 then published = result end
  return default_handler(err, result, ctx, config)
end

local client_id = vim.lsp.start_client({
  name = 'attribution-lint',
  cmd = { 'node', '--max-semi-space-size=4', '--max-old-space-size=1024', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
})
vim.lsp.buf_attach_client(bufnr, client_id)

local arrived = vim.wait(20000, function() return published ~= nil end, 50)
local result = { nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch),
                 diagnostics = published and published.diagnostics or {}, actions = {} }

if arrived then
  local target = nil
  for _, d in ipairs(published.diagnostics) do
    if d.code == action_rule then target = d break end
  end
  if target then
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      range = target.range,
      context = { diagnostics = { target } },
    }
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000) or {}
    for _, response in pairs(responses) do
      for _, action in ipairs(response.result or {}) do table.insert(result.actions, action) end
    end
  end
end

local file = assert(io.open(out_file, 'w'))
file:write(vim.fn.json_encode(result))
file:close()

local client = vim.lsp.get_client_by_id(client_id)
if client then client.stop() end
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
if arrived then vim.cmd('qall!') else vim.cmd('cquit 1') end
