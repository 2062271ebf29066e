/**
 * How readers reach the team that runs a deployment of the site: `SITE_CONTACT`, an email
 * address or an https:// address (a contact form), set where the site is built. It is the
 * publisher's to give, so nothing is made up when it is not set: the accessibility
 * statement then says no contact address has been published yet.
 */
export const SITE_CONTACT_ENV = 'SITE_CONTACT';

export interface SiteContact {
  /** Where the link goes: `mailto:…` or the form's address. */
  href: string;
  /** What the link says: the email address, or the form's address. */
  text: string;
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

export function siteContact(env: NodeJS.ProcessEnv = process.env): SiteContact | undefined {
  const value = env[SITE_CONTACT_ENV]?.trim();
  if (!value) return undefined;
  if (EMAIL.test(value)) return { href: `mailto:${value}`, text: value };
  if (URL.canParse(value) && new URL(value).protocol === 'https:')
    return { href: value, text: value };
  throw new Error(
    `${SITE_CONTACT_ENV} is "${value}", which is neither an email address nor an https:// address. Write the address readers should write to (${SITE_CONTACT_ENV}=accessibility@example.org) or the page of a contact form (${SITE_CONTACT_ENV}=https://example.org/contact), or leave it unset.`,
  );
}
