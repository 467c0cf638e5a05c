/** A QR code for every browse page a slide links to; built only when the site has an address. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/site-catalog';
import { qrName, qrSvg } from '../../../lib/display/qr';

const site = import.meta.env.SITE;

export const getStaticPaths = (async () => {
  if (!site || !URL.canParse(site)) return [];
  const { personas, quotes, stories } = await getCatalog();
  return [...personas, ...quotes, ...stories].map((item) => ({
    params: { name: qrName(item.url) },
    props: { url: item.url },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const svg = await qrSvg(new URL(String(props.url), site).href);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
