import type { APIRoute, GetStaticPaths } from 'astro';
import { iconPng } from '~/book/social-image';

/** PNG icons for the web manifest and iOS, drawn from the favicon at build time. */
export const getStaticPaths = (() => [
  { params: { name: 'icon-192' }, props: { size: 192, maskable: false } },
  { params: { name: 'icon-512' }, props: { size: 512, maskable: false } },
  { params: { name: 'maskable-512' }, props: { size: 512, maskable: true } },
  { params: { name: 'apple-touch-icon' }, props: { size: 180, maskable: true } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { size, maskable } = props as { size: number; maskable: boolean };
  return new Response(await iconPng(size, maskable), { headers: { 'Content-Type': 'image/png' } });
};
