// The packaged extension (.vsix) installed in code-server and used through the workbench in headless
// Chromium, the way a reporter uses it: click the seed in the explorer, see the squiggles and the
// Problems row, fix "stressed" with Ctrl+., lint the workspace from F1, read the status bar.
// Screenshots go to test-results/ui/; `UPDATE_SCREENSHOT=1` also refreshes docs/screenshot.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ensureCodeServer, launchChromium, startCodeServer } from './codeServer';
import { ROOT, scratchWorkspace } from './workspace';

const SEED = '000_3bec0c1ae2dd0ebf.txt';
const VSIX = path.join(ROOT, 'attribution-lint.vsix');

test('a reporter uses the extension in code-server', async (t) => {
  assert.ok(fs.existsSync(VSIX), 'npm run package built attribution-lint.vsix');
  ensureCodeServer();
  const { dir, workspace } = scratchWorkspace('ui');
  const server = await startCodeServer({ stateDir: path.join(dir, 'code-server'), workspace, extensions: [VSIX] });
  const browser = await launchChromium(dir);
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  const shot = (name: string) => page.screenshot({ path: path.join(dir, `${name}.png`) });
  /** A subtest that leaves a screenshot of the screen it failed on. */
  const step = (name: string, body: () => Promise<void>) => t.test(name, async () => {
    try {
      await body();
    } catch (error) {
      await shot(`failed-${name.replace(/\W+/g, '-').slice(0, 40)}`).catch(() => undefined);
      throw error;
    }
  });
  try {
    await page.goto(`${server.base}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });

    await step('clicking the seed in the explorer opens it with warning squiggles', async () => {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SEED }).click({ timeout: 60_000 });
      await page.waitForSelector('.editor-instance .view-lines >> text=Putin Calls for Investigation', { timeout: 30_000 });
      await page.waitForSelector('.editor-instance .squiggly-warning', { timeout: 60_000 });
    });

    await step('the Problems panel lists the unattributed quotation', async () => {
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'Nobody is named as saying this quotation' });
      await row.first().waitFor({ timeout: 30_000 });
      await shot('problems');
      if (process.env.UPDATE_SCREENSHOT === '1') await page.screenshot({ path: path.join(ROOT, 'docs', 'screenshot.png') });
    });

    await step('Ctrl+. on "stressed" offers "Replace with \'said\'", and picking it changes the text', async () => {
      // Put the cursor inside "stressed" (line 7, column 240 of the seed) with Go to Line, then Ctrl+.
      await page.locator('.editor-instance .view-lines').first().click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+G');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type('7:242');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.editor-instance .monaco-editor.focused', { timeout: 10_000 });
      await page.keyboard.press('Control+.');
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: "Replace with 'said'" });
      await fix.first().waitFor({ timeout: 30_000 });
      await shot('quick-fix');
      // The preferred fix is the first, focused entry of the list: Enter picks it.
      assert.equal((await page.locator('.action-widget .monaco-list-row.focused').first().innerText()).trim(), "Replace with 'said'");
      await page.keyboard.press('Enter');
      await page.waitForSelector('.editor-instance .view-lines >> text=Putin said that Damascus', { timeout: 30_000 });
    });

    await step('F1 "Attribution: Lint All Drafts in Workspace" lints the workspace', async () => {
      await page.keyboard.press('F1');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type('Attribution: Lint All Drafts in Workspace');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Lint All Drafts in Workspace' }).first().waitFor({ timeout: 30_000 });
      await page.keyboard.press('Enter');
      await page.locator('.notifications-toasts', { hasText: /Linted \d+ drafts/ }).first().waitFor({ timeout: 60_000 });
      await shot('lint-workspace');
    });

    await step('the status bar counts the findings in the active draft', async () => {
      const item = page.locator('.statusbar-item', { has: page.locator('.codicon-quote') });
      await item.first().waitFor({ timeout: 30_000 });
      const count = Number((await item.first().innerText()).replace(/\D+/g, ''));
      assert.ok(count > 0, `status bar shows a count (${count})`);
    });

    await step('F1 "Attribution: Show Source Report" opens the report beside the draft, with the totals and sources the CLI prints', async () => {
      const cli = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'report', path.join(workspace, 'city-budget.md'), '--format', 'json'], { encoding: 'utf8' })) as {
        sentences: { attributed: boolean }[];
        sources: { name: string }[];
      };
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'city-budget.md' }).click({ timeout: 30_000 });
      await page.waitForSelector('.editor-instance .view-lines >> text=Council backs', { timeout: 30_000 });
      // Ctrl+J hides the bottom panel (Problems, opened above), so the screenshot shows the draft and the report.
      if (await page.locator('.part.panel.bottom').isVisible()) await page.keyboard.press('Control+J');
      await page.keyboard.press('F1');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type('Attribution: Show Source Report');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Source Report' }).first().waitFor({ timeout: 30_000 });
      await page.keyboard.press('Enter');
      // A webview is an iframe (the host) holding another iframe (the page).
      const report = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      const sentencesRow = report.locator('#totals tr', { hasText: 'Sentences' }).first();
      await sentencesRow.waitFor({ timeout: 60_000 });
      assert.equal((await sentencesRow.locator('td').innerText()).trim(), String(cli.sentences.length));
      const attributed = cli.sentences.filter((sentence) => sentence.attributed).length;
      assert.match(await report.locator('#totals tr', { hasText: 'Attributed sentences' }).locator('td').innerText(), new RegExp(`^${attributed} \\(`));
      const sourceCells = await report.locator('#sources td:first-child').allInnerTexts();
      for (const source of cli.sources) assert.ok(sourceCells.some((cell) => cell.trim() === source.name), `${source.name} in ${JSON.stringify(sourceCells)}`);
      assert.ok(sourceCells.some((cell) => cell.includes('Okafor')));
      assert.ok((await report.locator('#picture .bar').count()) > 5, 'one bar per paragraph');
      await report.locator('#picture .bar.unattributed').first().waitFor({ timeout: 10_000 });
      await shot('source-report');
    });

    await step('clicking a red bar in the report moves the cursor to that paragraph of the draft', async () => {
      const report = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      const bar = report.locator('#picture .bar.unattributed').first();
      const line = Number(/line (\d+)/.exec((await bar.getAttribute('title')) ?? '')?.[1]);
      assert.ok(line > 15, `the first red bar is below the front matter (line ${line})`);
      await bar.click();
      await page.locator('.statusbar-item', { hasText: `Ln ${line},` }).first().waitFor({ timeout: 30_000 });
    });

    await step('the Sources view in the Explorer lists the draft\'s sources by kind', async () => {
      const header = page.locator('.pane-header', { hasText: /^Sources/i }).first();
      await header.waitFor({ timeout: 30_000 });
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      const tree = page.locator('.pane', { has: header });
      await tree.locator('.monaco-list-row', { hasText: 'Named' }).first().waitFor({ timeout: 30_000 });
      await tree.locator('.monaco-list-row', { hasText: 'Okafor' }).first().waitFor({ timeout: 30_000 });
      await shot('sources-view');
    });
  } catch (error) {
    await shot('failure').catch(() => undefined);
    throw error;
  } finally {
    await browser.close();
    await server.stop();
  }
});
