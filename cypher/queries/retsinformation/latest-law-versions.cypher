// The newest stored version of each law, by document date: a stream's versions older than it do
// not overwrite the law or its paragraphs.
UNWIND $lawIds AS lawId
MATCH (v:LawVersion {lawId: lawId})
WITH lawId, v ORDER BY v.documentDate DESC, v.eli DESC
RETURN lawId, collect(v.documentDate)[0] AS documentDate
