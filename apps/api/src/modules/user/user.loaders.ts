import { defineLoader } from '../../common/request-loaders';
import { AuthorModel } from './author.model';
import { UserModel } from './user.model';
import { UserService } from './user.service';

export const USER_BY_ID = defineLoader('user by id', (service: UserService, ids: readonly number[]): Promise<(UserModel | undefined)[]> => service.byIds(ids));

/** What anyone may see of a person who entered something (name, organisation). */
export const AUTHOR_BY_ID = defineLoader('author by id', (service: UserService, ids: readonly number[]): Promise<(AuthorModel | undefined)[]> =>
  service.authorsByIds(ids),
);
