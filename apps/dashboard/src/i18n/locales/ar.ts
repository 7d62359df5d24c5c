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
    "myActions": "إجراءاتي",
    "explorer": "استكشاف",
    "timeline": "الجدول الزمني",
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
  "status": {
    "NOT_STARTED": "لم يبدأ",
    "IN_PROGRESS": "قيد الإنجاز",
    "COMPLETED": "منجز",
    "BLOCKED": "متوقف",
    "CANCELLED": "ملغى"
  },
  "healthValue": {
    "DONE": "منجز",
    "CANCELLED": "ملغى",
    "OVERDUE": "متأخر",
    "AT_RISK": "معرّض للتأخر",
    "ON_TRACK": "في الموعد",
    "STALE": "دون تحديث",
    "UNSCHEDULED": "أجل يجب تحديده"
  },
  "healthReason": {
    "COMPLETED": "إجراء منجز.",
    "CANCELLED": "إجراء ملغى.",
    "NO_DEADLINE": "لا يوجد أجل: على الكتابة تحديده.",
    "PAST_DUE_DATE": "تجاوز الأجل بـ {{days}} يوم.",
    "BEHIND_SCHEDULE": "الأجل بعد {{days}} يوم والتقدّم دون {{expected}} % المنتظرة.",
    "BLOCKED_NEAR_DUE_DATE": "متوقف قبل الأجل بـ {{days}} يوم.",
    "WITHIN_SCHEDULE": "في الموعد (الأجل بعد {{days}} يوم).",
    "NO_UPDATE_IN_12_MONTHS": "إجراء مستمر دون تحديث منذ 12 شهرًا.",
    "NO_UPDATE_FOR_PREVIOUS_YEAR": "إجراء سنوي دون تحديث للسنة الماضية.",
    "RECENTLY_UPDATED": "إجراء دوري محيَّن.",
    "NOT_STARTED_YET": "لم يبدأ بعد."
  },
  "deadlineKind": {
    "YEAR": "سنة",
    "RANGE": "فترة",
    "FROM_YEAR": "ابتداءً من",
    "CONTINUOUS": "مستمر",
    "ANNUAL": "سنوي",
    "TBD": "يُحدَّد لاحقًا"
  },
  "action": {
    "notFound": "لا يوجد إجراء « {{ref}} ». تحقّق من المرجع (مثلًا 1-2.1.1).",
    "axis": "المحور {{number}}",
    "project": "المشروع {{code}}",
    "deadline": "الأجل",
    "noDeadline": "غير محدد",
    "dueDate": "تاريخ الاستحقاق",
    "owners": "المسؤولون",
    "partners": "الشركاء",
    "indicators": "النتائج المنتظرة / المؤشرات",
    "subActions": "إجراءات فرعية",
    "source": "المصدر",
    "sourceLines": "السياسة الوطنية للجودة، الأسطر {{from}}–{{to}}",
    "printedAs": "مطبوع « {{code}} »",
    "readOnly": "يمكنك الاطلاع على هذا الإجراء؛ لا يحيّنه إلا الهيئات المسؤولة عنه والكتابة.",
    "history": "السجل ({{count}})",
    "noHistory": "لا يوجد تحديث بعد.",
    "enteredBy": "أدخله {{name}} في {{date}}",
    "update": {
      "title": "تحيين",
      "status": "الحالة",
      "progress": "التقدّم (%)",
      "effectiveDate": "تاريخ السريان",
      "comment": "تعليق (ما الذي تغيّر)",
      "reason": "السبب (إلزامي)",
      "evidence": "روابط الإثبات (رابط في كل سطر)",
      "submit": "حفظ التحيين",
      "retry": "حفظ ما أدخلته على النسخة الجديدة",
      "saved": "تم حفظ التحيين.",
      "conflictTitle": "قام شخص آخر بتحيين هذا الإجراء في الأثناء.",
      "conflictBody": "لم يُحفظ شيء. يعرض السجل أدناه آخر تحيين (النسخة {{version}})؛ ما أدخلته محفوظ: راجعه ثم احفظ من جديد.",
      "errors": {
        "INVALID_PROGRESS": "التقدّم: عدد صحيح من 0 إلى 100؛ 100 إذا أُنجز و0 إذا لم يبدأ.",
        "COMMENT_REQUIRED": "التعليق ضروري.",
        "REASON_REQUIRED": "اذكر سبب التوقف أو الإلغاء."
      }
    }
  },
  "myActions": {
    "title": "إجراءات {{organisation}}، الأكثر استعجالًا أولًا",
    "titleNoOrganisation": "إجراءاتي",
    "noOrganisation": "حسابك غير مرتبط بأي هيئة: هذه الصفحة موجهة لمحرري الهيئات المسؤولة.",
    "empty": "هيئتك غير مسؤولة عن أي إجراء.",
    "health": "الوضعية",
    "update": "تحيين",
    "updateAction": "تحيين الإجراء {{ref}}"
  },
  "explorer": {
    "title": "استكشاف الخطة",
    "filters": "المرشّحات",
    "text": "بحث (المرجع أو العنوان)",
    "all": "الكل",
    "year": "الأجل (السنة)",
    "reset": "مسح المرشّحات",
    "count": "{{count}} إجراء",
    "ref": "المرجع"
  },
  "organisation": {
    "notFound": "لا توجد هيئة « {{key}} ».",
    "owned": "الإجراءات التي تتولاها",
    "partnered": "الإجراءات التي تشارك فيها",
    "ownedTitle": "مسؤولة عن {{count}} إجراء، الأكثر استعجالًا أولًا",
    "partneredTitle": "شريكة في {{count}} إجراء",
    "none": "لا شيء."
  },
  "timeline": {
    "title": "الجدول الزمني للإجراءات حتى 2035",
    "intro": "{{count}} إجراء حسب أجله وملوّن حسب وضعيته؛ لا تظهر {{unscheduled}} إجراءات بدون أجل.",
    "filterInExplorer": "التصفية في المستكشف (تنطبق المرشّحات هنا أيضًا)"
  },
  plan: {
    notInAnnex: "مشروع مذكور في ملخص السياسة دون إجراءات في الملاحق.",
    overdue: "{{count}} متأخر",
    treeHeading: "الركائز والمحاور والمشاريع والإجراءات",
    title: 'خطة العمل',
    summary: '{{pillars}} ركائز، {{axes}} محور تطوير، {{projects}} مشروعًا، {{actions}} إجراءً رئيسيًا',
    pillarsHeading: 'الركائز',
    pillar: 'الركيزة {{number}}',
    axes: '{{count}} محاور',
    projects: '{{count}} مشاريع',
    actions: '{{count}} إجراءات',
    statedAxes: 'يذكر النص {{stated}} محورًا؛ وتعدّ جداوله {{listed}}.',
  },
  // Issue 5: indicators that measure, national infrastructure figures.
  "indicators": {
    "title": "مؤشرات النتائج ({{count}})",
    "none": "لا يوجد مؤشر مطبوع لهذا الإجراء.",
    "kind": {
      "MILESTONE": "مرحلة",
      "QUANTITATIVE": "كمّي"
    },
    "ambiguous": "تصنيف يحتاج إلى تأكيد",
    "status": {
      "ACHIEVED": "محقَّق",
      "ON_TRACK": "على المسار",
      "BEHIND": "متأخر عن المسار",
      "NOT_ACHIEVED": "لم يتحقق بعد",
      "NO_DATA": "لا قياس في هذا التاريخ",
      "NO_TARGET": "غير قابل للتقييم (لا هدف مؤرخ)"
    },
    "target": "الهدف",
    "noTarget": "لا هدف رقمي في المخطط",
    "baseline": "القيمة المرجعية",
    "latest": "آخر قيمة",
    "noValue": "لا قيمة في هذا التاريخ",
    "percentOfTarget": "{{percent}} من الطريق نحو الهدف",
    "expected": "المتوقع في هذا التاريخ (المسار)",
    "achievedOn": "تحقق في {{date}}",
    "notYet": "لم يتحقق بعد في هذا التاريخ",
    "trend": "التطور — {{label}}",
    "showTable": "عرض القيم في جدول",
    "records": "التسجيلات",
    "yes": "نعم",
    "no": "لا",
    "col": {
      "date": "التاريخ",
      "value": "القيمة",
      "source": "المصدر",
      "comment": "تعليق",
      "author": "أدخله",
      "achieved": "محقَّق",
      "evidence": "الأدلة"
    },
    "record": {
      "title": "تسجيل قيمة مقاسة",
      "titleMilestone": "تسجيل تحقق المرحلة",
      "value": "القيمة ({{unit}})",
      "achieved": "المرحلة محققة",
      "date": "تاريخ القياس",
      "source": "المصدر (تقرير، سجل…)",
      "comment": "تعليق",
      "evidence": "روابط الأدلة (http أو https، رابط في كل سطر)",
      "submit": "تسجيل",
      "retry": "التسجيل على آخر نسخة",
      "saved": "تم تسجيل القيمة.",
      "conflictTitle": "سجّل شخص آخر قيمة في الأثناء",
      "conflictBody": "المؤشر الآن في النسخة {{version}}. لم يُحفظ شيء: راجع آخر القيم ثم سجّل من جديد (ما كتبته محفوظ).",
      "errors": {
        "INVALID_INDICATOR_VALUE": "أدخل رقماً صحيحاً (أو، للمرحلة، محققة نعم/لا).",
        "INVALID_VALUE_DATE": "يجب أن يكون التاريخ صالحاً وألا يتجاوز اليوم.",
        "COMMENT_TOO_LONG": "التعليق 2000 حرف على الأكثر.",
        "SOURCE_TOO_LONG": "المصدر 500 حرف على الأكثر.",
        "INVALID_EVIDENCE_URL": "يجب أن يبدأ كل رابط بـ http:// أو https://."
      }
    },
    "define": {"title": "تعديل التعريف (الكتابة العامة)", "kind": "الطبيعة", "unit": "الوحدة", "trajectory": "المسار", "LINEAR": "خطي حتى الهدف", "LEVEL": "مستوى يجب الحفاظ عليه (نسبة، سنوياً)", "baselineDate": "تاريخ القيمة المرجعية", "targetYear": "سنة الهدف", "submit": "حفظ التعريف", "saved": "تم حفظ التعريف.", "invalid": "تعريف يجب تصحيحه: {{detail}}"},
    "rollUp": {
      "column": "المؤشرات على المسار الصحيح",
      "cell": "{{onTrack}} / {{count}} (منها {{achieved}} محققة)",
      "kpi": "المؤشرات على المسار الصحيح"
    }
  },
  "infrastructure": {
    "nav": "البنية التحتية للجودة بالأرقام",
    "title": "البنية التحتية للجودة بالأرقام",
    "intro": "{{count}} مؤشراً للبنية التحتية الوطنية للجودة (التقييس، الإشهاد، القياسة، الاعتماد…) مع قيمها المؤرخة ومصادرها. لكل رسم جدوله.",
    "general": "مجموع البنية التحتية",
    "showTable": "عرض القيم والمصادر في جدول",
    "lines": "الأسطر {{from}}–{{to}}",
    "kind": {
      "ACTUAL": "المنجز",
      "TARGET": "الهدف"
    },
    "qualifier": {
      "EXACT": "",
      "MORE_THAN": "أكثر من",
      "ABOUT": "حوالي"
    },
    "qualifierOption": {
      "EXACT": "دقيق",
      "MORE_THAN": "أكثر من",
      "ABOUT": "حوالي"
    },
    "col": {
      "date": "التاريخ",
      "value": "القيمة",
      "kind": "الطبيعة",
      "source": "المصدر"
    },
    "add": {
      "title": "إضافة قيمة سنوية",
      "indicator": "المؤشر",
      "year": "السنة (القيمة في 31 دجنبر)",
      "value": "القيمة",
      "kind": "الطبيعة",
      "qualifier": "الدقة",
      "source": "المصدر (إلزامي)",
      "note": "ملاحظة",
      "submit": "إضافة",
      "saved": "تمت إضافة القيمة."
    }
  },
};
