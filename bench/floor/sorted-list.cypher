// Floor for "a sorted list of 50": the first 50 rulings by title (ties by number), the order of
// rulings(orderBy: { field: TITLE, direction: ASC }) (src/ruling-list/ruling-order.ts), with what
// the list shows, one statement. `r.title >= ''` (every title) lets it walk the ruling_title
// index in order and stop after the page, as the API's page statement does; without it, it
// sorted every ruling (60,051 db hits).
MATCH (r:Ruling)
WHERE r.title >= ''
WITH r ORDER BY r.title, r.number LIMIT toInteger($limit)
RETURN collect({number: r.number, title: r.title, decidedOn: r.decidedOn}) AS rulings
