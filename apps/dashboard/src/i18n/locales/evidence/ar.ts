import { sameInEveryForm } from '../arabic-plurals';
import type { evidenceFr } from './fr';

export const evidenceAr: typeof evidenceFr = {
  title: 'ملفات الإثبات ({{count}})',
  none: 'لا يوجد ملف مرفق.',
  choose: 'إرفاق ملفات',
  hint: 'PDF أو Word أو Excel أو OpenDocument أو PNG أو JPEG (صورة من الهاتف) — يُتحقق من النوع من المحتوى.',
  ...sameInEveryForm('chosen', 'الملفات المختارة: {{count}}، تُرسل عند الحفظ'),
  attachToAction: 'إرفاق بالإجراء',
  sending: 'جارٍ إرسال {{name}}',
  sent: '{{name}}: أُرسل',
  refused: '{{name}}: مرفوض — {{reason}}',
  by: '{{name}}، {{date}}',
  size: '{{size}} ك.ب',
  download: 'تنزيل {{name}}',
  preview: 'معاينة {{name}}',
  withdraw: 'سحب',
  withdrawReason: 'سبب سحب {{name}}',
  confirmWithdraw: 'سحب الملف',
  cancel: 'إلغاء',
  withdrawn: 'سُحب في {{date}} من طرف {{name}}: {{reason}}',
  attachedTo: {
    STATUS_UPDATE: 'تحديث الحالة',
    COMMENT: 'تعليق',
    INDICATOR_VALUE: 'قيمة مؤشر',
    ACTION: 'الإجراء',
  },
};
