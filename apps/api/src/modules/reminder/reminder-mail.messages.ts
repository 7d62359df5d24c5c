import type { Language, NoticeKind } from '@pnq/domain';

/** Everything a reminder mail says, per language (French by default; the plan's titles stay in French). */
export interface MailMessages {
  greeting: (name: string) => string;
  digestSubject: (organisation: string, count: number, date: string) => string;
  digestIntro: (organisation: string, date: string) => string;
  secretariatSubject: (date: string) => string;
  secretariatIntro: (date: string) => string;
  campaignSubject: (deadline: string) => string;
  campaignDefault: (deadline: string) => string;
  sections: Record<NoticeKind, string>;
  line: Record<NoticeKind, (item: { days: number | null; dueDate: string | null; organisation: string | null; count: number | null }) => string>;
  myActions: string;
  preferences: string;
  footer: string;
}

/** « de IMANOR » → « d’IMANOR » (elision before a vowel sound). */
const deFr = (name: string) => (/^[aeiouyhâéèêîôû]/i.test(name) ? `d’${name}` : `de ${name}`);

const fr: MailMessages = {
  greeting: (name) => `Bonjour ${name},`,
  digestSubject: (organisation, count, date) => `PNQ — ${count} action${count > 1 ? 's' : ''} ${deFr(organisation)} à suivre (${date})`,
  digestIntro: (organisation, date) => `Voici le point au ${date} sur les actions du PNQ dont ${organisation} est responsable.`,
  secretariatSubject: (date) => `PNQ — point du secrétariat au ${date}`,
  secretariatIntro: (date) => `Voici ce qui demande l’attention du secrétariat du CSNCA au ${date}.`,
  campaignSubject: (deadline) => `PNQ — merci de mettre à jour vos actions avant le ${deadline}`,
  campaignDefault: (deadline) => `Merci de mettre à jour vos actions du PNQ avant le ${deadline}, en vue du rapport annuel.`,
  sections: {
    OVERDUE: 'En retard',
    DUE_SOON: 'Échéance proche',
    STALE: 'Sans mise à jour pour la période',
    ESCALATION: 'En retard de plus de 90 jours',
    NO_ACTIVE_EDITOR: 'Organisations sans éditeur actif',
    NEWLY_OVERDUE: 'Synthèse de la semaine — passées en retard',
    NEWLY_COMPLETED: 'Synthèse de la semaine — terminées',
    STALE_TOTAL: 'Synthèse de la semaine — sans mise à jour',
    CAMPAIGN: 'Appel à mise à jour',
    REVISION_REQUESTED: 'Demandes de révision à examiner',
    REVISION_APPROVED: 'Révisions approuvées',
    REVISION_REJECTED: 'Révisions refusées',
    MENTION: 'On vous a mentionné dans une discussion',
    DECISION_DUE_SOON: 'Décisions du comité — échéance proche',
    DECISION_OVERDUE: 'Décisions du comité — en retard',
  },
  line: {
    OVERDUE: (i) => `échéance ${i.dueDate}, en retard de ${i.days} jour${i.days === 1 ? '' : 's'}`,
    DUE_SOON: (i) => `échéance ${i.dueDate}, dans ${i.days} jour${i.days === 1 ? '' : 's'}`,
    STALE: () => 'action récurrente sans mise à jour pour la période',
    ESCALATION: (i) => `${i.organisation} — échéance ${i.dueDate}, en retard de ${i.days} jours`,
    NO_ACTIVE_EDITOR: (i) => `${i.count} action${i.count === 1 ? '' : 's'} en cours, aucun compte éditeur actif`,
    NEWLY_OVERDUE: (i) => `${i.organisation} — échéance ${i.dueDate}`,
    NEWLY_COMPLETED: (i) => `${i.organisation}`,
    STALE_TOTAL: (i) => `${i.count} action${i.count === 1 ? '' : 's'} récurrente${i.count === 1 ? '' : 's'} sans mise à jour pour la période`,
    CAMPAIGN: (i) => `à mettre à jour avant le ${i.dueDate}`,
    REVISION_REQUESTED: (i) => `${i.organisation} — ${i.dueDate ? `nouvelle échéance proposée : ${i.dueDate}` : 'changement proposé'}`,
    REVISION_APPROVED: (i) => (i.dueDate ? `nouvelle échéance en vigueur : ${i.dueDate}` : 'changement en vigueur'),
    REVISION_REJECTED: () => 'demande refusée : le plan en vigueur reste inchangé',
    MENTION: (i) => `mention par ${i.organisation}`,
    DECISION_DUE_SOON: (i) => `échéance ${i.dueDate}, dans ${i.days} jour${i.days === 1 ? '' : 's'}`,
    DECISION_OVERDUE: (i) => `échéance ${i.dueDate}, en retard de ${i.days} jour${i.days === 1 ? '' : 's'}`,
  },
  myActions: 'Mettre à jour mes actions',
  preferences: 'Langue et préférences de messagerie',
  footer: 'Message envoyé par PNQ Tracker pour le secrétariat du CSNCA.',
};

