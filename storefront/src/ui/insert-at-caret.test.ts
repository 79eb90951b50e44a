import { describe, expect, it } from 'vitest';
import { insertAtCaret } from './insert-at-caret.ts';

describe('inserting at the caret', () => {
  it('puts the text at the caret and the caret after it', () => {
    expect(insertAtCaret({ value: 'Hello !', selectionStart: 6, selectionEnd: 6 }, '{First Name}')).toEqual({
      value: 'Hello {First Name}!',
      caret: 18,
    });
  });

  it('replaces the selected text', () => {
    expect(
      insertAtCaret({ value: 'Hi NAME', selectionStart: 3, selectionEnd: 7 }, '{First Name}').value,
    ).toBe('Hi {First Name}');
  });

  it('appends when the field has no selection', () => {
    expect(insertAtCaret({ value: 'Hi', selectionStart: null, selectionEnd: null }, '!')).toEqual({
      value: 'Hi!',
      caret: 3,
    });
  });
});
