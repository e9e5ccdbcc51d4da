/** Migration 3: the clusterer's log (batches of documents added since its last snapshot in cluster_state). */
export const migration003 = `
CREATE TABLE cluster_log (
  seq BIGSERIAL PRIMARY KEY,
  ids JSONB NOT NULL
);
`;
