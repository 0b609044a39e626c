// Build figures: wall time of a full production build (`npm run build`: Astro,
// then the Pagefind index) and of the offline export, and the sizes of the
// build folder, the offline folder and its zip.
//
//   node scripts/bench-build.mjs [--dist dist-perf] [--json] [--skip-build]
//
// The build goes to its own OUT_DIR (default dist-perf) and the export to
// <dist>-offline/, so a benchmark never touches dist/ or offline/.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Total bytes of the files under `dir`. */
export function folderBytes(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = statSync(p);
    total += st.isDirectory() ? folderBytes(p) : st.size;
  }
  return total;
}

function timed(cmd, args, env) {
  const load = loadavg()[0];
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 << 20 });
  const s = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${(r.stdout ?? '').slice(-2000)}${(r.stderr ?? '').slice(-2000)}`);
  return { seconds: s, loadBefore: load, loadAfter: loadavg()[0], output: r.stdout + r.stderr };
}

export function benchBuild({ dist = 'dist-perf', skipBuild = false } = {}) {
  const out = {};
  if (!skipBuild) {
    const b = timed('npm', ['run', 'build'], { OUT_DIR: dist });
    const pages = /(\d+) page\(s\) built in ([\d.]+)s/.exec(b.output);
    out.build = { seconds: b.seconds, astroSeconds: pages ? Number(pages[2]) : null, pages: pages ? Number(pages[1]) : null, loadBefore: b.loadBefore, loadAfter: b.loadAfter };
  }
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`bench-build: no build in ${dist}/`);
  out.distBytes = folderBytes(dist);
  const offline = `${dist}-offline`;
  const e = timed('node', ['scripts/export-offline.mjs', '--dist', dist, '--out', offline], {});
  const zip = readdirSync(offline).find((f) => f.endsWith('.zip'));
  out.export = {
    seconds: e.seconds,
    folderBytes: folderBytes(path.join(offline, 'downhill')),
    zipBytes: zip ? statSync(path.join(offline, zip)).size : null,
    zip: zip ?? null,
  };
  let commit = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    /* not a checkout */
  }
  out.commit = commit;
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const dist = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : 'dist-perf';
  const r = benchBuild({ dist, skipBuild: args.includes('--skip-build') });
  if (args.includes('--json')) console.log(JSON.stringify(r));
  else {
    const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;
    if (r.build) console.log(`build: ${r.build.seconds.toFixed(1)} s (astro ${r.build.astroSeconds} s for ${r.build.pages} pages; load ${r.build.loadBefore.toFixed(1)})`);
    console.log(`build folder: ${mb(r.distBytes)}; offline export: ${r.export.seconds.toFixed(1)} s, folder ${mb(r.export.folderBytes)}, zip ${mb(r.export.zipBytes)}`);
  }
}
