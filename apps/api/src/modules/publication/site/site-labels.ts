import { ActionStatus, Health, HEALTH_LABELS_FR, STATUS_LABELS_FR } from '@pnq/domain';

export const SITE_LANGUAGES = ['fr', 'ar', 'en'] as const;
export type SiteLanguage = (typeof SITE_LANGUAGES)[number];

/** The public portal's words in each language (the plan's own titles stay as the PNQ wrote them, in French). */
export interface SiteLabels {
  languageName: string;
  siteName: string;
  tagline: string;
  skipToContent: string;
  nav: { home: string; qualityDashboard: string; search: string; downloads: string; archive: string };
  snapshotOf: (number: number, date: string) => string;
  publishedSnapshotNote: string;
  keyFigures: string;
  progressByPillar: string;
  changesSince: (date: string) => string;
  changes: string;
  noChanges: string;
  firstSnapshot: string;
  pillar: string;
  axis: string;
  project: string;
  action: string;
  /** The column of a title, beside the reference (« Pilier 1 » | « Normalisation … »). */
  title: string;
  actions: string;
  progress: string;
  completed: string;
  inProgress: string;
  notStarted: string;
  blocked: string;
  overdue: string;
  atRisk: string;
  status: string;
  health: string;
  owners: string;
  partners: string;
  deadline: string;
  dueDate: string;
  baselineDueDate: string;
  lastUpdate: string;
  none: string;
  indicators: string;
  indicator: string;
  target: string;
  baseline: string;
  latestValue: string;
  source: string;
  indicatorStatus: string;
  before: string;
  after: string;
  qualityDashboardTitle: string;
  qualityDashboardIntro: string;
  edition: (number: number) => string;
  period: string;
  publishedOn: string;
  sources: string;
  method: string;
  nextEditionDue: string;
  criteria: string;
  noEdition: string;
  nationalFigures: string;
  planIndicators: string;
  figure: string;
  value: string;
  date: string;
  earlierEditions: string;
  searchTitle: string;
  searchLabel: string;
  searchHint: string;
  downloadsTitle: string;
  openDataIntro: string;
  dictionary: string;
  field: string;
  file: string;
  meaning: string;
  licence: string;
  licenceText: string;
  finalReports: string;
  archiveTitle: string;
  archiveIntro: string;
  latest: string;
  languages: string;
  homeDescription: string;
  statuses: Record<ActionStatus, string>;
  healths: Record<Health, string>;
  indicatorStatuses: Record<string, string>;
  yes: string;
  no: string;
}

