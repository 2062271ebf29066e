/**
 * The frontmatter written by `npm run new` and `npm run import`: every field of the
 * document's schema (src/schemas/document.ts), each explained in a comment above it.
 * What only a person can supply holds a `TODO:` marker that fails the check with the
 * marker's words until it is replaced; optional fields are written commented out.
 */
import { TODO } from '../content/todo-markers';
import type { DocumentType } from '../site/types';

export interface TemplateField {
  /** The field's name; `source.title` for a field inside `source`. */
  name: string;
  /** What to write, for the comment above the field. */
  help: string;
  /** The value as YAML; undefined for an optional field, written commented out. */
  value?: string;
  /** The commented-out value of an optional field: a TODO, in case it is uncommented and left. */
  example?: string;
}

export interface TemplateValues {
  /** The title, or undefined for a TODO. */
  title?: string | undefined;
  /** The publication date as "YYYY-MM-DD", or undefined for a TODO. */
  published?: string | undefined;
  /**
   * Today, "YYYY-MM-DD", named in the date's TODO for an author typing a statement out on
   * the day it is published: never filled in, since the original may be older.
   */
  today?: string | undefined;
}

/** A value that fails the check with `what` until it is replaced, as YAML. */
export const todo = (what: string) => JSON.stringify(`${TODO} ${what}`);

function commonFields({ title, published, today }: TemplateValues): TemplateField[] {
  return [
    {
      name: 'title',
      help: 'The document’s title, as it appears at the top of its page.',
      value: title === undefined ? todo('write the document’s title.') : JSON.stringify(title),
    },
    {
      name: 'titleSupplied',
      help: 'Optional. true when the original has no title of its own and the title above is ours.',
      example: todo('write true if the title is ours, not the original’s.'),
    },
    {
      name: 'summary',
      help: 'One or two plain-English sentences for lists and link previews (at most 300 characters).',
      value: todo('write one or two plain-English sentences saying what the document says.'),
    },
    {
      name: 'published',
      help: 'The day the original was first published, in quotes: "YYYY-MM-DD". If the day is not known write "YYYY-MM", or "YYYY" if only the year is known. Never guess a day.',
      value:
        published === undefined
          ? todo(
              `write the day the original was published, in quotes, as "YYYY-MM-DD" (or "YYYY-MM" if the day is not known)${today ? `: "${today}" if it was published today` : ''}.`,
            )
          : JSON.stringify(published),
    },
    {
      name: 'publishedNote',
      help: 'Optional. Why the date is less precise than a day, or where it comes from.',
      example: todo('say why the date is less precise than a day, or where it comes from.'),
    },
    {
      name: 'publishedBy',
      help: 'Optional. When the day is not known but a source shows it was out by a certain day: that day, "YYYY-MM-DD".',
      example: todo('write the last day it can have been published, e.g. "2023-09-15".'),
    },
    {
      name: 'issuer',
      help: 'The id of the organisation whose document this is: its file name in content/organisations/ without .yaml.',
      value: todo(
        'write the organisation’s id, e.g. opcc-wiltshire-swindon, or delete this line if the document is one person’s (then fill in authors).',
      ),
    },
    {
      name: 'authors',
      help: 'Ids of the people who wrote or signed it (file names in content/people/ without .yaml), e.g. [philip-wilkinson]. Leave [] if none.',
      value: '[]',
    },
    {
      name: 'quoted',
      help: 'Ids of the people quoted in it, e.g. [kier-pritchard]. Leave [] if none.',
      value: '[]',
    },
    {
      name: 'outlet',
      help: 'Optional. When someone else published it (a newspaper, say): that organisation’s id.',
      example: todo('write the publishing organisation’s id, e.g. positive-media-group.'),
    },
    {
      name: 'publisherCredit',
      help: 'Optional, only with outlet. The credit line the outlet printed with the original (a newspaper’s "Registered in … No: …" footer), word for word. It is shown after the text as the publisher’s, not numbered or searched: never leave it in the text below as a paragraph.',
      example: todo('copy the publisher’s credit line from the original, word for word.'),
    },
    {
      name: 'source',
      help: 'Where the original can be read.',
      value: '',
    },
    {
      name: 'source.url',
      help: 'The original’s web address, starting with https://',
      value: todo('write the web address of the original (it starts with https://).'),
    },
    {
      name: 'source.title',
      help: 'Optional. The original’s own title, when it differs from ours.',
      example: todo('write the original’s own title.'),
    },
    {
      name: 'source.original',
      help: 'Optional. false when the original’s own address is not known and the link goes to the nearest page that is; then describe that page in source.title and say why in sourceNote.',
      example: todo('write false if the link is not the original itself.'),
    },
    {
      name: 'sourceNote',
      help: 'Optional. A caveat about the link, e.g. when the original’s own page is not known.',
      example: todo('write the caveat about the link, in one sentence.'),
    },
    {
      name: 'verbatim',
      help: 'true when the text below is the original’s own words, false when it is our summary.',
      value: todo(
        'write true if the text below is the original’s words exactly, or false if it is our summary.',
      ),
    },
    {
      name: 'themes',
      help: 'Theme ids from content/themes.yaml, e.g. [missing-children, training]. Leave [] if none.',
      value: '[]',
    },
    {
      name: 'changes',
      help: 'Corrections or updates made later on this site, oldest first, each as - date: "YYYY-MM-DD" and note: what changed. Once published, changing a paragraph\'s words needs one more line here, and no line may be taken out. Leave [] for a new document.',
      value: '[]',
    },
    {
      name: 'withdrawn',
      help: 'Optional, only when a published document is taken back: when (a date as for published) and why, in one sentence. Its page stays at its address and says so at the top.',
      example: `{ date: ${todo('write when it was withdrawn, in quotes, e.g. "2024-03-05".')}, reason: ${todo('write why it was withdrawn, in one sentence.')} }`,
    },
    {
      name: 'assessments',
      help: 'What this document says about where recommendations stand, each as - recommendation: (its id in content/recommendations/), status: (accepted, in-progress, improving, met or not-met), and optionally paragraph: (e.g. p4), date:, by: and note:. Leave [] if none.',
      value: '[]',
    },
  ];
}

