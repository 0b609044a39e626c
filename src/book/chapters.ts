import { getCollection, type CollectionEntry } from 'astro:content';

export type Chapter = CollectionEntry<'chapters'>;

/** The chapters in reading order. */
export async function getChapters(): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** The URL path of a chapter (without `base`), e.g. `chapters/learning-rate/`. */
export function chapterPath(ch: Chapter): string {
  return `chapters/${chapterSlug(ch)}/`;
}

/** `03-learning-rate` -> `learning-rate`: the number orders files, the slug names the page. */
export function chapterSlug(ch: Chapter): string {
  return ch.id.replace(/^\d+-/, '');
}

/** Prefix a site path with Astro's base (which always ends with '/'). */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return base + path.replace(/^\//, '');
}
