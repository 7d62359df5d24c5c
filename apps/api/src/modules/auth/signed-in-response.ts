import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { HttpContext } from '../../common/access/authenticated-request';
import { toUserModel } from '../user/user.service';
import { LoginResultModel } from './auth.model';
import { writeSessionCookie } from './session-cookie';

/** A session just opened (sign-in, accepted invitation, password reset, single sign-on). */
export interface OpenedSession {
  token: string;
  user: AuthenticatedUser;
  expiresAt: Date;
}

/** Sends the new session's cookie and makes the rest of this request see the person signed in. */
export function completeSignIn({ req, res }: HttpContext, session: OpenedSession, secureCookies: boolean): LoginResultModel {
  writeSessionCookie(res, session.token, session.expiresAt, { secure: secureCookies });
  req.user = session.user;
  return Object.assign(new LoginResultModel(), { user: toUserModel(session.user), expiresAt: session.expiresAt });
}

/** The browser's User-Agent, as a session keeps it. */
export const userAgentOf = ({ req }: HttpContext): string | null => req.headers['user-agent'] ?? null;
