// The one read served three ways in the same run: one pillar's actions in plan order, each with its owner
// organisations and its latest status and progress.

/** Our API (the explorer's query, narrowed to what the two others can also answer). */
export const OURS_QUERY = `query PillarActions($pillar: Int!) {
  actions(filter: { pillars: [$pillar] }) { ref title status progress owners { key name } }
}`;

/** PostGraphile 4 (generated names): pillar → axes → projects → actions, owners and the last update. */
export const POSTGRAPHILE_QUERY = `query PillarActions($pillar: Int!) {
  pillarByNumber(number: $pillar) {
    axisByPillarId(orderBy: NUMBER_ASC) { nodes {
      projectsByAxisId(orderBy: POSITION_ASC) { nodes {
        actionsByProjectId(orderBy: POSITION_ASC) { nodes {
          ref title
          actionOrganisationsByActionId(condition: { role: "OWNER" }, orderBy: POSITION_ASC) { nodes { organisationByOrganisationId { key name } } }
          actionStatusUpdatesByActionId(orderBy: [EFFECTIVE_DATE_DESC, VERSION_DESC], first: 1) { nodes { status progress } }
        } }
      } }
    } }
  }
}`;

/** The floor: one statement. */
export const PILLAR_ACTIONS_SQL = `
  SELECT a.ref, a.title, coalesce(s.status, 'NOT_STARTED') AS status, coalesce(s.progress, 0) AS progress,
         coalesce((SELECT json_agg(json_build_object('key', o.key, 'name', o.name) ORDER BY ao.position)
                     FROM action_organisation ao JOIN organisation o ON o.id = ao.organisation_id
                    WHERE ao.action_id = a.id AND ao.role = 'OWNER'), '[]') AS owners
    FROM pillar pi JOIN axis ax ON ax.pillar_id = pi.id JOIN project pr ON pr.axis_id = ax.id JOIN action a ON a.project_id = pr.id
    LEFT JOIN LATERAL (SELECT status, progress FROM action_status_update u
                        WHERE u.action_id = a.id AND u.effective_date <= current_date
                        ORDER BY u.effective_date DESC, u.version DESC LIMIT 1) s ON true
   WHERE pi.number = $1
   ORDER BY ax.number, pr.position, a.position`;
