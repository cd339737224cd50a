import type { Edition } from '../../followup/followup-model.ts';
import { joinLines, joinParagraphs, optionalList, splitLines, splitParagraphs } from './paragraphs.ts';

type Nota = Edition['nota'];

/** The nota's sections that are lists of paragraphs, in the order the nota prints them. */
export const notaRequiredSections = ['aanleiding', 'geadviseerdBesluit', 'kernpunten', 'toelichting'] as const;
export const notaOptionalSections = [
  'bevindingen',
  'krachtenveld',
  'communicatie',
  'financieleGevolgen',
  'juridischeGevolgen',
  'nietOpenbaar',
] as const;
type SectionKey = (typeof notaRequiredSections)[number] | (typeof notaOptionalSections)[number];

export type NotaDraft = Record<SectionKey, string> & {
  date: string;
  reference: string;
  addressedTo: string;
  sender: string;
  bijlagen: string;
  contacts: { name: string; role: string; phone: string; email: string }[];
};

export function notaDraftOf(nota: Nota): NotaDraft {
  const sections = Object.fromEntries(
    [...notaRequiredSections, ...notaOptionalSections].map((k) => [k, joinParagraphs(nota[k])]),
  ) as Record<SectionKey, string>;
  return {
    ...sections,
    date: nota.date,
    reference: nota.reference,
    addressedTo: joinLines(nota.addressedTo),
    sender: nota.sender,
    bijlagen: joinLines(nota.bijlagen),
    contacts: nota.contacts.map((c) => ({ name: c.name, role: c.role, phone: c.phone ?? '', email: c.email ?? '' })),
  };
}

/** What is missing before the nota can be saved, in the words of the form's labels. */
export function notaProblems(
  d: NotaDraft,
  labels: { date: string; sender: string; contactName: (n: number) => string; contactRole: (n: number) => string },
  required: (field: string) => string,
): string[] {
  const problems: string[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date)) problems.push(required(labels.date));
  if (!d.sender.trim()) problems.push(required(labels.sender));
  d.contacts.forEach((c, i) => {
    if (!c.name.trim()) problems.push(required(labels.contactName(i + 1)));
    if (!c.role.trim()) problems.push(required(labels.contactRole(i + 1)));
  });
  return problems;
}

/** The whole nota, as PUT /editions/:id patches it (key by key: an emptied optional section is sent as null). */
export function notaPatch(d: NotaDraft): { nota: Record<string, unknown> } {
  const optional = Object.fromEntries(
    notaOptionalSections.map((k) => [k, optionalList(splitParagraphs(d[k])) ?? null]),
  );
  return {
    nota: {
      date: d.date,
      reference: d.reference.trim(),
      addressedTo: splitLines(d.addressedTo),
      sender: d.sender.trim(),
      aanleiding: splitParagraphs(d.aanleiding),
      geadviseerdBesluit: splitParagraphs(d.geadviseerdBesluit),
      kernpunten: splitParagraphs(d.kernpunten),
      toelichting: splitParagraphs(d.toelichting),
      ...optional,
      bijlagen: optionalList(splitLines(d.bijlagen)) ?? null,
      contacts: d.contacts.map((c) => ({
        name: c.name.trim(),
        role: c.role.trim(),
        ...(c.phone.trim() ? { phone: c.phone.trim() } : {}),
        ...(c.email.trim() ? { email: c.email.trim() } : {}),
      })),
    },
  };
}
