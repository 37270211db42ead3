// rulings(orderBy: TITLE) without a date range walks this index in title order from the cursor,
// reading about as many rulings as a page holds instead of sorting every ruling
// (cypher/queries/ruling-list/page.cypher, src/ruling-list/ruling-list.repository.ts).
CREATE INDEX ruling_title IF NOT EXISTS FOR (n:Ruling) ON (n.title);
