// Complaint cases by id (for node(id)), with the keys of what they link to, as
// cases-applying-rulings.cypher returns them.
UNWIND $ids AS id
MATCH (c:ComplaintCase {id: id})
RETURN {{> projection/complaint-case node=c}} AS complaintCase
