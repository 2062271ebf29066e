/**
 * The only components content MDX may use. Content is written by people who are not
 * developers and is published to the public, so MDX is treated as a document format,
 * not a programming language: components are expanded at compile time into plain HTML,
 * and take literal string props only.
 */
export interface ComponentSpec {
  /** Props the component accepts; every one is a literal string. */
  readonly props: Readonly<Record<string, { readonly required: boolean; readonly help: string }>>;
  /** Whether it wraps blocks (`<X>…</X>`) or stands alone (`<X />`). */
  readonly wraps: boolean;
  /** One line for error messages: how to use it. */
  readonly usage: string;
}

export const ALLOWED_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Addresses: {
    props: {
      recommendation: {
        required: true,
        help: 'the id of a recommendation, or several ids separated by spaces',
      },
    },
    wraps: true,
    usage:
      '<Addresses recommendation="ncpi-wiltshire-2022-supervision">, then the paragraphs, then </Addresses>, each on its own line with blank lines around the paragraphs',
  },
};
