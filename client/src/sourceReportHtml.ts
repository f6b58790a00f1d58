// The source report webview's page: a strict Content Security Policy (no external resources, only
// the nonce'd inline style and script), colours from the VS Code theme's CSS variables. The script
// draws the report posted to it with DOM calls (textContent, never HTML strings) and posts back
// `{ type: 'reveal', range }` when a bar, a source or a problem is clicked. Pure: no `vscode` import.

export function newNonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let nonce = '';
  for (let i = 0; i < 32; i++) nonce += chars.charAt(Math.floor(Math.random() * chars.length));
  return nonce;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'`;
}

export function sourceReportHtml(cspSource: string, nonce: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(cspSource, nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Source Report</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header><h1 id="title">Source report</h1><p id="subtitle" class="muted">Waiting for the language server…</p></header>
<section aria-labelledby="totals-h"><h2 id="totals-h">Totals</h2><table id="totals" class="totals"></table><div id="by-rule"></div></section>
<section aria-labelledby="picture-h"><h2 id="picture-h">The draft, paragraph by paragraph</h2>
<div class="legend"><span class="swatch attributed"></span>attributed <span class="swatch unattributed"></span>unattributed claim or quote <span class="swatch flagged"></span>flagged <span class="swatch plain"></span>neither</div>
<div id="picture" class="picture" role="list"></div></section>
<section aria-labelledby="sources-h"><h2 id="sources-h">Sources</h2><table id="sources" class="sources"></table></section>
<section aria-labelledby="problems-h"><h2 id="problems-h">Open problems</h2><ul id="problems" class="problems"></ul></section>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px 16px; }
h1 { font-size: 1.3em; margin: 12px 0 2px; } h2 { font-size: 1.05em; margin: 18px 0 6px; border-bottom: 1px solid var(--vscode-panel-border, transparent); }
.muted { color: var(--vscode-descriptionForeground); margin: 0; }
table { border-collapse: collapse; } td, th { padding: 2px 10px 2px 0; text-align: left; vertical-align: top; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
th { color: var(--vscode-descriptionForeground); font-weight: normal; }
#by-rule { margin-top: 6px; } .chip { display: inline-block; margin: 2px 6px 2px 0; padding: 0 6px; border-radius: 8px; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
.picture { display: flex; flex-direction: column; gap: 2px; max-width: 520px; }
.bar { height: 8px; border: none; padding: 0; cursor: pointer; border-radius: 2px; min-width: 8px; }
.bar:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
.attributed { background: var(--vscode-charts-green, #388a34); } .unattributed { background: var(--vscode-charts-red, #e51400); }
.flagged { background: var(--vscode-charts-yellow, #bf8803); } .plain { background: var(--vscode-disabledForeground, #888); opacity: 0.5; }
.legend { margin-bottom: 6px; color: var(--vscode-descriptionForeground); } .swatch { display: inline-block; width: 10px; height: 10px; margin: 0 3px 0 10px; border-radius: 2px; } .legend .swatch:first-child { margin-left: 0; }
a, .link { color: var(--vscode-textLink-foreground); cursor: pointer; text-decoration: none; background: none; border: none; padding: 0; font: inherit; text-align: left; }
a:hover, .link:hover { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
.problems { padding-left: 18px; } .problems li { margin: 3px 0; } .kind { color: var(--vscode-descriptionForeground); }
`;

// Runs in the webview. Kept to plain ES2020 with no imports.
const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const $ = (id) => document.getElementById(id);
  const el = (tag, props, children) => {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children || []) node.append(child);
    return node;
  };
  const reveal = (range) => vscode.postMessage({ type: 'reveal', range: range });
  const lineOf = (range) => 'line ' + (range.start.line + 1);
  const percent = (part, whole) => whole === 0 ? '0%' : Math.round(part / whole * 100) + '%';
  const shorten = (text, max) => { const flat = text.replace(/\\s+/g, ' ').trim(); return flat.length <= max ? flat : flat.slice(0, max - 1) + '…'; };
  const link = (text, range, title) => { const a = el('button', { className: 'link', textContent: text, title: title || ('Reveal ' + lineOf(range)) }); a.addEventListener('click', () => reveal(range)); return a; };

  function render(data) {
    const t = data.totals;
    $('title').textContent = 'Source report: ' + data.report.file;
    $('subtitle').textContent = t.findings + (t.findings === 1 ? ' finding' : ' findings') + ' · updated ' + new Date().toLocaleTimeString();
    const rows = [
      ['Sentences', String(t.sentences)],
      ['Attributed sentences', t.attributedSentences + ' (' + percent(t.attributedSentences, t.sentences) + ')'],
      ['Quotations attributed', String(t.attributedQuotations)],
      ['Quotations not attributed', String(t.unattributedQuotations)],
      ['Attributions', String(t.attributions)],
    ];
    $('totals').replaceChildren(...rows.map(([name, value]) => el('tr', {}, [el('th', { textContent: name }), el('td', { className: 'num', textContent: value })])));
    const rules = Object.entries(data.findingsByRule).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    $('by-rule').replaceChildren(...(rules.length === 0 ? [el('span', { className: 'muted', textContent: 'No findings.' })] : rules.map(([rule, n]) => el('span', { className: 'chip', textContent: rule + ' ' + n }))));

    const widest = Math.max(1, ...data.paragraphs.map((p) => p.sentences));
    $('picture').replaceChildren(...data.paragraphs.map((p, i) => {
      const bar = el('button', { className: 'bar ' + p.status, title: 'Paragraph ' + (i + 1) + ' (' + lineOf(p.range) + '): ' + p.status + ', ' + p.attributedSentences + '/' + p.sentences + ' sentences attributed, ' + p.findings + ' findings — ' + p.preview });
      bar.setAttribute('role', 'listitem');
      bar.setAttribute('aria-label', bar.title);
      bar.dataset.status = p.status;
      bar.style.width = Math.max(4, Math.round(p.sentences / widest * 100)) + '%';
      bar.addEventListener('click', () => reveal(p.range));
      return bar;
    }));

    const sources = data.sources;
    $('sources').replaceChildren(
      el('tr', {}, ['Source', 'Kind', 'Count', 'First mention'].map((h) => el('th', { textContent: h }))),
      ...(sources.length === 0 ? [el('tr', {}, [el('td', { className: 'muted', textContent: 'No one is named or cited as a source.' })])] : sources.map((s) => {
        const first = s.mentions[0];
        return el('tr', {}, [
          el('td', {}, [first ? link(s.name, first.range) : s.name]),
          el('td', { textContent: s.kind }),
          el('td', { className: 'num', textContent: String(s.count) }),
          el('td', {}, [first ? link(lineOf(first.range), first.range) : '—']),
        ]);
      })),
    );

    const problems = data.openProblems;
    $('problems').replaceChildren(...(problems.length === 0
      ? [el('li', { className: 'muted', textContent: 'Every quotation and claim is attributed.' })]
      : problems.map((p) => el('li', {}, [el('span', { className: 'kind', textContent: (p.kind === 'quotation' ? 'Unattributed quotation' : 'Unattributed claim') + ', ' + lineOf(p.range) + ': ' }), link(shorten(p.text, 120), p.range)]))));
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'report') render(message.data);
    if (message && message.type === 'empty') { $('subtitle').textContent = message.reason; }
  });
  vscode.postMessage({ type: 'ready' });
})();
`;
