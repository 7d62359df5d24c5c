import { normaliseForComparison } from '../text/normalise-text';
import { DEFAULT_INDICATOR_TRAJECTORY, IndicatorKind, IndicatorTrajectory } from './indicator-definition';

export type IndicatorClassification = IndicatorKind | 'AMBIGUOUS';

/** What the rules read in a printed indicator: its kind, and the unit/target/year/baseline the text states. */
export interface ClassifiedIndicator {
  classification: IndicatorClassification;
  /** The rule that decided, for reviewers (e.g. "starts with « Nombre de »"). */
  rule: string;
  unit: string | null;
  target: number | null;
  targetYear: number | null;
  baseline: number | null;
  baselineDate: string | null;
  trajectory: IndicatorTrajectory;
}

interface Rule {
  name: string;
  test: RegExp;
}

/** Counted things: "Nombre de …", "% de …", "Taux de …", a number first ("1000 entités …", "10 personnes"), "Minimum de 3 …". */
const QUANTITATIVE_RULES: Rule[] = [
  { name: 'starts with « Nombre de »', test: /^(nombres? d|nb )/ },
  { name: 'starts with « % »', test: /^%/ },
  { name: 'starts with « Taux »', test: /^taux / },
  { name: 'starts with a number', test: /^\d/ },
  { name: 'states a minimum number', test: /^minimum de \d/ },
  { name: 'a count per unit (« … / secteur »)', test: /^\S+ \S+ \/ \S+$/ },
];

/**
 * Read as not to be counted although a count rule matches, or too vague to measure: left for a person.
 * Each has its reason; the list is short on purpose.
 */
const AMBIGUOUS_RULES: Rule[] = [
  { name: 'a target left « à déterminer »', test: /a determiner/ },
  { name: 'a level without a scale (« Niveau de … »)', test: /^niveau d/ },
  { name: 'a map of rates, not one figure', test: /^cartographie .*taux/ },
  { name: 'an adequate headcount without a number', test: /^effectif adequat/ },
];

/** Done-or-not results: a past participle ("adopté", "validé", "mis en place", …) or the noun of an act ("Approbation …"). */
const MILESTONE_RULES: Rule[] = [
  {
    name: 'states a result as done (past participle)',
    test: /\b(adopte|valide|etabli|(?:mise?s?) en (place|oeuvre|œuvre)|elabore|realise|signe|institue|revue?|revise|publie|identifie|diffuse|creee?|operationnel|operationnelle|parvenu|elargi|finalise|organise|approuve|developpe|defini|communique|digitalise|accredite|designe|constitue|elu|lance|exploite|obtenu|tenue?|evalue|ameliore|promu|prevu|satisfait|(?:mise?s?) a (disposition|jour)|disponibles?|en vigueur|renforce|implique|associe|optimise|echange|saisi|integre|actualise|suivi|au point|forme|certifie|recense|accompagne|etudie|quete|choisi|exploite)e?s?\b/,
  },
  {
    name: 'names an act or a deliverable (« Approbation … », « Rapport … »)',
    test: /^(approbation|mise a disposition|signature|achevement|deploiement|informatisation|adhesion|obligation|dispositions? prevues?|rapport|resultat|edition|representation|publications?|certificats|enregistrements|plateforme|cellule|reunions|avoir|lister|respect|evenements)\b/,
  },
];

/**
 * Classifies one printed indicator of the PNQ and extracts what its text states.
 * Order: an explicit "ambiguous" reason, then counts, then milestones; anything else is AMBIGUOUS.
 */
export function classifyIndicator(label: string): ClassifiedIndicator {
  const text = normaliseForComparison(label).replace(/^(nombres? de )+(nombres? d)/, '$2');
  const base: Omit<ClassifiedIndicator, 'classification' | 'rule'> = {
    unit: null,
    target: null,
    targetYear: null,
    baseline: null,
    baselineDate: null,
    trajectory: DEFAULT_INDICATOR_TRAJECTORY,
  };
  const ambiguous = AMBIGUOUS_RULES.find((rule) => rule.test.test(text));
  if (ambiguous) return { ...base, classification: 'AMBIGUOUS', rule: ambiguous.name };
  const quantitative = QUANTITATIVE_RULES.find((rule) => rule.test.test(text));
  if (quantitative) return { ...base, ...extractQuantity(label, text), classification: 'QUANTITATIVE', rule: quantitative.name };
  const milestone = MILESTONE_RULES.find((rule) => rule.test.test(text));
  if (milestone) return { ...base, classification: 'MILESTONE', rule: milestone.name };
  return { ...base, classification: 'AMBIGUOUS', rule: 'no rule matched' };
}

/** A rate: "% de …", "Taux …", or a count over a total ("… agrées/nb total d’accréditation"). */
const PERCENT = /^(%|taux)|\/ ?nb total/;
const PER_YEAR = /par an\b/;

/** Unit, target, target year, baseline and trajectory, where the (normalised) text states them. */
function extractQuantity(label: string, text: string): Omit<ClassifiedIndicator, 'classification' | 'rule'> {
  const perYear = PER_YEAR.test(text);
  const percent = PERCENT.test(text);
  const trajectory: IndicatorTrajectory = perYear || percent ? 'LEVEL' : DEFAULT_INDICATOR_TRAJECTORY;
  const result = {
    unit: unitOf(label, text, percent, perYear),
    target: null as number | null,
    targetYear: null as number | null,
    baseline: null as number | null,
    baselineDate: null as string | null,
    trajectory,
  };

  const leading = text.match(/^(?:minimum de )?(\d[\d  ]*)(?: a (\d+))?\s/);
  const trailing = text.match(/: ?(\d+)$/);
  const threshold = text.match(/(?:superieur|au moins) a (\d+) ?%/);
  const number = leading?.[1] ?? trailing?.[1] ?? threshold?.[1];
  if (number) result.target = Number(number.replace(/\s/g, ''));

  const period = text.match(/\((20\d\d) ?[-–] ?(20\d\d)\)/);
  if (period) {
    result.targetYear = Number(period[2]);
    result.baseline = 0;
    result.baselineDate = `${period[1]}-01-01`;
  }
  return result;
}

/** "Nombre de conventions signées" → "conventions"; "% de …" / "Taux …" → "%"; "… par an" → "…/an"; "10 personnes" → "personnes". */
function unitOf(label: string, text: string, percent: boolean, perYear: boolean): string {
  if (percent) return '%';
  const original = normaliseForDisplay(label).replace(/^(Nombres? de )+(?=Nombres? d)/i, '');
  let noun: string | undefined;
  const counted = original.match(/^(?:Nombres? d[e’'] ?|Nb )(?:nouveaux |nouvelles )?([^\s]+)/i);
  if (counted) noun = counted[1];
  const leading = original.match(/^(?:Minimum de )?\d[\d  ]*(?: à \d+)? ([^\s]+)/i);
  if (!noun && leading) noun = leading[1];
  if (!noun) noun = original.split(' ')[0];
  noun = noun.replace(/[,:;]$/, '').toLowerCase();
  return perYear && !text.includes('/an') ? `${noun}/an` : noun;
}

function normaliseForDisplay(label: string): string {
  return label.replace(/\s+/g, ' ').trim();
}
