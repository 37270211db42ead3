// Access path: the cases concerning any paragraph of one law, each once, through the UNDER_LAW
// link the importer writes per law of a case (only complaint cases have UNDER_LAW).
UNWIND $filters AS f
MATCH (:Law {id: f.law})<-[:UNDER_LAW]-(c)
WITH f, c
RETURN f.key AS key, c.id AS caseId
