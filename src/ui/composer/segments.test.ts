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
