import { describe, expect, it } from 'vitest';
import type { Segment } from '../../message/render';
import { segmentsIn } from './segments';

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
