import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';
import {
  astFromValue,
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  print,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportActionsQuery, ExportTemplateQuery, ImportTemplateBody } from '../src/modules/exchange/dto/export-actions.query';
import { AnnualReportQuery } from '../src/modules/report/dto/annual-report.query';
import { CSRF_HEADERS } from './support/import-client';
import { rowCountsOfEveryTable } from './support/row-counts';
import { REPO_ROOT, SignedInClient, startTestApp, TestApp } from './support/test-app';

/**
 * One input rule for every string (issue 14, item 11): text holding a NUL, another control character than tab and
 * line breaks, or a lone surrogate (text that is not Unicode) is refused with BAD_USER_INPUT before anything runs.
 * The cases are generated from the schema (every argument and input field of type String, ID or a custom scalar, at
 * any depth, as a variable and as an inline literal) and from the REST routes' validated query and body classes.
 */

const schema = buildSchema(readFileSync(join(REPO_ROOT, 'libs/graphql-schema/schema.graphql'), 'utf8'));

const HOSTILE = {
  'a NUL byte': '\u0000',
  'a NUL byte then more text': '\u0000; DROP TABLE action',
  'a lone high surrogate': '\ud800',
  'a lone low surrogate': 'x\udfff',
  'an escape character (not storable in a spreadsheet or a report)': '\u001b[31m',
} as const;

/** A plausible value for a named slot, so that only the hostile character is wrong. */
const SAMPLE_BY_NAME: Record<string, unknown> = {
  ref: '3-1.1.1',
  key: 'imanor',
  organisationKey: 'imanor',
  keepKey: 'imanor',
  duplicateKey: 'semac',
  owner: 'imanor',
  partner: 'imanor',
  ownerKeys: ['imanor'],
  partnerKeys: ['imanor'],
  email: 'viewer@pnq.local',
  recipient: 'viewer@pnq.local',
  password: 'un-mot-de-passe-assez-long',
  evidenceUrls: ['https://www.imanor.gov.ma/preuve'],
  language: 'fr',
  id: '1',
  ids: ['1'],
  axis: '1.2',
  expectedVersion: 0,
  progress: 10,
  indicatorId: 1,
  number: 1,
  value: 1,
  deadlineYear: 2025,
};

function sampleOf(name: string, type: GraphQLInputType): unknown {
  if (name in SAMPLE_BY_NAME) return structuredClone(SAMPLE_BY_NAME[name]);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [sampleOf(name, inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields()).flatMap((field) => (isNonNullType(field.type) ? [[field.name, sampleOf(field.name, field.type)]] : [])),
    );
  }
  const scalar = getNamedType(inner).name;
  if (scalar === 'Int' || scalar === 'Float') return 1;
  if (scalar === 'Boolean') return false;
  if (scalar === 'CalendarDate') return '2025-06-30';
  return 'Texte';
}

const isTextScalar = (type: GraphQLInputType) => isScalarType(getNamedType(type)) && !['Int', 'Float', 'Boolean'].includes(getNamedType(type).name);

/** Every path from an argument to a text slot: ["input", "comment"], ["input", "evidenceUrls", 0], ["asOf"], … */
function textSlots(name: string, type: GraphQLInputType, path: (string | number)[] = [name]): (string | number)[][] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return textSlots(name, inner.ofType, [...path, 0]);
  if (isInputObjectType(inner)) return Object.values(inner.getFields()).flatMap((field) => textSlots(field.name, field.type, [...path, field.name]));
  return isTextScalar(inner) ? [path] : [];
}

/** The field's arguments with the required ones filled, and `hostile` appended to the text at `path`. */
function argumentsWith(field: GraphQLField<unknown, unknown>, path: (string | number)[], hostile: string): Record<string, unknown> {
  const args: Record<string, unknown> = Object.fromEntries(
    field.args.filter((arg) => isNonNullType(arg.type) || arg.name === path[0]).map((arg) => [arg.name, sampleOf(arg.name, arg.type)]),
  );
  let holder = args as Record<string | number, unknown>;
  let type = field.args.find((arg) => arg.name === path[0])!.type;
  for (const [index, step] of path.entries()) {
    const inner = isNonNullType(type) ? type.ofType : type;
    const last = index === path.length - 1;
    if (isListType(inner)) {
      if (!Array.isArray(holder[step])) holder[step] = [sampleOf(String(step), inner.ofType)];
    } else if (isInputObjectType(inner) && !last) {
      const next = path[index + 1] as string;
      holder[step] ??= sampleOf(String(step), type);
      const object = holder[step] as Record<string, unknown>;
      object[next] ??= sampleOf(next, inner.getFields()[next].type);
    }
    if (last) {
      const current = holder[step];
      holder[step] = `${typeof current === 'string' ? current : 'Texte'}${hostile}`;
    } else {
      holder = holder[step] as Record<string | number, unknown>;
      const next = isListType(inner) ? inner.ofType : isInputObjectType(inner) ? inner.getFields()[path[index + 1] as string].type : inner;
      type = next;
    }
  }
  return args;
}

const selectionOf = (field: GraphQLField<unknown, unknown>) => (isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '');

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

