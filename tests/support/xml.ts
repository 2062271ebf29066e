/** Well-formedness check (fast-xml-validator), then parsing (fast-xml-parser): a feed that is not XML fails loudly. */
import { XMLParser, type X2jOptions } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';

export function parseXml<T>(text: string, options: Partial<X2jOptions> = {}): T {
  try {
    SyntaxValidator.validate(text);
  } catch (error) {
    const line = (error as { line?: number }).line;
    throw new Error(`Not well-formed XML: ${(error as Error).message} (line ${line ?? '?'})`, {
      cause: error,
    });
  }
  return new XMLParser(options).parse(text) as T;
}