const FR: SiteLabels = {
  languageName: 'Français',
  siteName: 'Politique Nationale de la Qualité 2035 — suivi public',
  tagline: 'Ce que le PNQ a promis et ce qui est fait, publié par le secrétariat du CSNCA.',
  skipToContent: 'Aller au contenu',
  nav: { home: 'Accueil', qualityDashboard: 'Tableau de bord qualité', search: 'Rechercher', downloads: 'Données ouvertes', archive: 'Archives' },
  snapshotOf: (number, date) => `Publication n° ${number}, situation au ${date}`,
  publishedSnapshotNote: 'Ces pages montrent une photo publiée par le secrétariat, pas les données en cours de saisie.',
  keyFigures: 'Chiffres clés',
  progressByPillar: 'Avancement par pilier',
  changesSince: (date) => `Ce qui a changé depuis la publication du ${date}`,
  changes: 'Ce qui a changé',
  noChanges: 'Aucun changement de statut ni d’avancement.',
  firstSnapshot: 'Première publication : rien à comparer.',
  pillar: 'Pilier',
  axis: 'Axe',
  project: 'Projet',
  action: 'Action',
  title: 'Intitulé',
  actions: 'Actions',
  progress: 'Avancement',
  completed: 'Terminées',
  inProgress: 'En cours',
  notStarted: 'Non démarrées',
  blocked: 'Bloquées',
  overdue: 'En retard',
  atRisk: 'À risque',
  status: 'Statut',
  health: 'Santé',
  owners: 'Responsables',
  partners: 'Partenaires',
  deadline: 'Échéance (texte du PNQ)',
  dueDate: 'Date d’échéance en vigueur',
  baselineDueDate: 'Date d’échéance initiale',
  lastUpdate: 'Dernière mise à jour',
  none: '—',
  indicators: 'Indicateurs',
  indicator: 'Indicateur',
  target: 'Cible',
  baseline: 'Référence',
  latestValue: 'Dernière valeur',
  source: 'Source',
  indicatorStatus: 'Appréciation',
  before: 'Avant',
  after: 'Après',
  qualityDashboardTitle: 'Tableau de bord qualité Maroc',
  qualityDashboardIntro:
    'Les chiffres de l’infrastructure nationale de la qualité et les indicateurs du PNQ, choisis selon les critères arrêtés par le secrétariat du CSNCA (projet 5-2.5), publiés en éditions numérotées tous les deux ans.',
  edition: (number) => `Édition n° ${number}`,
  period: 'Période',
  publishedOn: 'Publiée le',
  sources: 'Sources',
  method: 'Méthode',
  nextEditionDue: 'Prochaine édition attendue le',
  criteria: 'Critères',
  noEdition: 'Aucune édition n’est encore publiée.',
  nationalFigures: 'Chiffres de l’infrastructure nationale de la qualité',
  planIndicators: 'Indicateurs des actions du PNQ, par appréciation',
  figure: 'Chiffre',
  value: 'Valeur',
  date: 'Date',
  earlierEditions: 'Toutes les éditions',
  searchTitle: 'Rechercher dans le plan',
  searchLabel: 'Mot ou référence',
  searchHint: 'Tous les piliers, axes, projets et actions sont listés ci-dessous ; la recherche filtre la liste.',
  downloadsTitle: 'Données ouvertes',
  openDataIntro: 'Chaque publication est disponible en CSV, JSON et XLSX, à une adresse stable.',
  dictionary: 'Dictionnaire des données',
  field: 'Champ',
  file: 'Fichier',
  meaning: 'Signification',
  licence: 'Licence',
  licenceText:
    'Données publiées sous licence Creative Commons Attribution 4.0 (CC BY 4.0) : réutilisation libre, y compris commerciale, en citant « Secrétariat du CSNCA — Politique Nationale de la Qualité » et la date de la publication.',
  finalReports: 'Rapports annuels définitifs',
  archiveTitle: 'Archives des publications',
  archiveIntro: 'Chaque publication reste en ligne à son adresse.',
  latest: 'dernière',
  languages: 'Langues',
  homeDescription: 'Suivi public de la Politique Nationale de la Qualité du Maroc : avancement de ses actions clés, par pilier, et Tableau de bord qualité.',
  statuses: STATUS_LABELS_FR,
  healths: HEALTH_LABELS_FR,
  indicatorStatuses: {
    ACHIEVED: 'Atteint',
    ON_TRACK: 'Sur la bonne voie',
    BEHIND: 'En retard',
    NOT_ACHIEVED: 'Pas encore atteint',
    NO_DATA: 'Pas de valeur',
    NO_TARGET: 'Sans cible',
  },
  yes: 'oui',
  no: 'non',
};

