/**
 * Social card images (the picture in a link preview), drawn at build time with no
 * outside service: satori lays out the card and turns its text into SVG paths with a
 * font from npm (@fontsource), and sharp (libvips, with librsvg) paints it as a PNG.
 *
 * Drawing a card takes tens of milliseconds, far too long to repeat for 10,000
 * documents on every build, so cards are cached on disk by a digest of everything that
 * shapes them (the text, the font, the library versions and CARD_DESIGN).
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';

// Cards are encoded one by one and never again in a build: libvips' operation cache
// would only hold memory, and its own threads gain nothing on an image this small (the
// build already draws several cards at once).
sharp.cache(false);
sharp.concurrency(1);

/** Change when the card's look changes, so cached cards are drawn again. */
const CARD_DESIGN = 'v4';
const WIDTH = 1200;
const HEIGHT = 630;
const PADDING = 72;
const PADDING_Y = 56;
const TEXT_WIDTH = WIDTH - 2 * PADDING;
const FONT_FILES = {
  400: 'atkinson-hyperlegible-latin-400-normal.woff',
  700: 'atkinson-hyperlegible-latin-700-normal.woff',
} as const;

export interface CardText {
  /** Small line above the title: "Report · 5 August 2022". */
  kicker: string;
  title: string;
  /** The site's name, at the foot. */
  footer: string;
}

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return join(require.resolve(`${name}/package.json`, { paths: [process.cwd()] }), '..');
}

let fonts: Promise<{ weight: 400 | 700; data: Buffer }[]> | undefined;

function loadFonts() {
  const folder = join(packageDir('@fontsource/atkinson-hyperlegible'), 'files');
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      weight,
      data: await readFile(join(folder, FONT_FILES[weight])),
    })),
  );
  return fonts;
}

let versions: string | undefined;

function libraryVersions(): string {
  versions ??= [
    ...['satori', '@fontsource/atkinson-hyperlegible'].map(
      (name) =>
        `${name}@${(require(join(packageDir(name), 'package.json')) as { version: string }).version}`,
    ),
    // sharp does not export its package.json; it reports its own version, its SVG
    // renderer's and its encoders'.
    `sharp@${sharp.versions.sharp} librsvg@${sharp.versions.rsvg} libpng@${sharp.versions.png} zlib@${sharp.versions['zlib-ng']}`,
  ].join(' ');
  return versions;
}

export function cardDigest(card: CardText): string {
  return createHash('sha256')
    .update(JSON.stringify([CARD_DESIGN, libraryVersions(), card]))
    .digest('hex')
    .slice(0, 20);
}

/** The card as PNG bytes, from the cache when an identical card was drawn before. */
/** Where `card` is kept in the cache folder once drawn. */
export function cachedCardFile(card: CardText, cacheDir: string): string {
  return join(cacheDir, `${cardDigest(card)}.png`);
}

export async function socialCardPng(card: CardText, cacheDir: string): Promise<Buffer> {
  const cached = cachedCardFile(card, cacheDir);
  const hit = await readFile(cached).catch(() => undefined);
  if (hit) return hit;
  const png = await drawCard(card);
  await mkdir(cacheDir, { recursive: true });
  // Written under a temporary name and renamed, so a stopped build never leaves half a file.
  // The name is unique because pages render several at a time: two documents with the same
  // card can be drawn at once.
  const temporary = `${cached}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(temporary, png);
  await rename(temporary, cached);
  return png;
}

export async function drawCard(card: CardText): Promise<Buffer> {
  const titleSize = card.title.length > 90 ? 50 : card.title.length > 50 ? 60 : 72;
  const svg = await satori(
    {
      type: 'div',
      key: 'card',
      props: {
        style: {
          // satori sizes the content box: padding comes on top of width and height.
          width: TEXT_WIDTH,
          height: HEIGHT - 2 * PADDING_Y,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: `${PADDING_Y}px ${PADDING}px`,
          background: '#0b3d63',
          color: '#ffffff',
          fontFamily: 'Atkinson Hyperlegible',
        },
        children: [
          {
            type: 'div',
            key: 'kicker',
            props: { style: { fontSize: 34, color: '#ffdd00' }, children: card.kicker },
          },
          {
            type: 'div',
            key: 'title',
            props: {
              style: {
                display: 'block',
                width: TEXT_WIDTH,
                fontSize: titleSize,
                fontWeight: 700,
                lineHeight: 1.15,
                lineClamp: 4,
              },
              children: card.title,
            },
          },
          {
            type: 'div',
            key: 'footer',
            props: {
              style: {
                width: TEXT_WIDTH,
                fontSize: 30,
                borderTop: '4px solid #ffdd00',
                paddingTop: 20,
              },
              children: card.footer,
            },
          },
        ],
      },
    },
    {
      width: WIDTH,
      height: HEIGHT,
      fonts: (await loadFonts()).map(({ weight, data }) => ({
        name: 'Atkinson Hyperlegible',
        data,
        weight,
        style: 'normal',
      })),
    },
  );
  return paintPng(svg);
}

/**
 * PNG bytes for the card's SVG. sharp paints it (librsvg) and encodes it (libpng, zlib
 * level 3) in one pass on libuv's thread pool, off the main thread. Measured on this
 * project's card: 14 ms, where resvg's painting and then sharp's encoding of resvg's
 * pixels took 29 ms, most of a card's cost at 10,000 documents. The text is already paths,
 * so no system fonts are needed; the card is opaque, so the alpha channel is dropped.
 */
async function paintPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).removeAlpha().png({ compressionLevel: 3 }).toBuffer();
}
