/**
 * Environment for a process that draws social cards (`npm run build` gives it to Astro).
 *
 * @napi-rs/canvas allocates with its own allocator (mimalloc), and reading a card's pixels
 * (social-card.ts) takes 3 MB from it for each card. mimalloc gives freed memory back to the
 * system after 10 ms by default, so the next card's pixels land on pages the kernel must
 * map afresh, which on these machines costs about 2 ms of processor time a card. Told to
 * keep freed memory, it hands the same pages out again. Measured at 10,000 documents, a
 * build from nothing: see README "Performance". A value the caller set is kept.
 */
export const CARD_DRAWING_ENV = {
  MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '-1',
};
