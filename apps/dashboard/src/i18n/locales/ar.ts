import type { Messages } from './fr';

export const ar: Messages = {
  app: { name: 'PNQ Tracker', tagline: 'السياسة الوطنية للجودة — أفق 2035' },
  common: {
    loading: 'جارٍ التحميل…',
    notFound: 'هذه الصفحة غير موجودة.',
    skipToContent: 'الانتقال إلى المحتوى',
    retry: 'إعادة المحاولة',
    errorTitle: 'تعذّر تحميل البيانات',
  },
  language: { label: 'اللغة', fr: 'Français', ar: 'العربية', en: 'English' },
  plan: {
    title: 'خطة العمل',
    summary: '{{pillars}} ركائز، {{axes}} محور تطوير، {{projects}} مشروعًا، {{actions}} إجراءً رئيسيًا',
    pillarsHeading: 'الركائز',
    pillar: 'الركيزة {{number}}',
    axes: '{{count}} محاور',
    projects: '{{count}} مشاريع',
    actions: '{{count}} إجراءات',
    statedAxes: 'يذكر النص {{stated}} محورًا؛ وتعدّ جداوله {{listed}}.',
  },
};
