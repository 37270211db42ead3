// Which complaint cases of a batch are already stored: those are corrected in place
// (upsert-complaint-cases), the rest are new and written by create-complaint-cases.
UNWIND $ids AS id
MATCH (c:ComplaintCase {id: id})
RETURN c.id AS id