const AR: SiteLabels = {
  languageName: 'العربية',
  siteName: 'السياسة الوطنية للجودة 2035 — التتبع العمومي',
  tagline: 'ما وعدت به السياسة الوطنية للجودة وما تم إنجازه، تنشره كتابة المجلس الأعلى للتقييس والإشهاد والاعتماد.',
  skipToContent: 'الانتقال إلى المحتوى',
  nav: { home: 'الرئيسية', qualityDashboard: 'لوحة قيادة الجودة', search: 'بحث', downloads: 'البيانات المفتوحة', archive: 'الأرشيف' },
  snapshotOf: (number, date) => `النشرة رقم ${number}، الوضعية في ${date}`,
  publishedSnapshotNote: 'تعرض هذه الصفحات صورة نشرتها الكتابة، وليس البيانات الجاري إدخالها.',
  keyFigures: 'أرقام رئيسية',
  progressByPillar: 'التقدم حسب الركيزة',
  changesSince: (date) => `ما تغير منذ نشرة ${date}`,
  changes: 'ما تغير',
  noChanges: 'لا تغيير في الوضعية أو التقدم.',
  firstSnapshot: 'النشرة الأولى: لا شيء للمقارنة.',
  pillar: 'الركيزة',
  axis: 'المحور',
  project: 'المشروع',
  action: 'الإجراء',
  title: 'العنوان',
  actions: 'الإجراءات',
  progress: 'التقدم',
  completed: 'منجزة',
  inProgress: 'قيد الإنجاز',
  notStarted: 'لم تنطلق',
  blocked: 'متوقفة',
  overdue: 'متأخرة',
  atRisk: 'معرضة للتأخر',
  status: 'الوضعية',
  health: 'الحالة',
  owners: 'المسؤولون',
  partners: 'الشركاء',
  deadline: 'الأجل (نص السياسة)',
  dueDate: 'تاريخ الاستحقاق الساري',
  baselineDueDate: 'تاريخ الاستحقاق الأولي',
  lastUpdate: 'آخر تحديث',
  none: '—',
  indicators: 'المؤشرات',
  indicator: 'المؤشر',
  target: 'الهدف',
  baseline: 'القيمة المرجعية',
  latestValue: 'آخر قيمة',
  source: 'المصدر',
  indicatorStatus: 'التقييم',
  before: 'قبل',
  after: 'بعد',
  qualityDashboardTitle: 'لوحة قيادة الجودة بالمغرب',
  qualityDashboardIntro:
    'أرقام البنية التحتية الوطنية للجودة ومؤشرات السياسة الوطنية للجودة، مختارة وفق المعايير التي حددتها الكتابة (المشروع 5-2.5)، تنشر في طبعات مرقمة كل سنتين.',
  edition: (number) => `الطبعة رقم ${number}`,
  period: 'الفترة',
  publishedOn: 'تاريخ النشر',
  sources: 'المصادر',
  method: 'المنهجية',
  nextEditionDue: 'الطبعة المقبلة متوقعة في',
  criteria: 'المعايير',
  noEdition: 'لم تنشر أي طبعة بعد.',
  nationalFigures: 'أرقام البنية التحتية الوطنية للجودة',
  planIndicators: 'مؤشرات إجراءات السياسة الوطنية للجودة حسب التقييم',
  figure: 'الرقم',
  value: 'القيمة',
  date: 'التاريخ',
  earlierEditions: 'كل الطبعات',
  searchTitle: 'البحث في المخطط',
  searchLabel: 'كلمة أو مرجع',
  searchHint: 'كل الركائز والمحاور والمشاريع والإجراءات مدرجة أدناه؛ البحث يصفي القائمة.',
  downloadsTitle: 'البيانات المفتوحة',
  openDataIntro: 'كل نشرة متاحة بصيغ CSV وJSON وXLSX، على عنوان ثابت.',
  dictionary: 'قاموس البيانات',
  field: 'الحقل',
  file: 'الملف',
  meaning: 'المعنى',
  licence: 'الرخصة',
  licenceText:
    'بيانات منشورة برخصة المشاع الإبداعي نسب المصنف 4.0 (CC BY 4.0): إعادة استعمال حرة، بما فيها التجارية، مع ذكر «كتابة المجلس — السياسة الوطنية للجودة» وتاريخ النشرة.',
  finalReports: 'التقارير السنوية النهائية',
  archiveTitle: 'أرشيف النشرات',
  archiveIntro: 'تبقى كل نشرة متاحة على عنوانها.',
  latest: 'الأخيرة',
  languages: 'اللغات',
  homeDescription: 'التتبع العمومي للسياسة الوطنية للجودة بالمغرب: تقدم إجراءاتها الرئيسية حسب الركائز، ولوحة قيادة الجودة.',
  statuses: { NOT_STARTED: 'لم تنطلق', IN_PROGRESS: 'قيد الإنجاز', COMPLETED: 'منجزة', BLOCKED: 'متوقفة', CANCELLED: 'ملغاة' },
  healths: {
    DONE: 'منجزة',
    CANCELLED: 'ملغاة',
    OVERDUE: 'متأخرة',
    AT_RISK: 'معرضة للتأخر',
    ON_TRACK: 'في الآجال',
    STALE: 'بدون تحديث',
    UNSCHEDULED: 'أجل غير محدد',
  },
  indicatorStatuses: {
    ACHIEVED: 'محقق',
    ON_TRACK: 'في الطريق الصحيح',
    BEHIND: 'متأخر',
    NOT_ACHIEVED: 'لم يتحقق بعد',
    NO_DATA: 'بدون قيمة',
    NO_TARGET: 'بدون هدف',
  },
  yes: 'نعم',
  no: 'لا',
};

