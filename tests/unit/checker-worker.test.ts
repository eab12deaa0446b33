import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../core/checks/engine';
import { DEFAULT_HOUSE_STYLE } from '../../core/bengali/house-style';
import { bundledGlossary } from '../../core/glossary/bundled';
import { documentPass, resetAnswer, type DocumentAnswer } from '../../renderer/workers/document-pass';
import type { FromWorker, ToWorker } from '../../renderer/workers/protocol';
import { workerDocumentChecker } from '../../renderer/workers/worker-document-checker';

// Our own short article: a gloss given twice, a variant spelling of a glossary name.
const BLOCKS = [
  { text: 'দুই নেতার বৈঠক', offset: 0, headline: true },
  { text: 'ইউক্রেনের প্রেসিডেন্ট ভলোদিমির জেলেনস্কি (Volodymyr Zelensky) বৈঠক করেছেন।', offset: 16 },
  { text: 'পরে জেলেনস্কি (Volodymyr Zelensky) নরেন্দ্র মোদীর সঙ্গে কথা বলেন।', offset: 93 },
];
for (let i = 1; i < BLOCKS.length; i++) BLOCKS[i]!.offset = BLOCKS[i - 1]!.offset + BLOCKS[i - 1]!.text.length + 2;

const checker = createChecker({ glossary: bundledGlossary() });
const expected = resetAnswer(documentPass(checker, BLOCKS), BLOCKS);
const rules = (answer: DocumentAnswer) => answer.added.flatMap((item) => (item.finding ? [item.finding.rule] : [])).sort();

