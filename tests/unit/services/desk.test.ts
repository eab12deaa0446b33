import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { createNewsroomService, memorySettingsStore } from '../../../electron/services/newsroom-service';
import { createDesk, type DeskFs } from '../../../electron/services/desk';
import type { Settings } from '../../../core/api/newsroom-api';
import type { Result } from '../../../core/api/result';
import { DRAFT_FORMAT, newDraft, type Draft } from '../../../core/document/draft';
import type { DocJSON } from '../../../core/document/schema';
import { tempDir } from '../../helpers/temp-dir';

function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`expected ok, got ${result.error.code}: ${result.error.message.en} ${result.error.detail ?? ''}`);
  return result.value;
}

const article = (headline: string, ...paragraphs: string[]): DocJSON => ({
  type: 'doc',
  content: [
    { type: 'headline', content: [{ type: 'text', text: headline }] },
    ...paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  ],
});

/** A reporter's or an editor's app: its own data folder, one desk folder shared with the others. */
function app(desk: string, settings: Partial<Settings> = {}, deskFs?: DeskFs) {
  const dataDir = tempDir();
  const service = createNewsroomService({
    dataDir,
    settings: memorySettingsStore({ deskPath: desk, ...settings }),
    deskDialog: { chooseFolder: async () => desk },
    deskFs,
  });
  return { dataDir, service };
}

const textOf = (draft: Draft) => JSON.stringify(draft.doc);
const deskFiles = (desk: string) => readdirSync(desk).sort();

