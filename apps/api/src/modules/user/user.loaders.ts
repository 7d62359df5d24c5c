import { defineLoader } from '../../common/request-loaders';
import { UserModel } from './user.model';
import { UserService } from './user.service';

export const USER_BY_ID = defineLoader('user by id', (service: UserService, ids: readonly number[]): Promise<(UserModel | undefined)[]> => service.byIds(ids));
