// The server's settings: defaults for missing values, and a maxFileSize the server can lint in memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveSettings } from '../../server/src/server/settings';
import { DEFAULT_SETTINGS, MAX_FILE_SIZE_LIMIT } from '../../server/src/protocolNames';

test('maxFileSize: a value within the limit is kept, a missing one is the default', () => {
  assert.equal(resolveSettings({ maxFileSize: 500_000 }).settings.maxFileSize, 500_000);
  assert.equal(resolveSettings({}).settings.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
  assert.deepEqual(resolveSettings({ maxFileSize: 500_000 }).problems, []);
});

test('maxFileSize above the limit is lowered to it, with a problem naming the key', () => {
  const { settings, problems } = resolveSettings({ maxFileSize: 50_000_000 });
  assert.equal(settings.maxFileSize, MAX_FILE_SIZE_LIMIT);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].key, 'maxFileSize');
  assert.match(problems[0].message, /at most 8,000,000 bytes/);
});
