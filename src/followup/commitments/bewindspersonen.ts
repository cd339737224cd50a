import { z } from 'zod';
import type { Changed } from './commitment-changes.ts';
import { FollowupError } from '../followup-error.ts';
import { type ChangeContext, type Commitment, departments, isoDate } from '../followup-model.ts';
import { dayBefore } from './parliamentary-calendar.ts';

/**
 * Bewindspersonen (ministers and state secretaries) as posts held by people over time. A
 * commitment names the post; the holder on the day it was made is who made it (the "toenmalige"
 * minister of the seed nota), the holder today is who answers for it now.
 */
export const postHolderSchema = z.object({
  /** As the person is called: "Ingrid van Denkbeeldig". */
  name: z.string().min(1),
  initials: z.string().min(1),
  voornaam: z.string().min(1).optional(),
  tussenvoegsel: z.string().min(1).optional(),
  achternaam: z.string().min(1),
  from: isoDate,
  /** The last day in office; absent while in office. */
  to: isoDate.optional(),
  /** The post's title under this holder when it differed (a portfolio renamed at a new cabinet). */
  title: z.string().min(1).optional(),
});
export type PostHolder = z.infer<typeof postHolderSchema>;

export const postSchema = z.object({
  id: z.string().min(1),
  /** "Minister van Justitie en Veiligheid", "Staatssecretaris van Volksgezondheid, Welzijn en Sport". */
  title: z.string().min(1),
  /** The ministry as the register writes it: "Justitie en Veiligheid". */
  ministry: z.string().min(1),
  /** The department code: "JenV". */
  department: z.string().min(1),
  /** Oldest first; terms do not overlap. */
  holders: z.array(postHolderSchema),
});
export type Post = z.infer<typeof postSchema>;

/** A new holder takes office on `from`; name parts not given are read from `name`. */
export const handoverSchema = z.object({
  name: z.string().min(1, 'give the new holder’s name'),
  initials: z.string().min(1, 'give the initials, e.g. "I."'),
  voornaam: z.string().min(1).optional(),
  tussenvoegsel: z.string().min(1).optional(),
  achternaam: z.string().min(1).optional(),
  from: isoDate,
  title: z.string().min(1).optional(),
});
export type Handover = z.infer<typeof handoverSchema>;

export const newPostSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'id: lower-case letters, digits and hyphens')
    .optional(),
  title: z.string().min(1, 'give the title, e.g. "Minister van Justitie en Veiligheid"'),
  department: z.enum(Object.keys(departments) as [keyof typeof departments, ...(keyof typeof departments)[]]),
  holder: handoverSchema.optional(),
});
export type NewPost = z.infer<typeof newPostSchema>;

const tussenvoegsels = [
  'van der',
  'van den',
  'van de',
  "van 't",
  'in het',
  "in 't",
  'op de',
  'van',
  'de',
  'der',
  'den',
  'te',
  'ter',
  'ten',
  "'t",
];

/** "Ingrid van Denkbeeldig" → voornaam Ingrid, tussenvoegsel van, achternaam Denkbeeldig. */
export function splitDutchName(name: string): Pick<PostHolder, 'voornaam' | 'tussenvoegsel' | 'achternaam'> {
  const words = name.trim().split(/\s+/);
  if (words.length === 1) return { achternaam: words[0] ?? name };
  const [voornaam, ...rest] = words;
  const tail = rest.join(' ');
  const prefix = tussenvoegsels.find((t) => tail.toLowerCase().startsWith(`${t} `));
  if (prefix)
    return { voornaam, tussenvoegsel: tail.slice(0, prefix.length), achternaam: tail.slice(prefix.length + 1) };
  return { voornaam, achternaam: tail };
}

export function holderOn(post: Post, date: string): PostHolder | undefined {
  return post.holders.find((h) => h.from <= date && (h.to === undefined || date <= h.to));
}

/** The title of the post on a date (the holder's own title if the portfolio was renamed). */
export function titleOn(post: Post, date: string): string {
  return holderOn(post, date)?.title ?? post.title;
}

/** The post a commitment names: by `postId`, or for older records the one post whose title is `who`. */
export function postOf(commitment: Commitment, posts: readonly Post[]): Post | undefined {
  if (commitment.postId) return posts.find((p) => p.id === commitment.postId);
  const who = commitment.who.trim().toLowerCase();
  const matches = posts.filter(
    (p) => p.title.toLowerCase() === who || p.holders.some((h) => h.title?.toLowerCase() === who),
  );
  return matches.length === 1 ? matches[0] : undefined;
}

/** Who made a commitment (the holder on `madeOn`) and who answers for it on `today`. */
export function commitmentHolders(
  commitment: Commitment,
  posts: readonly Post[],
  today: string,
): { post?: Post; madeBy?: PostHolder; titleThen: string; now?: PostHolder; titleNow?: string } {
  const post = postOf(commitment, posts);
  if (!post) return { titleThen: commitment.who };
  const madeOn = commitment.madeOn ?? today;
  const now = holderOn(post, today);
  const madeBy = holderOn(post, madeOn);
  return {
    post,
    ...(madeBy ? { madeBy } : {}),
    titleThen: titleOn(post, madeOn),
    ...(now ? { now, titleNow: titleOn(post, today) } : {}),
  };
}

const history = (post: Post, action: string, detail: Record<string, unknown>, { actor, at }: ChangeContext) => ({
  entity: 'post' as const,
  entityId: post.id,
  at,
  actor: actor.userId ? `${actor.name} (${actor.userId})` : actor.name,
  action,
  detail,
});

const holderFrom = (h: Handover): PostHolder => {
  const parts = h.achternaam
    ? { voornaam: h.voornaam, tussenvoegsel: h.tussenvoegsel, achternaam: h.achternaam }
    : splitDutchName(h.name);
  return JSON.parse(
    JSON.stringify({ name: h.name.trim(), initials: h.initials.trim(), ...parts, from: h.from, title: h.title }),
  ) as PostHolder;
};

/** A new post (a cabinet creates portfolios), optionally with its first holder. */
export function createPost(input: NewPost, context: ChangeContext): Changed<Post> {
  const id =
    input.id ??
    `${input.department.toLowerCase()}-${input.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}`;
  const post: Post = {
    id,
    title: input.title.trim(),
    ministry: departments[input.department],
    department: input.department,
    holders: input.holder ? [holderFrom(input.holder)] : [],
  };
  return { value: post, history: history(post, 'created', { post }, context) };
}

/**
 * Hands the post over: the holder in office leaves the day before `from`, the new one takes office
 * on `from`. A handover before the last one's start is refused (correct that holder instead).
 */
export function handOver(post: Post, input: Handover, context: ChangeContext): Changed<Post> {
  const last = post.holders.at(-1);
  if (last && input.from <= last.from)
    throw new FollowupError(
      `${post.title}: ${last.name} took office on ${last.from}; a handover must start after that (you gave ${input.from}).`,
      'invalid-input',
    );
  const next = holderFrom(input);
  const holders = post.holders.map((h, i) =>
    i === post.holders.length - 1 && (h.to === undefined || h.to >= input.from)
      ? { ...h, to: dayBefore(input.from) }
      : h,
  );
  const value: Post = { ...post, holders: [...holders, next] };
  return {
    value,
    history: history(post, 'handover', { from: last?.name ?? null, to: next.name, on: input.from }, context),
  };
}
