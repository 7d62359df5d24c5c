import { OverdueActionModel, OverdueGroupModel, OverdueGrouping } from './dashboard.model';

/** An overdue action with who owns it (organisation ids), as the overview's groups need it. */
export interface OwnedOverdueAction {
  action: OverdueActionModel;
  ownerIds: readonly number[];
}

interface Owner {
  id: number;
  key: string;
  name: string;
  acronym: string | null;
}

const group = (key: string, name: string | null, acronym: string | null, actions: OverdueActionModel[]): OverdueGroupModel =>
  Object.assign(new OverdueGroupModel(), { key, name, acronym, count: actions.length, actions });

/**
 * The overdue actions (already most late first) grouped by owner organisation — the most overdue first, an action with
 * two owners under each, those with no owner last under the key '' — or by pillar, in plan order. Empty groups are left out.
 */
export function groupOverdue(
  rows: readonly OwnedOverdueAction[],
  pillars: readonly { number: number; name: string }[],
  organisations: readonly Owner[],
): Record<OverdueGrouping, OverdueGroupModel[]> {
  const byPillar = pillars
    .map((pillar) =>
      group(
        String(pillar.number),
        pillar.name,
        null,
        rows.filter((row) => row.action.pillarNumber === pillar.number).map((row) => row.action),
      ),
    )
    .filter((g) => g.count > 0);
  const byOrganisation = organisations
    .map((o) =>
      group(
        o.key,
        o.name,
        o.acronym,
        rows.filter((row) => row.ownerIds.includes(o.id)).map((row) => row.action),
      ),
    )
    .filter((g) => g.count > 0)
    .sort((a, b) => b.count - a.count || (a.acronym ?? a.name ?? '').localeCompare(b.acronym ?? b.name ?? '', 'fr'));
  const ownerless = rows.filter((row) => row.ownerIds.length === 0).map((row) => row.action);
  if (ownerless.length) byOrganisation.push(group('', null, null, ownerless));
  return { PILLAR: byPillar, ORGANISATION: byOrganisation };
}
