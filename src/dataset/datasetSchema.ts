import * as v from 'valibot';
import { isValidPartialDate } from '@/derive/partialDate';

/*
 * The one description of the dataset's shape. The TypeScript types below are inferred from it,
 * so the types cannot drift from what the validator accepts. Checks that need the whole dataset
 * (references between records, ordering) live in checkDatasetReferences.ts.
 */

/** The longest name, label, title or id, and the longest note or paragraph, in characters. */
export const MAX_NAME_LENGTH = 200;
export const MAX_TEXT_LENGTH = 2_000;
/** The largest head count: above any union's or federation's (the largest national centres have a few million). */
export const MAX_MEMBERS = 100_000_000;

const trimmed = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
/** A name, label, title or id: short enough to sort, label and lay out. */
const text = v.pipe(trimmed, v.maxLength(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`));
/** A note, description or paragraph. */
const prose = v.pipe(trimmed, v.maxLength(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`));
const sourceIds = v.array(text);

const partialDateFields = v.strictObject({
  date: v.string(),
  precision: v.picklist(['year', 'month', 'day'], 'must be "year", "month" or "day"'),
});
type PartialDateFields = v.InferOutput<typeof partialDateFields>;

const partialDate = v.pipe(
  partialDateFields,
  v.forward<PartialDateFields, v.CheckIssue<PartialDateFields>, ['date']>(
    v.check(isValidPartialDate, 'must be a real date written as YYYY, YYYY-MM or YYYY-MM-DD to match its precision'),
    ['date'],
  ),
);

/** A head count: a whole number from zero to MAX_MEMBERS, exact as a JavaScript number. */
const headCount = (typeMessage: string) =>
  v.pipe(
    v.number(typeMessage),
    v.integer('must be a whole number'),
    v.minValue(0, 'must not be negative'),
    v.maxValue(MAX_MEMBERS, `must be at most ${MAX_MEMBERS.toLocaleString('en')}`),
  );
/** `null` where no source gives it. */
const memberCount = v.nullable(headCount('must be a number or null'));

const bilingualName = v.strictObject({ en: text, ja: text });

const foundingUnion = v.strictObject({
  abbreviation: text,
  /** `null` where no source records the English name (Zengyokan). */
  nameEn: v.nullable(text),
  nameEnNote: v.optional(prose),
  /** `null` where no source was read for it: never guessed. */
  nameJa: v.nullable(text),
  /** True where only the Japanese abbreviation (全商工) is known, not the full name. */
  nameJaIsAbbreviation: v.boolean(),
  nameJaNote: v.optional(prose),
  nameJaSources: sourceIds,
  /** Its members at the dataset's `membersAsOf` date. */
  members: memberCount,
  membersNote: v.optional(prose),
  sources: v.pipe(sourceIds, v.nonEmpty('every union needs a source')),
});

/**
 * What a membership figure counts: with the observer unions, without them, or unstated. Figures on
 * different bases are not like for like, and the timeline does not join them.
 */
const membershipBasis = v.picklist(
  ['observers-included', 'observers-excluded', 'not-stated'],
  'must be "observers-included", "observers-excluded" or "not-stated"',
);

const membershipPoint = v.strictObject({
  date: partialDate,
  value: headCount('must be a number'),
  /** Without it, "not-stated". */
  basis: v.optional(membershipBasis),
  /** Worked out from other figures (a stated change), not given as such by a source. */
  derived: v.optional(v.boolean()),
  /** Given as a round figure ("about 89,900"). */
  approximate: v.optional(v.boolean()),
  note: v.optional(prose),
  sources: v.pipe(sourceIds, v.nonEmpty('every figure needs a source')),
});

const organisation = v.strictObject({
  id: text,
  name: bilingualName,
  shortName: text,
  kind: v.picklist(['confederation', 'federation'], 'must be "confederation" or "federation"'),
  /** `null` where the organisation began before the period this dataset covers. */
  start: v.nullable(partialDate),
  /** `null` while it continues (or its end is not in the sources). */
  end: v.nullable(partialDate),
  endNote: v.optional(prose),
  sources: v.pipe(sourceIds, v.nonEmpty('every organisation needs a source')),
});

const dispute = v.strictObject({
  summary: prose,
  claims: v.pipe(
    v.array(v.strictObject({ source: text, says: prose })),
    v.minLength(2, 'a dispute needs at least two claims'),
  ),
});

