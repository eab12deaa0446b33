import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, applySettingsPatch, parseSettingsPatch, sanitizeSettings, userInitials } from '../../core/api/settings';
import { newDraft } from '../../core/document/draft';
import { withAuthor } from '../../electron/services/desk';

test('initials are the given ones, or the first letter of the first two words of the name', () => {
  assert.equal(userInitials({ userName: 'রফিক আহমেদ', userInitials: '' }), 'রআ');
  assert.equal(userInitials({ userName: '  শাহানা   পারভীন চৌধুরী ', userInitials: '' }), 'শাপা');
  assert.equal(userInitials({ userName: 'Nadia Islam', userInitials: '' }), 'NI');
  assert.equal(userInitials({ userName: 'রফিক আহমেদ', userInitials: 'রাআ' }), 'রাআ');
  assert.equal(userInitials({ userName: '', userInitials: '' }), '');
  // A letter with its vowel sign is one letter to a reader (শা, মৌ, as in মো. for মোহাম্মদ): the whole grapheme is taken.
  assert.equal(userInitials({ userName: 'মৌসুমী', userInitials: '' }), 'মৌ');
});

test('name, initials and colour are validated by the schema; the desk folder is never part of a patch', () => {
  assert.ok(parseSettingsPatch({ userName: 'রফিক আহমেদ', userInitials: 'রআ', userColor: '#1A2b3c' }).ok);
  for (const bad of [
    { userColor: 'red' },
    { userColor: '#12345' },
    { userInitials: 'ABCDE' },
    { userName: 'ক'.repeat(81) },
    { deskPath: '/mnt/desk' },
  ])
    assert.equal(parseSettingsPatch(bad).ok, false, JSON.stringify(bad));
  const withFolder = { ...DEFAULT_SETTINGS, deskPath: '/mnt/desk' };
  const next = applySettingsPatch(withFolder, { userName: 'শাহানা', userColor: '#aa3300' });
  assert.equal(next.deskPath, '/mnt/desk');
  assert.equal(next.userName, 'শাহানা');
  assert.equal(next.userColor, '#aa3300');
});

test('stored identity values that are not valid fall back to the defaults, each on its own', () => {
  const stored = { userName: 'রফিক', userInitials: 42, userColor: 'blue', deskPath: '' };
  assert.deepEqual(sanitizeSettings(stored), { ...DEFAULT_SETTINGS, userName: 'রফিক' });
  assert.equal(sanitizeSettings({ deskPath: '/mnt/desk' }).deskPath, '/mnt/desk');
});

test('a draft records its creator once: the first save that knows a name, never over another', () => {
  const draft = newDraft(new Date('2026-12-01T08:00:00Z'), 'd-author0001');
  const mine = withAuthor(draft, 'রফিক');
  assert.equal((mine.meta as { author?: string }).author, 'রফিক');
  assert.equal((withAuthor(mine, 'শাহানা').meta as { author?: string }).author, 'রফিক');
  assert.equal(withAuthor(draft, undefined), draft);
  assert.equal(withAuthor(null as never, 'রফিক'), null);
});