const en: MailMessages = {
  greeting: (name) => `Hello ${name},`,
  digestSubject: (organisation, count, date) => `PNQ — ${count} action${count > 1 ? 's' : ''} of ${organisation} to follow up (${date})`,
  digestIntro: (organisation, date) => `Here is where the PNQ actions ${organisation} owns stand on ${date}.`,
  secretariatSubject: (date) => `PNQ — secretariat digest for ${date}`,
  secretariatIntro: (date) => `Here is what needs the CSNCA secretariat’s attention on ${date}.`,
  campaignSubject: (deadline) => `PNQ — please update your actions before ${deadline}`,
  campaignDefault: (deadline) => `Please update your PNQ actions before ${deadline}, ahead of the yearly report.`,
  sections: {
    OVERDUE: 'Overdue',
    DUE_SOON: 'Due soon',
    STALE: 'No update for the period',
    ESCALATION: 'Overdue by more than 90 days',
    NO_ACTIVE_EDITOR: 'Organisations without an active editor',
    NEWLY_OVERDUE: 'This week — became overdue',
    NEWLY_COMPLETED: 'This week — completed',
    STALE_TOTAL: 'This week — not updated',
    CAMPAIGN: 'Call for updates',
    REVISION_REQUESTED: 'Revision requests to review',
    REVISION_APPROVED: 'Revisions approved',
    REVISION_REJECTED: 'Revisions rejected',
    MENTION: 'You were mentioned in a discussion',
    DECISION_DUE_SOON: 'Committee decisions — due soon',
    DECISION_OVERDUE: 'Committee decisions — overdue',
  },
  line: {
    OVERDUE: (i) => `due ${i.dueDate}, ${i.days} day${i.days === 1 ? '' : 's'} late`,
    DUE_SOON: (i) => `due ${i.dueDate}, in ${i.days} day${i.days === 1 ? '' : 's'}`,
    STALE: () => 'recurring action with no update for the period',
    ESCALATION: (i) => `${i.organisation} — due ${i.dueDate}, ${i.days} days late`,
    NO_ACTIVE_EDITOR: (i) => `${i.count} open action${i.count === 1 ? '' : 's'}, no active editor account`,
    NEWLY_OVERDUE: (i) => `${i.organisation} — due ${i.dueDate}`,
    NEWLY_COMPLETED: (i) => `${i.organisation}`,
    STALE_TOTAL: (i) => `${i.count} recurring action${i.count === 1 ? '' : 's'} with no update for the period`,
    CAMPAIGN: (i) => `to update before ${i.dueDate}`,
    REVISION_REQUESTED: (i) => `${i.organisation} — ${i.dueDate ? `proposed new deadline: ${i.dueDate}` : 'change proposed'}`,
    REVISION_APPROVED: (i) => (i.dueDate ? `new deadline in force: ${i.dueDate}` : 'change in force'),
    REVISION_REJECTED: () => 'request rejected: the plan in force is unchanged',
    MENTION: (i) => `mentioned by ${i.organisation}`,
    DECISION_DUE_SOON: (i) => `due ${i.dueDate}, in ${i.days} day${i.days === 1 ? '' : 's'}`,
    DECISION_OVERDUE: (i) => `due ${i.dueDate}, ${i.days} day${i.days === 1 ? '' : 's'} late`,
  },
  myActions: 'Update my actions',
  preferences: 'Language and mail preferences',
  footer: 'Sent by PNQ Tracker for the CSNCA secretariat.',
};

