/**
 * A share card as the element tree satori draws (objects shaped as React elements, with no React):
 * the layout from card-layout.ts in the site's own colours and fonts. Pure, so what the card
 * shows is tested without drawing it; src/build/share-card-image.ts draws it.
 */
import { CARD_HEIGHT, CARD_PADDING, CARD_WIDTH, type CardLayout } from './card-layout.ts';
import type { FittedText } from './fit-text.ts';

/** The colours a card uses: the site's light-scheme tokens (src/styles/global.css). */
export interface CardPalette {
  paper: string;
  ink: string;
  inkSoft: string;
  accent: string;
  accentSoft: string;
  warm: string;
}

/**
 * The font families the renderer registers under these names. The site's two fonts come as
 * subsets (Latin, then the rest of Latin: Polish, Czech, Turkish…); neither has Arabic or Hebrew
 * letters, which the browser takes from a system font and a card from the last two. Their letters
 * carry their own dots (Noto Sans Arabic places them as marks, which satori drew out of place).
 */
export const CARD_FONTS = {
  voice: 'Fraunces',
  voiceExtended: 'Fraunces Latin Extended',
  body: 'Atkinson Hyperlegible Next',
  bodyExtended: 'Atkinson Hyperlegible Next Latin Extended',
  arabic: 'IBM Plex Sans Arabic',
  hebrew: 'Noto Sans Hebrew',
} as const;

/** Each text's fonts, in the order satori looks for a letter in them. */
const VOICE = [CARD_FONTS.voice, CARD_FONTS.voiceExtended, CARD_FONTS.arabic, CARD_FONTS.hebrew];
const BODY = [CARD_FONTS.body, CARD_FONTS.bodyExtended, CARD_FONTS.arabic, CARD_FONTS.hebrew];

type Style = Record<string, string | number>;
export interface CardElement {
  type: 'div';
  props: { style: Style; children?: string | CardElement | CardElement[] };
}

const div = (style: Style, children?: string | CardElement | CardElement[]): CardElement => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/**
 * The site's colour tokens as a card needs them, read from the first `:root` block of its
 * stylesheet (the light scheme: a card is one picture for every reader). Throws when one is missing,
 * so a renamed token stops the build instead of drawing a card in the wrong colours.
 */
export function cardPalette(css: string): CardPalette {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const token = (name: string): string => {
    const value = new RegExp(`--${name}:\\s*([^;]+);`).exec(root)?.[1]?.trim();
    if (!value) throw new Error(`The site's stylesheet has no --${name} in :root for share cards`);
    return value;
  };
  return {
    paper: token('paper'),
    ink: token('ink'),
    inkSoft: token('ink-soft'),
    accent: token('accent'),
    accentSoft: token('accent-soft'),
    warm: token('warm'),
  };
}

/** One fitted text: its size, its direction, and no more lines than the layout allows. */
function text(fitted: FittedText, style: Style): CardElement {
  return div(
    {
      display: 'block',
      direction: fitted.direction,
      textAlign: 'start',
      fontSize: fitted.fontSize,
      lineHeight: fitted.lineHeight,
      lineClamp: fitted.maxLines,
      ...style,
    },
    fitted.text,
  );
}

/** The edge that a text in this direction starts from, as a border (CSS logical borders are not drawn). */
const startEdge = (fitted: FittedText, rule: string): Style =>
  fitted.direction === 'rtl' ? { borderRight: rule } : { borderLeft: rule };

export function cardView(layout: CardLayout, palette: CardPalette): CardElement {
  const voice = VOICE.join(', ');
  const body = BODY.join(', ');
  const eyebrow = {
    fontFamily: body,
    fontSize: 26,
    fontWeight: 700,
    letterSpacing: 2,
    textTransform: 'uppercase',
  };
  const header = div(
    { display: 'flex', justifyContent: 'space-between', alignItems: 'center', height: 40 },
    [
      div({ ...eyebrow, color: palette.accent }, layout.eyebrow),
      div({ ...eyebrow, color: palette.inkSoft }, 'Customer Room'),
    ],
  );

  // A quote, or a story's title: the site's headings, ink on paper.
  const headline = { fontFamily: voice, fontWeight: 600, color: palette.ink };
  // What takes the space left under the header, its content in the middle of it.
  const middle = {
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    flexGrow: 1,
  };

  const content: CardElement[] = [header];
  if (layout.kind === 'quote') {
    // The quote and its byline as one block, in the middle of the space under the header.
    const block: CardElement[] = [
      div(
        {
          display: 'flex',
          padding: '0 32px',
          ...startEdge(layout.quote, `8px solid ${palette.accent}`),
        },
        text(layout.quote, headline),
      ),
    ];
    if (layout.byline) {
      block.push(
        text(layout.byline, {
          fontFamily: body,
          fontWeight: 700,
          color: palette.warm,
          marginTop: 28,
          // Under the quote's own start, whichever way the name reads.
          alignSelf: layout.quote.direction === 'rtl' ? 'flex-end' : 'flex-start',
        }),
      );
    }
    content.push(div({ ...middle, marginTop: 24 }, block));
  } else {
    content.push(
      // The space between the header and the lesson, the title in its middle.
      div({ ...middle, margin: '24px 0' }, text(layout.title, headline)),
      div(
        {
          display: 'flex',
          flexDirection: 'column',
          padding: '18px 36px 22px',
          background: palette.accentSoft,
          borderRadius: 14,
          ...startEdge(layout.lesson, `8px solid ${palette.accent}`),
        },
        [
          div(
            { ...eyebrow, fontSize: 22, color: palette.accent, direction: layout.lesson.direction },
            layout.lessonLabel,
          ),
          text(layout.lesson, {
            fontFamily: body,
            fontWeight: 400,
            color: palette.ink,
            marginTop: 6,
          }),
        ],
      ),
    );
  }

  return div(
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      background: palette.paper,
      color: palette.ink,
      fontFamily: body,
    },
    [
      div({ height: 14, background: palette.accent }),
      div(
        {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          padding: `36px ${CARD_PADDING}px 44px`,
        },
        content,
      ),
    ],
  );
}
