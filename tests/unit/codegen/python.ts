/**
 * Runs many generated Python scripts in one /usr/bin/python3 process (torch
 * is imported once), each with its own globals and its stdout captured, and
 * parses the CSV they print. Used by the parity test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's python3-torch lives in the system Python (DOWNHILL_PYTHON overrides, e.g. to check the test fails without it). */
export const PYTHON = process.env['DOWNHILL_PYTHON'] ?? '/usr/bin/python3';

/** Torch and NumPy versions, or why they cannot be used. */
export function pythonVersions(): { ok: true; torch: string; numpy: string; python: string } | { ok: false; reason: string } {
  const r = spawnSync(PYTHON, ['-c', 'import sys, torch, numpy; print(torch.__version__, numpy.__version__, sys.version.split()[0])'], { encoding: 'utf8' });
  if (r.error) return { ok: false, reason: `${PYTHON} could not be run: ${r.error.message}` };
  if (r.status !== 0) return { ok: false, reason: `${PYTHON} cannot import torch and numpy: ${r.stderr.trim().split('\n').pop() ?? ''}` };
  const [torch = '', numpy = '', python = ''] = r.stdout.trim().split(/\s+/);
  return { ok: true, torch, numpy, python };
}

const DRIVER = `
import contextlib, io, json, runpy, sys, traceback, warnings
warnings.filterwarnings("ignore")
out = {}
for path in json.load(open(sys.argv[1])):
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            runpy.run_path(path, run_name="__main__")
        out[path] = {"ok": True, "stdout": buf.getvalue()}
    except BaseException:
        out[path] = {"ok": False, "stdout": buf.getvalue(), "error": traceback.format_exc()}
json.dump(out, open(sys.argv[2], "w"))
`;

export interface ScriptResult {
  readonly ok: boolean;
  readonly stdout: string;
  readonly error?: string;
}

/** Runs every script (name -> source); results by name. */
export function runScripts(scripts: ReadonlyMap<string, string>): Map<string, ScriptResult> {
  const dir = mkdtempSync(join(tmpdir(), 'downhill-parity-'));
  try {
    const paths = new Map<string, string>();
    let i = 0;
    for (const [name, source] of scripts) {
      const path = join(dir, `s${i++}.py`);
      writeFileSync(path, source);
      paths.set(name, path);
    }
    writeFileSync(join(dir, 'list.json'), JSON.stringify([...paths.values()]));
    writeFileSync(join(dir, 'driver.py'), DRIVER);
    const r = spawnSync(PYTHON, [join(dir, 'driver.py'), join(dir, 'list.json'), join(dir, 'out.json')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`the Python driver failed: ${r.stderr}`);
    const out = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as Record<string, ScriptResult>;
    return new Map([...paths].map(([name, path]) => [name, out[path] ?? { ok: false, stdout: '', error: 'no result' }]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A printed CSV: its header and rows of cells (comment lines, starting '#', kept apart). */
export function parseCsv(text: string): { header: string[]; rows: string[][]; comments: string[] } {
  const lines = text.split('\n').filter((l) => l.length > 0);
  const comments = lines.filter((l) => l.startsWith('#'));
  const data = lines.filter((l) => !l.startsWith('#'));
  const [head = '', ...rest] = data;
  return { header: head.split(','), rows: rest.map((l) => l.split(',')), comments };
}
