import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

export const selectOne = sql(`SELECT 1 AS one`, [], { one: t.int });
