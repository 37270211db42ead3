// A law's versions, oldest first.
UNWIND $ids AS id
OPTIONAL MATCH (v:LawVersion)-[:VERSION_OF]->(:Law {id: id})
WITH id, v ORDER BY v.documentDate, v.eli
RETURN id, collect(v {.eli, .accessionNumber, .documentType, .title, .shortTitle, .documentDate, .startDate, .inForce, .endedOn, .consolidates, .changedBy}) AS versions
