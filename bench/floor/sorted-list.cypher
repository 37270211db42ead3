// Floor for "a sorted list of 50": the first 50 rulings by title (ties by number), the order of
// rulings(orderBy: { field: TITLE, direction: ASC }) (src/ruling-list/ruling-order.ts), with what
// the list shows, one statement.
MATCH (r:Ruling)
WITH r ORDER BY r.title, r.number LIMIT toInteger($limit)
RETURN collect({number: r.number, title: r.title, decidedOn: r.decidedOn}) AS rulings