describe('the desk folder', () => {
  test('send to desk: status review, written to the folder, the local copy stays; the queue lists it with its author', async () => {
    const desk = tempDir();
    const reporter = app(desk, { userName: 'রফিক আহমেদ' });
    const draft = value(await reporter.service.createDraft());
    value(await reporter.service.saveDraft({ ...draft, doc: article('বন্যায় ডুবল তিন গ্রাম', 'পানি বাড়ছে।') }));
    const entry = value(await reporter.service.sendToDesk(draft.id));
    assert.equal(entry.status, 'review');
    assert.equal(entry.headline, 'বন্যায় ডুবল তিন গ্রাম');
    assert.equal(entry.author, 'রফিক আহমেদ');
    assert.deepEqual(deskFiles(desk), [`${draft.id}.json`]);
    const local = value(await reporter.service.openDraft(draft.id));
    assert.equal(local.meta.status, 'review');
    assert.match(textOf(local), /পানি বাড়ছে/);
    const listing = value(await reporter.service.listDesk());
    assert.ok(listing);
    assert.deepEqual(listing.entries, [entry]);
    assert.deepEqual(listing.unreadable, []);
  });

  test('the editor opens it in place, edits and returns it; the reporter sees the change', async () => {
    const desk = tempDir();
    const reporter = app(desk, { userName: 'রফিক' });
    const editor = app(desk, { userName: 'সম্পাদক শাহানা' });
    const draft = value(await reporter.service.createDraft());
    value(await reporter.service.saveDraft({ ...draft, doc: article('সেতু উদ্বোধন', 'আজ সেতু খুলল।') }));
    value(await reporter.service.sendToDesk(draft.id));

    const [queued] = value(await editor.service.listDesk())!.entries;
    assert.equal(queued?.id, draft.id);
    const opened = value(await editor.service.openDeskDraft(draft.id));
    value(await editor.service.saveDraft({ ...opened, doc: article('সেতু উদ্বোধন', 'আজ সকালে সেতু খুলে দেওয়া হলো।') }));
    // Saved in place: nothing lands in the editor's own drafts.
    assert.deepEqual(value(await editor.service.listDrafts()), []);
    const returned = value(await editor.service.setDeskStatus(draft.id, 'draft'));
    assert.equal(returned.status, 'draft');
    assert.equal(returned.author, 'রফিক', 'the creator stays the author');

    const back = value(await reporter.service.openDeskDraft(draft.id));
    assert.equal(back.meta.status, 'draft');
    assert.match(textOf(back), /আজ সকালে সেতু খুলে দেওয়া হলো/);
    // The reporter's own copy is as it was sent.
    assert.match(textOf(value(await reporter.service.openDraft(draft.id))), /আজ সেতু খুলল/);
  });

  test('two saves of one desk draft: the later is caught, its text kept as a conflict copy the queue shows to both', async () => {
    const desk = tempDir();
    const reporter = app(desk);
    const a = app(desk);
    const b = app(desk);
    const draft = value(await reporter.service.createDraft());
    value(await reporter.service.sendToDesk(draft.id));
    const forA = value(await a.service.openDeskDraft(draft.id));
    const forB = value(await b.service.openDeskDraft(draft.id));
    value(await a.service.saveDraft({ ...forA, doc: article('ক', 'প্রথম জনের লেখা') }));
    const refused = await b.service.saveDraft({ ...forB, doc: article('খ', 'দ্বিতীয় জনের লেখা') });
    assert.ok(!refused.ok && refused.error.code === 'conflict');
    assert.ok(refused.error.message.bn.length > 0 && refused.error.message.en.length > 0);
    const copies = deskFiles(desk).filter((name) => name.includes('.conflict-'));
    assert.equal(copies.length, 1);
    assert.match(readFileSync(join(desk, copies[0]!), 'utf8'), /দ্বিতীয় জনের লেখা/);
    assert.match(readFileSync(join(desk, `${draft.id}.json`), 'utf8'), /প্রথম জনের লেখা/);
    for (const side of [a, b]) assert.equal(value(await side.service.listDesk())!.entries[0]?.conflicts, 1);
    // B keeps theirs: A's text is kept as a version on B's computer, B's text is the desk draft.
    const resolved = value(await b.service.resolveConflict({ ...forB, doc: article('খ', 'দ্বিতীয় জনের লেখা') }, 'mine'));
    assert.match(textOf(resolved), /দ্বিতীয় জনের লেখা/);
    const kept = readdirSync(join(b.dataDir, 'versions', draft.id)).map((n) =>
      readFileSync(join(b.dataDir, 'versions', draft.id, n), 'utf8'),
    );
    assert.ok(kept.some((text) => text.includes('প্রথম জনের লেখা')));
    // And A's next save meets the guard in turn.
    const again = await a.service.saveDraft({ ...forA, doc: article('ক', 'প্রথম জনের লেখা, আবার') });
    assert.ok(!again.ok && again.error.code === 'conflict');
  });

  test('versions of a desk draft opened in place are taken from and restored to the desk file', async () => {
    const desk = tempDir();
    const reporter = app(desk);
    const editor = app(desk);
    const draft = value(await reporter.service.createDraft());
    value(await reporter.service.saveDraft({ ...draft, doc: article('ভোটের খবর', 'প্রথম লেখা') }));
    value(await reporter.service.sendToDesk(draft.id));
    const opened = value(await editor.service.openDeskDraft(draft.id));
    const version = value(await editor.service.saveVersion(draft.id, 'ডেস্কে আসার সময়'));
    value(await editor.service.saveDraft({ ...opened, doc: article('ভোটের খবর', 'সম্পাদিত লেখা') }));
    const restored = value(await editor.service.restoreVersion(draft.id, version.id));
    assert.match(textOf(restored.draft), /প্রথম লেখা/);
    assert.match(readFileSync(join(desk, `${draft.id}.json`), 'utf8'), /প্রথম লেখা/);
    assert.deepEqual(value(await editor.service.listDrafts()), []);
  });

  test('sending over a desk draft this copy has not seen keeps the text as a conflict copy, never overwrites', async () => {
    const desk = tempDir();
    const one = app(desk);
    const other = app(desk);
    const draft = value(await one.service.createDraft());
    value(await one.service.sendToDesk(draft.id));
    // The same file arrives through another app (a copy of the reporter's data folder, say).
    const stranger = createDesk({ folder: desk });
    const held = value(await stranger.open(draft.id));
    value(await stranger.save({ ...held, doc: article('ডেস্কের লেখা', 'ডেস্কে বদলানো') }));
    const resent = await one.service.sendToDesk(draft.id);
    assert.ok(!resent.ok && resent.error.code === 'conflict');
    assert.match(readFileSync(join(desk, `${draft.id}.json`), 'utf8'), /ডেস্কে বদলানো/);
    assert.equal(deskFiles(desk).filter((name) => name.includes('.conflict-')).length, 1);
    assert.ok(value(await other.service.listDesk()));
  });

  test('the queue counts open suggestions and comments, and lists unreadable files without failing', async () => {
    const desk = tempDir();
    const { service } = app(desk);
    const who = { author: 'শাহানা', color: '#aa3300', time: '2026-12-01T08:00:00.000Z' };
    const reviewed = {
      ...newDraft(new Date('2026-12-01T08:00:00Z'), 'd-reviewed01'),
      format: DRAFT_FORMAT,
      doc: {
        type: 'doc',
        content: [
          { type: 'headline', content: [{ type: 'text', text: 'বাজেট' }] },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'বরাদ্দ ', marks: [{ type: 'insertion', attrs: { id: 's1', ...who } }] },
              {
                type: 'text',
                text: 'কমেছে',
                marks: [
                  { type: 'deletion', attrs: { id: 's2', ...who } },
                  { type: 'comment', attrs: { id: 'c1' } },
                ],
              },
            ],
          },
        ],
      },
      review: {
        ignored: [],
        comments: [
          { id: 'c1', ...who, text: 'কত কমেছে?', resolved: false, replies: [] },
          { id: 'c2', ...who, text: 'ঠিক আছে', resolved: true, replies: [] },
        ],
      },
    };
    writeFileSync(join(desk, 'd-reviewed01.json'), JSON.stringify(reviewed));
    // The same draft as another program might lay it out: the review first, the mark's attributes in another order.
    const { doc, review, ...rest } = reviewed;
    const reordered = JSON.stringify({ review, ...rest, id: 'd-reordered1', doc }).replace(
      /"attrs":\{"id":"(s\d)",/g,
      '"attrs":{"who":"x","id":"$1",',
    );
    writeFileSync(join(desk, 'd-reordered1.json'), reordered);
    writeFileSync(join(desk, 'd-broken0001.json'), '{"format": 1, "id": "d-brok');
    writeFileSync(join(desk, 'd-future0001.json'), JSON.stringify({ ...reviewed, id: 'd-future0001', format: DRAFT_FORMAT + 1 }));
    writeFileSync(join(desk, 'notes.txt'), 'ডেস্কের নোট');
    mkdirSync(join(desk, 'd-afolder001.json'));
    const listing = value(await service.listDesk())!;
    assert.deepEqual(
      listing.entries.map((e) => [e.id, e.suggestions, e.comments]),
      [
        ['d-reordered1', 2, 1],
        ['d-reviewed01', 2, 1],
      ],
    );
    assert.deepEqual(listing.unreadable.map((u) => u.name).sort(), ['d-afolder001.json', 'd-broken0001.json', 'd-future0001.json']);
    const future = listing.unreadable.find((u) => u.name === 'd-future0001.json')!;
    assert.match(future.message.bn, /নতুন সংস্করণে/);
    // Nothing in the shared folder was moved or changed.
    assert.deepEqual(deskFiles(desk), [
      'd-afolder001.json',
      'd-broken0001.json',
      'd-future0001.json',
      'd-reordered1.json',
      'd-reviewed01.json',
      'notes.txt',
    ]);
    const refused = await service.openDeskDraft('d-future0001');
    assert.ok(!refused.ok && /newer version/.test(refused.error.message.en));
  });

  test('a missing or unplugged folder is a clear message in both languages; the local copy stays', async () => {
    const parent = tempDir();
    const desk = join(parent, 'desk');
    const { service } = app(desk);
    const draft = value(await service.createDraft());
    value(await service.saveDraft({ ...draft, doc: article('শিরোনাম', 'লেখা থাকবে।') }));
    for (const result of [await service.sendToDesk(draft.id), await service.listDesk(), await service.openDeskDraft(draft.id)]) {
      assert.ok(!result.ok);
      assert.equal(result.error.code, 'not-found');
      assert.match(result.error.message.bn, /ডেস্ক ফোল্ডারটি পাওয়া যাচ্ছে না/);
      assert.match(result.error.message.en, /desk folder cannot be found/);
    }
    const failedSend = await service.sendToDesk(draft.id);
    assert.ok(!failedSend.ok && /Your copy stays on this computer/.test(failedSend.error.message.en));
    assert.match(textOf(value(await service.openDraft(draft.id))), /লেখা থাকবে/);

    // Unplugged while a desk draft is open: its save fails with the folder's reason, nothing is lost locally.
    mkdirSync(desk);
    value(await service.sendToDesk(draft.id));
    const opened = value(await service.openDeskDraft(draft.id));
    rmSync(desk, { recursive: true });
    const save = await service.saveDraft({ ...opened, doc: article('শিরোনাম', 'নতুন লেখা') });
    assert.ok(!save.ok && save.error.code === 'not-found' && /ডেস্ক ফোল্ডারটি পাওয়া যাচ্ছে না/.test(save.error.message.bn));
  });

  test('a read-only desk folder says so; no folder set says where to set one', async () => {
    const desk = tempDir();
    const refuse = (path: string) => Object.assign(new Error(`EROFS: read-only file system, '${path}'`), { code: 'EROFS' });
    const readOnly: DeskFs = {
      ...nodeFs,
      open: ((path: string, flags?: string) =>
        flags && flags !== 'r' ? Promise.reject(refuse(path)) : nodeFs.open(path, flags)) as DeskFs['open'],
      writeFile: async (path) => {
        throw refuse(String(path));
      },
    };
    const { service } = app(desk, {}, readOnly);
    const draft = value(await service.createDraft());
    const sent = await service.sendToDesk(draft.id);
    assert.ok(!sent.ok && sent.error.code === 'read-only');
    assert.match(sent.error.message.bn, /ডেস্ক ফোল্ডারে লেখার অনুমতি নেই/);
    assert.deepEqual(deskFiles(desk), []);

    const none = createNewsroomService({ dataDir: tempDir(), settings: memorySettingsStore() });
    const asked = await none.sendToDesk(draft.id);
    assert.ok(!asked.ok && /সেটিংসে ডেস্ক ফোল্ডার বেছে নিন/.test(asked.error.message.bn));
    assert.equal(value(await none.listDesk()), null);
  });

  test('the folder is chosen in the main process dialog and can be cleared; a patch cannot set it', async () => {
    const desk = tempDir();
    const service = createNewsroomService({
      dataDir: tempDir(),
      settings: memorySettingsStore(),
      deskDialog: { chooseFolder: async () => desk },
    });
    assert.equal(value(await service.chooseDeskFolder())?.deskPath, desk);
    assert.ok(!(await service.updateSettings({ deskPath: '/etc' } as Partial<Settings>)).ok);
    assert.equal(value(await service.clearDeskFolder()).deskPath, null);
  });

  test('a lock left by a killed writer of this machine is taken over; one held by a live writer is waited for', async () => {
    const desk = tempDir();
    const one = app(desk);
    const draft = value(await one.service.createDraft());
    writeFileSync(join(desk, `.${draft.id}.lock`), `${(await import('node:os')).hostname()} 999999999`);
    value(await one.service.sendToDesk(draft.id));
    assert.equal(existsSync(join(desk, `.${draft.id}.lock`)), false);
    const held = createDesk({ folder: desk, lockWaitMs: 100 });
    writeFileSync(join(desk, `.${draft.id}.lock`), `${(await import('node:os')).hostname()} ${process.ppid}`);
    const opened = value(await held.open(draft.id));
    const busy = await held.save(opened);
    assert.ok(!busy.ok && /someone else is saving/.test(busy.error.message.en));
  });
});

