import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters, chapterSlug } from '~/book/chapters';
import { cardPng, type CardText } from '~/book/social-image';

/** Social preview images: og/home.png for the book, og/<chapter>.png for each chapter. */
export const getStaticPaths = (async () => {
  const chapters = await getChapters();
  return [
    {
      params: { slug: 'home' },
      props: {
        kicker: 'An open, interactive textbook',
        title: 'Gradient descent you can touch',
        summary: 'Drop a hiker on a mountain, turn the learning rate until the path explodes, race Adam against momentum.',
      },
    },
    ...chapters.map((ch) => ({
      params: { slug: chapterSlug(ch) },
      props: { kicker: `Chapter ${ch.data.order} · ${ch.data.readingMinutes} min`, title: ch.data.title, summary: ch.data.summary },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await cardPng(props as CardText);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
