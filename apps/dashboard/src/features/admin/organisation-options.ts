/** Organisations as choices in a select: real bodies only, by acronym then name, labelled "ACRONYM — Name". */
export interface OrganisationChoice {
  key: string;
  acronym?: string | null;
  name: string;
  isGeneric?: boolean;
}

export function organisationChoices<T extends OrganisationChoice>(organisations: readonly T[]): T[] {
  return organisations.filter((o) => !o.isGeneric).sort((a, b) => organisationLabel(a).localeCompare(organisationLabel(b), 'fr'));
}

export function organisationLabel(o: Pick<OrganisationChoice, 'acronym' | 'name'>): string {
  return o.acronym ? `${o.acronym} — ${o.name}` : o.name;
}
