/**
 * SQL of an action's owners (or partners) in force on a date, as organisation ids in order: the latest
 * action_parties_in_force row of that role effective by the date (a PARTIES revision of the plan), else the adopted
 * parties (action_organisation, as printed). This module's statements use it, and the snapshot read model, which reads
 * the parties with the plan in one statement (docs/architecture.md, "Tables by owner"). `action` is the action table's
 * alias, `date` the date's parameter (e.g. `$6`).
 */
export function partiesInForceSql(action: string, role: 'OWNER' | 'PARTNER', date: string): string {
  const column = role === 'OWNER' ? 'owner_ids' : 'partner_ids';
  return `coalesce(
      (SELECT c.${column} FROM action_parties_in_force c
        WHERE c.action_id = ${action}.id AND c.${column} IS NOT NULL AND c.effective_date <= ${date}::date
        ORDER BY c.effective_date DESC, c.revision_id DESC LIMIT 1),
      (SELECT coalesce(array_agg(ao.organisation_id ORDER BY ao.position), '{}') FROM action_organisation ao
        WHERE ao.action_id = ${action}.id AND ao.role = '${role}'))`;
}
