import type { Messages } from './fr';

export const ar: Messages = {
  app: { name: 'PNQ Tracker', tagline: 'السياسة الوطنية للجودة — أفق 2035' },
  common: {
    loading: 'جارٍ التحميل…',
    notFound: 'هذه الصفحة غير موجودة.',
    skipToContent: 'الانتقال إلى المحتوى',
    showTable: 'عرض البيانات في جدول',
    retry: 'إعادة المحاولة',
    errorTitle: 'تعذّر تحميل البيانات',
  },
  language: { label: 'اللغة', fr: 'Français', ar: 'العربية', en: 'English' },
  "auth": {
    "title": "تسجيل الدخول",
    "intro": "سجّل الدخول لمتابعة السياسة الوطنية للجودة.",
    "email": "البريد الإلكتروني",
    "password": "كلمة المرور",
    "submit": "دخول",
    "signOut": "تسجيل الخروج",
    "demoHint": "للتجربة: admin@pnq.local أو viewer@pnq.local أو <الرمز>@pnq.local (مثلًا imanor@pnq.local)، كلمة المرور pnq-demo-2035.",
    "errors": {
      "INVALID_CREDENTIALS": "البريد الإلكتروني أو كلمة المرور غير صحيحة.",
      "LOGIN_THROTTLED": "محاولات فاشلة كثيرة. أعد المحاولة بعد بضع دقائق.",
      "BAD_USER_INPUT": "تحقّق من البريد الإلكتروني.",
      "OTHER": "تعذّر تسجيل الدخول. أعد المحاولة؛ وإن استمر الخلل فاتصل بكتابة المجلس."
    }
  },
  "roles": {
    "ADMIN": "الكتابة (مدير)",
    "EDITOR": "محرّر",
    "VIEWER": "قارئ"
  },
  "nav": {
    "label": "التنقل الرئيسي",
    "overview": "نظرة عامة",
    "plan": "الخطة"
  },
  "asOf": {
    "label": "الوضعية في",
    "today": "اليوم"
  },
  "health": {
    "done": "منجزة",
    "onTrack": "في الموعد",
    "atRisk": "معرّضة للتأخر",
    "overdue": "متأخرة",
    "cancelled": "ملغاة"
  },
  "overview": {
    "title": "تقدّم السياسة الوطنية للجودة في {{date}}",
    "kpis": "المؤشرات الرئيسية",
    "progressByPillar": "التقدّم حسب الركيزة (%)",
    "dueByYear": "الإجراءات حسب سنة الاستحقاق ووضعيتها",
    "overdueTitle": "الإجراءات المتأخرة ({{count}})",
    "noOverdue": "لا يوجد إجراء متأخر في هذا التاريخ.",
    "organisationsTitle": "الهيئات المسؤولة حسب التأخر والمخاطر",
    "neverUpdated": "أبدًا",
    "kpi": {
      "actions": "الإجراءات",
      "progress": "التقدّم",
      "completed": "منجزة",
      "inProgress": "قيد الإنجاز",
      "overdue": "متأخرة",
      "atRisk": "معرّضة للتأخر",
      "stale": "دون تحديث",
      "unscheduled": "أجل يجب تحديده"
    },
    "col": {
      "pillar": "الركيزة",
      "year": "السنة",
      "action": "الإجراء",
      "owners": "المسؤولون",
      "dueDate": "الأجل",
      "daysLate": "أيام التأخر",
      "lastUpdate": "آخر تحديث",
      "organisation": "الهيئة"
    }
  },
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
