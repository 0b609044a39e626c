/**
 * Whether a key press should open search: `/` (as on GitHub, MDN and the Svelte
 * docs) or Ctrl/⌘+K — but never while the reader is typing in a field, where `/`
 * is just a character, nor when another modifier makes it a different shortcut.
 *
 * @example openSearchOnKey({ key: '/', ctrlKey: false, metaKey: false, altKey: false }, document.body) // true
 */
export function openSearchOnKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'> & { defaultPrevented?: boolean },
  active: Element | null,
): boolean {
  if (e.defaultPrevented) return false;
  const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey;
  const modK = (e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey) && !e.altKey;
  if (!slash && !modK) return false;
  return modK || !isTypingTarget(active);
}

/** True for text fields, editable content and selects, where keys belong to the element. */
export function isTypingTarget(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    return !['button', 'checkbox', 'radio', 'range', 'reset', 'submit', 'color', 'file', 'image'].includes(type);
  }
  return el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '';
}
