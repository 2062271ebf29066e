/**
 * How a withdrawn document is described wherever it appears: its page's notice, its
 * citations, its feed item, the quotes of its paragraphs. One wording, so a reader meets
 * the same words, date and reason everywhere.
 */
import { formatPartialDate } from '../dates/format';
import type { PartialDate } from '../dates/partial-date';
import type { SiteDocument } from './types';

export interface Withdrawal {
  date: PartialDate;
  reason: string;
}

/** "on 5 March 2024", "in March 2024", "in 2024": a date known only to the month is not a day. */
export function onOrIn(date: PartialDate): string {
  return date.precision === 'day' ? 'on' : 'in';
}

/** "on 5 March 2024", "in March 2024": when, as text where no `<time>` element can be used (feeds). */
export function whenWithdrawn(withdrawal: Withdrawal): string {
  return `${onOrIn(withdrawal.date)} ${formatPartialDate(withdrawal.date)}`;
}

/** "Withdrawn on 5 March 2024: the figures were wrong." with the sentence's full stop ensured. */
export function withdrawalSentence(withdrawal: Withdrawal): string {
  return `Withdrawn ${whenWithdrawn(withdrawal)}: ${endSentence(withdrawal.reason)}`;
}

/** The reason as a sentence, ending with its full stop whether or not the author wrote one. */
export function endSentence(text: string): string {
  return /[.!?…]["”’)]?$/.test(text) ? text : `${text}.`;
}

export function isWithdrawn(doc: SiteDocument): boolean {
  return doc.data.withdrawn !== undefined;
}

/**
 * "Withdrawn: <title>" for a withdrawn document, else its title: what its page's title
 * and its feed item say, so a tab, a bookmark or a feed reader tells before it is read.
 */
export function titleSayingIfWithdrawn(doc: SiteDocument): string {
  return isWithdrawn(doc) ? `Withdrawn: ${doc.data.title}` : doc.data.title;
}
