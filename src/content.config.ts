import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The book's chapters: content/chapters/NN-slug.mdx, ordered by `order`. */
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: z.object({
    title: z.string().min(3),
    /** Short title for navigation. */
    short: z.string().min(2),
    order: z.number().int().positive(),
    summary: z.string().min(20),
    objectives: z.array(z.string().min(5)).min(2),
    readingMinutes: z.number().int().positive(),
  }),
});

export const collections = { chapters };
