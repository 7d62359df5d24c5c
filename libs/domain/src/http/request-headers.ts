/**
 * The header every state-changing request to a file route (POST /imports/template) must carry, as the dashboard
 * does. A page of another site cannot add it to a form post, and a script of another site cannot send it without a
 * CORS preflight that this server never grants: with the Origin check, it stops cross-site request forgery.
 * (GraphQL has the same protection from Apollo's csrfPrevention.)
 */
export const CSRF_HEADER = 'x-pnq-csrf';
export const CSRF_HEADER_VALUE = '1';
