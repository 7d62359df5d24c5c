export interface PillarCardProps {
  number: number;
  name: string;
  /** Already-translated labels, e.g. "10 axes". */
  facts: string[];
  heading: string;
}

/** One pillar of the plan, as a card. Props only: no data fetching here. */
export function PillarCard({ number, name, facts, heading }: PillarCardProps) {
  return (
    <article className="pillar-card" aria-labelledby={`pillar-${number}-name`} data-testid={`pillar-${number}`}>
      <p className="pillar-card__number">{heading}</p>
      <h3 id={`pillar-${number}-name`} className="pillar-card__name">
        {name}
      </h3>
      <ul className="pillar-card__facts">
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
    </article>
  );
}