/** A worker that records what it is sent and answers only when the test says. */
class FakeWorker {
  sent: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(message: ToWorker) {
    this.sent.push(structuredClone(message));
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: FromWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
}

function answered(): { done: (answer: DocumentAnswer) => void; promise: Promise<DocumentAnswer> } {
  let done!: (answer: DocumentAnswer) => void;
  const promise = new Promise<DocumentAnswer>((resolve) => (done = resolve));
  return { done, promise };
}

describe('the checker worker, seen from the editor', () => {
  test('a worker that cannot start: every pass runs on the main thread, with the same findings', async () => {
    const documents = workerDocumentChecker({
      fallback: () => checker,
      entries: [],
      style: DEFAULT_HOUSE_STYLE,
      words: [],
      start: () => {
        throw new Error('no workers here');
      },
    });
    assert.equal(documents.inWorker, false);
    const { done, promise } = answered();
    documents.check(BLOCKS, false, done);
    const answer = await promise;
    assert.equal(answer.reset, true);
    assert.deepEqual(rules(answer), rules(expected));
    assert.ok(rules(answer).includes('gloss/repeated'));
  });

  test('each text is sent once, under a key; a text no longer in the article is forgotten', () => {
    const fake = new FakeWorker();
    const documents = workerDocumentChecker({
      fallback: () => checker,
      entries: [],
      style: DEFAULT_HOUSE_STYLE,
      words: [],
      start: () => fake as never,
    });
    assert.equal(documents.inWorker, true);
    assert.equal(fake.sent[0]?.type, 'configure', 'glossary and house style first');
    documents.check(BLOCKS, true, () => {});
    const edited = [BLOCKS[0]!, { ...BLOCKS[1]!, text: `${BLOCKS[1]!.text} আবার` }, BLOCKS[2]!];
    documents.check(edited, false, () => {});
    const [first, second] = fake.sent.slice(1) as Extract<ToWorker, { type: 'check' }>[];
    assert.deepEqual(
      first!.blocks.map((b) => b.text),
      BLOCKS.map((b) => b.text),
    );
    assert.deepEqual(
      second!.blocks.map((b) => b.text),
      [undefined, edited[1]!.text, undefined],
    );
    assert.deepEqual(second!.forget, [first!.blocks[1]!.key]);
    assert.equal(second!.blocks[0]!.key, first!.blocks[0]!.key);
    documents.configure([], { ...DEFAULT_HOUSE_STYLE, digits: 'ascii' }, []);
    assert.equal(fake.sent[3]?.type, 'configure', 'sent again when they change');
    documents.destroy();
    assert.equal(fake.terminated, true);
  });

  test('a worker that fails with a pass waiting: that pass and every later one are answered on the main thread', async () => {
    const fake = new FakeWorker();
    const documents = workerDocumentChecker({
      fallback: () => checker,
      entries: [],
      style: DEFAULT_HOUSE_STYLE,
      words: [],
      start: () => fake as never,
    });
    const first = answered();
    documents.check(BLOCKS, false, first.done);
    fake.onerror?.({ preventDefault() {} });
    assert.equal(fake.terminated, true);
    assert.equal(documents.inWorker, false);
    assert.deepEqual(rules(await first.promise), rules(expected));
    const later = answered();
    documents.check(BLOCKS, false, later.done);
    assert.deepEqual(rules(await later.promise), rules(expected));
    assert.equal(fake.sent.length, 2, 'nothing more sent to the failed worker');
  });

  test('answers come in order; a pass the worker skipped for a newer one is never answered; a pass that threw is run here', async () => {
    const fake = new FakeWorker();
    const documents = workerDocumentChecker({
      fallback: () => checker,
      entries: [],
      style: DEFAULT_HOUSE_STYLE,
      words: [],
      start: () => fake as never,
    });
    const calls: string[] = [];
    documents.check(BLOCKS, false, () => calls.push('first'));
    documents.check(BLOCKS, false, () => calls.push('second'));
    const third = answered();
    documents.check(BLOCKS, false, third.done);
    const ids = fake.sent.slice(1).map((m) => (m as Extract<ToWorker, { type: 'check' }>).id);
    fake.reply({ type: 'result', id: ids[1]!, answer: { reset: false, removed: [], added: [] } });
    fake.reply({ type: 'result', id: ids[0]!, answer: { reset: false, removed: [], added: [] } });
    assert.deepEqual(calls, ['second'], 'the first was skipped; its late answer is not passed on');
    fake.reply({ type: 'failed', id: ids[2]!, message: 'boom' });
    assert.deepEqual(rules(await third.promise), rules(expected));
    assert.equal(documents.inWorker, true, 'one failed pass does not stop the worker');
  });
});

describe('the checker worker itself', () => {
  test('answers a pass with every item, then the next with what changed; only the newest of queued passes runs', async () => {
    const posted: FromWorker[] = [];
    const scope = { onmessage: null as ((event: { data: ToWorker }) => void) | null, postMessage: (m: FromWorker) => posted.push(m) };
    (globalThis as { self?: unknown }).self = scope;
    try {
      await import('../../renderer/workers/checker.worker');
    } finally {
      delete (globalThis as { self?: unknown }).self;
    }
    const send = (data: ToWorker) => scope.onmessage!({ data });
    const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
    send({ type: 'configure', entries: [], style: DEFAULT_HOUSE_STYLE, words: [] });
    const keyed = BLOCKS.map((b, i) => ({ key: i + 1, text: b.text, offset: b.offset, ...(b.headline ? { headline: true } : {}) }));
    send({ type: 'check', id: 1, blocks: keyed, forget: [], reset: true });
    await tick();
    const first = posted[0] as Extract<FromWorker, { type: 'result' }>;
    assert.equal(first.id, 1);
    assert.deepEqual(rules(first.answer), rules(expected));

    // The second paragraph loses its gloss: no repeated gloss any more. Two passes queued: only the newer runs.
    const without = BLOCKS[2]!.text.replace(' (Volodymyr Zelensky)', '');
    const blocks = keyed.map((b) => ({ key: b.key, offset: b.offset, ...(b.headline ? { headline: true } : {}) }));
    send({ type: 'check', id: 2, blocks, forget: [], reset: false });
    send({
      type: 'check',
      id: 3,
      blocks: [blocks[0]!, blocks[1]!, { key: 4, text: without, offset: BLOCKS[2]!.offset }],
      forget: [3],
      reset: false,
    });
    await tick();
    assert.deepEqual(
      posted.map((m) => m.id),
      [1, 3],
    );
    const second = posted[1] as Extract<FromWorker, { type: 'result' }>;
    assert.equal(second.answer.reset, false);
    const repeatedItem = first.answer.added.find((item) => item.finding?.rule === 'gloss/repeated')!;
    assert.ok(second.answer.removed.includes(repeatedItem.n));
    assert.ok(
      second.answer.added.every((item) => item.block === 2),
      'nothing new in the untouched blocks',
    );
  });
});
