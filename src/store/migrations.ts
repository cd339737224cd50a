/**
 * Schema migrations, applied in order and recorded in `schema_migration`. Never edit a shipped
 * migration: add a new one. Each migration runs in one transaction with its record.
 */
import { chainAuditLog } from './chain-audit-log.ts';
import type { Store } from './open-store.ts';

export type Migration = {
  readonly id: number;
  readonly name: string;
  readonly sql: string;
  /** A data step after the SQL, in the same transaction, for work SQL does badly (a sequential hash chain). */
  readonly data?: (store: Store) => Promise<void>;
};

export const migrations: readonly Migration[] = [
  {
    id: 1,
    name: 'contract v1 records, deliveries and quarantine',
    sql: `
      CREATE TABLE delivery (
        delivery_id VARCHAR PRIMARY KEY,
        source VARCHAR NOT NULL,
        record_type VARCHAR NOT NULL,
        file_name VARCHAR NOT NULL,
        format VARCHAR NOT NULL,
        content_hash VARCHAR NOT NULL,
        contract_version VARCHAR NOT NULL,
        received_at TIMESTAMP NOT NULL,
        rows_read INTEGER NOT NULL,
        rows_accepted INTEGER NOT NULL,
        rows_quarantined INTEGER NOT NULL,
        UNIQUE (source, record_type, content_hash)
      );
      CREATE TABLE registration (
        delivery_id VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        registration_id VARCHAR NOT NULL,
        registration_date DATE NOT NULL,
        incident_date_from DATE,
        incident_date_to DATE,
        offence_code VARCHAR NOT NULL,
        setting VARCHAR NOT NULL,
        online BOOLEAN NOT NULL,
        region VARCHAR NOT NULL,
        victim_person_id VARCHAR,
        suspect_person_id VARCHAR,
        relationship VARCHAR NOT NULL,
        PRIMARY KEY (source, registration_id)
      );
      CREATE TABLE person (
        delivery_id VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        person_id VARCHAR NOT NULL,
        role VARCHAR NOT NULL,
        sex VARCHAR NOT NULL,
        birth_year_month VARCHAR,
        link_bsn VARCHAR,
        link_name_dob VARCHAR,
        link_bloom_name VARCHAR,
        link_bloom_dob VARCHAR,
        PRIMARY KEY (source, person_id)
      );
      CREATE TABLE case_event (
        delivery_id VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        event_id VARCHAR NOT NULL,
        registration_id VARCHAR NOT NULL,
        person_id VARCHAR,
        step VARCHAR NOT NULL,
        event_date DATE NOT NULL,
        om_decision VARCHAR,
        court_ruling VARCHAR,
        sentence_type VARCHAR,
        sentence_days INTEGER,
        PRIMARY KEY (source, event_id)
      );
      CREATE TABLE quarantine (
        delivery_id VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        record_type VARCHAR NOT NULL,
        file_name VARCHAR NOT NULL,
        row_number INTEGER NOT NULL,
        column_name VARCHAR,
        value VARCHAR,
        rule VARCHAR NOT NULL,
        message_nl VARCHAR NOT NULL,
        message_en VARCHAR NOT NULL
      );
    `,
  },
  {
    id: 2,
    name: 'linkage clusters and pipeline outputs',
    sql: `
      CREATE TABLE person_link (
        source VARCHAR NOT NULL,
        person_id VARCHAR NOT NULL,
        cluster_id VARCHAR NOT NULL,
        method VARCHAR NOT NULL,
        PRIMARY KEY (source, person_id)
      );
      CREATE TABLE pipeline_output (
        run_id VARCHAR NOT NULL,
        stage VARCHAR NOT NULL,
        finished_at TIMESTAMP NOT NULL,
        duration_ms INTEGER NOT NULL,
        summary VARCHAR NOT NULL,
        output JSON NOT NULL,
        PRIMARY KEY (run_id, stage)
      );
    `,
  },
  {
    id: 3,
    name: 'delivery versions: period, status and supersession; rows keyed per delivery; current views',
    sql: `
      CREATE TABLE delivery_v3 (
        delivery_id VARCHAR PRIMARY KEY,
        source VARCHAR NOT NULL,
        record_type VARCHAR NOT NULL,
        period VARCHAR NOT NULL,
        file_name VARCHAR NOT NULL,
        format VARCHAR NOT NULL,
        content_hash VARCHAR NOT NULL,
        contract_version VARCHAR NOT NULL,
        received_at TIMESTAMP NOT NULL,
        rows_read INTEGER NOT NULL,
        rows_accepted INTEGER NOT NULL,
        rows_quarantined INTEGER NOT NULL,
        status VARCHAR NOT NULL,
        supersedes VARCHAR,
        status_changed_at TIMESTAMP NOT NULL,
        UNIQUE (source, record_type, period, content_hash)
      );
      INSERT INTO delivery_v3
        SELECT delivery_id, source, record_type, 'unknown', file_name, format, content_hash, contract_version, received_at,
               rows_read, rows_accepted, rows_quarantined, 'active', NULL, received_at
        FROM delivery;
      DROP TABLE delivery;
      ALTER TABLE delivery_v3 RENAME TO delivery;

      CREATE TABLE registration_v3 (
        delivery_id VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        registration_id VARCHAR NOT NULL,
        registration_date DATE NOT NULL,
        incident_date_from DATE,
        incident_date_to DATE,
        offence_code VARCHAR NOT NULL,
        setting VARCHAR NOT NULL,
        online BOOLEAN NOT NULL,
        region VARCHAR NOT NULL,
        victim_person_id VARCHAR,
        suspect_person_id VARCHAR,
        relationship VARCHAR NOT NULL,
        PRIMARY KEY (delivery_id, registration_id)
      );
      INSERT INTO registration_v3 SELECT * FROM registration;
      DROP TABLE registration;
      ALTER TABLE registration_v3 RENAME TO registration;

      CREATE TABLE person_v3 (
        delivery_id VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        person_id VARCHAR NOT NULL,
        role VARCHAR NOT NULL,
        sex VARCHAR NOT NULL,
        birth_year_month VARCHAR,
        link_bsn VARCHAR,
        link_name_dob VARCHAR,
        link_bloom_name VARCHAR,
        link_bloom_dob VARCHAR,
        PRIMARY KEY (delivery_id, person_id)
      );
      INSERT INTO person_v3 SELECT * FROM person;
      DROP TABLE person;
      ALTER TABLE person_v3 RENAME TO person;

      CREATE TABLE case_event_v3 (
        delivery_id VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        event_id VARCHAR NOT NULL,
        registration_id VARCHAR NOT NULL,
        person_id VARCHAR,
        step VARCHAR NOT NULL,
        event_date DATE NOT NULL,
        om_decision VARCHAR,
        court_ruling VARCHAR,
        sentence_type VARCHAR,
        sentence_days INTEGER,
        PRIMARY KEY (delivery_id, event_id)
      );
      INSERT INTO case_event_v3 SELECT * FROM case_event;
      DROP TABLE case_event;
      ALTER TABLE case_event_v3 RENAME TO case_event;

      CREATE VIEW registration_current AS
        SELECT r.* FROM registration r JOIN delivery d USING (delivery_id) WHERE d.status = 'active';
      CREATE VIEW person_current AS
        SELECT p.* FROM person p JOIN delivery d USING (delivery_id) WHERE d.status = 'active';
      CREATE VIEW case_event_current AS
        SELECT e.* FROM case_event e JOIN delivery d USING (delivery_id) WHERE d.status = 'active';
    `,
  },
  {
    id: 4,
    name: 'follow-up tracker: editions, recommendations, responses, commitments, workflows, history',
    sql: `
      CREATE TABLE followup_edition (edition_id VARCHAR PRIMARY KEY, data JSON NOT NULL);
      CREATE TABLE followup_recommendation (
        edition_id VARCHAR NOT NULL, number INTEGER NOT NULL, theme VARCHAR NOT NULL, data JSON NOT NULL,
        PRIMARY KEY (edition_id, number)
      );
      CREATE TABLE followup_response (
        edition_id VARCHAR NOT NULL, number INTEGER NOT NULL, stance VARCHAR NOT NULL, data JSON NOT NULL,
        PRIMARY KEY (edition_id, number)
      );
      CREATE TABLE followup_commitment (
        commitment_id VARCHAR PRIMARY KEY, edition_id VARCHAR NOT NULL, ministry VARCHAR NOT NULL,
        due DATE, status VARCHAR NOT NULL, data JSON NOT NULL
      );
      CREATE TABLE followup_workflow (edition_id VARCHAR PRIMARY KEY, state VARCHAR NOT NULL, data JSON NOT NULL);
      CREATE SEQUENCE followup_history_seq;
      CREATE TABLE followup_history (
        seq BIGINT PRIMARY KEY DEFAULT nextval('followup_history_seq'),
        entity VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, changed_at VARCHAR NOT NULL,
        actor VARCHAR NOT NULL, action VARCHAR NOT NULL, detail JSON NOT NULL
      );
    `,
  },
  {
    id: 5,
    name: 'linkage review decisions and review queue',
    sql: `
      CREATE TABLE link_review_decision (
        left_source VARCHAR NOT NULL, left_person_id VARCHAR NOT NULL,
        right_source VARCHAR NOT NULL, right_person_id VARCHAR NOT NULL,
        decision VARCHAR NOT NULL CHECK (decision IN ('accept', 'reject')),
        decided_by VARCHAR NOT NULL, decided_at TIMESTAMP NOT NULL,
        PRIMARY KEY (left_source, left_person_id, right_source, right_person_id)
      );
      CREATE TABLE link_review_queue (
        role VARCHAR NOT NULL,
        left_source VARCHAR NOT NULL, left_person_id VARCHAR NOT NULL,
        right_source VARCHAR NOT NULL, right_person_id VARCHAR NOT NULL,
        match_weight DOUBLE NOT NULL, match_probability DOUBLE NOT NULL, contributions JSON NOT NULL
      );
    `,
  },
  {
    id: 6,
    name: 'access: users, sessions and the append-only audit log',
    sql: `
      CREATE TABLE app_user (
        user_id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, email VARCHAR NOT NULL UNIQUE,
        role VARCHAR NOT NULL CHECK (role IN ('administrator', 'steward', 'analyst', 'officer')),
        organisation VARCHAR, password_hash VARCHAR NOT NULL,
        failed_logins INTEGER NOT NULL, locked_until TIMESTAMP, created_at TIMESTAMP NOT NULL
      );
      CREATE TABLE user_session (
        session_hash VARCHAR PRIMARY KEY, user_id VARCHAR NOT NULL, csrf_token VARCHAR NOT NULL,
        created_at TIMESTAMP NOT NULL, last_seen_at TIMESTAMP NOT NULL, ip VARCHAR NOT NULL
      );
      CREATE SEQUENCE audit_log_seq;
      CREATE TABLE audit_log (
        seq BIGINT PRIMARY KEY DEFAULT nextval('audit_log_seq'), occurred_at TIMESTAMP NOT NULL,
        user_id VARCHAR, user_name VARCHAR, role VARCHAR,
        action VARCHAR NOT NULL, target VARCHAR NOT NULL, ip VARCHAR NOT NULL, outcome INTEGER NOT NULL
      );
    `,
  },
  {
    id: 7,
    name: 'editions: a period and the delivery versions, linkage and pipeline outputs it freezes',
    sql: `
      CREATE TABLE edition (
        edition_id VARCHAR PRIMARY KEY, title VARCHAR NOT NULL, year_from INTEGER NOT NULL, year_to INTEGER NOT NULL,
        created_at TIMESTAMP NOT NULL, estimate JSON NOT NULL, linkage JSON NOT NULL
      );
      CREATE TABLE edition_delivery (edition_id VARCHAR NOT NULL, delivery_id VARCHAR NOT NULL, PRIMARY KEY (edition_id, delivery_id));
      CREATE TABLE edition_person_link (
        edition_id VARCHAR NOT NULL, source VARCHAR NOT NULL, person_id VARCHAR NOT NULL, cluster_id VARCHAR NOT NULL, method VARCHAR NOT NULL,
        PRIMARY KEY (edition_id, source, person_id)
      );
    `,
  },
  {
    id: 8,
    name: 'account lifecycle: disabled accounts and one-time passwords that must be changed',
    // DuckDB cannot add a column with a constraint: NULL reads as not disabled / no change needed
    sql: `
      ALTER TABLE app_user ADD COLUMN disabled_at TIMESTAMP;
      ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT false;
    `,
  },
  {
    id: 9,
    name: 'delivered records without a primary-key index (ingest checks (delivery_id, id) is unique)',
    // The ART index on (delivery_id, id) doubled the cost of storing a delivery; ingest quarantines
    // repeated ids, stores a delivery's rows only with its delivery row (itself a primary key) and
    // checks the stored ids are unique before it commits (src/deliveries/ingest-delivery.ts).
    sql: `
      DROP VIEW registration_current;
      DROP VIEW person_current;
      DROP VIEW case_event_current;

      CREATE TABLE registration_v9 (
        delivery_id VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        registration_id VARCHAR NOT NULL,
        registration_date DATE NOT NULL,
        incident_date_from DATE,
        incident_date_to DATE,
        offence_code VARCHAR NOT NULL,
        setting VARCHAR NOT NULL,
        online BOOLEAN NOT NULL,
        region VARCHAR NOT NULL,
        victim_person_id VARCHAR,
        suspect_person_id VARCHAR,
        relationship VARCHAR NOT NULL
      );
      INSERT INTO registration_v9 SELECT * FROM registration;
      DROP TABLE registration;
      ALTER TABLE registration_v9 RENAME TO registration;

      CREATE TABLE person_v9 (
        delivery_id VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        person_id VARCHAR NOT NULL,
        role VARCHAR NOT NULL,
        sex VARCHAR NOT NULL,
        birth_year_month VARCHAR,
        link_bsn VARCHAR,
        link_name_dob VARCHAR,
        link_bloom_name VARCHAR,
        link_bloom_dob VARCHAR
      );
      INSERT INTO person_v9 SELECT * FROM person;
      DROP TABLE person;
      ALTER TABLE person_v9 RENAME TO person;

      CREATE TABLE case_event_v9 (
        delivery_id VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        event_id VARCHAR NOT NULL,
        registration_id VARCHAR NOT NULL,
        person_id VARCHAR,
        step VARCHAR NOT NULL,
        event_date DATE NOT NULL,
        om_decision VARCHAR,
        court_ruling VARCHAR,
        sentence_type VARCHAR,
        sentence_days INTEGER
      );
      INSERT INTO case_event_v9 SELECT * FROM case_event;
      DROP TABLE case_event;
      ALTER TABLE case_event_v9 RENAME TO case_event;

      CREATE VIEW registration_current AS
        SELECT r.* FROM registration r JOIN delivery d USING (delivery_id) WHERE d.status = 'active';
      CREATE VIEW person_current AS
        SELECT p.* FROM person p JOIN delivery d USING (delivery_id) WHERE d.status = 'active';
      CREATE VIEW case_event_current AS
        SELECT e.* FROM case_event e JOIN delivery d USING (delivery_id) WHERE d.status = 'active';
    `,
  },
  {
    id: 10,
    name: 'tamper-evident audit log: each row hashed together with the hash of the row before it',
    // the rows written before this migration are chained by the data step, in seq order
    sql: 'ALTER TABLE audit_log ADD COLUMN row_hash VARCHAR;',
    data: chainAuditLog,
  },
  {
    id: 11,
    name: 'held deliveries (a file that would empty or halve its period waits for the steward) and where the store came from',
    sql: `
      CREATE TABLE delivery_hold (
        delivery_id VARCHAR PRIMARY KEY,
        reason VARCHAR NOT NULL,
        rows_accepted INTEGER NOT NULL,
        current_rows INTEGER NOT NULL,
        held_at TIMESTAMP NOT NULL,
        confirmed_at TIMESTAMP,
        confirmed_by VARCHAR
      );
      CREATE TABLE store_origin (
        origin VARCHAR NOT NULL,
        created_at TIMESTAMP NOT NULL,
        created_by VARCHAR NOT NULL
      );
    `,
  },
  {
    id: 12,
    name: "the store's secret for cell keys: the same records always get the same noise, and nobody outside can work it out",
    sql: `
      CREATE TABLE disclosure_secret (secret VARCHAR NOT NULL);
      INSERT INTO disclosure_secret SELECT CAST(gen_random_uuid() AS VARCHAR) || CAST(gen_random_uuid() AS VARCHAR);
    `,
  },
  {
    id: 13,
    name: "follow-up: versions of every edited text, decisions on proposed redactions, and the minister's office as a role",
    // DuckDB cannot change a CHECK constraint: app_user is rebuilt with the new role allowed
    sql: `
      CREATE TABLE followup_version (
        entity VARCHAR NOT NULL CHECK (entity IN ('edition', 'recommendation', 'response')),
        entity_id VARCHAR NOT NULL,
        version INTEGER NOT NULL,
        saved_at VARCHAR NOT NULL,
        actor VARCHAR NOT NULL,
        data JSON NOT NULL,
        PRIMARY KEY (entity, entity_id, version)
      );
      CREATE TABLE followup_redaction (
        edition_id VARCHAR NOT NULL,
        proposal_id VARCHAR NOT NULL,
        decision VARCHAR NOT NULL CHECK (decision IN ('redact', 'keep')),
        ground VARCHAR CHECK (ground IN ('5.1.2e', '5.2')),
        decided_by VARCHAR NOT NULL,
        decided_at VARCHAR NOT NULL,
        PRIMARY KEY (edition_id, proposal_id)
      );

      CREATE TABLE app_user_v13 (
        user_id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, email VARCHAR NOT NULL UNIQUE,
        role VARCHAR NOT NULL CHECK (role IN ('administrator', 'steward', 'analyst', 'officer', 'minister-office')),
        organisation VARCHAR, password_hash VARCHAR NOT NULL,
        failed_logins INTEGER NOT NULL, locked_until TIMESTAMP, created_at TIMESTAMP NOT NULL,
        disabled_at TIMESTAMP, must_change_password BOOLEAN DEFAULT false
      );
      INSERT INTO app_user_v13
        SELECT user_id, name, email, role, organisation, password_hash, failed_logins, locked_until, created_at,
               disabled_at, must_change_password
        FROM app_user;
      DROP TABLE app_user;
      ALTER TABLE app_user_v13 RENAME TO app_user;
    `,
  },
  {
    id: 14,
    name: 'follow-up: bewindspersonen as posts held by people over time (the commitments name the post)',
    sql: `
      CREATE TABLE followup_post (
        post_id VARCHAR PRIMARY KEY,
        department VARCHAR NOT NULL,
        data JSON NOT NULL
      );
    `,
  },
  {
    id: 15,
    name: "linkage: the clusters had the pairs in the review band all gone one way (for the estimate's sensitivity)",
    sql: `
      CREATE TABLE person_link_alternative (
        linkage VARCHAR NOT NULL CHECK (linkage IN ('review-apart', 'review-together')),
        source VARCHAR NOT NULL,
        person_id VARCHAR NOT NULL,
        cluster_id VARCHAR NOT NULL,
        PRIMARY KEY (linkage, source, person_id)
      );
    `,
  },
];
