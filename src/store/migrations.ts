/**
 * Schema migrations, applied in order and recorded in `schema_migration`. Never edit a shipped
 * migration: add a new one. Each migration runs in one transaction with its record.
 */
export type Migration = { readonly id: number; readonly name: string; readonly sql: string };

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
];