describe('the desk list cache', () => {
  test('a started app reads only the desk files that changed since its last list; the cache never hides a change', async () => {
    const desk = tempDir();
    const cacheFile = join(tempDir(), 'desk-index.json');
    const writer = createDesk({ folder: desk });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const sent = value(await writer.send({ ...newDraft(new Date(Date.UTC(2026, 11, 1, 8, i))), doc: article(`খবর ${i}`, 'লেখা') }));
      ids.push(sent.id);
    }
    const reads: string[] = [];
    const counting: DeskFs = {
      ...nodeFs,
      readFile: ((path: string, encoding: 'utf8') => {
        if (String(path).startsWith(desk)) reads.push(String(path));
        return nodeFs.readFile(path, encoding);
      }) as DeskFs['readFile'],
    };
    const first = value(await createDesk({ folder: desk, fs: counting, cacheFile }).list());
    assert.equal(reads.length, 5);
    reads.length = 0;
    const held = value(await writer.open(ids[2]!));
    value(await writer.save({ ...held, doc: article('বদলানো শিরোনাম', 'লেখা') }));
    const again = value(await createDesk({ folder: desk, fs: counting, cacheFile }).list());
    assert.deepEqual(reads, [join(desk, `${ids[2]}.json`)]);
    assert.deepEqual(
      again.entries.map((e) => e.headline).sort(),
      [...first.entries.map((e) => e.headline).filter((h) => h !== 'খবর 2'), 'বদলানো শিরোনাম'].sort(),
    );
    // Another folder's cache is not this one's.
    const other = tempDir();
    assert.deepEqual(value(await createDesk({ folder: other, cacheFile }).list()).entries, []);
  });
});

