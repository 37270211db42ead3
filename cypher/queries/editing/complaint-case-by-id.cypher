// The corrected case in the shape the ComplaintCase type reads (as cases-applying-rulings returns it).
MATCH (c:ComplaintCase {id: $id})
RETURN {{> projection/complaint-case node=c}} AS complaintCase