function graphqlCases(graphqlSchema: GraphQLSchema): Case[] {
  const cases: Case[] = [];
  for (const [operation, root] of [
    ['query', graphqlSchema.getQueryType()],
    ['mutation', graphqlSchema.getMutationType()],
  ] as [string, GraphQLObjectType][]) {
    for (const field of Object.values(root.getFields())) {
      for (const path of field.args.flatMap((arg) => textSlots(arg.name, arg.type))) {
        const slot = `${root.name}.${field.name}(${path.join('.')})`;
        for (const [label, hostile] of Object.entries(HOSTILE)) {
          const args = argumentsWith(field, path, hostile);
          const declarations = field.args.filter((arg) => arg.name in args);
          cases.push({
            name: `${slot}: ${label}, as a variable`,
            query: `${operation} (${declarations.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')}) { ${field.name}(${declarations.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})${selectionOf(field)} }`,
            variables: args,
          });
          if (/[\ud800-\udfff]/.test(hostile)) continue; // inline, a lone surrogate is already a GraphQL syntax error
          const inline = declarations.map((arg) => `${arg.name}: ${print(astFromValue(args[arg.name], arg.type)!)}`).join(', ');
          cases.push({ name: `${slot}: ${label}, inline`, query: `${operation} { ${field.name}(${inline})${selectionOf(field)} }` });
        }
      }
    }
  }
  return cases;
}

/** The REST routes, their validated query (or multipart body) class and the other parameters they need. */
const REST_ROUTES: { route: string; method: 'GET' | 'POST'; dto: new () => object; others: Record<string, string> }[] = [
  { route: '/exports/actions.xlsx', method: 'GET', dto: ExportActionsQuery, others: {} },
  { route: '/exports/template.xlsx', method: 'GET', dto: ExportTemplateQuery, others: { organisation: 'imanor' } },
  { route: '/reports/annual', method: 'GET', dto: AnnualReportQuery, others: { year: '2025', format: 'pdf' } },
  { route: '/imports/template', method: 'POST', dto: ImportTemplateBody, others: { mode: 'dry-run' } },
];
const parametersOf = (dto: new () => object) => [
  ...new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(dto, '', true, false)
      .map((m) => m.propertyName),
  ),
];

describe('one input rule for every string: NUL, control characters and lone surrogates are refused with BAD_USER_INPUT', () => {
  let testApp: TestApp;
  let admin: SignedInClient;
  let before: Record<string, number>;
  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await testApp.signIn('admin@pnq.local');
    before = await rowCountsOfEveryTable(testApp.databaseUrl);
  });
  afterAll(() => testApp.close());

  const cases = graphqlCases(schema);

  it('covers every text argument of the schema (the cases are generated, not listed)', () => {
    expect(cases.length).toBeGreaterThan(200);
    for (const known of ['Query.action(ref)', 'Query.organisation(key)', 'Query.campaign(id)', 'Mutation.updateActionStatus(input.comment)']) {
      expect(cases.some((c) => c.name.startsWith(known))).toBe(true);
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))('refuses %s', async (_name, { query, variables }) => {
    const response = await admin.graphql(query, variables);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toMatch(/character|surrogate/);
    expect(response.data ?? null).toBeNull();
  });

  const restCases = REST_ROUTES.flatMap(({ route, method, dto, others }) =>
    parametersOf(dto).flatMap((parameter) =>
      Object.entries(HOSTILE)
        .filter(([, hostile]) => !/[\ud800-\udfff]/.test(hostile)) // a URL or a form carries UTF-8: a lone surrogate cannot be sent
        .map(([label, hostile]) => [`${method} ${route} ${parameter}: ${label}`, { route, method, parameter, hostile, others }] as const),
    ),
  );

  it.each(restCases)('refuses %s', async (_name, { route, method, parameter, hostile, others }) => {
    const values = { ...others, [parameter]: `${others[parameter] ?? (parameter === 'asOf' ? '2025-06-30' : 'imanor')}${hostile}` };
    let response: Response;
    if (method === 'GET') {
      response = await fetch(`${testApp.baseUrl}${route}?${new URLSearchParams(values).toString()}`, { headers: { cookie: admin.cookie } });
    } else {
      const form = new FormData();
      for (const [key, value] of Object.entries(values)) form.append(key, value);
      form.append('file', new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04])]), 'modele.xlsx');
      response = await fetch(`${testApp.baseUrl}${route}`, { method, body: form, headers: { cookie: admin.cookie, ...CSRF_HEADERS } });
    }
    const body = (await response.json()) as { code?: string; message?: string };
    expect(response.status).toBe(400);
    expect(body.code).toBe('BAD_USER_INPUT');
    expect(body.message).toMatch(new RegExp(`${parameter}.*(character|surrogate)|(character|surrogate).*${parameter}`));
  });

  it('wrote nothing for any of the above, and still serves', async () => {
    expect(await rowCountsOfEveryTable(testApp.databaseUrl)).toEqual(before);
    expect((await fetch(`${testApp.baseUrl}/health`)).status).toBe(200);
    const plan = await admin.graphql<{ plan: { actionCount: number } }>('{ plan { actionCount } }');
    expect(plan.data!.plan.actionCount).toBe(333);
  });

  it('keeps tabs, line breaks, accents, Arabic, emoji and paired surrogates', async () => {
    const comment = 'Ligne 1\n\tLigne 2 — éàü — تقرير سنوي — 📈 𝄞';
    const response = await admin.graphql('mutation ($input: AddActionCommentInput!) { addActionComment(input: $input) { comments { comment } } }', {
      input: { ref: '3-1.1.1', comment },
    });
    expect(response.errors).toBeUndefined();
    expect(JSON.stringify(response.data)).toContain(JSON.stringify(comment).slice(1, -1));
  });
});
