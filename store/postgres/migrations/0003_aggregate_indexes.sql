-- Indexes for the aggregates: the actor network reads its pairs from a covering index in
-- pair order, and QuadClass, a common filter of maps and time lines, gets an index of its own.
CREATE INDEX IF NOT EXISTS events_pairs ON events (actor1_code, actor2_code, goldstein, tone);
CREATE INDEX IF NOT EXISTS events_quad ON events (quad, day);