function kindFields(kind: DocumentType): TemplateField[] {
  const respondsTo = (value: string): TemplateField => ({
    name: 'respondsTo',
    help: 'Slugs of the reports it responds to: their file names in content/reports/ without .mdx, e.g. [ncpi-wiltshire-2022].',
    value,
  });
  const statutoryDuty: TemplateField = {
    name: 'statutoryDuty',
    help: 'Optional. Only if this is the document the law or the inspectorate asks for: pcc-comments (a PCC’s comments on an HMICFRS report) or force-action-plan (a force’s action plan after a child protection inspection).',
    example: todo('write pcc-comments or force-action-plan.'),
  };
  switch (kind) {
    case 'report':
      return [
        {
          name: 'force',
          help: 'The id of the police force the report is about.',
          value: todo('write the police force’s id, e.g. wiltshire-police.'),
        },
        {
          name: 'inspection',
          help: 'The inspection programme: ncpi, ncpi-post-inspection-review or peel.',
          value: todo('write one of ncpi, ncpi-post-inspection-review, peel.'),
        },
        {
          name: 'fieldwork',
          help: 'Optional. When the inspectors visited, in quotes, as precisely as known: "YYYY-MM-DD", "YYYY-MM" or "YYYY".',
          example: todo('write when the inspectors visited, in quotes, e.g. "2022-03".'),
        },
        {
          name: 'ledBy',
          help: 'Optional. Ids of the people who led the inspection (an HM Inspector), e.g. [wendy-williams]. They are not the report’s authors: its citations name the inspectorate.',
          example: todo(
            'write the ids of the people who led the inspection, e.g. [wendy-williams].',
          ),
        },
        {
          name: 'followsUp',
          help: 'Optional. The slug of the earlier report this one follows up.',
          example: todo('write the earlier report’s slug, e.g. ncpi-wiltshire-2022.'),
        },
      ];
    case 'statement':
      return [respondsTo('[]'), statutoryDuty];
    case 'response':
      return [
        respondsTo(
          `[${todo('write the slug of the report this responds to, e.g. ncpi-wiltshire-2022.')}]`,
        ),
        statutoryDuty,
      ];
  }
}

export function templateFields(kind: DocumentType, values: TemplateValues): TemplateField[] {
  return [...commonFields(values), ...kindFields(kind)];
}

/** The frontmatter block, from the opening `---` to the closing one. */
export function documentFrontmatter(kind: DocumentType, values: TemplateValues): string {
  return `---\n${yamlFields(templateFields(kind, values))}---\n`;
}

/**
 * The fields as YAML lines, each under its help as a comment; an optional field commented
 * out. Also the whole of a new recommendation file (recommendation-template.ts).
 */
export function yamlFields(fields: readonly TemplateField[]): string {
  const lines: string[] = [];
  for (const field of fields) {
    const [parent, child] = field.name.split('.');
    const indent = child === undefined ? '' : '  ';
    const name = child ?? parent;
    lines.push(`${indent}# ${field.help}`);
    if (field.value === undefined) {
      lines.push(
        `${indent}# To use it, delete the "# " at the start of the next line and replace the TODO text.`,
      );
      lines.push(`${indent}# ${name}: ${field.example ?? ''}`);
    } else {
      lines.push(`${indent}${name}:${field.value === '' ? '' : ` ${field.value}`}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The body of a new, empty document. */
export const NEW_DOCUMENT_BODY = `${TODO} write or paste the document’s words here. Leave a blank line between paragraphs; start a line with "## " for a heading, "- " for a bullet point, "> " for a quotation.\n`;
