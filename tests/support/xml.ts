/** Well-formedness check, then parsing, with fast-xml-parser: a feed that is not XML fails loudly. */
import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser';

export function parseXml<T>(text: string, options: Partial<X2jOptions> = {}): T {
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new Error(`Not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  return new XMLParser(options).parse(text) as T;
}
