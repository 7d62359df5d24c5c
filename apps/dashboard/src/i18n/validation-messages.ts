type Translate = (key: string, options?: Record<string, unknown>) => string;
type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isField = (target: EventTarget | null): target is Field =>
  target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;

/** The sentence for what the browser found wrong with a field, in the interface language ('' when nothing). */
export function validationMessage(field: Field, t: Translate): string {
  const v = field.validity;
  if (v.valid) return '';
  if (v.valueMissing) return t('ux.validation.required');
  if (v.typeMismatch) return t('ux.validation.address');
  if ((v.rangeUnderflow || v.rangeOverflow) && 'min' in field && field.min && field.max) return t('ux.validation.range', { min: field.min, max: field.max });
  if (v.tooShort && 'minLength' in field) return t('ux.validation.tooShort', { min: field.minLength });
  return t('ux.validation.invalid');
}

/**
 * The browser's own validation bubbles speak the browser's language (often English): every field of every form
 * gets its message in the interface language instead, set when the browser finds it invalid and cleared as
 * soon as the person changes it.
 */
export function installValidationMessages(doc: Document, t: Translate): void {
  doc.addEventListener(
    'invalid',
    (event) => {
      if (!isField(event.target)) return;
      event.target.setCustomValidity('');
      event.target.setCustomValidity(validationMessage(event.target, t));
    },
    true,
  );
  const clear = (event: Event) => isField(event.target) && event.target.setCustomValidity('');
  doc.addEventListener('input', clear, true);
  doc.addEventListener('change', clear, true);
}
