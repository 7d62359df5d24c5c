import type { Language, Role } from '@pnq/domain';

/** Everything an account mail says, per language. */
export interface AccountMailMessages {
  greeting: (name: string) => string;
  invitationSubject: string;
  /** `asRole`: the role with its preposition (« en tant qu’éditeur », “as an editor”). */
  invitationIntro: (inviter: string, asRole: string, organisation: string | null) => string;
  invitationAction: (until: string) => string;
  invitationSso: (label: string) => string;
  yourLogin: (email: string) => string;
  invitationIgnore: string;
  resetSubject: string;
  resetIntro: (email: string) => string;
  resetAction: (until: string) => string;
  resetIgnore: string;
  asRole: Record<Role, string>;
  secretariat: string;
  maskedLink: string;
  footer: string;
}

const fr: AccountMailMessages = {
  greeting: (name) => `Bonjour ${name},`,
  invitationSubject: 'PNQ Tracker — votre invitation au suivi de la Politique nationale de la qualité',
  invitationIntro: (inviter, asRole, organisation) =>
    `${inviter} vous invite à suivre la Politique nationale de la qualité (PNQ) dans PNQ Tracker, ${asRole}${organisation ? ` pour ${organisation}` : ''}.`,
  invitationAction: (until) =>
    `Pour activer votre compte, choisissez votre mot de passe sur cette page (lien personnel, utilisable une seule fois, valable jusqu’au ${until}) :`,
  invitationSso: (label) => `Vous pouvez aussi vous connecter directement avec « ${label} » depuis la page de connexion.`,
  yourLogin: (email) => `Votre identifiant : ${email}`,
  invitationIgnore: 'Si vous n’attendiez pas cette invitation, ignorez ce message.',
  resetSubject: 'PNQ Tracker — réinitialisation de votre mot de passe',
  resetIntro: (email) => `Une réinitialisation du mot de passe du compte PNQ Tracker ${email} a été demandée.`,
  resetAction: (until) => `Pour choisir un nouveau mot de passe, ouvrez ce lien (personnel, utilisable une seule fois, valable jusqu’au ${until}) :`,
  resetIgnore: 'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste le même.',
  asRole: { ADMIN: 'en tant qu’administrateur (secrétariat du CSNCA)', EDITOR: 'en tant qu’éditeur', VIEWER: 'en tant que lecteur' },
  secretariat: 'Le secrétariat du CSNCA',
  maskedLink: '[lien personnel, envoyé au seul destinataire]',
  footer: 'Message envoyé par PNQ Tracker pour le secrétariat du CSNCA.',
};

const en: AccountMailMessages = {
  greeting: (name) => `Hello ${name},`,
  invitationSubject: 'PNQ Tracker — your invitation to follow the National Quality Policy',
  invitationIntro: (inviter, asRole, organisation) =>
    `${inviter} invites you to follow the National Quality Policy (PNQ) in PNQ Tracker, ${asRole}${organisation ? ` for ${organisation}` : ''}.`,
  invitationAction: (until) => `To activate your account, choose your password on this page (a personal link, usable once, valid until ${until}):`,
  invitationSso: (label) => `You can also sign in directly with “${label}” from the sign-in page.`,
  yourLogin: (email) => `Your sign-in: ${email}`,
  invitationIgnore: 'If you did not expect this invitation, ignore this message.',
  resetSubject: 'PNQ Tracker — resetting your password',
  resetIntro: (email) => `A password reset was asked for the PNQ Tracker account ${email}.`,
  resetAction: (until) => `To choose a new password, open this link (personal, usable once, valid until ${until}):`,
  resetIgnore: 'If you asked for nothing, ignore this message: your password stays the same.',
  asRole: { ADMIN: 'as an administrator (CSNCA secretariat)', EDITOR: 'as an editor', VIEWER: 'as a viewer' },
  secretariat: 'The CSNCA secretariat',
  maskedLink: '[personal link, sent to the recipient only]',
  footer: 'Sent by PNQ Tracker for the CSNCA secretariat.',
};

const ar: AccountMailMessages = {
  greeting: (name) => `مرحبا ${name}،`,
  invitationSubject: 'PNQ Tracker — دعوتكم لتتبع السياسة الوطنية للجودة',
  invitationIntro: (inviter, asRole, organisation) =>
    `${inviter} يدعوكم إلى تتبع السياسة الوطنية للجودة في PNQ Tracker ${asRole}${organisation ? ` لـ ${organisation}` : ''}.`,
  invitationAction: (until) => `لتفعيل حسابكم، اختاروا كلمة المرور في هذه الصفحة (رابط شخصي، يستعمل مرة واحدة، صالح إلى غاية ${until}):`,
  invitationSso: (label) => `يمكنكم أيضا الدخول مباشرة عبر «${label}» من صفحة تسجيل الدخول.`,
  yourLogin: (email) => `معرفكم: ${email}`,
  invitationIgnore: 'إذا لم تكونوا تنتظرون هذه الدعوة، تجاهلوا هذه الرسالة.',
  resetSubject: 'PNQ Tracker — إعادة تعيين كلمة المرور',
  resetIntro: (email) => `طُلبت إعادة تعيين كلمة مرور حساب PNQ Tracker ‏${email}.`,
  resetAction: (until) => `لاختيار كلمة مرور جديدة، افتحوا هذا الرابط (شخصي، يستعمل مرة واحدة، صالح إلى غاية ${until}):`,
  resetIgnore: 'إذا لم تطلبوا شيئا، تجاهلوا هذه الرسالة: تبقى كلمة المرور كما هي.',
  asRole: { ADMIN: 'بصفة مسؤول (كتابة المجلس الأعلى)', EDITOR: 'بصفة محرر', VIEWER: 'بصفة مطلع' },
  secretariat: 'كتابة المجلس الأعلى',
  maskedLink: '[رابط شخصي، أرسل إلى المرسل إليه وحده]',
  footer: 'رسالة من PNQ Tracker باسم كتابة المجلس الأعلى.',
};

export const ACCOUNT_MAIL_MESSAGES: Record<Language, AccountMailMessages> = { fr, ar, en };
