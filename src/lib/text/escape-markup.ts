/**
 * Text made safe to write into HTML or XML, both as element content and inside a
 * double-quoted attribute: the one escape for feeds, redirect pages and titles set into
 * compiled HTML.
 */
export function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
