/**
 * Field types shared by every collection. Each message tells an author what to write.
 */
import { z } from 'astro/zod';
import {
  PARTIAL_DATE_HELP,
  earliestDay,
  parsePartialDate,
  type PartialDate,
} from '../lib/dates/partial-date';
import { formatPartialDate } from '../lib/dates/format';
import { dateSuggestionSentence } from '../lib/dates/date-suggestion';
import { todayInUk } from '../lib/authoring/today';
import { ID_PATTERN, badIdMessage } from '../lib/text/id-suggestion';

/** An id of another entry: lowercase words joined by hyphens, e.g. `wiltshire-police`. */
export const entryId = z
  .string({ error: 'Write the id of an entry, e.g. wiltshire-police.' })
  .regex(ID_PATTERN, { error: (issue) => badIdMessage(issue.input) });

/** A year, month or day: `"2023"`, `"2023-09"` or `"2023-09-15"`, never a guessed day. */
export const partialDate = z
  .string({ error: `Write ${PARTIAL_DATE_HELP}.` })
  .transform((text, ctx): PartialDate => {
    const date = parsePartialDate(text);
    if (!date) {
      ctx.issues.push({
        code: 'custom',
        message: `"${text}" is not a date.${dateSuggestionSentence(text)} Write ${PARTIAL_DATE_HELP}.`,
        input: text,
      });
      return z.NEVER;
    }
    return date;
  });

/** A date known to the day, for change history entries. */
export const exactDate = partialDate.refine((date) => date.precision === 'day', {
  message: 'Write the full day, as "YYYY-MM-DD".',
});

/**
 * A date that has happened: a document cannot be published, visited or changed in the
 * future, and a typo such as 2032 for 2023 would otherwise sort it to the top of every
 * list. Today is the UK's today, the day the build runs.
 */
export const pastDate = <Schema extends z.ZodType<PartialDate>>(schema: Schema) =>
  schema.refine((date) => earliestDay(date) <= todayInUk(), {
    error: (issue) =>
      `${formatPartialDate(issue.input as PartialDate)} is after today. Write the date it really happened, as precisely as it is known; a document is published here only once it exists.`,
  });

/**
 * A public web address. Only https, so readers are never sent to an insecure page. One
 * message for each mistake, the first that applies: an address pasted without its
 * https:// broke three rules at once, and the three messages hid the one fix.
 */
export const webAddress = z
  .string({ error: 'Write a web address starting with https://' })
  .superRefine((url, ctx) => {
    const problem = webAddressProblem(url);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: url });
  });

function webAddressProblem(url: string): string | undefined {
  // A browser's address bar never shows these unescaped; pasted from elsewhere, they
  // would be read by other programs as the address's end.
  const unsafe = /[\s"<>\\]/.test(url);
  if (!url.startsWith('https://')) {
    const rest = url.replace(/^http:\/\//, '');
    const looksLikeOne =
      !unsafe && (url.startsWith('http://') || /^[\w-]+(\.[\w-]+)+(\/|$)/.test(url));
    return looksLikeOne
      ? `Write a web address starting with https://: https://${rest} (this site links only to secure pages).`
      : 'Write a web address starting with https://';
  }
  if (unsafe)
    return 'A web address has no spaces, double quotes, backslashes or < > in it: copy it from the address bar of the page it names.';
  if (!URL.canParse(url) || !new URL(url).hostname.includes('.'))
    return 'Write the full address, with the site’s domain: https://www.example.org/…';
  return undefined;
}

/** Plain text on one or a few lines, never empty. */
export const text = (what: string) =>
  z
    .string({ error: `Write ${what}.` })
    .trim()
    .min(1, `Write ${what}; it cannot be empty.`)
    .refine((value) => !opensUnclosedQuote(value), {
      error: (issue) =>
        `This begins with a curly quotation mark (“) that is never closed, which Word and many editors put in as you type. Delete it ("${shortened(String(issue.input).slice(1))}"), or close the quotation with ” where it ends.`,
    });

const shortened = (value: string) => (value.length > 60 ? `${value.slice(0, 60)}…` : value);

/**
 * Whether a value opens with “ and has no ” to close it: `title: “Danny Kruger MP on …`,
 * an editor's curly quote around a whole value whose closing one was lost, which the
 * page's title would otherwise begin with.
 */
function opensUnclosedQuote(value: string): boolean {
  return value.startsWith('“') && !value.includes('”');
}
