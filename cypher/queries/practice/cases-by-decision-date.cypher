// Access path: the cases decided within the filter's dates (a seek on the decidedOn index).
UNWIND $filters AS f
MATCH (c:ComplaintCase)
WHERE c.decidedOn >= coalesce(f.decidedFrom, '0000-01-01')
  AND c.decidedOn <= coalesce(f.decidedTo, '9999-12-31')
WITH f, c
RETURN f.key AS key, c.id AS caseId
