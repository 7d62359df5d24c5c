import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

/** Every person's e-mail and name: what the public portal's leak scan looks for. */
export const selectPeopleTexts = sql(`SELECT email, name FROM app_user`, [], { email: t.text, name: t.text });
