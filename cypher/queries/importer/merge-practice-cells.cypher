// The distinct practice cells of a batch's complaint cases, each once per batch (not once per
// case: a busy cell would otherwise be looked up and locked thousands of times). Most cells
// exist after the first batches, so a plain (lock-free) read skips them and only the missing
// ones are MERGEd. The case statements that follow in the same transaction then only MATCH them.
UNWIND $cells AS cell
OPTIONAL MATCH (stored:PracticeCell {key: cell.key})
WITH cell WHERE stored IS NULL
MERGE (x:PracticeCell {key: cell.key})
ON CREATE SET x.law = cell.law, x.authority = cell.authority, x.year = toInteger(cell.year), x.area = cell.area, x.outcome = cell.outcome
