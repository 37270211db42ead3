// A paragraph root field's own record: a subquery body on paragraph {{paragraph}} that yields one row, `value`.
WITH {{paragraph}} AS p
RETURN {{> projection/paragraph node=p}} AS value
