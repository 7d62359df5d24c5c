/**
 * Every code a person or a client can receive from the API (GraphQL `extensions.code`, the file routes'
 * JSON `code`). One list for the API (which maps each code to an HTTP status, exhaustively) and the
 * dashboard (which words each code in the interface language). Adding a code here without mapping it
 * fails to compile.
 */
export const ERROR_CODES = [
  // Access
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'LOGIN_THROTTLED',
  'TOO_MANY_LOGINS',
  'FORBIDDEN',
  'INTROSPECTION_DISABLED',
  // Input
  'BAD_USER_INPUT',
  'MALFORMED_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_LARGE',
  'QUERY_TOO_COSTLY',
  'CROSS_SITE_REQUEST',
  'NOT_FOUND',
  // Plan, actions, organisations
  'PLAN_NOT_LOADED',
  'ACTION_NOT_FOUND',
  'ORGANISATION_NOT_FOUND',
  'ORGANISATION_REQUIRED',
  'ORGANISATION_KEY_TAKEN',
  'MERGE_SAME_ORGANISATION',
  // Tracking
  'VERSION_CONFLICT',
  'INVALID_PROGRESS',
  'COMMENT_REQUIRED',
  'REASON_REQUIRED',
  'INVALID_EFFECTIVE_DATE',
  'INVALID_MILESTONE_DATE',
  // Indicators
  'INDICATOR_NOT_FOUND',
  'NATIONAL_INDICATOR_NOT_FOUND',
  'INVALID_INDICATOR_VALUE',
  'INVALID_VALUE_DATE',
  'COMMENT_TOO_LONG',
  'SOURCE_TOO_LONG',
  'INVALID_EVIDENCE_URL',
  'INVALID_INDICATOR_DEFINITION',
  'INDICATOR_HAS_VALUES',
  'NATIONAL_VALUE_EXISTS',
  // Financing
  'INVALID_AMOUNT',
  'UNKNOWN_CURRENCY',
  'INVALID_FUNDING_LINE',
  'INVALID_REFERENCE_RATE',
  'REFERENCE_RATE_EXISTS',
  // Accounts
  'EMAIL_TAKEN',
  'USER_NOT_FOUND',
  'EDITOR_NEEDS_ORGANISATION',
  'LAST_ADMIN',
  'WEAK_PASSWORD',
  'LOCAL_PASSWORDS_DISABLED',
  'INVITATION_INVALID',
  'INVITATION_NOT_FOUND',
  'INVITATION_PENDING',
  'RESET_LINK_INVALID',
  'PASSWORD_RESET_THROTTLED',
  'SESSION_NOT_FOUND',
  // Machine clients
  'API_TOKEN_INVALID',
  'API_TOKEN_SCOPE',
  'API_TOKEN_NOT_FOUND',
  'INVALID_API_TOKEN_REQUEST',
  // Single sign-on
  'SSO_NOT_CONFIGURED',
  'SSO_FAILED',
  'SSO_EMAIL_NOT_VERIFIED',
  'SSO_DOMAIN_NOT_ALLOWED',
  'SSO_ACCOUNT_UNKNOWN',
  // Reminders and campaigns
  'CAMPAIGN_NOT_FOUND',
  'CAMPAIGN_DEADLINE_PAST',
  'NO_ACTIVE_EDITOR',
  // Reports
  'INVALID_REPORT_DATE',
  'TOO_MANY_REPORTS',
  'REPORT_TOO_LARGE',
  'REPORT_EDITION_EXISTS',
  'REPORT_EDITION_NOT_FOUND',
  'REPORT_YEAR_NOT_CLOSED',
  // Jobs (long work off the request path)
  'JOB_NOT_FOUND',
  'JOB_NOT_FINISHED',
  // Spreadsheets
  'FILE_REQUIRED',
  'FILE_TOO_LARGE',
  'NOT_A_SPREADSHEET',
  'NOT_AN_UPDATE_TEMPLATE',
  'WORKBOOK_TOO_LARGE',
  'TOO_MANY_ROWS',
  'IMPORT_CHANGED_SINCE_DRY_RUN',
  'DRY_RUN_REQUIRED',
  // Re-planning: revisions, requests, dependencies
  'INVALID_REVISION',
  'JUSTIFICATION_REQUIRED',
  'REVISION_REQUEST_NOT_FOUND',
  'REVISION_REQUEST_DECIDED',
  'REVISION_REQUEST_STALE',
  'DEPENDENCY_CYCLE',
  'DEPENDENCY_NOT_FOUND',
  // Seed
  'SEED_INVALID',
  // Server
  'SERVER_BUSY',
  'DATABASE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  // Steering sessions and decisions (issue 18)
  'STEERING_SESSION_NOT_FOUND',
  'INVALID_SESSION',
  'DECISION_NOT_FOUND',
  'INVALID_DECISION',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The codes a rule of this library can give (each is also an ErrorCode). */
export type StatusUpdateViolationCode = Extract<
  ErrorCode,
  'INVALID_PROGRESS' | 'COMMENT_REQUIRED' | 'REASON_REQUIRED' | 'INVALID_EFFECTIVE_DATE' | 'INVALID_MILESTONE_DATE' | 'INVALID_EVIDENCE_URL'
>;
export type IndicatorViolationCode = Extract<
  ErrorCode,
  'INVALID_INDICATOR_VALUE' | 'INVALID_VALUE_DATE' | 'COMMENT_TOO_LONG' | 'SOURCE_TOO_LONG' | 'INVALID_EVIDENCE_URL' | 'INVALID_INDICATOR_DEFINITION'
>;
export type FinancingViolationCode = Extract<ErrorCode, 'INVALID_AMOUNT' | 'UNKNOWN_CURRENCY' | 'INVALID_FUNDING_LINE'>;

export type RevisionViolationCode = Extract<ErrorCode, 'INVALID_REVISION' | 'JUSTIFICATION_REQUIRED'>;

export type SteeringViolationCode = Extract<ErrorCode, 'INVALID_SESSION' | 'INVALID_DECISION'>;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
