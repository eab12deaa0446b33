import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { CliIo } from '../../../core/cli/io';
import { runCli } from '../../../core/cli/main';
import { fakeIo as memoryIo } from '../cli/fake-io';

const convert = (args: string[], io: CliIo) => runCli(['convert', ...args], io);

function fakeIo(files: Record<string, Uint8Array | string>) {
  const fake = memoryIo(files);
  return {
    io: fake.io,
    out: {
      get stdout() {
        return fake.out();
      },
      get stderr() {
        return fake.err();
      },
    },
  };
}

describe('newsroom convert', () => {
  test('--from avro prints the Bengali text', async () => {
    const { io, out } = fakeIo({ 'story.txt': 'ami banglay gan gai.\nkemon achO?\n' });
    assert.equal(await convert(['--from', 'avro', 'story.txt'], io), 0);
    assert.equal(out.stdout, 'আমি বাংলায় গান গাই।\nকেমন আছো?\n'.normalize('NFC'));
    assert.equal(out.stderr, '');
  });

  test('--from=bijoy prints the Unicode text, a byte-order mark dropped', async () => {
    const { io, out } = fakeIo({ 'old.txt': '\uFEFFAvgvi †mvbvi evsjv\n' });
    assert.equal(await convert(['--from=bijoy', 'old.txt'], io), 0);
    assert.equal(out.stdout, 'আমার সোনার বাংলা\n');
  });

  test('usage errors exit 2 with a message and the usage line', async () => {
    const cases: [string[], RegExp][] = [
      [['story.txt'], /--from is missing/],
      [['--from', 'unijoy', 'story.txt'], /--from must be one of avro, bijoy, not 'unijoy'/],
      [['--from'], /--from needs a value/],
      [['--from', 'avro'], /no file given/],
      [['--from', 'avro', 'a.txt', 'b.txt'], /only one file at a time/],
      [['--from', 'avro', '--fast', 'a.txt'], /unknown option --fast/],
    ];
    for (const [args, message] of cases) {
      const { io, out } = fakeIo({ 'story.txt': 'ami' });
      assert.equal(await convert(args, io), 2, args.join(' '));
      assert.match(out.stderr, message);
      assert.match(out.stderr, /usage: newsroom convert --from avro\|bijoy FILE/);
      assert.equal(out.stdout, '');
    }
  });

  test('a missing file exits 2, saying so in Bengali and English', async () => {
    const { io, out } = fakeIo({});
    assert.equal(await convert(['--from', 'avro', 'gone.txt'], io), 2);
    assert.match(out.stderr, /"gone\.txt" ফাইলটি পাওয়া যায়নি/);
    assert.match(out.stderr, /File not found: "gone\.txt"/);
    assert.equal(out.stdout, '');
  });

  test('a file that is not UTF-8 (a Bijoy file saved as ANSI) exits 2 and asks for UTF-8', async () => {
    // "Avgvi †mvbvi" in Windows-1252: † is the single byte 0x86, invalid on its own in UTF-8.
    const ansi = Uint8Array.from([0x41, 0x76, 0x67, 0x76, 0x69, 0x20, 0x86, 0x6d, 0x76, 0x62, 0x76, 0x69]);
    const { io, out } = fakeIo({ 'ansi.txt': ansi });
    assert.equal(await convert(['--from', 'bijoy', 'ansi.txt'], io), 2);
    assert.match(out.stderr, /UTF-8 নয়/);
    assert.match(out.stderr, /is not UTF-8 text/);
    assert.equal(out.stdout, '');
  });

  test('--help prints the usage and exits 0', async () => {
    const { io, out } = fakeIo({});
    assert.equal(await convert(['--help'], io), 0);
    assert.match(out.stdout, /usage: newsroom convert/);
  });
});
