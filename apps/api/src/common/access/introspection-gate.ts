import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { canAdminister } from '@pnq/domain';
import { DocumentNode, GraphQLError, visit } from 'graphql';
import type { IntrospectionMode } from '../../config/app.config';
import type { AuthenticatedRequest } from './authenticated-request';

/** Whether a document asks for the schema itself (`__schema` or `__type`, anywhere; `__typename` is not introspection). */
export function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(field) {
      if (field.name.value === '__schema' || field.name.value === '__type') found = true;
    },
  });
  return found;
}

const refused = (code: 'INTROSPECTION_DISABLED' | 'UNAUTHENTICATED' | 'FORBIDDEN', message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: code === 'UNAUTHENTICATED' ? 401 : 403 } } });

/**
 * Introspection by setting (PNQ_GRAPHQL_INTROSPECTION): `everyone` (development default), `admins` (signed-in
 * admins only), `off` (production default). Checked once the operation is known, before anything runs; who is
 * signed in comes from the session middleware (`req.user`).
 */
export function introspectionGate(mode: IntrospectionMode): ApolloServerPlugin<{ req: AuthenticatedRequest }> {
  return {
    async requestDidStart() {
      if (mode === 'everyone') return;
      return {
        async didResolveOperation({ document, contextValue }: GraphQLRequestContextDidResolveOperation<{ req: AuthenticatedRequest }>) {
          if (!asksForSchema(document)) return;
          if (mode === 'off') throw refused('INTROSPECTION_DISABLED', 'This server does not describe its schema (introspection is off).');
          const user = contextValue.req.user;
          if (!user) throw refused('UNAUTHENTICATED', 'Sign in as an admin to read the schema.');
          if (!canAdminister(user)) throw refused('FORBIDDEN', 'Only the CSNCA secretariat (admins) can read the schema.');
        },
      };
    },
  };
}
