import { DEFAULT_LANGUAGE, FORMAT_LOCALES, isLanguage } from '@pnq/domain';
import { useTranslation } from 'react-i18next';
import { formatAmount, formatMoney } from './money-format';

/** Exact amounts formatted for the interface language. */
export function useMoney() {
  const { i18n } = useTranslation();
  const locale = FORMAT_LOCALES[isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE];
  return {
    amount: (decimal: string) => formatAmount(decimal, locale),
    money: (decimal: string, currency = 'MAD') => formatMoney(decimal, currency, locale),
  };
}
