// THE reversal rate: reversed cases over cases decided on the merits (dismissed ones are not),
// null when none was decided on the merits.
CASE WHEN {{onMerits}} = 0 THEN null ELSE toFloat({{reversed}}) / {{onMerits}} END
