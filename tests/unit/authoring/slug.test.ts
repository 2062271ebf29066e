import { expect, test } from 'vitest';
import { slugFromTitle } from '../../../src/lib/authoring/slug';

test('a title becomes lowercase words joined by hyphens', () => {
  expect(slugFromTitle('PCC’s response: the 2023 review & next steps')).toBe(
    'pccs-response-the-2023-review-and-next-steps',
  );
  expect(slugFromTitle('  Café  Policing — Résumé ')).toBe('cafe-policing-resume');
});

test('a letter with no accent to drop is spelt out, not split into two words', () => {
  expect(slugFromTitle('Café über Straße — 2024')).toBe('cafe-uber-strasse-2024');
  expect(slugFromTitle('Ærø and Łódź')).toBe('aero-and-lodz');
});

test('a long title is cut between words', () => {
  const slug = slugFromTitle(
    'Statement from the Police and Crime Commissioner for Wiltshire and Swindon on the inspection',
  );
  expect(slug.length).toBeLessThanOrEqual(60);
  expect(slug).toBe('statement-from-the-police-and-crime-commissioner-for');
});
