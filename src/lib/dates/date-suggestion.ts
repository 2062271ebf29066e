/**
 * The date an author most likely meant when they wrote one the way people do in letters
 * and in Word ("20/11/2026", "20 November 2026", "Nov 2026"), so the message can say
 * exactly what to write instead. Slashes and dots are read day first, as in the UK; the
 * message shows the date in words, so an author who meant the other order sees it.
 */
import { formatPartialDate } from './format';
import { parsePartialDate, type PartialDate } from './partial-date';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** The `YYYY`, `YYYY-MM` or `YYYY-MM-DD` form of a date written another way, if it is one. */
export function suggestedDate(text: string): PartialDate | undefined {
  const written = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const asIso = (year: string, month: number | string, day?: number | string) =>
    parsePartialDate(
      [year, month, day]
        .filter((part) => part !== undefined)
        .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
        .join('-'),
    );

  // 20/11/2026, 20.11.2026, 20-11-2026: day first.
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(written);
  if (match) return asIso(match[3]!, match[2]!, match[1]!);
  // 2026-11-2, 2026/11/20, 2026-1: the right order without the zeros or the hyphens.
  match = /^(\d{4})[/.-](\d{1,2})(?:[/.-](\d{1,2}))?$/.exec(written);
  if (match) {
    const [, year, month, day] = match;
    // 2026-20-11: month and day the wrong way round.
    if (day !== undefined && Number(month) > 12) return asIso(year!, day, month);
    return asIso(year!, month!, day);
  }
  // 20 November 2026, 20th Nov 2026, November 2026.
  match = /^(?:(\d{1,2})(?:st|nd|rd|th)? )?([a-z]+)\.?,? (\d{4})$/.exec(written);
  if (match) {
    const month = monthNumber(match[2]!);
    if (month !== undefined) return asIso(match[3]!, month, match[1]);
  }
  // November 20, 2026.
  match = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(written);
  if (match) {
    const month = monthNumber(match[1]!);
    if (month !== undefined) return asIso(match[3]!, month, match[2]);
  }
  return undefined;
}

/** "If you mean 20 November 2026, write "2026-11-20"." or nothing, for a date message. */
export function dateSuggestionSentence(text: string): string {
  const date = suggestedDate(text);
  return date ? ` If you mean ${formatPartialDate(date)}, write "${date.iso}".` : '';
}

/** 1–12 for a month's name or its first three or more letters ("Nov", "Sept"), else undefined. */
function monthNumber(word: string): number | undefined {
  if (word.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(word));
  return index < 0 ? undefined : index + 1;
}
