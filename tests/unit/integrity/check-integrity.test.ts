import { describe, expect, test } from 'vitest';
import { checkIntegrity } from '../../../src/lib/integrity/check-integrity';
import { parsePartialDate } from '../../../src/lib/dates/partial-date';
import { reportSchema, responseSchema, statementSchema } from '../../../src/schemas/document';
import { organisationSchema } from '../../../src/schemas/organisation';
import { personSchema } from '../../../src/schemas/person';
import { glossaryTermSchema } from '../../../src/schemas/glossary';
import { recommendationSchema } from '../../../src/schemas/recommendation';
import { themeSchema } from '../../../src/schemas/theme';
import { nothingUnread } from '../../../src/lib/integrity/unread-entries';
import type { SiteContent, SiteDocument } from '../../../src/lib/site/types';

const source = { url: 'https://example.org/' };

function site(overrides: (content: SiteContent) => void = () => {}): SiteContent {
  const content: SiteContent = {
    organisations: [
      {
        id: 'hmicfrs',
        filePath: 'content/organisations/hmicfrs.yaml',
        data: organisationSchema.parse({
          name: 'HMICFRS',
          kind: 'inspectorate',
          description: 'Inspects.',
          sources: [source.url],
        }),
      },
      {
        id: 'force',
        filePath: 'content/organisations/force.yaml',
        data: organisationSchema.parse({
          name: 'A Force',
          kind: 'police-force',
          description: 'Polices.',
          sources: [source.url],
        }),
      },
    ],
    people: [
      {
        id: 'pcc',
        filePath: 'content/people/pcc.yaml',
        data: personSchema.parse({
          name: 'A Commissioner',
          roles: [{ title: 'PCC', from: '2021' }],
          sources: [source.url],
        }),
      },
    ],
    recommendations: [],
    glossary: [],
    themes: [],
    documents: [
      {
        type: 'report',
        id: 'report-2022',
        filePath: 'content/reports/report-2022.mdx',
        paragraphs: ['p1'],
        crossLinks: [],
        headings: [],
        links: [],
        data: reportSchema.parse({
          title: 'Report',
          summary: 'A report.',
          published: '2022-08-05',
          issuer: 'hmicfrs',
          force: 'force',
          inspection: 'ncpi',
          fieldwork: '2022-03',
          source,
          verbatim: false,
        }),
      },
      {
        type: 'response',
        id: 'response-2022',
        filePath: 'content/responses/response-2022.mdx',
        paragraphs: ['p1'],
        crossLinks: [],
        headings: [],
        links: [],
        data: responseSchema.parse({
          title: 'Response',
          summary: 'A response.',
          published: '2022-09',
          authors: ['pcc'],
          respondsTo: ['report-2022'],
          source,
          verbatim: true,
        }),
      },
    ],
  };
  overrides(content);
  return content;
}

const statement = (
  data: Record<string, unknown>,
  crossLinks: SiteDocument['crossLinks'] = [],
): SiteDocument => ({
  type: 'statement',
  id: 'statement',
  filePath: 'content/statements/statement.mdx',
  paragraphs: ['p1'],
  crossLinks,
  headings: [],
  links: [],
  data: statementSchema.parse({
    title: 'S',
    summary: 'S.',
    published: '2023',
    issuer: 'force',
    source,
    verbatim: true,
    ...data,
  }),
});