const ar: MailMessages = {
  greeting: (name) => `مرحبا ${name}،`,
  digestSubject: (organisation, count, date) => `PNQ — ${count} إجراءات لـ ${organisation} تتطلب المتابعة (${date})`,
  digestIntro: (organisation, date) => `إليكم وضعية إجراءات السياسة الوطنية للجودة التي تتولى ${organisation} مسؤوليتها بتاريخ ${date}.`,
  secretariatSubject: (date) => `PNQ — موجز الكتابة بتاريخ ${date}`,
  secretariatIntro: (date) => `إليكم ما يستدعي انتباه كتابة المجلس الأعلى بتاريخ ${date}.`,
  campaignSubject: (deadline) => `PNQ — المرجو تحيين إجراءاتكم قبل ${deadline}`,
  campaignDefault: (deadline) => `المرجو تحيين إجراءاتكم في إطار السياسة الوطنية للجودة قبل ${deadline}، استعدادا للتقرير السنوي.`,
  sections: {
    OVERDUE: 'متأخرة',
    DUE_SOON: 'أجل قريب',
    STALE: 'بدون تحيين خلال الفترة',
    ESCALATION: 'متأخرة بأكثر من 90 يوما',
    NO_ACTIVE_EDITOR: 'هيئات بدون محرر نشط',
    NEWLY_OVERDUE: 'حصيلة الأسبوع — أصبحت متأخرة',
    NEWLY_COMPLETED: 'حصيلة الأسبوع — منجزة',
    STALE_TOTAL: 'حصيلة الأسبوع — بدون تحيين',
    CAMPAIGN: 'دعوة إلى التحيين',
    REVISION_REQUESTED: 'طلبات مراجعة للدراسة',
    REVISION_APPROVED: 'مراجعات مقبولة',
    REVISION_REJECTED: 'مراجعات مرفوضة',
    MENTION: 'تمت الإشارة إليكم في نقاش',
    DECISION_DUE_SOON: 'قرارات اللجنة — أجل قريب',
    DECISION_OVERDUE: 'قرارات اللجنة — متأخرة',
  },
  line: {
    OVERDUE: (i) => `الأجل ${i.dueDate}، متأخرة بـ ${i.days} يوما`,
    DUE_SOON: (i) => `الأجل ${i.dueDate}، بعد ${i.days} يوما`,
    STALE: () => 'إجراء متكرر بدون تحيين خلال الفترة',
    ESCALATION: (i) => `${i.organisation} — الأجل ${i.dueDate}، متأخرة بـ ${i.days} يوما`,
    NO_ACTIVE_EDITOR: (i) => `${i.count} إجراءات جارية، بدون حساب محرر نشط`,
    NEWLY_OVERDUE: (i) => `${i.organisation} — الأجل ${i.dueDate}`,
    NEWLY_COMPLETED: (i) => `${i.organisation}`,
    STALE_TOTAL: (i) => `${i.count} إجراءات متكررة بدون تحيين خلال الفترة`,
    CAMPAIGN: (i) => `للتحيين قبل ${i.dueDate}`,
    REVISION_REQUESTED: (i) => `${i.organisation} — ${i.dueDate ? `أجل جديد مقترح: ${i.dueDate}` : 'تغيير مقترح'}`,
    REVISION_APPROVED: (i) => (i.dueDate ? `الأجل الجديد الساري: ${i.dueDate}` : 'تغيير ساري المفعول'),
    REVISION_REJECTED: () => 'طلب مرفوض: الخطة السارية دون تغيير',
    MENTION: (i) => `إشارة من ${i.organisation}`,
    DECISION_DUE_SOON: (i) => `الأجل ${i.dueDate}، بعد ${i.days} يوم`,
    DECISION_OVERDUE: (i) => `الأجل ${i.dueDate}، متأخر بـ ${i.days} يوم`,
  },
  myActions: 'تحيين إجراءاتي',
  preferences: 'اللغة وتفضيلات البريد',
  footer: 'رسالة من PNQ Tracker باسم كتابة المجلس الأعلى.',
};

export const MAIL_MESSAGES: Record<Language, MailMessages> = { fr, ar, en };
