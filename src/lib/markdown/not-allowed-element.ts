/**
 * What an author is told for an element content cannot use, wherever the parser or the
 * restrictions find it. A near-miss of an allowed component (<Address>, <addresses>) is
 * a typo, not HTML, so it is answered with the name to write.
 */
import { closestSpelling } from '../text/closest-spelling';
import { ALLOWED_COMPONENTS } from './allowed-components';

const ALLOWED_NAMES = Object.keys(ALLOWED_COMPONENTS);

export function notAllowedElement(name: string | null): string {
  const tag = name === null ? '<>' : `<${name}>`;
  const meant =
    name === null
      ? undefined
      : closestSpelling(
          name.toLowerCase(),
          ALLOWED_NAMES.map((allowed) => allowed.toLowerCase()),
        );
  const allowed = ALLOWED_NAMES.find((candidate) => candidate.toLowerCase() === meant);
  if (allowed)
    return `${tag} is not a component content can use. Did you mean <${allowed}>? ${ALLOWED_COMPONENTS[allowed]!.usage}.`;
  return `${tag} is not allowed in content: HTML and scripts cannot be used. Write Markdown instead (the only component allowed is: ${ALLOWED_NAMES.join(', ')}).`;
}
