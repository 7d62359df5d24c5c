import { AmountSeparators, FORMAT_LOCALES, formatExactAmount, FRENCH_AMOUNT_SEPARATORS, Language, textDirection } from '@pnq/domain';
import { formatChange, formatDate, formatNumber } from '../report-labels';
import { REPORT_WORDS_AR } from './ar';
import { REPORT_WORDS_EN } from './en';
import { REPORT_WORDS_FR, ReportWords } from './fr';

/** How an edition writes numbers, percentages, dates, exact amounts and changes. */
export interface ReportFormats {
  number: (value: number) => string;
  percent: (value: number | null) => string;
  date: (date: string | null) => string;
  /** An exact amount ("1140000.50") with the language's separators; no floating point. */
  amount: (decimal: string) => string;
  change: (value: number | null, previous: number | null, unit: 'count' | 'percent') => string;
}

/** Everything an edition of the report needs to write itself: its words, its formats and its direction. */
export interface ReportText {
  language: Language;
  direction: 'ltr' | 'rtl';
  w: ReportWords;
  f: ReportFormats;
}

/** Thousands and decimal separators of each edition (the dashboard's locales: fr-MA, ar-MA with Latin digits, en-GB). */
const SEPARATORS: Record<Language, AmountSeparators> = {
  fr: FRENCH_AMOUNT_SEPARATORS,
  ar: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

function amountFormat(language: Language) {
  return (decimal: string) => formatExactAmount(decimal, SEPARATORS[language]);
}

function formats(language: Language): ReportFormats {
  if (language === 'fr')
    return {
      number: formatNumber,
      percent: (v) => (v === null ? '—' : `${formatNumber(v)} %`),
      date: formatDate,
      amount: amountFormat('fr'),
      change: formatChange,
    };
  const numberFormat = new Intl.NumberFormat(FORMAT_LOCALES[language], { maximumFractionDigits: 1 });
  const dateFormat = new Intl.DateTimeFormat(FORMAT_LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
    numberingSystem: 'latn',
  });
  const number = (value: number) => numberFormat.format(value).replace(/\u202f|\u00a0/g, ' ');
  return {
    number,
    percent: (value) => (value === null ? '—' : language === 'en' ? `${number(value)}%` : `${number(value)} %`),
    date: (date) => (date ? dateFormat.format(new Date(`${date}T00:00:00Z`)) : '—'),
    amount: amountFormat(language),
    change: (value, previous, unit) => {
      if (value === null || previous === null) return '—';
      const delta = Math.round((value - previous) * 10) / 10;
      if (delta === 0) return '=';
      return `${delta > 0 ? '+' : '−'}${number(Math.abs(delta))}${unit === 'percent' ? ' pt' : ''}`;
    },
  };
}

const WORDS: Record<Language, ReportWords> = { fr: REPORT_WORDS_FR, en: REPORT_WORDS_EN, ar: REPORT_WORDS_AR };

/** The edition of the report in a language; French (the plan's language, and the official edition's) by default. */
export function reportText(language: Language = 'fr'): ReportText {
  return { language, direction: textDirection(language), w: WORDS[language], f: formats(language) };
}
