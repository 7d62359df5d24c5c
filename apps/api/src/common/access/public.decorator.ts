import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'pnq:isPublic';

/** Marks a route or resolver as reachable without a session (sign-in, health). Everything else needs one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
