// The command line as a newsroom pipeline uses it: the built dist/cli.js run as a child process on
// drafts in a temporary folder. Configurations here switch every rule off except
// loaded-attribution-verb, whose finding on "Putin stressed that the talks failed." is certain, so
// the expectations do not depend on the other rules' judgement.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyFixes } from '../../server/src/cli/applyFixes';
import { createProgress } from '../../server/src/cli/progress';
import { toJsonResults } from '../../server/src/cli/formatters/json';
import type { Finding } from '../../server/src/lint/types';

import { ROOT, STRESSED, VERB, cli, makeTree, onlyRules, useBuiltCli, type Run } from './harness';


useBuiltCli();

const ONLY_VERB = onlyRules({ [VERB]: 'info' });
const VERB_AS_ERROR = onlyRules({ [VERB]: 'error' });

/** One-line messages, never a stack trace. */
function assertNoStackTrace(run: Run): void {
  assert.doesNotMatch(run.stderr, /\n\s+at .+:\d+:\d+/, run.stderr);
  assert.doesNotMatch(run.stdout, /\n\s+at .+:\d+:\d+/);
}

// ---- exit codes ----

describe('exit codes', () => {
  test('0 when a draft has only infos', () => {
    const dir = makeTree({ '.attributionlintrc.json': ONLY_VERB, 'story.md': STRESSED });
    const run = cli(['story.md'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /loaded-attribution-verb/);
  });

  test('0 and no output for a clean draft', () => {
    const dir = makeTree({ '.attributionlintrc.json': ONLY_VERB, 'story.md': 'Putin said that the talks failed.\n' });
    const run = cli(['story.md'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
  });

  test('1 when a finding is an error', () => {
    const dir = makeTree({ '.attributionlintrc.json': VERB_AS_ERROR, 'story.md': STRESSED });
    const run = cli(['story.md'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /1:7\s+error\s+.*loaded-attribution-verb/);
  });

  test('2 and the usage text when nothing is named to lint', () => {
    const dir = makeTree({});
    const run = cli([], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^Usage: attribution-lint/);
    assert.equal(run.stdout, '');
  });

  test('2 with a one-line message for an unknown option', () => {
    const dir = makeTree({ 'story.md': STRESSED });
    const run = cli(['--frobnicate', 'story.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^attribution-lint: Unknown option '--frobnicate'.*--help/);
    assert.equal(run.stderr.trim().split('\n').length, 1);
    assertNoStackTrace(run);
  });

  test('2 for an unknown --format', () => {
    const dir = makeTree({ 'story.md': STRESSED });
    const run = cli(['--format', 'xml', 'story.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unknown format "xml" \(use stylish, json, sarif\)/);
  });

  test('--help prints the usage and exits 0; --version prints package.json\'s version', () => {
    const dir = makeTree({});
    const help = cli(['--help'], { cwd: dir });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--max-warnings N/);
    const version = cli(['--version'], { cwd: dir });
    assert.equal(version.code, 0);
    assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});

// ---- files and directories ----

describe('which drafts are linted', () => {
  test('a missing file is named on stderr, the others are still linted, exit 2', () => {
    const dir = makeTree({ '.attributionlintrc.json': ONLY_VERB, 'story.md': STRESSED });
    const run = cli(['missing.md', 'story.md', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /missing\.md: no such file or directory/);
    const results = JSON.parse(run.stdout);
    assert.deepEqual(results.map((r: { file: string }) => r.file), ['story.md']);
    assert.equal(results[0].findings[0].ruleId, VERB);
    assertNoStackTrace(run);
  });

  test('a draft that cannot be read (a dangling link in a folder) is named, the others are still linted, exit 2', () => {
    const dir = makeTree({ '.attributionlintrc.json': ONLY_VERB, 'drafts/story.md': STRESSED });
    fs.symlinkSync(path.join(dir, 'gone.md'), path.join(dir, 'drafts', 'broken.md'));
    const run = cli(['drafts', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /broken\.md/);
    assert.deepEqual(JSON.parse(run.stdout).map((r: { file: string }) => r.file), ['drafts/story.md']);
    assertNoStackTrace(run);
  });

  test('an empty directory lints nothing, says so, and exits 0', () => {
    const dir = makeTree({});
    fs.mkdirSync(path.join(dir, 'drafts'));
    const run = cli(['drafts', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), []);
    assert.match(run.stderr, /drafts: no drafts found/);
  });

  test('directories recurse into draft extensions, skipping node_modules and dot-directories', () => {
    const dir = makeTree({
      '.attributionlintrc.json': ONLY_VERB,
      'drafts/a.md': STRESSED,
      'drafts/b.markdown': STRESSED,
      'drafts/deep/c.txt': STRESSED,
      'drafts/deep/d.draft': STRESSED,
      'drafts/deep/e.news': STRESSED,
      'drafts/notes.js': STRESSED,
      'drafts/node_modules/x.md': STRESSED,
      'drafts/.hidden/y.md': STRESSED,
    });
    const run = cli(['drafts', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const files = JSON.parse(run.stdout).map((r: { file: string }) => r.file.split(path.sep).join('/'));
    assert.deepEqual(files, ['drafts/a.md', 'drafts/b.markdown', 'drafts/deep/c.txt', 'drafts/deep/d.draft', 'drafts/deep/e.news']);
  });

  test('a quoted glob is expanded; one that matches nothing is an error', () => {
    const dir = makeTree({ '.attributionlintrc.json': ONLY_VERB, 'drafts/a.md': STRESSED, 'drafts/sub/b.md': STRESSED, 'drafts/c.txt': STRESSED });
    const run = cli(['drafts/**/*.md', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout).map((r: { file: string }) => r.file.split(path.sep).join('/')), ['drafts/a.md', 'drafts/sub/b.md']);
    const none = cli(['drafts/*.zzz'], { cwd: dir });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no files match the pattern "drafts\/\*\.zzz"/);
  });

  test('a file that is not valid UTF-8 is linted with replacement characters and a warning', () => {
    const bytes = Buffer.concat([Buffer.from('Putin stressed that the talks failed. Caf'), Buffer.from([0xe9]), Buffer.from('.\n')]);
    const dir = makeTree({ '.attributionlintrc.json': ONLY_VERB, 'latin1.txt': bytes });
    const run = cli(['latin1.txt', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /latin1\.txt: is not valid UTF-8/);
    assert.equal(JSON.parse(run.stdout)[0].findings[0].ruleId, VERB);
  });

  test('a binary file is skipped with a warning', () => {
    const dir = makeTree({ '.attributionlintrc.json': ONLY_VERB, 'photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'story.md': STRESSED });
    const run = cli(['photo.txt', 'story.md', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /photo\.txt: looks like a binary file.*skipped/);
    assert.deepEqual(JSON.parse(run.stdout).map((r: { file: string }) => r.file), ['story.md']);
  });
});

// ---- configuration ----

describe('configuration', () => {
  test('the nearest .attributionlintrc.json above each draft is used', () => {
    const dir = makeTree({
      '.attributionlintrc.json': ONLY_VERB,
      'desk/.attributionlintrc.json': VERB_AS_ERROR,
      'desk/story.md': STRESSED,
      'story.md': STRESSED,
    });
    const run = cli(['story.md', 'desk/story.md', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const severities = JSON.parse(run.stdout).map((r: { findings: Finding[] }) => r.findings[0].severity);
    assert.deepEqual(severities, ['info', 'error']);
  });

  test('--config replaces the search', () => {
    const dir = makeTree({ '.attributionlintrc.json': ONLY_VERB, 'strict.json': VERB_AS_ERROR, 'story.md': STRESSED });
    const run = cli(['--config', 'strict.json', 'story.md'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /error/);
  });

  test('an invalid setting is reported once per file on stderr, exits 2, and linting goes on with defaults for it', () => {
    const config = JSON.parse(ONLY_VERB);
    config.rules[VERB] = 'loud';
    const dir = makeTree({ '.attributionlintrc.json': JSON.stringify(config), 'a.md': STRESSED, 'b.md': STRESSED });
    const run = cli(['a.md', 'b.md', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 2);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0], /\.attributionlintrc\.json: "rules\.loaded-attribution-verb" must be one of/);
    const results = JSON.parse(run.stdout);
    assert.equal(results.length, 2);
    // The bad severity falls back to the rule's default (info); the other rules stay off.
    assert.deepEqual(results[0].findings.map((f: Finding) => [f.ruleId, f.severity]), [[VERB, 'info']]);
  });

  test('a configuration file that is not JSON is reported with its position', () => {
    const dir = makeTree({ '.attributionlintrc.json': '{ "rules": { ', 'story.md': STRESSED });
    const run = cli(['story.md', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /\.attributionlintrc\.json:1:\d+: invalid JSON/);
    assert.equal(JSON.parse(run.stdout).length, 1);
    assertNoStackTrace(run);
  });

  test('a missing --config file is named, exits 2, and the drafts are linted with defaults', () => {
    const dir = makeTree({ 'story.md': STRESSED });
    const run = cli(['--config', 'nope.json', 'story.md', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /nope\.json: cannot be read \(no such file or directory\)/);
    assert.ok(JSON.parse(run.stdout)[0].findings.some((f: Finding) => f.ruleId === VERB));
  });

  test('a configuration file over 1 MB is refused', () => {
    const dir = makeTree({ '.attributionlintrc.json': `{"acceptedPhrases": ["${'x'.repeat(1024 * 1024)}"]}`, 'story.md': STRESSED });
    const run = cli(['story.md', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /too large/);
  });

  test('--rule overrides the configuration and can be repeated', () => {
    const dir = makeTree({ '.attributionlintrc.json': ONLY_VERB, 'story.md': STRESSED });
    const asError = cli(['--rule', `${VERB}=error`, 'story.md'], { cwd: dir });
    assert.equal(asError.code, 1);
    const off = cli(['--rule', `${VERB}=error`, '--rule', `${VERB}=off`, 'story.md', '--format', 'json'], { cwd: dir });
    assert.equal(off.code, 0);
    assert.deepEqual(JSON.parse(off.stdout)[0].findings, []);
  });

  test('--rule with an unknown rule or severity is a usage error', () => {
    const dir = makeTree({ 'story.md': STRESSED });
    const unknown = cli(['--rule', 'no-such-rule=error', 'story.md'], { cwd: dir });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown rule "no-such-rule"/);
    const badSeverity = cli(['--rule', `${VERB}=fatal`, 'story.md'], { cwd: dir });
    assert.equal(badSeverity.code, 2);
    assert.match(badSeverity.stderr, /"fatal" is not a severity/);
    const malformed = cli(['--rule', VERB, 'story.md'], { cwd: dir });
    assert.equal(malformed.code, 2);
    assert.match(malformed.stderr, /--rule expects ID=SEVERITY/);
  });
});

// ---- output formats ----

describe('output', () => {
  test('stylish: a header per draft, 1-based rows, a summary; no colour when not a terminal', () => {
    const dir = makeTree({ '.attributionlintrc.json': onlyRules({ [VERB]: 'warning' }), 'story.md': `${STRESSED}\nLavrov insisted that nothing changed.\n` });
    const run = cli(['story.md'], { cwd: dir, env: { NO_COLOR: '' } });
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], '');
    assert.equal(lines[1], 'story.md');
    assert.match(lines[2], /^ {2}1:7 {2}warning {2}.*\S {2}loaded-attribution-verb$/);
    assert.match(lines[3], /^ {2}3:8 {2}warning {2}.*\S {2}loaded-attribution-verb$/);
    assert.match(run.stdout, /✖ 2 problems \(0 errors, 2 warnings, 0 infos, 0 hints\)/);
    assert.doesNotMatch(run.stdout, /\x1b\[/);
  });

  test('json: ranges are 0-based LSP ranges and fixes carry their edits', () => {
    const dir = makeTree({ '.attributionlintrc.json': ONLY_VERB, 'story.md': STRESSED });
    const run = cli(['story.md', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const [result] = JSON.parse(run.stdout);
    assert.equal(result.file, 'story.md');
    const [finding] = result.findings;
    assert.equal(finding.ruleId, VERB);
    assert.equal(finding.severity, 'info');
    assert.equal(typeof finding.message, 'string');
    assert.deepEqual(finding.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 14 } });
    assert.equal(typeof finding.fix.title, 'string');
    assert.deepEqual(finding.fix.edits, [{ range: finding.range, newText: 'said' }]);
  });

  test('json: findings without a fix have no "fix" key', () => {
    const text = 'Officials reportedly left.';
    const findings: Finding[] = [{ ruleId: 'hedged-wording', severity: 'warning', message: 'm', span: { start: 10, end: 20 } }];
    const [result] = toJsonResults([{ path: '/x/a.md', displayPath: 'a.md', text, findings }]);
    assert.deepEqual(result, {
      file: 'a.md',
      findings: [{ ruleId: 'hedged-wording', severity: 'warning', message: 'm', range: { start: { line: 0, character: 10 }, end: { line: 0, character: 20 } } }],
    });
  });
});

// ---- stdin ----

describe('--stdin', () => {
  test('lints standard input under the --stdin-filename, with the configuration found from there', () => {
    const dir = makeTree({ 'desk/.attributionlintrc.json': VERB_AS_ERROR });
    const run = cli(['--stdin', '--stdin-filename', 'desk/story.md', '--format', 'json'], { cwd: dir, input: STRESSED });
    assert.equal(run.code, 1, run.stderr);
    const [result] = JSON.parse(run.stdout);
    assert.equal(result.file, 'desk/story.md');
    assert.deepEqual(result.findings.map((f: Finding) => [f.ruleId, f.severity]), [[VERB, 'error']]);
  });

  test('without a name it is shown as <stdin>', () => {
    const dir = makeTree({ '.attributionlintrc.json': ONLY_VERB });
    const run = cli(['--stdin'], { cwd: dir, input: STRESSED });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^\n<stdin>\n/);
  });

  test('cannot be mixed with paths or --fix', () => {
    const dir = makeTree({ 'story.md': STRESSED });
    assert.equal(cli(['--stdin', 'story.md'], { cwd: dir }).code, 2);
    const fix = cli(['--stdin', '--fix'], { cwd: dir, input: STRESSED });
    assert.equal(fix.code, 2);
    assert.match(fix.stderr, /--fix cannot be used with --stdin/);
  });
});

// ---- --max-warnings ----

describe('--max-warnings', () => {
  const twoWarnings = `${STRESSED}Lavrov insisted that nothing changed.\n`;
  test('exits 1 only when the warnings are more than N', () => {
    const dir = makeTree({ '.attributionlintrc.json': onlyRules({ [VERB]: 'warning' }), 'story.md': twoWarnings });
    assert.equal(cli(['story.md'], { cwd: dir }).code, 0);
    assert.equal(cli(['story.md', '--max-warnings', '2'], { cwd: dir }).code, 0);
    const over = cli(['story.md', '--max-warnings', '1'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /too many warnings \(2; --max-warnings allows 1\)/);
  });

  test('infos do not count as warnings', () => {
    const dir = makeTree({ '.attributionlintrc.json': ONLY_VERB, 'story.md': twoWarnings });
    assert.equal(cli(['story.md', '--max-warnings', '0'], { cwd: dir }).code, 0);
  });

  test('a value that is not a whole number is a usage error', () => {
    const dir = makeTree({ 'story.md': STRESSED });
    const run = cli(['story.md', '--max-warnings', 'lots'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--max-warnings expects a whole number/);
  });
});

// ---- --fix ----

describe('--fix', () => {
  test('rewrites "stressed" to "said" in place and reports what is left', () => {
    const dir = makeTree({ '.attributionlintrc.json': ONLY_VERB, 'story.md': STRESSED });
    const run = cli(['--fix', 'story.md'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'story.md'), 'utf8'), 'Putin said that the talks failed.\n');
    assert.equal(run.stdout, '');
  });

  test('keeps a byte-order mark and CRLF line ends', () => {
    const dir = makeTree({ '.attributionlintrc.json': ONLY_VERB, 'story.txt': '\ufeffHeadline\r\n\r\nPutin stressed that the talks failed.\r\n' });
    const run = cli(['--fix', 'story.txt'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'story.txt'), 'utf8'), '\ufeffHeadline\r\n\r\nPutin said that the talks failed.\r\n');
  });

  test('leaves a draft with no fixes untouched (same modification time)', () => {
    const dir = makeTree({ '.attributionlintrc.json': ONLY_VERB, 'story.md': 'Putin said that the talks failed.\n' });
    const file = path.join(dir, 'story.md');
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(file, past, past);
    assert.equal(cli(['--fix', 'story.md'], { cwd: dir }).code, 0);
    assert.ok(Math.abs(fs.statSync(file).mtimeMs - past.getTime()) < 1, 'the file was rewritten');
  });

  test('does not rewrite a file that is not valid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('Putin stressed that the talks failed. Caf'), Buffer.from([0xe9]), Buffer.from('.\n')]);
    const dir = makeTree({ '.attributionlintrc.json': ONLY_VERB, 'latin1.txt': bytes });
    const run = cli(['--fix', 'latin1.txt'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /latin1\.txt: not fixed/);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'latin1.txt')), bytes);
  });
});

// ---- report ----

describe('report', () => {
  test('prints a Markdown source report', () => {
    const dir = makeTree({ 'story.md': STRESSED });
    const run = cli(['report', 'story.md'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^# Source report: story\.md/);
    assert.match(run.stdout, /## Sources/);
    // The kind is the engine's call; the report's job is the row.
    assert.match(run.stdout, /\| Putin \| \w+ \| 1 \| line 1 \|/);
  });

  test('prints the report as JSON', () => {
    const dir = makeTree({ 'story.md': STRESSED });
    const run = cli(['report', 'story.md', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(report), ['file', 'sentences', 'attributions', 'quotations', 'sources']);
    assert.equal(report.file, 'story.md');
    assert.equal(report.attributions[0].cue.text, 'stressed');
    assert.deepEqual(report.sources.map((s: { name: string; count: number }) => [s.name, s.count]), [['Putin', 1]]);
    assert.equal(report.attributions[0].source.text, 'Putin');
  });

  test('a missing file or a second file is an error', () => {
    const dir = makeTree({ 'story.md': STRESSED });
    const missing = cli(['report', 'nope.md'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.md: cannot be read/);
    assert.equal(cli(['report', 'story.md', 'story.md'], { cwd: dir }).code, 2);
    assert.equal(cli(['report', 'story.md', '--format', 'sarif'], { cwd: dir }).code, 2);
  });
});

// ---- pieces tested in-process ----

describe('applyFixes', () => {
  const finding = (start: number, end: number, newText: string, ruleId = VERB): Finding => ({
    ruleId,
    severity: 'info',
    message: '',
    span: { start, end },
    fix: { title: 't', edits: [{ span: { start, end }, newText }] },
  });
  const fixable = new Set([VERB]);

  test('applies non-overlapping edits from the end backwards', () => {
    const text = 'A stressed x. B noted y.';
    const result = applyFixes(text, [finding(2, 10, 'said'), finding(16, 21, 'said')], fixable);
    assert.deepEqual(result, { text: 'A said x. B said y.', applied: 2 });
  });

  test('skips a fix that overlaps one already taken, and fixes of rules that are not fixable', () => {
    const text = 'A stressed x.';
    const result = applyFixes(text, [finding(2, 10, 'said'), finding(4, 8, 'zz'), finding(0, 1, 'B', 'hedged-wording')], fixable);
    assert.deepEqual(result, { text: 'A said x.', applied: 1 });
  });

  test('ignores edits that fall outside the text', () => {
    assert.deepEqual(applyFixes('short', [finding(3, 99, 'x')], fixable), { text: 'short', applied: 0 });
  });
});

describe('progress line', () => {
  const fakeStream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, stream: { isTTY, columns: 80, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream };
  };

  test('is shown on a terminal for more than 20 files, and cleared at the end', () => {
    const { written, stream } = fakeStream(true);
    const progress = createProgress(21, stream);
    progress.update(1, 'a.md');
    progress.clear();
    assert.match(written[0], /^\r\x1b\[K.*1\/21 a\.md/);
    assert.equal(written[written.length - 1], '\r\x1b[K');
  });

  test('is not shown for 20 files or fewer, or when stderr is not a terminal', () => {
    for (const [tty, count] of [[true, 20], [false, 100]] as const) {
      const { written, stream } = fakeStream(tty);
      const progress = createProgress(count, stream);
      progress.update(1, 'a.md');
      progress.clear();
      assert.deepEqual(written, []);
    }
  });
});
