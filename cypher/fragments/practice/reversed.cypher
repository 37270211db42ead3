// THE reversal rule: a case with registered outcome {{outcome}} was reversed when it was changed,
// annulled or remanded (REVERSAL_OUTCOMES of src/complaint-case/registered-outcome.ts).
{{outcome}} IN ['CHANGED', 'ANNULLED', 'REMANDED']
