import { z } from 'zod';

/** A label in both languages the monitor publishes in. */
export type Label = { readonly nl: string; readonly en: string };

export type CodeList<C extends string> = {
  readonly id: string;
  readonly codes: readonly C[];
  readonly labels: Readonly<Record<C, Label>>;
  readonly schema: z.ZodEnum<{ [K in C]: K }>;
};

/** Declares a code list once: its codes, their NL/EN labels and the zod enum that validates them. */
export function defineCodeList<const C extends string>(id: string, labels: Record<C, Label>): CodeList<C> {
  const codes = Object.keys(labels) as C[];
  if (codes.length === 0) throw new Error(`code list ${id} is empty`);
  const schema = z.enum(codes as [C, ...C[]]) as unknown as z.ZodEnum<{ [K in C]: K }>;
  return { id, codes, labels, schema };
}

export function labelOf<C extends string>(list: CodeList<C>, code: C, lang: keyof Label): string {
  return list.labels[code][lang];
}
