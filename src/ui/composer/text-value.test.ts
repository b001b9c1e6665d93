import { describe, expect, it } from 'vitest';
import { textValue } from './text-value';

/** A text box in the page, with a record of its attribute changes. */
function box(tag: 'input' | 'textarea' = 'textarea') {
  const element = document.createElement(tag);
  document.body.append(element);
  const observer = new MutationObserver(() => {});
  observer.observe(element, { attributes: true });
  return { element, changed: () => observer.takeRecords().map((r) => r.attributeName) };
}

describe('textValue', () => {
  it('shows the value in a box whose direction follows its text', () => {
    const { element } = box('input');
    textValue(() => 'זואי')(element);
    expect(element.value).toBe('זואי');
    expect(element.getAttribute('dir')).toBe('auto');
  });

  it('gives an empty box its direction too', () => {
    const { element } = box();
    textValue(() => '')(element);
    expect(element.getAttribute('dir')).toBe('auto');
  });

  it('leaves a box alone when it holds the value already: the keystroke just typed', () => {
    const { element, changed } = box();
    textValue(() => 'Dear Sam,')(element);
    changed();
    element.setSelectionRange(4, 4);

    textValue(() => 'Dear Sam,')(element);
    expect(changed()).toEqual([]);
    expect(element.selectionStart).toBe(4);
  });

  it('writes a value from elsewhere, and works the direction out again', () => {
    const { element, changed } = box();
    textValue(() => 'Dear Sam,')(element);
    changed();

    textValue(() => 'שלום')(element);
    expect(element.value).toBe('שלום');
    expect(changed()).toEqual(['dir']);
  });
});
