import { test, describe, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { history, undo, undoDepth } from 'prosemirror-history';
import { schema } from '../../../core/document/schema';
import {
  phoneticEnabled,
  phoneticInputPlugin,
  pipeToDandaOn,
  setPipeToDanda,
  togglePhonetic,
  type PhoneticOptions,
} from '../../../renderer/plugins/phonetic-input';
import { inputRulesPlugin } from '../../../renderer/editor/input-rules';

/** An editor without a DOM: the plugin's props are called with a view that is just `{ state, dispatch }`. */
function editor(options: PhoneticOptions = {}, paragraph = '', withInputRules = false) {
  const plugin = phoneticInputPlugin(options);
  const doc = schema.node('doc', null, [
    schema.node('headline', null, [schema.text('শিরোনাম')]),
    schema.node('paragraph', null, paragraph ? [schema.text(paragraph)] : []),
  ]);
  const plugins = [...(withInputRules ? [inputRulesPlugin()] : []), plugin, history({ newGroupDelay: 500 })];
  const initial = EditorState.create({ doc, plugins });
  const view = {
    state: initial.apply(initial.tr.setSelection(TextSelection.atEnd(initial.doc))),
    dispatch(tr: Transaction) {
      view.state = view.state.apply(tr);
    },
  };
  const asView = view as unknown as EditorView;
  /** Types each character as the view would: each plugin's handleTextInput in order, then plain insertion. */
  const type = (chars: string, eachKeystroke?: () => void) => {
    for (const ch of chars) {
      eachKeystroke?.();
      const { from, to } = view.state.selection;
      const deflt = () => view.state.tr.insertText(ch, from, to);
      const handled = view.state.plugins.some((p) => p.props.handleTextInput?.call(p, asView, from, to, ch, deflt));
      if (!handled) view.dispatch(deflt());
    }
  };
  const backspace = () =>
    plugin.props.handleKeyDown!.call(plugin, asView, { key: 'Backspace', ctrlKey: false, metaKey: false, altKey: false } as KeyboardEvent);
  const toggle = () => assert.ok(togglePhonetic(view.state, view.dispatch));
  const text = () => view.state.doc.lastChild!.textContent;
  return { view, type, backspace, toggle, text };
}

describe('phonetic input plugin', () => {
  test('off by default: typed Latin is untouched', () => {
    const ed = editor();
    assert.equal(phoneticEnabled(ed.view.state), false);
    ed.type('ami (Ami) 2024.');
    assert.equal(ed.text(), 'ami (Ami) 2024.');
  });

  test('togglePhonetic switches it on and off; phoneticEnabled reads it', () => {
    const ed = editor();
    ed.toggle();
    assert.equal(phoneticEnabled(ed.view.state), true);
    ed.toggle();
    assert.equal(phoneticEnabled(ed.view.state), false);
    assert.equal(phoneticEnabled(editor({ enabled: true }).view.state), true);
  });

  test('a sentence typed phonetically, the word re-rendered on every keystroke', () => {
    const ed = editor({ enabled: true });
    const seen: string[] = [];
    ed.type('korrm', () => seen.push(ed.text()));
    seen.push(ed.text());
    assert.deepEqual(seen, ['', 'ক', 'ক', 'কর', 'করর', 'কর্ম']);
    ed.type('o hobe? ami banglay gan gai.');
    assert.equal(ed.text(), 'কর্ম হবে? আমি বাংলায় গান গাই।'.normalize('NFC'));
  });

  test('digits, punctuation and the double danda', () => {
    const ed = editor({ enabled: true });
    ed.type('2024 sale, ki hobe.. ');
    assert.equal(ed.text(), '২০২৪ সালে, কি হবে।। ');
  });

  test('Latin typed while it is off stays Latin beside the Bengali', () => {
    const ed = editor({ enabled: true });
    ed.type('jelenski (');
    ed.toggle();
    ed.type('Zelensky)');
    ed.toggle();
    ed.type('-ke');
    assert.equal(ed.text(), 'জেলেন্সকি (Zelensky)-কে');
  });

  test('each word is one undo step, however slowly it is typed', () => {
    let clock = 1_000_000;
    const now = mock.method(Date, 'now', () => clock);
    try {
      const ed = editor({ enabled: true });
      // Two seconds between keystrokes: four times the history's grouping delay.
      ed.type('ami tumi', () => (clock += 2000));
      assert.equal(ed.text(), 'আমি তুমি');
      assert.ok(undo(ed.view.state, ed.view.dispatch));
      assert.equal(ed.text(), 'আমি ');
      assert.ok(undo(ed.view.state, ed.view.dispatch));
      assert.equal(ed.text(), '');
    } finally {
      now.mock.restore();
    }
  });

  test('words typed quickly are still separate undo steps', () => {
    const now = mock.method(Date, 'now', () => 5_000_000);
    try {
      const ed = editor({ enabled: true });
      ed.type('ek dui tin');
      assert.ok(undo(ed.view.state, ed.view.dispatch));
      assert.equal(ed.text(), 'এক দুই ');
      assert.ok(undo(ed.view.state, ed.view.dispatch));
      assert.equal(ed.text(), 'এক ');
    } finally {
      now.mock.restore();
    }
  });

  test('Backspace takes back the last Latin keystroke of the word', () => {
    const ed = editor({ enabled: true });
    ed.type('khobor');
    assert.equal(ed.text(), 'খবর');
    assert.equal(ed.backspace(), true);
    assert.equal(ed.text(), 'খব');
    ed.type('ri');
    assert.equal(ed.text(), 'খবরি');
    for (let i = 0; i < 'khobori'.length; i++) ed.backspace();
    assert.equal(ed.text(), '');
    // With no word in progress Backspace is ProseMirror's.
    assert.equal(ed.backspace(), false);
  });

  test('moving the cursor ends the word; an edit elsewhere does not', () => {
    const ed = editor({ enabled: true });
    ed.type('k');
    const end = ed.view.state.selection.from;
    ed.view.dispatch(ed.view.state.tr.setSelection(TextSelection.create(ed.view.state.doc, end - 1)));
    ed.view.dispatch(ed.view.state.tr.setSelection(TextSelection.create(ed.view.state.doc, end)));
    ed.type('h');
    assert.equal(ed.text(), 'কহ');

    const other = editor({ enabled: true });
    other.type('k');
    other.view.dispatch(other.view.state.tr.insertText('নতুন ', 1));
    other.type('h');
    assert.equal(other.text(), 'খ');
    assert.equal(other.view.state.doc.firstChild!.textContent, 'নতুন শিরোনাম');
  });

  test('| after Bengali becomes the danda, with phonetic typing off or on', () => {
    const off = editor({}, 'আমি ভাত খাই');
    off.type('|');
    assert.equal(off.text(), 'আমি ভাত খাই।');

    const on = editor({ enabled: true });
    on.type('ami|');
    assert.equal(on.text(), 'আমি।');
  });

  test('| after Latin text, or with the setting off, stays |', () => {
    const latin = editor({}, 'a | b');
    latin.type('|');
    assert.equal(latin.text(), 'a | b|');

    const settingOff = editor({ pipeToDanda: false }, 'আমি ভাত খাই');
    settingOff.type('|');
    assert.equal(settingOff.text(), 'আমি ভাত খাই|');
  });

  test('the | setting switched while typing takes effect at once and leaves the undo history alone', () => {
    const ed = editor({ enabled: true });
    assert.equal(pipeToDandaOn(ed.view.state), true);
    ed.type('ami|');
    assert.equal(ed.text(), 'আমি।');

    ed.view.dispatch(setPipeToDanda(ed.view.state.tr, false));
    assert.equal(pipeToDandaOn(ed.view.state), false);
    assert.equal(phoneticEnabled(ed.view.state), true, 'phonetic typing stays on');
    ed.type(' tumi|');
    assert.equal(ed.text(), 'আমি। তুমি|');

    ed.toggle();
    assert.equal(pipeToDandaOn(ed.view.state), false, 'turning phonetic typing off keeps the setting');
    ed.view.dispatch(setPipeToDanda(ed.view.state.tr, true));
    ed.type('|');
    assert.equal(ed.text(), 'আমি। তুমি||', 'after Latin | it stays |');
    ed.view.dispatch(ed.view.state.tr.insertText('আ'));
    ed.type('|');
    assert.equal(ed.text(), 'আমি। তুমি||আ।');

    // Switching the setting is no edit: no undo step of its own, and undo never switches it back.
    const depth = undoDepth(ed.view.state);
    ed.view.dispatch(setPipeToDanda(ed.view.state.tr, false));
    assert.equal(ed.text(), 'আমি। তুমি||আ।');
    assert.equal(undoDepth(ed.view.state), depth);
    assert.ok(undo(ed.view.state, ed.view.dispatch));
    assert.ok(ed.text().length < 'আমি। তুমি||আ।'.length, 'undo takes back typing');
    assert.equal(pipeToDandaOn(ed.view.state), false);
  });

  test('the output is NFC, the house form: ড় as ড + nukta', () => {
    const ed = editor({ enabled: true });
    ed.type('baRi');
    assert.equal(ed.text(), '\u09AC\u09BE\u09A1\u09BC\u09BF');
  });

  test('typing keeps the marks at the cursor', () => {
    const ed = editor({ enabled: true });
    ed.view.dispatch(ed.view.state.tr.setStoredMarks([schema.marks.strong.create()]));
    ed.type('ki');
    const node = ed.view.state.doc.lastChild!.firstChild!;
    assert.equal(node.text, 'কি');
    assert.ok(schema.marks.strong.isInSet(node.marks));
  });

  test('after the input rules, a numbered-list shortcut still works in phonetic mode', () => {
    const ed = editor({ enabled: true }, '', true);
    ed.type('1.` ');
    const list = ed.view.state.doc.child(1);
    assert.equal(list.type.name, 'ordered_list');
    ed.type('prothom');
    assert.equal(list.type.name, 'ordered_list');
    assert.equal(ed.view.state.doc.child(1).textContent, 'প্রথম');
  });
});
