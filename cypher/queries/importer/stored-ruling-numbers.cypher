// Which rulings of a batch are already stored: those are corrected in place (upsert-rulings,
// link-rulings), the rest are new and written by create-rulings without any MERGE.
UNWIND $numbers AS number
MATCH (r:Ruling {number: number})
RETURN r.number AS number
