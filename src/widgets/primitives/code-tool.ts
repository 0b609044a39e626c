/**
 * The Code tool, loaded on a figure's first click on Code (with the panel and
 * the generator, through the figure's own code.ts): opens the panel under the
 * figure's header, or closes it. The panel reads the figure's state through
 * `read`, reactively, so it follows the sliders while open; the script's
 * title is the figure's heading ("Figure 5.6 The optimizer race").
 *
 *   toggleCode(button, model, () => raceCode(model.values, objective, start));
 */
import { mount, unmount } from 'svelte';
import type { CodeInput, CodeModel } from './code-source';
import CodePanel from './CodePanel.svelte';

const open = new WeakMap<HTMLButtonElement, { host: HTMLElement; app: Record<string, unknown> }>();

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function toggleCode(button: HTMLButtonElement, model: CodeModel, read: () => CodeInput): void {
  const shown = open.get(button);
  if (shown) {
    void unmount(shown.app);
    shown.host.remove();
    open.delete(button);
    button.setAttribute('aria-expanded', 'false');
    return;
  }
  const id = `${model.id || model.widget}-code`;
  const heading = button.closest('figure')?.querySelector('h3')?.textContent ?? '';
  const title = heading.replace(/\s+/g, ' ').trim().replace(/^(Figure \S+) /, '$1, ') || model.widget;
  const host = document.createElement('div');
  host.id = id;
  button.setAttribute('aria-controls', id);
  button.setAttribute('aria-expanded', 'true');
  (button.closest('header') ?? button).after(host);
  const app = mount(CodePanel, {
    target: host,
    props: { read, title, link: () => model.link(), name: model.widget, id, copy },
  });
  open.set(button, { host, app });
}
