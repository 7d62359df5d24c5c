import { isErrorCode } from '@pnq/domain';
import type { TFunction } from 'i18next';

interface GraphQLErrorLike {
  extensions?: Record<string, unknown>;
}
interface ApolloErrorLike {
  graphQLErrors?: readonly GraphQLErrorLike[];
  networkError?: (Error & { result?: unknown; statusCode?: number }) | null;
}

/** The code an error carries: a GraphQL error's extensions.code, a file route's `code`, or one inside a refused HTTP answer. */
export function errorCode(error: unknown): string | null {
  if (!error || typeof error !== 'object') return null;
  const apollo = error as ApolloErrorLike & { code?: unknown };
  const fromGraphQL = apollo.graphQLErrors?.[0]?.extensions?.code;
  if (typeof fromGraphQL === 'string') return fromGraphQL;
  const result = apollo.networkError?.result as { errors?: GraphQLErrorLike[] } | undefined;
  const fromHttp = result?.errors?.[0]?.extensions?.code;
  if (typeof fromHttp === 'string') return fromHttp;
  return typeof apollo.code === 'string' ? apollo.code : null;
}

/**
 * What to tell a person about an error, always in the interface language: by its code (`errors.<CODE>`, or a
 * screen's own table first), "the server cannot be reached" when nothing answered, else a general sentence —
 * never the server's or the browser's English.
 */
export function errorText(t: TFunction, error: unknown, ownTable?: string): string {
  const code = errorCode(error);
  if (code && ownTable && t(`${ownTable}.${code}`, { defaultValue: '' })) return t(`${ownTable}.${code}`);
  if (code && isErrorCode(code)) return t(`errors.${code}`, { defaultValue: t('ux.errors.unknown') });
  const apollo = error as ApolloErrorLike | null;
  if (error instanceof TypeError || (apollo?.networkError && !code)) return t('ux.errors.network');
  return t('ux.errors.unknown');
}
