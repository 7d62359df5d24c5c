import { defineLoader } from '../../common/request-loaders';
import { AuthorModel } from './author.model';
import { UserModel } from './user.model';
import { UserService } from './user.service';

export const USER_BY_ID = defineLoader('user by id', (service: UserService, ids: readonly number[]): Promise<(UserModel | undefined)[]> => service.byIds(ids));

/** Active editor accounts of each organisation (0 for none): who can record what it follows up. */
export const ACTIVE_EDITORS_BY_ORGANISATION = defineLoader(
  'active editors by organisation',
  async (service: UserService, ids: readonly number[]): Promise<number[]> => {
    const counts = await service.activeEditorCounts();
    return ids.map((id) => counts.get(id) ?? 0);
  },
);

/** What anyone may see of a person who entered something (name, organisation). */
export const AUTHOR_BY_ID = defineLoader('author by id', (service: UserService, ids: readonly number[]): Promise<(AuthorModel | undefined)[]> =>
  service.authorsByIds(ids),
);
