import { type RoleCode, regions, type SourceCode, sources } from '../contract/index.ts';
import type { Identity } from './create-identity.ts';
import type { Rng } from '../random/index.ts';
import { isoOfDay, yearOfDay } from './day-number.ts';
import { recordIdentity } from './record-identity.ts';
import type { TruePerson } from './simulate-population.ts';
import type { SourceRecord } from './simulate-pathway.ts';
import { sourceRecording } from './source-recording.ts';
import type { PersonLink, PersonPhenomena, RawRow, RegistrationLink, SourceExtract } from './synthetic-chain.ts';

export type BuiltExtracts = {
  extracts: Record<SourceCode, SourceExtract>;
  personLinks: PersonLink[];
  /** the hard cases each person row carries before faults, in `personLinks` order */
  personPhenomena: PersonPhenomena[];
  registrationLinks: RegistrationLink[];
};

const pad = (n: number) => String(n).padStart(8, '0');

/**
 * Turns what each source learnt into its own rows, with its own local ids (never the true ids).
 * `rng` draws what the source records (gaps, duplicates); `identityRng` how it writes the person's
 * names and dates, so the hard cases of identity leave the registrations as they are.
 */
export function buildExtracts(
  rng: Rng,
  records: readonly SourceRecord[],
  identityOf: (person: TruePerson) => Identity,
  identityRng: Rng,
): BuiltExtracts {
  const bySource = new Map<SourceCode, SourceRecord[]>(sources.codes.map((s) => [s, []]));
  for (const r of records) bySource.get(r.source)?.push(r);
  const personLinks: PersonLink[] = [];
  const personPhenomena: PersonPhenomena[] = [];
  const registrationLinks: RegistrationLink[] = [];
  const extracts = {} as Record<SourceCode, SourceExtract>;

  for (const source of sources.codes) {
    const rec = sourceRecording[source];
    const list = (bySource.get(source) ?? []).sort((a, b) => a.day - b.day || a.incident.index - b.incident.index);
    const extract: SourceExtract = { registration: [], person: [], case_event: [] };
    const localIdOf = new Map<TruePerson, string>();
    let eventSeq = 0;

    const localPerson = (person: TruePerson, role: RoleCode, day: number): string => {
      const known = localIdOf.get(person);
      if (known !== undefined && !rng.bernoulli(rec.duplicatePerson)) return known;
      const personId = `${rec.personPrefix}${pad(extract.person.length + 1)}`;
      localIdOf.set(person, personId);
      personLinks.push({ source, person_id: personId, true_person_id: person.id, role });
      const k = role === 'victim' ? 0 : 1;
      const dobMissing = rng.bernoulli(rec.dobMissing[k]);
      const sex = rng.bernoulli(rec.sexUnknown) ? 'U' : person.sex;
      const bsnMissing = rng.bernoulli(rec.bsnMissing[k]);
      const postcodeMissing = rng.bernoulli(rec.postcodeMissing);
      const { phenomena, ...ids } = recordIdentity(
        identityRng,
        source,
        role,
        day,
        identityOf(person),
        person.birthDay,
        {
          bsnMissing,
          dobMissing,
          postcodeMissing,
          allFirstNames: rec.allFirstNames,
        },
      );
      personPhenomena.push({ source, person_id: personId, phenomena });
      extract.person.push({
        source,
        person_id: personId,
        role,
        sex,
        birth_year_month: ids.date_of_birth === null ? null : ids.date_of_birth.slice(0, 7),
        ...ids,
      });
      return personId;
    };

    list.forEach((r, n) => {
      const i = r.incident;
      const regionNumber = regions.codes.indexOf(i.region) + 1;
      const registrationId = rec.registrationId(n + 1, yearOfDay(r.day), regionNumber);
      registrationLinks.push({ source, registration_id: registrationId, true_incident_id: i.id });
      const victimId = r.victimKnown ? localPerson(i.victim, 'victim', r.day) : null;
      const suspectId = r.suspectKnown ? localPerson(i.suspect, 'suspect', r.day) : null;
      const noDate = rng.bernoulli(rec.incidentDateMissing);
      const justiceSource = source === 'police' || source === 'om' || source === 'courts';
      extract.registration.push({
        source,
        registration_id: registrationId,
        registration_date: isoOfDay(r.day),
        incident_date_from: noDate ? null : isoOfDay(i.fromDay),
        incident_date_to: noDate || (!justiceSource && i.toDay === i.fromDay) ? null : isoOfDay(i.toDay),
        offence_code: i.offence,
        setting: rng.bernoulli(rec.settingUnknown) ? 'unknown' : i.setting,
        online: i.online,
        region: rng.bernoulli(rec.regionUnknown) ? 'UNK' : i.region,
        victim_person_id: victimId,
        suspect_person_id: suspectId,
        relationship: rng.bernoulli(rec.relationshipUnknown) ? 'unknown' : i.relationship,
      });
      for (const e of r.events) {
        eventSeq++;
        const row: RawRow = {
          source,
          event_id: `${rec.eventPrefix}${pad(eventSeq)}`,
          registration_id: registrationId,
          person_id: e.who === 'victim' ? victimId : e.who === 'suspect' ? suspectId : null,
          step: e.step,
          event_date: isoOfDay(e.day),
          om_decision: e.omDecision ?? null,
          court_ruling: e.courtRuling ?? null,
          sentence_type: e.sentenceType ?? null,
          sentence_days: e.sentenceDays ?? null,
        };
        extract.case_event.push(row);
      }
    });
    extracts[source] = extract;
  }
  return { extracts, personLinks, personPhenomena, registrationLinks };
}
