/**
 * Readable names of theme ids, the same on pages and in search filters. A theme not
 * listed here is shown with its hyphens turned into spaces and the acronyms the documents
 * use kept in capitals, so a new theme never breaks a page.
 */
import { capitalised } from '../text/capitalised';

const THEME_LABEL: Readonly<Record<string, string>> = {
  'children-in-detention': 'Children in detention',
  'demand-and-resources': 'Demand and resources',
  'domestic-abuse': 'Domestic abuse',
  governance: 'Governance',
  'information-sharing': 'Information sharing',
  investigations: 'Investigations',
  'missing-children': 'Missing children',
  'risk-assessment': 'Risk assessment',
  supervision: 'Supervision',
  training: 'Training',
  'voice-of-the-child': 'Voice of the child',
};

const ACRONYMS = new Set(['mash', 'cse', 'cait', 'thrive', 'ict', 'peel']);

export function themeLabel(id: string): string {
  const known = THEME_LABEL[id];
  if (known) return known;
  const words = id.split('-').map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word));
  const [first = '', ...rest] = words;
  return [capitalised(first), ...rest].join(' ');
}
