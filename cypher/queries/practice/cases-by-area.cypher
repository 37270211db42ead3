// Access path: the cases of one area, decided within the filter's dates if it has any: one seek
// on the (area, decidedOn) index.
UNWIND $filters AS f
MATCH (c:ComplaintCase)
WHERE c.area = f.area
  AND c.decidedOn >= coalesce(f.decidedFrom, '0000-01-01')
  AND c.decidedOn <= coalesce(f.decidedTo, '9999-12-31')
WITH f, c
RETURN f.key AS key, c.id AS caseId
