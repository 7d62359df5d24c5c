import type { evidenceFr } from './fr';

export const evidenceEn: typeof evidenceFr = {
  title: 'Evidence files ({{count}})',
  none: 'No file attached.',
  choose: 'Attach files',
  hint: 'PDF, Word, Excel, OpenDocument, PNG or JPEG (a phone photo) — the type is checked on the content.',
  chosen_one: '{{count}} file chosen, sent when you save',
  chosen_other: '{{count}} files chosen, sent when you save',
  attachToAction: 'Attach to the action',
  sending: 'Sending {{name}}',
  sent: '{{name}}: sent',
  refused: '{{name}}: refused — {{reason}}',
  by: '{{name}}, {{date}}',
  size: '{{size}} KB',
  download: 'Download {{name}}',
  preview: 'Preview of {{name}}',
  withdraw: 'Withdraw',
  withdrawReason: 'Why withdraw {{name}}',
  confirmWithdraw: 'Withdraw the file',
  cancel: 'Cancel',
  withdrawn: 'Withdrawn on {{date}} by {{name}}: {{reason}}',
  attachedTo: {
    STATUS_UPDATE: 'status update',
    COMMENT: 'comment',
    INDICATOR_VALUE: 'indicator value',
    ACTION: 'action',
  },
};
