// Interaction latency of the heaviest widgets in headless Chromium: how long
// from an input event to the end of the frame that shows its effect.
//
//   node scripts/bench-interaction.mjs [dist] [--port 4520] [--events 300] [--json] [--widgets race,basins]
//
// Serves the build with `astro preview` (OUT_DIR=dist) on its own port, opens
// each widget's embed page (the widget alone, hydrated on load), and drives it
// like a person with real input events through the DevTools protocol:
//   - drag: the widget's draggable start point, pressed and moved along a
//     circle in small steps (one pointermove per step);
//   - slider: the widget's main range input, pressed and swept back and forth
//     with the mouse (one input event per step).
// The page records, for each event, its timestamp (event.timeStamp, when the
// browser received it) and the moment the frame after it has been produced: a
// requestAnimationFrame callback posts a MessageChannel message, which runs
// once that frame's style, layout and paint are done. latency = that moment -
// event time. Events are sent one at a time (the next after the last frame), so
// each latency is one input's own cost, not a queue. Long tasks (> 50 ms, from
// PerformanceObserver) are counted over each run. Reported: p50, p95, max (ms)
// of the latency, and of its two parts:
//   - wait: from the event's timestamp to its dispatch. Chromium holds a
//     pointermove until the next frame begins (input is rAF-aligned), so a
//     drag's wait is up to a frame interval whatever the widget does; a
//     slider's `input` event is stamped when it is dispatched, so its wait is ~0;
//   - work: from dispatch to the end of the frame that shows the effect: the
//     widget's handlers, Svelte's updates, style, layout and paint. This is the
//     frame time the widget costs, the figure the 8 ms goal is about.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function findChromium() {
  const c = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
  if (!c) throw new Error('bench: no Chromium (set CHROME_PATH or apt-get install -y chromium)');
  return c;
}

/** The widgets measured, and which of their sliders is swept (label text). */
export const WIDGETS = [
  { id: 'race', slider: /^Adam lr/i },
  { id: 'basins', slider: /^Learning rate/i },
  { id: 'regression', slider: /^Learning rate/i },
  { id: 'network', slider: /^Learning rate/i },
  { id: 'volcano', slider: /^Step size/i },
];

/** Start `astro preview` for `dist` on `port`; resolves with a stop function once it answers. */
export async function startPreview(dist, port) {
  const child = spawn('npm', ['run', 'preview', '--', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, OUT_DIR: dist },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 240; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return { url, stop };
    } catch {
      /* not yet */
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`bench: preview on port ${port} did not start:\n${log}`);
}

/** In-page probe: records event -> end-of-next-frame latencies and long tasks. */
function installProbe() {
  const w = /** @type {any} */ (window);
  w.__bench = { lat: [], wait: [], pending: 0, longTasks: 0, longMs: 0, type: '' };
  const b = w.__bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      b.longTasks++;
      b.longMs += e.duration;
    }
  }).observe({ type: 'longtask', buffered: false });
  const ch = new MessageChannel();
  const waiting = [];
  ch.port1.onmessage = () => {
    const now = performance.now();
    for (const t of waiting.splice(0)) b.lat.push(now - t);
    b.pending = 0;
  };
  const on = (e) => {
    if (e.type !== b.type) return;
    waiting.push(e.timeStamp);
    // How long the event waited to be dispatched (pointermove waits for the next frame; input does not).
    b.wait.push(performance.now() - e.timeStamp);
    if (b.pending) return;
    b.pending = 1;
    requestAnimationFrame(() => ch.port2.postMessage(0));
  };
  for (const t of ['pointermove', 'input']) window.addEventListener(t, on, { capture: true });
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))] ?? NaN;
  return { n: s.length, p50: q(0.5), p95: q(0.95), max: s[s.length - 1] ?? NaN };
}

async function settle(page) {
  await page.waitForFunction(() => /** @type {any} */ (window).__bench.pending === 0, null, { timeout: 10_000 });
}

async function measure(page, type, steps, move) {
  await page.evaluate((t) => {
    const b = /** @type {any} */ (window).__bench;
    b.lat = [];
    b.wait = [];
    b.longTasks = 0;
    b.longMs = 0;
    b.type = t;
  }, type);
  for (let k = 0; k < steps; k++) {
    await move(k);
    await settle(page);
  }
  const r = await page.evaluate(() => {
    const b = /** @type {any} */ (window).__bench;
    b.type = '';
    return { lat: b.lat, wait: b.wait, longTasks: b.longTasks, longMs: b.longMs };
  });
  return { ...stats(r.lat), wait: stats(r.wait), work: stats(r.lat.map((l, i) => l - (r.wait[i] ?? 0))), longTasks: r.longTasks, longTaskMs: Math.round(r.longMs) };
}