describe('checkIntegrity', () => {
  test('consistent content has no problems', () => {
    expect(checkIntegrity(site())).toEqual([]);
  });

  test('a dangling reference names the file, the field, the missing id and the ids that exist', () => {
    const problems = checkIntegrity(
      site((content) => content.documents.push(statement({ authors: ['nobody'] }))),
    );
    expect(problems).toEqual([
      {
        file: 'content/statements/statement.mdx',
        field: 'authors.0',
        message:
          'There is no person "nobody". Write the id of an existing person (pcc), or add it to content/people/.',
      },
    ]);
  });

  test('a report led by a person the site does not have is caught at its ledBy field', () => {
    const problems = checkIntegrity(
      site((content) => {
        const report = content.documents[0]!;
        if (report.type === 'report') report.data.ledBy = ['pcc', 'an-inspector'];
      }),
    );
    expect(problems).toEqual([
      {
        file: 'content/reports/report-2022.mdx',
        field: 'ledBy.1',
        message:
          'There is no person "an-inspector". Write the id of an existing person (pcc), or add it to content/people/.',
      },
    ]);
  });

  test('a glossary term found in a document that does not exist is caught', () => {
    const problems = checkIntegrity(
      site((content) =>
        content.glossary.push({
          id: 'opcc',
          filePath: 'content/glossary.yaml',
          data: glossaryTermSchema.parse({
            id: 'opcc',
            term: 'OPCC',
            expansion: 'Office of the Police and Crime Commissioner',
            foundIn: 'no-such-response',
          }),
        }),
      ),
    );
    expect(problems).toEqual([
      {
        file: 'content/glossary.yaml',
        field: 'foundIn',
        entry: 'opcc',
        message:
          'There is no document "no-such-response". Write the id of an existing document (report-2022, response-2022), or add it to content/reports/, content/statements/ or content/responses/.',
      },
    ]);
  });

  describe('themes', () => {
    const withThemes = (content: SiteContent) =>
      content.themes.push(
        ...['missing-children', 'custody', 'training'].map((id) => ({
          id,
          filePath: 'content/themes.yaml',
          data: themeSchema.parse({ id, label: id }),
        })),
      );

    test('a misspelt theme is caught at its field, with the theme it is a typo of', () => {
      const problems = checkIntegrity(
        site((content) => {
          withThemes(content);
          content.documents.push(statement({ themes: ['training', 'custdy'] }));
        }),
      );
      expect(problems).toEqual([
        {
          file: 'content/statements/statement.mdx',
          field: 'themes.1',
          message:
            'There is no theme "custdy". Did you mean custody? Write the id of an existing theme (custody, missing-children, training), or add it to content/themes.yaml, with the label readers see.',
        },
      ]);
    });

    test('a recommendation’s themes are checked too', () => {
      const problems = checkIntegrity(
        site((content) => {
          withThemes(content);
          content.recommendations.push({
            id: 'rec',
            filePath: 'content/recommendations/rec.yaml',
            data: recommendationSchema.parse({
              report: 'report-2022',
              kind: 'recommendation',
              title: 'A recommendation',
              text: 'What it asks.',
              wording: 'summary',
              addressedTo: ['force'],
              themes: ['policing'],
              source: source.url,
            }),
          });
        }),
      );
      expect(problems).toEqual([
        expect.objectContaining({
          file: 'content/recommendations/rec.yaml',
          field: 'themes.0',
          message: expect.stringMatching(/^There is no theme "policing"\. Write the id/),
        }),
      ]);
    });

    test('while the themes file fails to read, no theme is called missing', () => {
      const content = site((draft) => draft.documents.push(statement({ themes: ['custody'] })));
      expect(checkIntegrity(content)).toHaveLength(1);
      expect(checkIntegrity(content, undefined, { ...nothingUnread(), themes: true })).toEqual([]);
    });
  });

  test('a misspelt id is answered with the id it is a typo of, first', () => {
    const [problem] = checkIntegrity(
      site((content) => {
        for (let index = 10; index < 40; index += 1)
          content.people.push({ ...content.people[0]!, id: `person-${index}` });
        content.people.push({ ...content.people[0]!, id: 'philip-wilkinson' });
        content.documents.push(statement({ authors: ['philip-wilkinsn'] }));
      }),
    );
    expect(problem?.message).toMatch(
      /^There is no person "philip-wilkinsn"\. Did you mean philip-wilkinson\? Write the id of an existing person \(/,
    );
  });

  // At national scale the ids that exist are thousands: the message names a dozen.
  test('a dangling reference among many ids names a dozen and counts the rest', () => {
    const [problem] = checkIntegrity(
      site((content) => {
        for (let index = 10; index < 40; index += 1)
          content.people.push({ ...content.people[0]!, id: `person-${index}` });
        content.documents.push(statement({ authors: ['nobody'] }));
      }),
    );
    expect(problem?.message).toMatch(
      /^There is no person "nobody"\. Write the id of an existing person \(pcc, person-10, (person-\d+, ){9}person-20 and 19 more\), or add it to content\/people\/\.$/,
    );
  });

  test('a response to a report that does not exist is caught', () => {
    const problems = checkIntegrity(
      site((content) => content.documents.push(statement({ respondsTo: ['missing-report'] }))),
    );
    expect(problems[0]).toMatchObject({
      field: 'respondsTo.0',
      message: expect.stringMatching(/^There is no report "missing-report"/),
    });
  });

  test('a response dated before the report it answers is impossible', () => {
    const problems = checkIntegrity(
      site((content) =>
        content.documents.push(statement({ published: '2022-07', respondsTo: ['report-2022'] })),
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'published',
        message: expect.stringMatching(
          /dated July 2022, before the report it answers \("report-2022", published 5 August 2022\)/,
        ),
      }),
    ]);
  });

  test('a response dated before the inspection visit of the report it answers is impossible', () => {
    const problems = checkIntegrity(
      site((content) => {
        const report = content.documents[0];
        // Known only as "2022", as HMICFRS's 2023 review is known only as "2023".
        if (report?.type === 'report') {
          report.data.published = parsePartialDate('2022')!;
          report.data.fieldwork = parsePartialDate('2022-03')!;
        }
        content.documents.push(statement({ published: '2022-02', respondsTo: ['report-2022'] }));
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'published',
        message: expect.stringMatching(
          /dated February 2022, before the inspection visit of the report it answers \("report-2022", visited March 2022\)/,
        ),
      }),
    );
  });

  test('an imprecise date that could be after the report is accepted', () => {
    expect(
      checkIntegrity(
        site((content) =>
          content.documents.push(statement({ published: '2022', respondsTo: ['report-2022'] })),
        ),
      ),
    ).toEqual([]);
  });

  test('an inspection visit after its report was published is impossible', () => {
    const problems = checkIntegrity(
      site((content) => {
        const report = content.documents[0];
        if (report?.type === 'report')
          report.data.fieldwork = { iso: '2022-09', precision: 'month', year: 2022, month: 9 };
      }),
    );
    expect(problems[0]).toMatchObject({ field: 'fieldwork' });
  });

  test('publishedBy must be a day the publication date could be', () => {
    const publishedIn2022By = (by: string) =>
      checkIntegrity(
        site((content) => {
          const report = content.documents[0];
          if (!report) return;
          report.data.published = parsePartialDate('2022')!;
          report.data.publishedBy = parsePartialDate(by);
        }),
      );
    expect(publishedIn2022By('2022-09-15')).toEqual([]);
    expect(publishedIn2022By('2023-01-10')).toEqual([
      expect.objectContaining({
        file: 'content/reports/report-2022.mdx',
        field: 'publishedBy',
        message: expect.stringMatching(/must be a day within the publication date \(2022\)/),
      }),
    ]);
  });

  test('a document cannot be withdrawn before it was published; the same month may be either', () => {
    const withdrawnIn = (date: string) =>
      checkIntegrity(
        site((content) => {
          content.documents.push(
            statement({ published: '2023-06-10', withdrawn: { date, reason: 'It was wrong.' } }),
          );
        }),
      );
    expect(withdrawnIn('2023-06')).toEqual([]);
    expect(withdrawnIn('2023-05-31')).toEqual([
      {
        file: 'content/statements/statement.mdx',
        field: 'withdrawn.date',
        message:
          'It cannot be withdrawn (31 May 2023) before it was published (10 June 2023). Check both dates.',
      },
    ]);
  });

  test('a publisher’s credit needs the outlet whose credit it is', () => {
    const credited = (data: Record<string, unknown>) =>
      checkIntegrity(
        site((content) => {
          content.documents.push(
            statement({ publisherCredit: 'Registered in England & Wales.', ...data }),
          );
        }),
      );
    expect(credited({ outlet: 'hmicfrs' })).toEqual([]);
    expect(credited({})).toEqual([
      {
        file: 'content/statements/statement.mdx',
        field: 'publisherCredit',
        message:
          'A publisher’s credit is shown as the credit of the outlet that printed the document: write outlet: (the id of that organisation, e.g. the-link), or leave publisherCredit out.',
      },
    ]);
  });

  test('the same slug in two document types is refused, naming both files', () => {
    const problems = checkIntegrity(
      site((content) => content.documents.push({ ...statement({}), id: 'report-2022' })),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/statements/statement.mdx',
        message: expect.stringMatching(
          /"report-2022" is already used by content\/reports\/report-2022\.mdx/,
        ),
      }),
    ]);
  });

  test('an unknown recommendation in <Addresses> names the file, line and id', () => {
    const problems = checkIntegrity(
      site((content) =>
        content.documents.push(
          statement({}, [{ recommendation: 'no-such-rec', paragraph: 'p1', quote: 'Q', line: 14 }]),
        ),
      ),
    );
    expect(problems).toEqual([
      {
        file: 'content/statements/statement.mdx',
        line: 14,
        field: '<Addresses recommendation>',
        message:
          'There is no recommendation "no-such-rec". Write the id of one in content/recommendations/ (without .yaml): none yet.',
      },
    ]);
  });

  test('a document must say whose it is', () => {
    const problems = checkIntegrity(
      site((content) => content.documents.push(statement({ issuer: undefined }))),
    );
    expect(problems[0]).toMatchObject({
      field: 'issuer',
      message: expect.stringMatching(/Say whose document this is/),
    });
  });

  test('a role cannot end before it starts', () => {
    const problems = checkIntegrity(
      site((content) => {
        content.people[0]!.data = personSchema.parse({
          name: 'X',
          roles: [{ title: 'Chief Constable', from: '2023-02-27', to: '2018' }],
          sources: [source.url],
        });
      }),
    );
    expect(problems[0]).toMatchObject({
      field: 'roles.0.to',
      message: expect.stringMatching(/ends \(2018\) before it starts \(27 February 2023\)/),
    });
  });

  test('an organisation that would be part of itself names the chain of parents', () => {
    const problems = checkIntegrity(
      site((content) => {
        const [hmicfrs, force] = content.organisations;
        hmicfrs!.data = { ...hmicfrs!.data, parent: 'force' };
        force!.data = { ...force!.data, parent: 'hmicfrs' };
      }),
    );
    expect(problems).toEqual([
      {
        file: 'content/organisations/hmicfrs.yaml',
        field: 'parent',
        message: expect.stringContaining(
          '"hmicfrs" would be part of itself (hmicfrs → force → hmicfrs)',
        ),
      },
      {
        file: 'content/organisations/force.yaml',
        field: 'parent',
        message: expect.stringContaining(
          '"force" would be part of itself (force → hmicfrs → force)',
        ),
      },
    ]);
  });
});
