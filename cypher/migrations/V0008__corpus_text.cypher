// Official-corpus import (src/importer/retsinformation): law versions are keyed by their ELI URI,
// and full-text search covers the ruling's full text besides number, title and summary. The
// index keeps its name, so the search statements need no change; a full-text index cannot gain
// a property in place, so it is dropped and created again (Neo4j fills it in the background).
CREATE CONSTRAINT law_version_eli IF NOT EXISTS FOR (v:LawVersion) REQUIRE v.eli IS UNIQUE;
DROP INDEX ruling_text IF EXISTS;
// Danish stemming, so "kompressionsstrømpe" finds a title that says "kompressionsstrømper".
CREATE FULLTEXT INDEX ruling_text IF NOT EXISTS
FOR (n:Ruling) ON EACH [n.number, n.title, n.summary, n.fullText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'danish' } };
// Searches right after a migration (tests, a fresh start) see the whole index.
CALL db.awaitIndex('ruling_text', 300);