/** Drag the widget's draggable point around a circle, one pointermove per step. */
async function dragRun(page, steps) {
  const handle = page.locator('[aria-roledescription="draggable point"]').first();
  if ((await handle.count()) === 0) return null;
  await handle.scrollIntoViewIfNeeded();
  const box = await handle.boundingBox();
  if (!box) return null;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const plot = await page.evaluate(
    (el) => {
      const svg = el.ownerSVGElement ?? el.closest('svg');
      const r = svg?.getBoundingClientRect();
      return r ? { w: r.width, h: r.height } : { w: 200, h: 200 };
    },
    await handle.elementHandle(),
  );
  const radius = Math.max(10, Math.min(plot.w, plot.h) * 0.15);
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const label = await handle.getAttribute('aria-label');
  const res = await measure(page, 'pointermove', steps, async (k) => {
    const a = (2 * Math.PI * k) / 100;
    // Spiral out from the start: x + r sin, y + r (1 - cos), so the first move is tiny.
    await page.mouse.move(cx + radius * Math.sin(a) * Math.min(1, k / 20), cy + radius * (1 - Math.cos(a)) * Math.min(1, k / 20));
  });
  await page.mouse.up();
  return { control: label, ...res };
}

/** Press the slider's thumb and sweep it back and forth, one input event per step. */
async function sliderRun(page, steps, pattern) {
  const sliders = page.locator('input[type="range"]');
  const n = await sliders.count();
  if (n === 0) return null;
  let pick = 0;
  const labels = [];
  for (let i = 0; i < n; i++) {
    const s = sliders.nth(i);
    const label = await s.evaluate((el) => (el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim());
    labels.push(label);
  }
  const found = labels.findIndex((l) => pattern.test(l));
  if (found >= 0) pick = found;
  const slider = sliders.nth(pick);
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) return null;
  const { min, max, value } = await slider.evaluate((el) => ({ min: Number(el.min || 0), max: Number(el.max || 100), value: Number(el.value) }));
  const y = box.y + box.height / 2;
  const x0 = box.x + 8 + ((value - min) / (max - min || 1)) * (box.width - 16);
  await page.mouse.move(x0, y);
  await page.mouse.down();
  const span = box.width - 16;
  // Sweep in px steps small enough that each move changes the value (steps of the range permitting).
  const res = await measure(page, 'input', steps, async (k) => {
    const phase = (k % 80) / 80; // 0..1, a triangle wave over 80 events
    const f = phase < 0.5 ? phase * 2 : 2 - phase * 2;
    await page.mouse.move(box.x + 8 + (0.1 + 0.8 * f) * span, y);
  });
  await page.mouse.up();
  return { control: labels[pick], ...res };
}

/** Measure every widget; returns an array of { id, drag, slider, error? }. */
export async function benchInteraction({ dist, port = 4520, events = 300, only } = {}) {
  const server = await startPreview(dist, port);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const out = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    for (const w of WIDGETS) {
      if (only && !only.includes(w.id)) continue;
      const page = await context.newPage();
      const row = { id: w.id };
      try {
        const res = await page.goto(`${server.url}embed/${w.id}/`, { waitUntil: 'load' });
        if (!res || !res.ok()) throw new Error(`embed/${w.id}/ answered ${res?.status()}`);
        await page.waitForFunction(() => document.querySelector('astro-island') && !document.querySelector('astro-island[ssr]'), null, { timeout: 30_000 });
        await page.evaluate(installProbe);
        await page.waitForTimeout(500);
        row.drag = await dragRun(page, events);
        await page.waitForTimeout(300);
        row.slider = await sliderRun(page, Math.round(events * 0.67), w.slider);
      } catch (err) {
        row.error = err instanceof Error ? err.message.split('\n')[0] : String(err);
      }
      out.push(row);
      await page.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const opt = (name, d) => (args.includes(name) ? args[args.indexOf(name) + 1] : d);
  const dist = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? process.env.OUT_DIR ?? 'dist';
  const rows = await benchInteraction({ dist: path.resolve(dist), port: Number(opt('--port', 4520)), events: Number(opt('--events', 300)), only: opt('--widgets')?.split(',') });
  if (args.includes('--json')) console.log(JSON.stringify(rows));
  else
    for (const r of rows) {
      const f = (m) =>
        m
          ? `${m.control}: work p50 ${m.work.p50.toFixed(1)} p95 ${m.work.p95.toFixed(1)} max ${m.work.max.toFixed(1)} ms; latency p50 ${m.p50.toFixed(1)} p95 ${m.p95.toFixed(1)} max ${m.max.toFixed(1)} ms (n ${m.n}, long tasks ${m.longTasks})`
          : '-';
      console.log(`${r.id.padEnd(11)} drag ${f(r.drag)}\n${''.padEnd(11)} slider ${f(r.slider)}${r.error ? `\n  error: ${r.error}` : ''}`);
    }
}
