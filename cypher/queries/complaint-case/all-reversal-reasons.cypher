// Every reason for reversal, by code: the list a front end fills a reason drop-down from.
MATCH (r:ReversalReason)
RETURN r {.code, .label} AS reason
ORDER BY r.code
