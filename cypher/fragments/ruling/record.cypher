// A ruling root field's own record: a subquery body on ruling {{ruling}} that yields one row, `value`.
WITH {{ruling}} AS r
RETURN {{> projection/ruling node=r}} AS value
