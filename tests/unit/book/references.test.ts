import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKS, citations, linkedIds, readingItems, splitReading, work, workOfItem } from '~/book/references';

/**
 * Every work cited has a full entry, and every citation links to it (issue
 * 19, item 15): a year in a chapter's text is a citation, so it must sit in a
 * link to the references entry of a work from that year by that author; every
 * "Further reading" item is a work on the references page (or a data credit),
 * and no work is recommended twice.
 */

const DIR = path.resolve(__dirname, '../../../content/chapters');
const CHAPTERS = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => ({ file: f, body: readFileSync(path.join(DIR, f), 'utf8') }));

/** A data set's credit in "Further reading" (the about page credits it too), not a work. */
const isDataCredit = (item: string): boolean => /^The (\w+ )?data\b/.test(item);

/** Prose only: front matter, imports and JSX lines (figure props hold numbers) left out. */
function prose(text: string): string {
  return text
    .replace(/^---[\s\S]*?\n---\n/, '')
    .split('\n')
    .filter((l) => !/^\s*(import |<|\{|\/\/)/.test(l))
    .join('\n');
}

/** The first author's surname, as a citation names it: "D. P. Kingma and J. Ba" -> "Kingma". */
const surname = (authors: string): string => authors.split(/,| and /)[0]!.trim().split(' ').pop()!;

describe('the references', () => {
  it('have one entry per id, each complete', () => {
    expect(new Set(WORKS.map((w) => w.id)).size).toBe(WORKS.length);
    for (const w of WORKS) {
      expect(w.authors && w.title && w.where && w.note, w.id).toBeTruthy();
      if (w.id !== 'pytorch-optim') expect(w.id, 'id = first author + year').toBe(`${surname(w.authors).toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}${w.year}`);
      if (w.href) expect(w.link, `${w.id}: a link is shown by its text`).toBeTruthy();
    }
  });

  it('keep the anchors of the first edition (a link to /references/#kingma2014 still lands on Adam)', () => {
    const first = ['rumelhart1986', 'gardner1984', 'ruder2016', 'andrychowicz2016', 'kingma2014', 'loshchilov2017', 'loshchilov2019', 'goh2017'];
    const anchors = new Set(WORKS.flatMap((w) => [w.id, ...(w.formerIds ?? [])]));
    expect(first.filter((id) => !anchors.has(id))).toEqual([]);
    expect(anchors.size).toBe(WORKS.length + WORKS.reduce((n, w) => n + (w.formerIds?.length ?? 0), 0));
  });

  it('are all cited by some chapter', () => {
    const cited = new Set(CHAPTERS.flatMap((c) => citations(c.body).map((x) => x.id)));
    expect(WORKS.filter((w) => !cited.has(w.id)).map((w) => w.id)).toEqual([]);
  });

  it('no work is in two chapters’ “Further reading”', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const c of CHAPTERS) {
      for (const x of citations(c.body).filter((x) => x.in === 'reading')) {
        if (seen.has(x.id)) twice.push(`${x.id}: ${seen.get(x.id)} and ${c.file}`);
        else seen.set(x.id, c.file);
      }
    }
    expect(twice).toEqual([]);
  });

  it('the matcher tells a work from a data credit and from an unknown work', () => {
    expect(workOfItem('S. Ruder, [An overview](https://arxiv.org/abs/1609.04747), 2016')?.id).toBe('ruder2016');
    expect(workOfItem('J. Nocedal and S. J. Wright, *Numerical Optimization*, 2nd ed.')?.id).toBe('nocedal2006');
    expect(workOfItem('A. Nobody, [A paper](https://example.org/x), 2020')).toBeUndefined();
    expect(isDataCredit('The volcano data: R’s volcano data set')).toBe(true);
    expect(linkedIds('as [Polyak, 1964](/references/#polyak1964) showed')).toEqual(['polyak1964']);
  });
});

for (const c of CHAPTERS) {
  describe(c.file, () => {
    const { text, reading } = splitReading(c.body);

    it('every reference link names a work on the references page', () => {
      expect(linkedIds(text).filter((id) => !work(id))).toEqual([]);
    });

    it('every year in the text is a citation linked to its entry, by the work’s author', () => {
      const body = prose(text);
      const links = [...body.matchAll(/\[([^\]]+)\]\(\/references\/#([\w-]+)\)/g)].map((m) => ({ from: m.index, to: m.index + m[0].length, label: m[1]!, id: m[2]! }));
      const problems: string[] = [];
      for (const m of body.matchAll(/(?<![\d.,$\\{=-])(1[5-9]\d\d|20[0-3]\d)(?![\d,.]\d)/g)) {
        const at = m.index;
        const line = body.slice(body.lastIndexOf('\n', at) + 1, body.indexOf('\n', at)).trim();
        const link = links.find((l) => l.from <= at && at < l.to);
        const w = link && work(link.id);
        if (!link) problems.push(`${m[1]} not linked to the references: “${line}”`);
        else if (!w) problems.push(`${m[1]} links #${link.id}, which has no entry`);
        else if (String(w.year) !== m[1]) problems.push(`${m[1]} links #${w.id}, a work of ${w.year}`);
        else if (!link.label.includes(surname(w.authors))) problems.push(`“${link.label}” links #${w.id} without its author ${surname(w.authors)}`);
      }
      expect(problems).toEqual([]);
    });

    it('every “Further reading” item is a work on the references page, or a data credit', () => {
      const items = readingItems(reading);
      expect(items.length, 'a chapter has further reading').toBeGreaterThan(0);
      expect(items.filter((item) => !isDataCredit(item) && !workOfItem(item))).toEqual([]);
    });
  });
}
