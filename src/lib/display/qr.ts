/** QR codes that take an agent from a wall slide to the item's browse page on their phone. */
import QRCode from 'qrcode';
import { pathInSite, sitePath } from '../shared/site-path';

/**
 * `/stories/five-seconds/` → `stories-five-seconds`; `/quotes/#first-call` → `quotes-first-call`
 * (under any base path: the name is the item's place in the site).
 */
export function qrName(url: string): string {
  return pathInSite(url)
    .replace(/[#/]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const qrPath = (url: string) => sitePath(`/display/qr/${qrName(url)}.svg`);

/** The QR code as SVG, black on white with a quiet zone, for an absolute address. */
export function qrSvg(absoluteUrl: string): Promise<string> {
  return QRCode.toString(absoluteUrl, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
