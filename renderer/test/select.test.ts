import { describe, expect, it } from 'vitest';
import { optionIn } from './select';

function list(...texts: string[]): HTMLElement {
  const ul = document.createElement('ul');
  ul.setAttribute('role', 'listbox');
  for (const text of texts) {
    const li = document.createElement('li');
    li.setAttribute('role', 'option');
    li.textContent = text;
    ul.append(li);
  }
  return ul;
}

describe('optionIn', () => {
  it('finds the one option whose whole text is the string, or which a pattern matches', () => {
    const ul = list('France', 'French Guiana', 'Algeria');
    expect(optionIn(ul, 'France').textContent).toBe('France');
    expect(optionIn(ul, /Guiana/).textContent).toBe('French Guiana');
  });

  it('fails when no option or more than one matches, rather than clicking the wrong one', () => {
    const ul = list('France', 'French Guiana');
    expect(() => optionIn(ul, 'Fr')).toThrow('found 0');
    expect(() => optionIn(ul, /^Fr/)).toThrow('found 2');
  });
});
