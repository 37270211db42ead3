// Access path: the cases against one authority (only complaint cases have AGAINST).
UNWIND $filters AS f
MATCH (:Authority {code: f.authority})<-[:AGAINST]-(c)
WITH f, c
RETURN f.key AS key, c.id AS caseId
