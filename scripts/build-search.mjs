// Builds the Pagefind search index for a built site: `node scripts/build-search.mjs [dist]`.
//
// Only chapter articles are indexed (ChapterLayout marks them data-pagefind-body),
// less what scripts/search-exclude.mjs leaves out (duplicate math, figure chrome,
// worked solutions). Writes <dist>/pagefind/, which the header's search dialog imports
// only when the reader opens it.
import path from 'node:path';
import * as pagefind from 'pagefind';
import { EXCLUDE } from './search-exclude.mjs';

const site = path.resolve(process.argv[2] ?? 'dist');
const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE, forceLanguage: 'en' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`search: scanned ${added.page_count} pages (chapters are indexed) into ${path.relative(process.cwd(), written.outputPath)}/`);
if (added.page_count === 0) {
  console.error('search: no page has data-pagefind-body; nothing is searchable');
  process.exit(1);
}
