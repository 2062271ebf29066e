/**
 * The site's public origin when SITE_URL is not set: a placeholder, so local builds and
 * tests have full addresses to write. A deployment must set its own (README, "Deploying").
 */
export const PLACEHOLDER_SITE_URL = 'https://child-protection.example.org';
