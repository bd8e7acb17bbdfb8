// The texts of the survey e-mails (Italian: recipients are local employers and operators of the network).
const date = (d: Date) =>
  d.toLocaleDateString('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Rome' });

export function surveyInvitationEmail(p: {
  name: string;
  title: string;
  organisation: string;
  link: string;
  closesAt: Date;
}) {
  return {
    subject: `Questionario: ${p.title}`,
    text:
      `Gentile ${p.name},\n\n${p.organisation} vi invita a rispondere al questionario «${p.title}».\n` +
      `Bastano pochi minuti e non serve registrarsi: il link è personale, non inoltratelo.\n\n${p.link}\n\n` +
      `Potete tornare sulle risposte e modificarle fino al ${date(p.closesAt)}.\n\nGrazie per la collaborazione.`,
  };
}

export function surveyReminderEmail(p: { name: string; title: string; link: string; closesAt: Date }) {
  return {
    subject: `Promemoria – questionario: ${p.title}`,
    text:
      `Gentile ${p.name},\n\nnon abbiamo ancora ricevuto le vostre risposte al questionario «${p.title}». ` +
      `Potete rispondere fino al ${date(p.closesAt)} da questo link personale:\n\n${p.link}\n\n` +
      `Se avete già risposto nelle ultime ore, ignorate questo messaggio. Grazie.`,
  };
}

export const answerLink = (publicUrl: string, token: string) => `${publicUrl}/questionario/${token}`;
