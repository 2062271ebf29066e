/**
 * Readable names of theme ids. A theme not listed here is shown with its hyphens turned
 * into spaces, so a new theme never breaks a page.
 */
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

export function themeLabel(id: string): string {
  const known = THEME_LABEL[id];
  if (known) return known;
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