const historyEvent = v.strictObject({
  id: text,
  /** A few words for the timeline's marker; `title` and `text` say the rest. */
  label: text,
  date: partialDate,
  title: text,
  text: prose,
  organisations: v.array(text),
  unions: v.optional(v.array(text)),
  sources: v.pipe(sourceIds, v.nonEmpty('every event needs a source')),
  dispute: v.optional(dispute),
});

const affiliate = v.strictObject({
  id: text,
  nameEn: text,
  /** `null` where no source read gives it (a name from memory is not shown). */
  nameJa: v.nullable(text),
  nameJaSources: sourceIds,
  /** Abbreviations of the founding unions this union continues, only where a source says so. */
  continues: v.array(text),
  note: v.optional(prose),
  sources: v.pipe(sourceIds, v.nonEmpty('every affiliate needs a source')),
});

/*
 * How the timeline draws the organisations: lanes top to bottom, and forks where one lane becomes
 * several. Roles, not ids, decide how a lane looks: `context` for the confederations around the
 * story, `continuing` for the line that goes on, `breakaway` for one that splits off.
 */
const laneRole = v.picklist(['context', 'continuing', 'breakaway'], 'must be "context", "continuing" or "breakaway"');

const lane = v.strictObject({
  id: text,
  organisation: text,
  /** The confederation it belongs to along this lane, named in its label. */
  within: v.optional(text),
  role: laneRole,
  /** True where the sources disagree about this line (its names and the legend say so). */
  disputed: v.optional(v.boolean()),
  /** Where the lane starts and ends, when not at the organisation's own start and end. */
  from: v.optional(v.nullable(partialDate)),
  to: v.optional(v.nullable(partialDate)),
});

const fork = v.strictObject({
  id: text,
  /** The lane that splits. */
  from: text,
  /** The lanes it becomes; each branch leaves at its lane's start. */
  to: v.pipe(v.array(text), v.minLength(2, 'a fork needs at least two lanes')),
  /** The event that tells the fork's story, and its dispute if any. */
  event: v.optional(text),
});

const source = v.strictObject({
  id: text,
  title: text,
  /** Only web addresses: a link is never `javascript:` or `data:`. */
  url: v.nullable(
    v.pipe(
      v.string(),
      v.maxLength(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`),
      v.url('must be a URL or null'),
      v.check((url) => /^https?:\/\//i.test(url), 'must be an http or https address'),
    ),
  ),
  /** Where inside the site the entry is, for sources without a stable deep link. */
  locator: v.optional(text),
  licence: v.nullable(text),
});

export const datasetSchema = v.strictObject(
  {
    schemaVersion: v.literal(2, 'must be 2 (the version this app reads)'),
    federation: v.strictObject({
      name: bilingualName,
      shortName: v.strictObject({ en: text, ja: text, kana: text }),
      description: prose,
      founded: partialDate,
      foundedNote: v.optional(prose),
      foundedHow: prose,
      sources: v.pipe(sourceIds, v.nonEmpty('the federation needs a source')),
    }),
    /** The date every founding union's `members` figure is for. */
    membersAsOf: partialDate,
    foundingUnions: v.array(foundingUnion),
    membership: v.array(membershipPoint),
    organisations: v.array(organisation),
    events: v.array(historyEvent),
    affiliatesToday: v.array(affiliate),
    /** What the list of affiliates is and is not (its date, whether it is complete), shown with it. */
    affiliatesTodayNote: v.optional(prose),
    /** Without it, the timeline draws one lane for each organisation, in the data's order. */
    timeline: v.optional(v.strictObject({ lanes: v.array(lane), forks: v.array(fork) })),
    sources: v.pipe(v.array(source), v.nonEmpty('must list at least one source')),
  },
  'must be a JSON object (the file holds something else at its root)',
);

export type Dataset = v.InferOutput<typeof datasetSchema>;
export type FoundingUnion = Dataset['foundingUnions'][number];
export type MembershipPoint = Dataset['membership'][number];
export type Organisation = Dataset['organisations'][number];
export type HistoryEvent = Dataset['events'][number];
export type Affiliate = Dataset['affiliatesToday'][number];
export type Source = Dataset['sources'][number];
export type LaneRole = v.InferOutput<typeof laneRole>;
export type MembershipBasis = v.InferOutput<typeof membershipBasis>;
export type TimelineData = NonNullable<Dataset['timeline']>;
