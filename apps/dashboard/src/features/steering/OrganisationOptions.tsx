/** The organisations of the directory as options of a select (acronym — name). */
export function OrganisationOptions({ organisations }: { organisations: { key: string; acronym?: string | null; name: string }[] }) {
  return (
    <>
      {organisations.map((o) => (
        <option key={o.key} value={o.key}>
          {o.acronym ? `${o.acronym} — ${o.name}` : o.name}
        </option>
      ))}
    </>
  );
}