describe('two writers on one desk draft', () => {
  test('100 saves each, conflicts resolved either way: every word written is in the draft, a conflict copy or a version', async () => {
    const desk = tempDir();
    const reporter = app(desk);
    const first = value(await reporter.service.createDraft());
    value(await reporter.service.sendToDesk(first.id));
    const writers = [app(desk), app(desk)];
    const written: string[] = [];
    let turn = 0;
    await Promise.all(
      writers.map(async (writer, w) => {
        let draft = value(await writer.service.openDeskDraft(first.id));
        for (let i = 0; i < 100; i++) {
          const word = `w${w}x${i}q`;
          written.push(word);
          const paragraphs = ((draft.doc.content ?? []).slice(1) as DocJSON[]).map((p) => p.content?.[0]?.text ?? '').filter(Boolean);
          const next = { ...draft, doc: article('দুজনের খসড়া', ...paragraphs, word) };
          const saved = await writer.service.saveDraft(next);
          if (saved.ok) draft = next;
          else {
            assert.equal(saved.error.code, 'conflict', saved.error.message.en);
            draft = value(await writer.service.resolveConflict(next, turn++ % 2 === 0 ? 'mine' : 'theirs'));
          }
        }
      }),
    );
    const everything = [
      readFileSync(join(desk, `${first.id}.json`), 'utf8'),
      ...deskFiles(desk)
        .filter((name) => name.includes('.conflict-'))
        .map((name) => readFileSync(join(desk, name), 'utf8')),
      ...writers.flatMap(({ dataDir }) => {
        const dir = join(dataDir, 'versions', first.id);
        return existsSync(dir) ? readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8')) : [];
      }),
    ].join('\n');
    const lost = written.filter((word) => !everything.includes(word));
    assert.equal(written.length, 200);
    assert.deepEqual(lost, []);
    assert.ok(turn > 0, 'the two writers did meet');
    assert.deepEqual(
      deskFiles(desk).filter((name) => !name.includes('.conflict-')),
      [`${first.id}.json`],
      'no lock or temp file is left',
    );
  });
});
