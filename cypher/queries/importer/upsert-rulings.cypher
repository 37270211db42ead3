UNWIND $rows AS row
MERGE (r:Ruling {number: row.number})
SET r.title = row.title, r.summary = row.summary, r.decidedOn = row.decidedOn,
    r.datePrecision = row.datePrecision, r.area = row.area, r.eli = row.eli,
    r.accessionNumber = row.accessionNumber, r.publishedOn = row.publishedOn, r.keywords = row.keywords,
    r.fullText = row.fullText, r.sourcesJson = row.sourcesJson
