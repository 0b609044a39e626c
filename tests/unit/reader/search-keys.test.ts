// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isTypingTarget, openSearchOnKey } from '~/reader/search-keys';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const el = (tag: string, attrs: Record<string, string> = {}) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};

describe('openSearchOnKey', () => {
  it('opens on "/" when the reader is not typing', () => {
    expect(openSearchOnKey(key('/'), document.body)).toBe(true);
    expect(openSearchOnKey(key('/'), null)).toBe(true);
    expect(openSearchOnKey(key('/'), el('button'))).toBe(true);
    expect(openSearchOnKey(key('/'), el('input', { type: 'range' }))).toBe(true);
  });
  it('leaves "/" to text fields, text areas and editable content', () => {
    expect(openSearchOnKey(key('/'), el('input'))).toBe(false);
    expect(openSearchOnKey(key('/'), el('input', { type: 'search' }))).toBe(false);
    expect(openSearchOnKey(key('/'), el('textarea'))).toBe(false);
    expect(openSearchOnKey(key('/'), el('div', { contenteditable: 'true' }))).toBe(false);
  });
  it('opens on Ctrl+K and ⌘+K, even from a field', () => {
    expect(openSearchOnKey(key('k', { ctrlKey: true }), el('input'))).toBe(true);
    expect(openSearchOnKey(key('K', { metaKey: true }), document.body)).toBe(true);
  });
  it('ignores other keys, modified slashes and handled events', () => {
    expect(openSearchOnKey(key('k'), document.body)).toBe(false);
    expect(openSearchOnKey(key('/', { ctrlKey: true }), document.body)).toBe(false);
    expect(openSearchOnKey(key('k', { ctrlKey: true, altKey: true }), document.body)).toBe(false);
    expect(openSearchOnKey({ ...key('/'), defaultPrevented: true }, document.body)).toBe(false);
  });
});

describe('isTypingTarget', () => {
  it('knows fields from controls', () => {
    expect(isTypingTarget(el('select'))).toBe(true);
    expect(isTypingTarget(el('input', { type: 'number' }))).toBe(true);
    expect(isTypingTarget(el('input', { type: 'checkbox' }))).toBe(false);
    expect(isTypingTarget(el('a'))).toBe(false);
  });
});
