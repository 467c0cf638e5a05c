/** /stories/<slug>/<file>: a story's recording, copied into the build under its own name. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/site-catalog';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.stories.flatMap(({ slug, recording }) =>
    recording
      ? [{ params: { slug, recording: path.basename(recording.source) }, props: { recording } }]
      : [],
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ recording: { source: string; type: string } }> = ({ props }) =>
  new Response(readFileSync(props.recording.source), {
    headers: { 'Content-Type': props.recording.type },
  });