const EN: SiteLabels = {
  languageName: 'English',
  siteName: 'National Quality Policy 2035 — public tracker',
  tagline: 'What Morocco’s National Quality Policy promised and what is done, published by the CSNCA secretariat.',
  skipToContent: 'Skip to content',
  nav: { home: 'Home', qualityDashboard: 'Quality dashboard', search: 'Search', downloads: 'Open data', archive: 'Archive' },
  snapshotOf: (number, date) => `Publication no. ${number}, situation as of ${date}`,
  publishedSnapshotNote: 'These pages show a snapshot published by the secretariat, not data being entered.',
  keyFigures: 'Key figures',
  progressByPillar: 'Progress by pillar',
  changesSince: (date) => `What changed since the publication of ${date}`,
  changes: 'What changed',
  noChanges: 'No change of status or progress.',
  firstSnapshot: 'First publication: nothing to compare with.',
  pillar: 'Pillar',
  axis: 'Axis',
  project: 'Project',
  action: 'Action',
  title: 'Title',
  actions: 'Actions',
  progress: 'Progress',
  completed: 'Completed',
  inProgress: 'In progress',
  notStarted: 'Not started',
  blocked: 'Blocked',
  overdue: 'Overdue',
  atRisk: 'At risk',
  status: 'Status',
  health: 'Health',
  owners: 'Owners',
  partners: 'Partners',
  deadline: 'Deadline (PNQ text)',
  dueDate: 'Due date in force',
  baselineDueDate: 'Original due date',
  lastUpdate: 'Last update',
  none: '—',
  indicators: 'Indicators',
  indicator: 'Indicator',
  target: 'Target',
  baseline: 'Baseline',
  latestValue: 'Latest value',
  source: 'Source',
  indicatorStatus: 'Assessment',
  before: 'Before',
  after: 'After',
  qualityDashboardTitle: 'Morocco quality dashboard',
  qualityDashboardIntro:
    'The national quality infrastructure’s figures and the PNQ’s indicators, chosen by the criteria the CSNCA secretariat set (project 5-2.5), published as numbered editions every two years.',
  edition: (number) => `Edition no. ${number}`,
  period: 'Period',
  publishedOn: 'Published on',
  sources: 'Sources',
  method: 'Method',
  nextEditionDue: 'Next edition due on',
  criteria: 'Criteria',
  noEdition: 'No edition has been published yet.',
  nationalFigures: 'National quality infrastructure figures',
  planIndicators: 'Indicators of the PNQ’s actions, by assessment',
  figure: 'Figure',
  value: 'Value',
  date: 'Date',
  earlierEditions: 'All editions',
  searchTitle: 'Search the plan',
  searchLabel: 'Word or reference',
  searchHint: 'Every pillar, axis, project and action is listed below; searching filters the list.',
  downloadsTitle: 'Open data',
  openDataIntro: 'Each publication is available as CSV, JSON and XLSX, at a stable address.',
  dictionary: 'Data dictionary',
  field: 'Field',
  file: 'File',
  meaning: 'Meaning',
  licence: 'Licence',
  licenceText:
    'Data published under the Creative Commons Attribution 4.0 licence (CC BY 4.0): free reuse, commercial included, crediting “CSNCA secretariat — National Quality Policy” and the publication’s date.',
  finalReports: 'Final yearly reports',
  archiveTitle: 'Archive of publications',
  archiveIntro: 'Each publication stays online at its address.',
  latest: 'latest',
  languages: 'Languages',
  homeDescription: 'Public tracker of Morocco’s National Quality Policy: progress of its key actions by pillar, and the quality dashboard.',
  statuses: { NOT_STARTED: 'Not started', IN_PROGRESS: 'In progress', COMPLETED: 'Completed', BLOCKED: 'Blocked', CANCELLED: 'Cancelled' },
  healths: {
    DONE: 'Done',
    CANCELLED: 'Cancelled',
    OVERDUE: 'Overdue',
    AT_RISK: 'At risk',
    ON_TRACK: 'On track',
    STALE: 'No recent news',
    UNSCHEDULED: 'Deadline to set',
  },
  indicatorStatuses: {
    ACHIEVED: 'Achieved',
    ON_TRACK: 'On track',
    BEHIND: 'Behind',
    NOT_ACHIEVED: 'Not yet achieved',
    NO_DATA: 'No value',
    NO_TARGET: 'No target',
  },
  yes: 'yes',
  no: 'no',
};

export const SITE_LABELS: Record<SiteLanguage, SiteLabels> = { fr: FR, ar: AR, en: EN };
