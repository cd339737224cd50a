/** The version of the delivery contract; a delivery states it and ingest refuses another major. */
export const contractVersion = '1.0.0';
