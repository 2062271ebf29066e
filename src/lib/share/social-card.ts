/**
 * Social card images (the picture in a link preview), drawn at build time with no
 * outside service: Skia (@napi-rs/canvas) lays out and paints the text with a font from
 * npm (@fontsource), and sharp (libvips) encodes the pixels as a PNG.
 *
 * Drawing a card takes milliseconds, too long to repeat for 10,000 documents on every
 * build, so cards are cached on disk by a digest of everything that shapes them (the
 * text, the font, the library versions and CARD_DESIGN).
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';

// Cards are encoded one by one and never again in a build: libvips' operation cache
// would only hold memory, and its own threads gain nothing on an image this small (the
// build already draws several cards at once).
sharp.cache(false);
sharp.concurrency(1);

/** Change when the card's look changes, so cached cards are drawn again. */
const CARD_DESIGN = 'v5';
const WIDTH = 1200;
const HEIGHT = 630;
const PADDING = 72;
const PADDING_Y = 56;
const TEXT_WIDTH = WIDTH - 2 * PADDING;
const BACKGROUND = '#0b3d63';
const ACCENT = '#ffdd00';
const TEXT = '#ffffff';
const FONT_FAMILY = 'Atkinson Hyperlegible';
const FONT_FILES = [
  'atkinson-hyperlegible-latin-400-normal.woff',
  'atkinson-hyperlegible-latin-700-normal.woff',
] as const;
const KICKER_SIZE = 34;
const FOOTER_SIZE = 30;
const FOOTER_RULE = 4;
const FOOTER_GAP = 20;
const LINE_HEIGHT = 1.15;
const TITLE_LINES = 4;

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

/**
 * Registers the card's fonts with Skia before the first card. Registration is for the whole
 * process, so a thread finds them there if another registered them. Read from the npm
 * package, never from the system: the same card looks the same on every machine.
 */
function registerFonts(): void {
  if (GlobalFonts.has(FONT_FAMILY)) return;
  const folder = join(packageDir('@fontsource/atkinson-hyperlegible'), 'files');
  for (const file of FONT_FILES) {
    if (!GlobalFonts.register(readFileSync(join(folder, file)), FONT_FAMILY))
      throw new Error(`Social cards: Skia could not load the font ${join(folder, file)}.`);
  }
}

let versions: string | undefined;

function libraryVersions(): string {
  versions ??= [
    ...['@napi-rs/canvas', '@fontsource/atkinson-hyperlegible'].map(
      (name) =>
        `${name}@${(require(join(packageDir(name), 'package.json')) as { version: string }).version}`,
    ),
    // sharp does not export its package.json; it reports its own version and its encoders'.
    `sharp@${sharp.versions.sharp} libpng@${sharp.versions.png} zlib@${sharp.versions['zlib-ng']}`,
  ].join(' ');
  return versions;
}

export function cardDigest(card: CardText): string {
  return createHash('sha256')
    .update(JSON.stringify([CARD_DESIGN, libraryVersions(), card]))
    .digest('hex')
    .slice(0, 20);
}

/** Where `card` is kept in the cache folder once drawn. */
export function cachedCardFile(card: CardText, cacheDir: string): string {
  return join(cacheDir, `${cardDigest(card)}.png`);
}

/** The card as PNG bytes, from the cache when an identical card was drawn before. */
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
  return encodePng(paintCard(card));
}

/**
 * One canvas per thread, painted over whole for each card: a new canvas each time (its
 * 3 MB of pixels allocated and freed per card) made a card cost about twice the processor
 * time on a worker thread that it cost on the main thread, through the C allocator's
 * handling of large blocks on threads other than the main one. Reusing it is safe because
 * painting is synchronous, from the first fill to reading the pixels back.
 */
let canvas: Canvas | undefined;

/** The card's pixels: RGBA, WIDTH × HEIGHT. */
function paintCard(card: CardText): Buffer {
  registerFonts();
  canvas ??= createCanvas(WIDTH, HEIGHT);
  const context = canvas.getContext('2d');
  // Text shaped the same whatever the machine's language (see @napi-rs/canvas).
  context.lang = 'en';
  context.textBaseline = 'top';
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, WIDTH, HEIGHT);

  context.fillStyle = ACCENT;
  context.font = font(400, KICKER_SIZE);
  drawLine(context, card.kicker, PADDING_Y);

  // The footer sits on the bottom padding, under a rule; the title is centred between it
  // and the kicker.
  const footerTop = HEIGHT - PADDING_Y - FOOTER_SIZE * LINE_HEIGHT;
  const ruleTop = footerTop - FOOTER_GAP - FOOTER_RULE;
  context.fillRect(PADDING, ruleTop, TEXT_WIDTH, FOOTER_RULE);
  context.fillStyle = TEXT;
  context.font = font(400, FOOTER_SIZE);
  drawLine(context, card.footer, footerTop);

  const titleSize = card.title.length > 90 ? 50 : card.title.length > 50 ? 60 : 72;
  context.font = font(700, titleSize);
  const lines = wrapText(card.title, TEXT_WIDTH, (text) => context.measureText(text).width);
  const lineHeight = titleSize * LINE_HEIGHT;
  const kickerBottom = PADDING_Y + KICKER_SIZE * LINE_HEIGHT;
  const top = (kickerBottom + ruleTop - lines.length * lineHeight) / 2;
  lines.forEach((line, index) => drawLine(context, line, top + index * lineHeight));

  return canvas.data();
}

const font = (weight: 400 | 700, size: number) => `${weight} ${size}px "${FONT_FAMILY}"`;

/** One line at the left padding, squeezed rather than cut should it be wider than the card. */
function drawLine(context: SKRSContext2D, text: string, top: number): void {
  context.fillText(text, PADDING, top, TEXT_WIDTH);
}

/**
 * The title in lines no wider than `width`, broken between words, at most TITLE_LINES of
 * them; a longer title ends its last line with an ellipsis. A word wider than a line
 * gets a line of its own (drawLine squeezes it).
 */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    const joined = last === undefined ? word : `${last} ${word}`;
    if (last !== undefined && measure(joined) <= width) lines[lines.length - 1] = joined;
    else lines.push(word);
  }
  if (lines.length <= TITLE_LINES) return lines;
  const kept = lines.slice(0, TITLE_LINES);
  let last = kept[TITLE_LINES - 1]!;
  while (last.includes(' ') && measure(`${last}…`) > width) last = last.replace(/\s+\S+$/, '');
  kept[TITLE_LINES - 1] = `${last}…`;
  return kept;
}

/**
 * PNG bytes for the card's pixels: sharp encodes them (libpng, zlib level 3) on libuv's
 * thread pool, off the calling thread. The card is opaque, so the alpha channel is
 * dropped. Measured on this project's card: Skia's painting and sharp's encoding took
 * about 9 ms of processor time, where satori's layout and sharp's painting of its SVG
 * took about 20 ms; Skia's own PNG encoder (zlib's default level) took 20 ms alone.
 */
async function encodePng(pixels: Buffer): Promise<Buffer> {
  return sharp(pixels, { raw: { width: WIDTH, height: HEIGHT, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 3 })
    .toBuffer();
}
