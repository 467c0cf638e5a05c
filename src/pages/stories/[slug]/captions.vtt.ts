/** /stories/<slug>/captions.vtt: a timed story's transcript as captions, built once. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/site-catalog';
import { webVtt } from '../../../lib/calls/captions';
import { dialogLines } from '../../../lib/catalog/transcript';
import type { Story } from '../../../lib/catalog/catalog';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.stories
    .filter((story) => story.timed && story.recording)
    .map((story) => ({ params: { slug: story.slug }, props: { story } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story }> = ({ props }) =>
  new Response(webVtt(dialogLines(props.story.segments), props.story.recording?.duration ?? 0), {
    headers: { 'Content-Type': 'text/vtt; charset=utf-8' },
  });
