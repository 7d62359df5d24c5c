import type { FundingStatus } from '../financing/funding-status';
import type { ActionStatus, Health } from '../tracking/action-status';

/** Status, health and funding-status names in Arabic and English, as the dashboard and the report's translations say them (French: labels-fr.ts, funding-status.ts). */
export const STATUS_LABELS_AR: Record<ActionStatus, string> = {
  NOT_STARTED: 'لم يبدأ',
  IN_PROGRESS: 'قيد الإنجاز',
  COMPLETED: 'منجز',
  BLOCKED: 'متوقف',
  CANCELLED: 'ملغى',
};

export const STATUS_LABELS_EN: Record<ActionStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  BLOCKED: 'Blocked',
  CANCELLED: 'Cancelled',
};

export const HEALTH_LABELS_AR: Record<Health, string> = {
  DONE: 'منجز',
  CANCELLED: 'ملغى',
  OVERDUE: 'متأخر',
  AT_RISK: 'معرّض للتأخر',
  ON_TRACK: 'في الموعد',
  STALE: 'دون تحديث',
  UNSCHEDULED: 'أجل يجب تحديده',
};

export const HEALTH_LABELS_EN: Record<Health, string> = {
  DONE: 'Done',
  CANCELLED: 'Cancelled',
  OVERDUE: 'Overdue',
  AT_RISK: 'At risk',
  ON_TRACK: 'On track',
  STALE: 'Stale',
  UNSCHEDULED: 'Deadline to set',
};

export const FUNDING_STATUS_LABELS_AR: Record<FundingStatus, string> = {
  NOT_NEEDED: 'لا يتطلب تمويلا خاصا',
  NOT_YET_SOUGHT: 'لم يتم البحث عن التمويل بعد',
  SOUGHT: 'التمويل قيد البحث',
  PARTLY_SECURED: 'التمويل مضمون جزئيا',
  SECURED: 'التمويل مضمون',
};

export const FUNDING_STATUS_LABELS_EN: Record<FundingStatus, string> = {
  NOT_NEEDED: 'No specific funding needed',
  NOT_YET_SOUGHT: 'Funding not yet sought',
  SOUGHT: 'Funding sought',
  PARTLY_SECURED: 'Funding partly secured',
  SECURED: 'Funding secured',
};
