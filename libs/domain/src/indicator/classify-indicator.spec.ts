import { describe, expect, it } from 'vitest';
import { classifyIndicator, IndicatorClassification } from './classify-indicator';

describe('classifyIndicator', () => {
  it.each<[string, IndicatorClassification]>([
    ['Décret et arrêté adoptés', 'MILESTONE'],
    ['Stratégie nationale validée', 'MILESTONE'],
    ['Mécanisme mis en place et opérationnel', 'MILESTONE'],
    ['Solution informatique opérationnelle', 'MILESTONE'],
    ['Approbation du projet de loi par le Gouvernement', 'MILESTONE'],
    ['Signature de conventions entre le MIC et les fédérations afférent à la plasturgie', 'MILESTONE'],
    ['Rapport de benchmark élaboré', 'MILESTONE'],
    ['Nombre de normes marocaines intégrant les volets Durabilité et Empreinte écologique', 'QUANTITATIVE'],
    ['Nombres d’actions de sensibilisation réalisées et PVs disponibles', 'QUANTITATIVE'],
    ['Nombre de Nombre de séminaires et d’ateliers organisés', 'QUANTITATIVE'],
    ['% de PME/TPE et des coopératives certifiées', 'QUANTITATIVE'],
    ['Taux de réponse supérieur à 70%', 'QUANTITATIVE'],
    ['1000 entités sensibilisées et formées (2023 – 2035)', 'QUANTITATIVE'],
    ['10 personnes', 'QUANTITATIVE'],
    ['Minimum de 3 évaluateurs par domaine technique', 'QUANTITATIVE'],
    ['Normes identifiés / secteur', 'QUANTITATIVE'],
    ['Un indicateur par action à déterminer', 'AMBIGUOUS'],
    ['Niveau de diffusion du guide', 'AMBIGUOUS'],
    ['Cartographie annuelle des taux de participation', 'AMBIGUOUS'],
    ['Effectif adéquat pour le fonctionnement de l’entité chargé de l’accréditation', 'AMBIGUOUS'],
    ['Normes homologuées', 'AMBIGUOUS'],
  ])('classifies %j as %s', (label, classification) => {
    expect(classifyIndicator(label).classification).toBe(classification);
  });

  it.each<
    [
      string,
      { unit: string | null; target: number | null; targetYear: number | null; baseline: number | null; baselineDate: string | null; trajectory: string },
    ]
  >([
    [
      '1000 entités sensibilisées et formées (2023 – 2035)',
      { unit: 'entités', target: 1000, targetYear: 2035, baseline: 0, baselineDate: '2023-01-01', trajectory: 'LINEAR' },
    ],
    ['10 personnes', { unit: 'personnes', target: 10, targetYear: null, baseline: null, baselineDate: null, trajectory: 'LINEAR' }],
    [
      'Minimum de 3 évaluateurs par domaine technique',
      { unit: 'évaluateurs', target: 3, targetYear: null, baseline: null, baselineDate: null, trajectory: 'LINEAR' },
    ],
    ['2 à 3 sessions organisées par an', { unit: 'sessions/an', target: 2, targetYear: null, baseline: null, baselineDate: null, trajectory: 'LEVEL' }],
    ['Nombre de guides élaborés par an : 2', { unit: 'guides/an', target: 2, targetYear: null, baseline: null, baselineDate: null, trajectory: 'LEVEL' }],
    ['Taux de réponse supérieur à 80 %', { unit: '%', target: 80, targetYear: null, baseline: null, baselineDate: null, trajectory: 'LEVEL' }],
    [
      'Nombre d’accréditation OEC agrées/nb total d’accréditation',
      { unit: '%', target: null, targetYear: null, baseline: null, baselineDate: null, trajectory: 'LEVEL' },
    ],
    ['Nombre de conventions signées', { unit: 'conventions', target: null, targetYear: null, baseline: null, baselineDate: null, trajectory: 'LINEAR' }],
    [
      'Nombre de réunions de concertation tenues par an',
      { unit: 'réunions/an', target: null, targetYear: null, baseline: null, baselineDate: null, trajectory: 'LEVEL' },
    ],
    [
      'Nombre de Nombre de séminaires et d’ateliers organisés',
      { unit: 'séminaires', target: null, targetYear: null, baseline: null, baselineDate: null, trajectory: 'LINEAR' },
    ],
  ])('reads in %j what its text states', (label, expected) => {
    const { classification, rule, ...extracted } = classifyIndicator(label);
    expect(classification).toBe('QUANTITATIVE');
    expect(rule).not.toBe('');
    expect(extracted).toEqual(expected);
  });

  it('states no target for a milestone', () => {
    expect(classifyIndicator('8 commissions instituées')).toMatchObject({ classification: 'QUANTITATIVE', target: 8, unit: 'commissions' });
    expect(classifyIndicator('Plans d’actions établis')).toMatchObject({ classification: 'MILESTONE', target: null, unit: null });
  });
});
