import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../message/render';
import { paragraphsIn, segmentsIn } from './segments';

function written(list: readonly Segment[], into = document.createElement('p')) {
  segmentsIn(() => list)(into);
  return into;
}

describe('segmentsIn', () => {
  it('writes text as text, an unfilled blank marked and a filled one isolated, in order', () => {
    const p = written([
      { kind: 'text', text: 'Dear ' },
      { kind: 'blank', field: 'theirName', text: 'Their name', filled: false },
      { kind: 'text', text: ', from ' },
      { kind: 'blank', field: 'yourName', text: 'זואי', filled: true },
    ]);
    expect(p.innerHTML).toBe('Dear <mark class="blank">Their name</mark>, from <bdi>זואי</bdi>');
  });

  it('never reads what the person typed as markup', () => {
    const p = written([
      { kind: 'blank', field: 'company', text: '<img src=x onerror=alert(1)>', filled: true },
    ]);
    expect(p.querySelector('img')).toBeNull();
    expect(p.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('replaces what it wrote before', () => {
    const p = written([{ kind: 'text', text: 'first' }]);
    written([{ kind: 'text', text: 'second' }], p);
    expect(p.textContent).toBe('second');
  });
});

describe('segmentsIn, written again', () => {
  const blank = (text: string, filled: boolean): Segment => ({
    kind: 'blank',
    field: 'yourName',
    text,
    filled,
  });

  it('keeps the nodes whose segments are unchanged, and changes only the text that differs', () => {
    const p = written([
      { kind: 'text', text: 'Dear ' },
      blank('Al', true),
      { kind: 'text', text: '.' },
    ]);
    const [before, name, after] = [...p.childNodes];
    written([{ kind: 'text', text: 'Dear ' }, blank('Alex', true), { kind: 'text', text: '.' }], p);
    expect([...p.childNodes]).toEqual([before, name, after]);
    expect(p.innerHTML).toBe('Dear <bdi>Alex</bdi>.');
  });

  it('marks a blank rubbed out, and isolates it once filled again', () => {
    const p = written([blank('Al', true)]);
    written([blank('Your name', false)], p);
    expect(p.innerHTML).toBe('<mark class="blank">Your name</mark>');
    written([blank('A', true)], p);
    expect(p.innerHTML).toBe('<bdi>A</bdi>');
  });

  it('adds and removes nodes as the segments grow and shrink', () => {
    const p = written([{ kind: 'text', text: 'one' }]);
    written(
      [{ kind: 'text', text: 'one' }, blank('two', true), { kind: 'text', text: 'three' }],
      p,
    );
    expect(p.innerHTML).toBe('one<bdi>two</bdi>three');
    written([blank('two', false)], p);
    expect(p.innerHTML).toBe('<mark class="blank">two</mark>');
  });
});

const textOf = (segments: readonly Segment[]) => segments.map((segment) => segment.text).join('');

describe('paragraphsIn', () => {
  const text = (value: string): Segment => ({ kind: 'text', text: value });
  const name = (value: string): Segment => ({
    kind: 'blank',
    field: 'yourName',
    text: value,
    filled: true,
  });
  function shown(list: readonly Segment[], into = document.createElement('p')) {
    paragraphsIn(() => list)(into);
    return into;
  }

  it('writes a span per paragraph with the blank lines between, so its text is the message', () => {
    const p = shown([text('Hi,\n\nThanks.\n\nBest,\n'), name('Alex')]);
    expect(p.innerHTML).toBe(
      '<span class="paragraph">Hi,</span>\n\n<span class="paragraph">Thanks.</span>\n\n' +
        '<span class="paragraph">Best,\n<bdi>Alex</bdi></span>',
    );
    expect(p.textContent).toBe('Hi,\n\nThanks.\n\nBest,\n' + 'Alex');
  });

  it("keeps every paragraph's nodes, and changes only the text that differs", () => {
    const p = shown([text('Hi,\n\nBest,\n'), name('Al')]);
    const before = [...p.querySelectorAll('span, bdi')];
    const first = p.firstChild?.firstChild;
    shown([text('Hi,\n\nBest,\n'), name('Alex')], p);
    expect([...p.querySelectorAll('span, bdi')]).toEqual(before);
    expect(p.firstChild?.firstChild).toBe(first);
    expect(p.textContent).toBe('Hi,\n\nBest,\nAlex');
  });

  it('keeps blanks whole, and loses no character of any text', () => {
    const segment = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', ' ', '\n', '.') }).map(text),
      fc.constantFrom<Segment>(name('Acme')),
    );
    fc.assert(
      fc.property(fc.array(segment), (segments) => {
        const p = shown(segments);
        expect(p.textContent).toBe(textOf(segments));
        expect(p.querySelectorAll('bdi')).toHaveLength(
          segments.filter((s) => s.kind === 'blank').length,
        );
      }),
    );
  });

  it('adds and removes paragraphs with the blank lines between them', () => {
    const p = shown([text('one')]);
    shown([text('one\n\ntwo\n\nthree')], p);
    expect(p.querySelectorAll('.paragraph')).toHaveLength(3);
    expect(p.textContent).toBe('one\n\ntwo\n\nthree');
    shown([text('one')], p);
    expect(p.innerHTML).toBe('<span class="paragraph">one</span>');
  });
});
