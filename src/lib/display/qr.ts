/** QR codes that take an agent from a wall slide to the item's browse page on their phone. */
import QRCode from 'qrcode';

/** `/stories/five-seconds/` → `stories-five-seconds`; `/quotes/#first-call` → `quotes-first-call`. */
export function qrName(url: string): string {
  return url.replace(/[#/]+/g, '-').replace(/^-+|-+$/g, '');
}

export const qrPath = (url: string) => `/display/qr/${qrName(url)}.svg`;

/** The QR code as SVG, black on white with a quiet zone, for an absolute address. */
export function qrSvg(absoluteUrl: string): Promise<string> {
  return QRCode.toString(absoluteUrl, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
