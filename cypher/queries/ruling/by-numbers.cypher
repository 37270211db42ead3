UNWIND $numbers AS number
MATCH (r:Ruling {number: number})
RETURN r {.number, .title, .summary, .decidedOn, .datePrecision, .area, .eli} AS ruling
