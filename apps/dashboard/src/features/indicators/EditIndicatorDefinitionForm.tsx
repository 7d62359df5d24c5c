import {
  INDICATOR_TARGET_YEAR_MAX,
  PLAN_FIRST_YEAR,
  validateIndicatorDefinition,
  type IndicatorDefinition,
  type IndicatorKind,
  type IndicatorTrajectory,
} from '@pnq/domain';
import { useTranslation } from 'react-i18next';
import { useUpdateIndicatorDefinitionMutation, type IndicatorFieldsFragment } from '../../generated/graphql';
import { FormProblems } from '../shared/FormProblems';
import { IndicatorFormPanel } from './IndicatorFormPanel';
import { useEditableDraft, useVersionedSave } from '../shared/useVersionedSave';

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
const numberOrNull = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));

/** The secretariat corrects an indicator's definition (kind, unit, baseline, target, year); same conflict handling as the other forms. */
export function EditIndicatorDefinitionForm({ indicator, onSaved }: { indicator: IndicatorFieldsFragment; onSaved: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { conflict, saved, setSaved, submitWith } = useVersionedSave(onSaved);
  const { draft, set } = useEditableDraft(
    {
      kind: indicator.kind,
      unit: indicator.unit ?? '',
      baseline: text(indicator.baseline),
      baselineDate: indicator.baselineDate ?? '',
      target: text(indicator.target),
      targetYear: text(indicator.targetYear),
      trajectory: indicator.trajectory as IndicatorTrajectory,
    },
    () => setSaved(false),
  );
  const [update, { loading, error, reset }] = useUpdateIndicatorDefinitionMutation();
  const quantitative = draft.kind === 'QUANTITATIVE';
  const definition: IndicatorDefinition = {
    kind: draft.kind,
    unit: quantitative ? draft.unit.trim() || null : null,
    baseline: quantitative ? numberOrNull(draft.baseline) : null,
    baselineDate: quantitative ? draft.baselineDate || null : null,
    target: quantitative ? numberOrNull(draft.target) : null,
    targetYear: quantitative ? numberOrNull(draft.targetYear) : null,
    trajectory: draft.trajectory,
  };
  const problems = validateIndicatorDefinition(definition);

  const submit = submitWith(problems.length > 0, reset, (conflictVersion) =>
    update({ variables: { input: { indicatorId: Number(indicator.id), ...definition, expectedVersion: conflictVersion ?? indicator.version } } }),
  );

  return (
    <IndicatorFormPanel title={t('indicators.define.title')} onSubmit={submit} conflict={conflict} saved={saved} savedText={t('indicators.define.saved')}>
      <div className="form-row">
        <label>
          {t('indicators.define.kind')}
          <select value={draft.kind} onChange={(e) => set('kind', e.target.value as IndicatorKind)}>
            <option value="MILESTONE">{t('indicators.kind.MILESTONE')}</option>
            <option value="QUANTITATIVE">{t('indicators.kind.QUANTITATIVE')}</option>
          </select>
        </label>
        {quantitative && (
          <>
            <label>
              {t('indicators.define.unit')}
              <input type="text" maxLength={60} value={draft.unit} onChange={(e) => set('unit', e.target.value)} />
            </label>
            <label>
              {t('indicators.define.trajectory')}
              <select value={draft.trajectory} onChange={(e) => set('trajectory', e.target.value as IndicatorTrajectory)}>
                <option value="LINEAR">{t('indicators.define.LINEAR')}</option>
                <option value="LEVEL">{t('indicators.define.LEVEL')}</option>
              </select>
            </label>
          </>
        )}
      </div>
      {quantitative && (
        <div className="form-row">
          <label>
            {t('indicators.baseline')}
            <input type="text" inputMode="decimal" value={draft.baseline} onChange={(e) => set('baseline', e.target.value)} />
          </label>
          <label>
            {t('indicators.define.baselineDate')}
            <input type="date" value={draft.baselineDate} onChange={(e) => set('baselineDate', e.target.value)} />
          </label>
          <label>
            {t('indicators.target')}
            <input type="text" inputMode="decimal" value={draft.target} onChange={(e) => set('target', e.target.value)} />
          </label>
          <label>
            {t('indicators.define.targetYear')}
            <input
              type="number"
              min={PLAN_FIRST_YEAR}
              max={INDICATOR_TARGET_YEAR_MAX}
              step={1}
              value={draft.targetYear}
              onChange={(e) => set('targetYear', e.target.value)}
            />
          </label>
        </div>
      )}
      <FormProblems show problems={problems.map((p) => ({ code: p.code, text: t('indicators.define.invalid', { detail: p.message }) }))} error={error} />
      <button type="submit" disabled={loading || problems.length > 0}>
        {t('indicators.define.submit')}
      </button>
    </IndicatorFormPanel>
  );
}
